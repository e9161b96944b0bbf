/* Plan mode (`pimsync sync --plan`, Engine::sync(['plan' => true])): what a
 * run would do, gathered while it runs and rolls everything back
 * (pdo_bridge.h pimsync_db_plan_begin). Products are the run's own counts;
 * this file adds what they do not say: the values that would change per
 * attribute and store view, a sample of old -> new per attribute, and the
 * values refused, by owner and by rule. Values are noted per write attempt
 * and kept when the attempt's savepoint is released, so a retried batch
 * counts once. */
#ifndef PIMSYNC_PLAN_REPORT_H
#define PIMSYNC_PLAN_REPORT_H

#include "php.h"

#define PIMSYNC_PLAN_SAMPLES 5 /* old -> new examples per attribute */

struct pimsync_ownership; /* ownership.h */

typedef struct pimsync_plan {
	const struct pimsync_ownership *ownership; /* who owns a refused field */
	HashTable updated;   /* attribute => [store_id => values of existing products that would change] */
	HashTable created;   /* attribute => values new products would get */
	HashTable samples;   /* attribute => list of [sku, store_id, old, new], at most PIMSYNC_PLAN_SAMPLES */
	HashTable by_owner;  /* owner => [field => refused writes] */
	HashTable by_rule;   /* issue kind => values not written */
	zval pending;        /* this write attempt's values: list of [attribute, store_id, sku, old|null, new|null, is_new] */
} pimsync_plan;

pimsync_plan *pimsync_plan_new(const struct pimsync_ownership *ownership);
void pimsync_plan_free(pimsync_plan *p);

/* A value a write attempt would change: old is what Magento holds (NULL:
 * none), value what would be written (NULL: the row removed). */
void pimsync_plan_value(pimsync_plan *p, zend_string *attribute, zend_long store_id, zend_string *sku, const zval *old,
                        zend_string *value, bool is_new);
/* A write attempt starts (what an earlier one noted rolled back) / was released. */
void pimsync_plan_attempt(pimsync_plan *p);
void pimsync_plan_committed(pimsync_plan *p);

/* Refusals: n writes of field refused by the ownership gate; a value issue of
 * another kind that leaves a value out (a validation rule, a value that does
 * not fit). */
void pimsync_plan_refused(pimsync_plan *p, const char *field, zend_long n);
void pimsync_plan_rule(pimsync_plan *p, const char *kind);

/* Adds to the report's "plan" array (which has the products): values,
 * new_product_values, samples, refused {by_owner, by_rule}. */
void pimsync_plan_add_to(const pimsync_plan *p, zval *plan);

#endif
