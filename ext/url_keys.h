/* url_key values: generated from the name when the feed has none, and made
 * unique across the catalog. Magento's storefront resolves a product by
 * url_key + suffix, so two products (or a product and a category) sharing
 * one would hide each other. A key another owner holds gets "-<sku>", then
 * "-<sku>-2"…: the same result on every run, whatever the feed order. */
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
	HashTable owners;   /* url key => owning SKU, every product's, every store */
	HashTable paths;    /* request paths of rewrites that are not products' (categories, pages) */
} pimsync_url_keys;

void pimsync_url_keys_init(pimsync_url_keys *u, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta, const char *link);
void pimsync_url_keys_free(pimsync_url_keys *u);

/* Fills in url keys of new records without one, and rewrites every key of
 * the batch that another owner holds. Records must have kind and ids. */
zend_result pimsync_url_keys_assign(pimsync_url_keys *u, pimsync_record *recs, uint32_t n);
/* After a commit: the batch's keys now belong to its SKUs. */
void pimsync_url_keys_commit(pimsync_url_keys *u, pimsync_record *recs, uint32_t n);

#endif
