/* A SKU as Magento holds it. Magento\Catalog\Model\Product\Attribute\Backend\Sku
 * ::beforeSave() trims it with PHP's trim() (" \t\n\r\0\x0B"), and the
 * catalog compares SKUs under utf8mb3_general_ci: " abc " from the feed is
 * the product "ABC". Every SKU of a feed goes through pimsync_sku_trim()
 * before anything else, and every table of SKUs is keyed by pimsync_sku_key(). */
#ifndef PIMSYNC_MAGENTO_SKU_H
#define PIMSYNC_MAGENTO_SKU_H

#include "php.h"

/* A new reference: s itself when there is nothing to trim. */
zend_string *pimsync_sku_trim(zend_string *s);
/* The key under which Magento's collation sees the (trimmed) SKU. */
zend_string *pimsync_sku_key(zend_string *sku);

#endif
