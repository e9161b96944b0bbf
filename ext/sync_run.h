/* One sync run from start to end: source -> raw hash -> parse -> map ->
 * record hash -> batch write -> absent handling -> run bookkeeping. */
#ifndef PIMSYNC_SYNC_RUN_H
#define PIMSYNC_SYNC_RUN_H

#include "php.h"
#include "sync_config.h"
#include "run_report.h"

typedef struct {
	bool full;                 /* the feed is the whole catalog: absent SKUs are handled */
	zend_string *since;        /* API: only products updated after this (UTC "Y-m-d H:i:s") */
	zend_long batch_size;      /* 0: the config's */
	zend_fcall_info_cache progress_fcc;
	zend_fcall_info progress_fci;
	bool has_progress;
	zval sleep;                /* callable(int $ms) for retries, or undef */
	zend_long lock_wait;        /* seconds to wait for another run's lock; 0: fail at once */
	bool plan;                 /* plan mode: everything up to the write, then rolled back (plan_report.h) */
} pimsync_run_options;

/* Runs the sync; stats is filled even when the run fails (stats->fatal). */
void pimsync_sync_run(zend_object *pdo, pimsync_config *cfg, pimsync_run_options *opts, pimsync_run_stats *stats);

/* Creates pimsync's own tables when missing. */
zend_result pimsync_install_schema(zend_object *pdo, pimsync_error *err);

#endif
