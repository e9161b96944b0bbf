/* Which product-category links pimsync wrote (pimsync_category_link; this
 * file owns its SQL). pimsync removes a link the feed no longer lists only
 * when it wrote that link itself: one that was in Magento before the feed
 * named it, or that a merchant added later, is the merchant's and stays.
 *
 * Installs upgraded from a version without the table: the first run adopts,
 * once, every link of a product pimsync wrote (pimsync_product_state) to a
 * category pimsync manages (one it created, or one of categories.map), which
 * is exactly the set older versions would have removed. A marker row
 * (product 0, category 0: no Magento id is 0) says the adoption was done. */
#ifndef PIMSYNC_CATEGORY_LINKS_H
#define PIMSYNC_CATEGORY_LINKS_H

#include "php.h"
#include "zend_smart_str.h"
#include "pdo_bridge.h"
#include "sql_writer.h"

/* Adopts the links older versions wrote, the first time only; in its own
 * transaction. managed: category ids (long values) pimsync manages. */
zend_result pimsync_category_links_adopt(pimsync_db *db, HashTable *managed);

/* Reads the links pimsync wrote of these products into owned, as
 * key(product, category) => true (key() as product_writer.c's link_key). */
zend_result pimsync_category_links_read(pimsync_db *db, const zend_long *product_ids, uint32_t n,
                                        zend_ulong (*key)(zend_long, zend_long), HashTable *owned);

/* Bulk statements recording links pimsync wrote and forgetting links gone;
 * rows are "product_id,category_id". */
void pimsync_category_links_record_init(pimsync_bulk *b, pimsync_db *db);
void pimsync_category_links_forget_init(pimsync_bulk *b, pimsync_db *db);

#endif
