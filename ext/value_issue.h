/* Value issues: a problem with one value costs that value, not the product.
 * A value the source sent but pimsync could not write exactly (a price
 * without the configured currency, a unit that does not convert, a number
 * out of the column's range, characters the column cannot hold…) is left
 * out or adjusted by policy, and recorded here with SKU, attribute and
 * store. The record keeps its issues; the writer stores them in
 * pimsync_value_issue in the batch's transaction, and the run report
 * counts them by kind. */
#ifndef PIMSYNC_VALUE_ISSUE_H
#define PIMSYNC_VALUE_ISSUE_H

#include "php.h"

struct pimsync_bulk; /* sql_writer.h, which needs this file through run_report.h */
struct pimsync_db;

typedef enum {
	PIMSYNC_ISSUE_LEFT_OUT = 0, /* not written; the product is retried next run */
	PIMSYNC_ISSUE_ADJUSTED,     /* written changed by a configured policy (characters replaced or stripped) */
	PIMSYNC_ISSUE_FILLED,       /* written from a fallback the source did not name (a name from variation_name) */
	PIMSYNC_ISSUE_HIDDEN,       /* written, but Magento will not show it (attribute not in the product's set) */
	PIMSYNC_ISSUE_REFUSED,      /* not written because the source does not own the field (ownership.h); not retried:
	                             * the same record is refused the same way until the matrix changes */
	PIMSYNC_ISSUE_WRITTEN_DISABLED, /* written on a new product that lands disabled (a write_disabled validation rule) */
	PIMSYNC_ISSUE_KEPT,         /* written as the source sent it: a configured transformation could not read it */
} pimsync_issue_action;

#define PIMSYNC_ISSUE_NO_STORE (-1)

typedef struct {
	zend_string *attribute;   /* Magento attribute code, or the Akeneo code when there is none */
	zend_long store_id;       /* PIMSYNC_ISSUE_NO_STORE when the value had no store yet */
	const char *kind;         /* static: "missing_currency", "unit", "too_long", "out_of_range"… */
	pimsync_issue_action action;
	zend_string *message;     /* for a merchandiser: what was wrong and what pimsync did */
} pimsync_value_issue;

typedef struct {
	pimsync_value_issue *items;
	uint32_t n, cap;
	bool left_out;            /* some value was not written: do not freeze the record as unchanged */
} pimsync_issue_list;

void pimsync_issue_add(pimsync_issue_list *l, zend_string *attribute, zend_long store_id, const char *kind,
                       pimsync_issue_action action, zend_string *message);
void pimsync_issue_addf(pimsync_issue_list *l, zend_string *attribute, zend_long store_id, const char *kind,
                        pimsync_issue_action action, const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 6, 7);
void pimsync_issue_list_free(pimsync_issue_list *l);
const char *pimsync_issue_action_name(pimsync_issue_action action);

/* pimsync_value_issue rows (this file owns the table's SQL): a bulk insert the
 * writer fills with each record's issues inside the batch's transaction. */
void pimsync_issue_rows_init(struct pimsync_bulk *rows, struct pimsync_db *db);
zend_result pimsync_issue_rows_add(struct pimsync_bulk *rows, zend_long run_id, zend_string *sku, const pimsync_issue_list *l);

#endif
