/* Validation rules from the config (issue 9, DESIGN.md "Validation layers"):
 * layer 0 (syntax: the SKU's pattern) and layer 1 (business rules: numeric
 * range, ratio to a reference price, text length, no HTML, keywords,
 * allowed values, required attributes per attribute set and product type,
 * categories that exist), checked on each mapped record before its hash.
 *
 * Each rule has an action:
 *   reject_value    the value is left out (a value issue), the product lands;
 *   reject_record   the record is parked in pimsync_dead_letter with every
 *                   finding, the product stays as Magento has it;
 *   write_disabled  a new product lands disabled, for a merchandiser to fix;
 *                   an existing one keeps its status and loses the values
 *                   (the writer decides, once it knows which it is).
 * A finding names layer, rule, attribute, store and the value (cut), as the
 * value issue kind "L1:<rule>" and its message. */
#ifndef PIMSYNC_VALIDATION_RULES_H
#define PIMSYNC_VALIDATION_RULES_H

#include "php.h"
#include "magento_meta.h"
#include "product_record.h"
#include "run_report.h"
#include "validation_config.h"

/* The rules of one run, resolved against Magento's metadata. */
typedef struct {
	const pimsync_rule *rule;
	pimsync_attribute *attr, *reference;
	pimsync_attribute **required;   /* required: the attributes Magento has */
	uint32_t nrequired;
	zend_long *set_ids;
	uint32_t nset_ids;
	bool skip;                      /* names something Magento lacks: warned at run start */
} pimsync_run_rule;

typedef struct pimsync_validation_s {
	pimsync_run_rule *rules;
	uint32_t n;
	uint32_t ndrift, nunique;       /* layer 2 rules, checked by the writer */
	pimsync_run_stats *stats;
} pimsync_validation;

/* A rule naming an attribute or attribute set Magento lacks is a warning and
 * is skipped; so is a sku_pattern PHP cannot compile. */
void pimsync_validation_init(pimsync_validation *v, const pimsync_validation_config *vc, const pimsync_meta *meta,
                             pimsync_run_stats *stats);
void pimsync_validation_free(pimsync_validation *v);

/* Checks rec: rejected values are removed from it (each a value issue);
 * write_disabled findings set rec->disable_if_new and list their values in
 * rec->held. FAILURE with err set: a reject_record rule failed; err lists
 * the findings, for the dead letter. */
zend_result pimsync_validate_record(pimsync_validation *v, pimsync_record *rec, pimsync_error *err);

/* The writer, once it knows whether rec is new: a new product gets status 2
 * (disabled); an existing one loses the held values and its status value
 * (Magento keeps the status it has). Each held value becomes a value issue. */
void pimsync_validation_apply_held(pimsync_record *rec, const pimsync_meta *meta, pimsync_run_stats *stats);

/* Layer 2, in the batch's transaction, against what Magento holds (values
 * another system wrote):
 *   drift   a changed numeric value further from Magento's than tolerance
 *           (a share of it) is left out;
 *   unique  a store-0 value another product has in Magento, or an earlier
 *           record of the batch, is left out (one product under two SKUs).
 * Each a value issue "L2:<rule>". */
bool pimsync_validation_drifts(pimsync_validation *v, pimsync_record *rec, pimsync_value *val, zend_string *current);
zend_result pimsync_validation_unique(pimsync_validation *v, pimsync_db *db, const pimsync_meta *meta, const char *link,
                                      pimsync_record *recs, uint32_t n);

#endif
