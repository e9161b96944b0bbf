/* Writes a batch of mapped products in one transaction: new entities in
 * bulk, only the values that differ from what Magento holds, websites,
 * categories (removing only links pimsync wrote), stock rows (stock_writer.h), product links
 * (product_links.h), unique url keys and their rewrites (product_rewrites.h), the state and
 * the changed-entity log. A failed batch rolls back alone; it is retried when
 * the failure was a deadlock, then split so only the bad record is parked. */
#ifndef PIMSYNC_PRODUCT_WRITER_H
#define PIMSYNC_PRODUCT_WRITER_H

#include "php.h"
#include "sync_config.h"
#include "magento_meta.h"
#include "pdo_bridge.h"
#include "delta_state.h"
#include "product_record.h"
#include "dead_letters.h"
#include "run_report.h"
#include "url_keys.h"
#include "attribute_sets.h"
#include "catalog_entities.h"
#include "stock_writer.h"
#include "product_rewrites.h"
#include "product_links.h"
#include "image_jobs.h"

typedef struct {
	pimsync_db *db;
	pimsync_config *cfg;
	pimsync_meta *meta;
	pimsync_run_stats *stats;
	pimsync_delta_state *state;
	zend_long run_id;
	const char *link;               /* "row_id" or "entity_id" */
	HashTable website_ids;          /* list of website ids new products join */
	HashTable store_ids;            /* store views of those websites */
	bool sequential_autoinc;        /* multi-row inserts get consecutive ids */
	zval pending_changes;           /* [entity_id, action, code] applied after commit */
	pimsync_url_keys url_keys;
	pimsync_product_rewrites rewrites;
	pimsync_attribute_sets sets;
	pimsync_stock_writer stock;     /* stock item, MSI source item and stock status rows */
	pimsync_links links;            /* Akeneo associations as product links */
	pimsync_dead_letters *dead_letters; /* set by the run: written records close their open dead letters */
	pimsync_catalog_entities *entities; /* set by the run: the options and categories a batch creates first */
	bool models_known;              /* set by the run: it reads product models, links to configurables follow them */
	pimsync_image_jobs *images;     /* set by the run when images are on: the batch's image jobs */
	struct pimsync_validation_s *validation; /* set by the run: layer 2 rules (validation_rules.h) */
} pimsync_writer;

zend_result pimsync_writer_init(pimsync_writer *w, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                                pimsync_run_stats *stats, pimsync_delta_state *state, zend_long run_id,
                                pimsync_error *err);
void pimsync_writer_free(pimsync_writer *w);

/* Writes recs[0..n). Records that cannot be written are parked through
 * park(). FAILURE when the database itself is gone, or park() failed (a
 * record is never dropped without its dead letter). */
typedef zend_result (*pimsync_park_fn)(void *ctx, pimsync_record *rec, const char *reason);
zend_result pimsync_write_batch(pimsync_writer *w, pimsync_record *recs, uint32_t n, pimsync_park_fn park, void *park_ctx);

/* Logs a change of an existing entity for the changed-entity log (after commit). */
void pimsync_writer_changed(pimsync_writer *w, zend_long entity_id, zend_string *code);

/* Sets status = disabled on the given entities (absent from a full feed). */
zend_result pimsync_disable_entities(pimsync_writer *w, zend_long *entity_ids, uint32_t n);

#endif
