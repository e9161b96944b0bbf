/* Attribute-set membership. Magento shows a product's value only for an
 * attribute in the product's attribute set (REST, ProductRepository and the
 * storefront ignore the others, and removing an attribute from a set deletes
 * its values), so a value written outside the set is invisible. Before values
 * are written, each missing attribute is added to the set, in a group named by
 * attribute_sets.group ("PIM"), inside the batch's transaction; with
 * attribute_sets.assign_missing false the value is written and reported as
 * hidden instead. */
#ifndef PIMSYNC_ATTRIBUTE_SETS_H
#define PIMSYNC_ATTRIBUTE_SETS_H

#include "php.h"
#include "sync_config.h"
#include "magento_meta.h"
#include "pdo_bridge.h"
#include "product_record.h"
#include "run_report.h"

typedef struct {
	pimsync_db *db;
	pimsync_config *cfg;
	pimsync_meta *meta;
	pimsync_run_stats *stats;
	HashTable members;        /* set id << 32 | attribute id => present */
	HashTable groups;         /* set id => id of its pimsync group */
	HashTable added_members;  /* this attempt's additions, kept after commit */
	HashTable added_groups;
} pimsync_attribute_sets;

zend_result pimsync_attribute_sets_init(pimsync_attribute_sets *s, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                                        pimsync_run_stats *stats);
void pimsync_attribute_sets_free(pimsync_attribute_sets *s);

/* Inside the batch transaction: adds the attributes the records' values need
 * to their sets (or reports the values as hidden). */
zend_result pimsync_attribute_sets_assign(pimsync_attribute_sets *s, pimsync_record *recs, uint32_t n);
/* Whether the attribute is in the set (as read at run start, or added by a committed batch). */
bool pimsync_attribute_sets_has(pimsync_attribute_sets *s, zend_long set_id, const pimsync_attribute *attr);

/* After the commit: the additions are now Magento's. After a rollback: forgotten. */
void pimsync_attribute_sets_commit(pimsync_attribute_sets *s);
void pimsync_attribute_sets_rollback(pimsync_attribute_sets *s);

#endif
