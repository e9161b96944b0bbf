/* The first stage of a batch: the select options and categories its records
 * name but Magento lacks are created inside the batch's transaction (options
 * with their store labels, categories under the configured root), each
 * claimed first in pimsync_entity_map by its Akeneo code. A rolled-back or
 * split batch leaves nothing behind, a killed run no orphan, and two writers
 * cannot both create one code: the second waits on the first's claim and
 * uses what it created. The run's caches learn the new ids only on commit. */
#ifndef PIMSYNC_CATALOG_ENTITIES_H
#define PIMSYNC_CATALOG_ENTITIES_H

#include "php.h"
#include "sync_config.h"
#include "magento_meta.h"
#include "pdo_bridge.h"
#include "run_report.h"
#include "product_record.h"

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
	HashTable created;            /* this attempt's: "o<attribute id>\0code" / "c\0code" => id, until commit */
	/* asks the source for an attribute's option labels (API sources), once per attribute */
	void (*fetch_labels)(struct pimsync_catalog_entities_s *e, void *ctx, const char *attribute_code);
	void *fetch_ctx;
	HashTable labels_fetched;
	/* the admin (store 0) label of a new option, a new string; NULL: its code.
	 * option is its Akeneo item, or NULL when unknown */
	zend_string *(*admin_label)(struct pimsync_catalog_entities_s *e, zend_string *code, zval *option);
	void *admin_label_ctx;
} pimsync_catalog_entities;

void pimsync_entities_init(pimsync_catalog_entities *e, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                           pimsync_run_stats *stats);
void pimsync_entities_free(pimsync_catalog_entities *e);

/* An Akeneo code pimsync can create an entity for: 1 to 255 bytes of UTF-8,
 * no character beyond U+FFFF. */
bool pimsync_entities_code_valid(const zend_string *code);

/* Loads Akeneo option labels from a JSON-lines file of attribute options. */
zend_result pimsync_entities_load_option_labels(pimsync_catalog_entities *e, const char *path, size_t max_line, pimsync_error *err);
/* Adds one option's labels from its Akeneo JSON (file line or API item). */
void pimsync_entities_add_option_json(pimsync_catalog_entities *e, const char *json, size_t len);

/* Before the batch's transaction: has the source fetch the labels of the
 * options the records will create (API sources; once per attribute). */
void pimsync_entities_prefetch_labels(pimsync_catalog_entities *e, pimsync_record *recs, uint32_t n);

/* Inside the batch's transaction: creates what the records name and Magento
 * lacks, then sets their values' option ids and category ids (and record
 * hashes). FAILURE with the database's error: the batch rolls back. */
zend_result pimsync_entities_create(pimsync_catalog_entities *e, pimsync_record *recs, uint32_t n);
/* Inside a transaction: the id of attr's option of this Akeneo code, claimed
 * and created (with its Akeneo labels) as a batch creates it when no writer
 * has it; *created says this call created it. -1 with the database's error. */
zend_long pimsync_entities_option(pimsync_catalog_entities *e, pimsync_attribute *attr, zend_string *akeneo_attribute,
                                  zend_string *code, bool *created);
/* The Akeneo option (labels, sort_order) loaded for this attribute and code, or NULL. */
zval *pimsync_entities_akeneo_option(pimsync_catalog_entities *e, zend_string *akeneo_attribute, zend_string *code);

/* After the batch's commit: the new ids join the run's metadata. */
void pimsync_entities_commit(pimsync_catalog_entities *e);
/* After a rollback: forgets this attempt's ids. */
void pimsync_entities_rollback(pimsync_catalog_entities *e);

#endif
