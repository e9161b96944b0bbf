/* url_key values: formatted as Magento formats them (url_format.h), whether
 * the feed sends them or they are made from the name, and made unique across
 * the catalog. Magento's storefront resolves a product by url_key + suffix,
 * so two products (or a product and a category) sharing one would hide each
 * other. A key another owner holds gets "-<sku>", then "-<sku>-2", "-<sku>-3"…
 * until one is free: it always ends, and a product that holds a key keeps
 * it on every later run, whatever the feed order. Keys are compared as
 * url_rewrite's collation compares them ("Foo" is "foo"), and cut (the base,
 * never the counter) so that key + suffix fit request_path's 255. */
#ifndef PIMSYNC_URL_KEYS_H
#define PIMSYNC_URL_KEYS_H

#include "php.h"
#include "sync_config.h"
#include "magento_meta.h"
#include "pdo_bridge.h"
#include "product_record.h"

typedef struct {
	pimsync_db *db;
	pimsync_config *cfg;
	pimsync_meta *meta;
	const char *link;
	bool loaded;
	size_t key_max;     /* longest key whose request path (key + suffix) fits */
	HashTable owners;   /* collation key of a url key => that of its owner's SKU, every product, every store */
	HashTable paths;    /* collation keys of request paths of rewrites that are not products' (categories, pages) */
} pimsync_url_keys;

void pimsync_url_keys_init(pimsync_url_keys *u, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta, const char *link);
void pimsync_url_keys_free(pimsync_url_keys *u);

/* Fills in url keys of new records without one, and rewrites every key of
 * the batch that another owner holds. Records must have kind and ids. */
zend_result pimsync_url_keys_assign(pimsync_url_keys *u, pimsync_record *recs, uint32_t n);
/* After a commit: the batch's keys now belong to its SKUs. */
void pimsync_url_keys_commit(pimsync_url_keys *u, pimsync_record *recs, uint32_t n);

#endif
