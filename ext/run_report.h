/* What a run did, gathered while it runs and returned as PimSync\Report. */
#ifndef PIMSYNC_RUN_REPORT_H
#define PIMSYNC_RUN_REPORT_H

#include "php.h"
#include "value_issue.h"
#include "plan_report.h"

typedef enum {
	PIMSYNC_PHASE_PREPARE = 0, /* metadata, state, option labels */
	PIMSYNC_PHASE_READ,        /* source bytes and raw hashes */
	PIMSYNC_PHASE_MAP,         /* JSON decode, mapping, validation */
	PIMSYNC_PHASE_DIFF,        /* reading current Magento values */
	PIMSYNC_PHASE_WRITE,       /* statements and commits */
	PIMSYNC_PHASE_FINISH,      /* absent handling, run bookkeeping */
	PIMSYNC_PHASE_COUNT
} pimsync_phase;

typedef enum {
	PIMSYNC_FATAL_GENERIC = 0,
	PIMSYNC_FATAL_DATABASE,
	PIMSYNC_FATAL_SCHEMA,
	PIMSYNC_FATAL_SOURCE,
	PIMSYNC_FATAL_HTTP,
	PIMSYNC_FATAL_CONFIG,
	PIMSYNC_FATAL_LOCKED,      /* another run holds the run lock */
} pimsync_fatal_kind;

typedef struct {
	zend_long seen, created, updated, unchanged, disabled, failed;
	/* product models: configurables written, and the super links of variant products */
	zend_long configurables_created, configurables_updated, configurables_unchanged, configurables_disabled, configurables_failed;
	zend_long children_linked, children_unlinked;
	zend_long run_id;
	zend_string *mode;
	zend_string *source;
	double started;
	double phase_seconds[PIMSYNC_PHASE_COUNT];
	HashTable rows;          /* table => rows written */
	HashTable warnings;      /* key => [message, count, first_position] */
	zval errors;             /* list of [position, sku, reason] */
	zval changed;            /* entity_id => [action, attributes] */
	zend_string *fatal;      /* why the run stopped, if it did */
	pimsync_fatal_kind fatal_kind;
	bool load_data;          /* new rows went by LOAD DATA LOCAL INFILE */
	zend_long value_issues;  /* values left out or adjusted, in committed records */
	HashTable issue_kinds;   /* kind => count */
	HashTable refused_by_owner; /* field => values refused because the source does not own it (ownership.h) */
	zval issue_sample;       /* the first PIMSYNC_ISSUE_SAMPLE: [sku, attribute, store_id, kind, action, message] */
	zval categories;         /* the category tree's counts and codes (category_tree.c); undef when none was read */
	/* product links (product_links.h): committed counts, and the links still waiting after the run */
	zend_long links_written, links_removed, links_repositioned, links_resolved, links_pending;
	zval structure;          /* the structure phase's report (structure "auto"), null when it did not run */
	zval transformations;    /* {attribute: {kind: values changed}} (value_transform.h), null without rules */
	/* image jobs (image_jobs.h), when images are on */
	bool images_on;
	zend_string *images_stream;
	zend_long image_products, image_jobs; /* products whose media set changed, and their jobs (committed batches) */
	zend_long image_enqueued, image_outbox; /* jobs put on the stream by this run; jobs still waiting in pimsync_image_outbox */
	/* validation rules (validation_rules.h), when the config has some */
	bool validation_on;
	zend_long validated, validation_passed;   /* records checked, and those without a finding */
	zend_long validation_values_rejected, validation_records_rejected, validation_written_disabled;
	HashTable validation_findings;            /* rule name => findings */
	pimsync_plan *plan;      /* plan mode: what the run would change (plan_report.h); NULL when it writes */
} pimsync_run_stats;

#define PIMSYNC_ISSUE_SAMPLE 100

void pimsync_stats_init(pimsync_run_stats *s);
void pimsync_stats_free(pimsync_run_stats *s);
double pimsync_now(void);
void pimsync_stats_rows(pimsync_run_stats *s, const char *table, zend_long rows);
/* Counts a run-level warning under key; keeps the first message and position. */
void pimsync_stats_warn(pimsync_run_stats *s, const char *key, zend_string *position, const char *format, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 4, 5);
void pimsync_stats_error(pimsync_run_stats *s, zend_string *position, zend_string *sku, const char *reason);
/* Counts one value issue of a committed record. */
void pimsync_stats_value_issue(pimsync_run_stats *s, zend_string *sku, const pimsync_value_issue *issue);
/* Counts n writes of field refused by the ownership gate that are no value issue (absent products not disabled). */
void pimsync_stats_refused(pimsync_run_stats *s, const char *field, zend_long n);
void pimsync_stats_changed(pimsync_run_stats *s, zend_long entity_id, const char *action, zend_string *attribute_code);
const char *pimsync_stats_status(const pimsync_run_stats *s);
/* The report as a PHP array (also what --json prints and the runs table keeps). */
void pimsync_stats_to_array(pimsync_run_stats *s, zval *out, bool with_entities);

#endif
