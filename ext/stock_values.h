/* The stock fields of one Akeneo product: the values of the attributes the
 * config's "stock" names, converted to the text cataloginventory_stock_item's
 * columns hold. Pure, like the rest of mapping: a value the column cannot hold
 * exactly (a qty with a fifth decimal, one beyond DECIMAL(12,4)) is left out
 * as a value issue, never rounded or clamped. */
#ifndef PIMSYNC_STOCK_VALUES_H
#define PIMSYNC_STOCK_VALUES_H

#include "php.h"
#include "sync_config.h"
#include "magento_meta.h"
#include "product_record.h"

/* True when the Akeneo attribute feeds a stock field (it is not a product attribute then). */
bool pimsync_stock_is_attribute(const pimsync_config *cfg, zend_string *akeneo_code);

/* Fills rec->stock from the product's values (the entry without locale and
 * scope, or of the admin locale and default channel); issues go to rec->issues. */
void pimsync_stock_map(const pimsync_config *cfg, const pimsync_meta *meta, HashTable *values, pimsync_record *rec);

#endif
