/* Creates the catalog entities a feed refers to but Magento lacks: select
 * options (with their store labels) and categories (under the configured
 * root). Each creation is remembered in pimsync_entity_map by Akeneo code. */
#ifndef PIMSYNC_CATALOG_ENTITIES_H
#define PIMSYNC_CATALOG_ENTITIES_H

#include "php.h"
#include "sync_config.h"
#include "magento_meta.h"
#include "pdo_bridge.h"
#include "run_report.h"

typedef struct pimsync_catalog_entities_s {
	pimsync_db *db;
	pimsync_config *cfg;
	pimsync_meta *meta;
	pimsync_run_stats *stats;
	HashTable option_labels;      /* "attribute\0code" => the Akeneo option (labels, sort_order) */
	HashTable *locale_stores;     /* borrowed from the mapper */
	zend_long category_set_id;
	zend_string *root_path;       /* path of the root category, "1/2" */
	zend_long root_level;
	bool root_checked;
	/* asks the source for an attribute's option labels (API sources), once per attribute */
	void (*fetch_labels)(struct pimsync_catalog_entities_s *e, void *ctx, const char *attribute_code);
	void *fetch_ctx;
	HashTable labels_fetched;
} pimsync_catalog_entities;

void pimsync_entities_init(pimsync_catalog_entities *e, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                           pimsync_run_stats *stats);
void pimsync_entities_free(pimsync_catalog_entities *e);

/* Loads Akeneo option labels from a JSON-lines file of attribute options. */
zend_result pimsync_entities_load_option_labels(pimsync_catalog_entities *e, const char *path, pimsync_error *err);
/* Adds one option's labels from its Akeneo JSON (file line or API item). */
void pimsync_entities_add_option_json(pimsync_catalog_entities *e, const char *json, size_t len);

/* Option id for code, created when missing and allowed; its labels are looked
 * up by the Akeneo attribute code (the Magento attribute may be named otherwise).
 * 0 with err set: the option does not exist and may not be created (the value
 * is refused); -1 with err set: the database failed. */
zend_long pimsync_entities_option(pimsync_catalog_entities *e, pimsync_attribute *attr, zend_string *akeneo_attribute,
                                  zend_string *code, pimsync_error *err);
/* Category id for an Akeneo code, created when missing and allowed. 0 with err set otherwise. */
zend_long pimsync_entities_category(pimsync_catalog_entities *e, zend_string *code, pimsync_error *err);

#endif
