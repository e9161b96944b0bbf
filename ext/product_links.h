/* Akeneo associations as Magento product links (catalog_product_link, with
 * the link type's `position` in catalog_product_link_attribute_int, 1, 2, 3…
 * in feed order as Magento's admin numbers them).
 *
 * Mapping only names the targets (pimsync_link_ref); the batch resolves them
 * inside its transaction: an identifier or a product model code by SKU, a
 * uuid through pimsync_product_uuid (the uuid of every product pimsync
 * wrote). A target Magento does not have yet is kept in
 * pimsync_link_pending and written when it arrives, later in the run or in a
 * later one, without the linking product having to change
 * (pimsync_links_resolve_pending, at the end of each run).
 *
 * Ownership: every link pimsync wrote (or found and took over because the
 * feed lists it) is a row of pimsync_product_link. A changed product's links
 * are diffed: one the feed no longer lists is removed only when pimsync owns
 * it, so a link a merchant added in Magento stays; a moved one gets its new
 * position; an unchanged one is not written. */
#ifndef PIMSYNC_PRODUCT_LINKS_H
#define PIMSYNC_PRODUCT_LINKS_H

#include "php.h"
#include "sync_config.h"
#include "magento_meta.h"
#include "pdo_bridge.h"
#include "product_record.h"
#include "run_report.h"

typedef struct {
	zend_long written, removed, repositioned, resolved;
} pimsync_link_counts;

typedef struct {
	pimsync_db *db;
	pimsync_meta *meta;
	pimsync_run_stats *stats;
	zend_long run_id;
	const char *link;                          /* catalog_product_link.product_id is this column: row_id or entity_id */
	zend_long type_id[PIMSYNC_LINK_TYPES];     /* catalog_product_link_type.link_type_id, 0 when Magento lacks it */
	zend_long position_id[PIMSYNC_LINK_TYPES]; /* its `position` catalog_product_link_attribute */
	pimsync_link_counts attempt;               /* the batch being written, counted once committed */
} pimsync_links;

/* Reads Magento's link types; FAILURE (err set) when one "associations" maps
 * to is missing. */
zend_result pimsync_links_init(pimsync_links *l, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                               pimsync_run_stats *stats, zend_long run_id, pimsync_error *err);

/* The batch stage: the records' uuids, then their links written, moved,
 * removed or kept pending. Records must have their entity ids. */
zend_result pimsync_links_write(pimsync_links *l, pimsync_record *recs, uint32_t n);
void pimsync_links_commit(pimsync_links *l);
void pimsync_links_rollback(pimsync_links *l);

/* A phase of its own (its own transactions), after the batches: pending links
 * whose target Magento now has are written; the report says how many still
 * wait. FAILURE only on a database failure. */
zend_result pimsync_links_resolve_pending(pimsync_links *l);

/* Magento's name of a link type, as "associations" spells it. */
extern const char *const pimsync_link_type_names[PIMSYNC_LINK_TYPES];

#endif
