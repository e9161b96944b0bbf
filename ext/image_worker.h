/* The image worker (issue 8, phase 2): takes image jobs from the Redis
 * stream's consumer group, downloads the bodies the gallery lacks, applies
 * each job in its own transaction and acknowledges it only after the commit.
 *
 *   - jobs a dead or failing worker left pending are taken first, once they
 *     have been idle images.visibility_timeout, plus images.backoff doubled
 *     for each delivery after the first (XPENDING IDLE, then XCLAIM of each,
 *     which only succeeds while the entry is still that idle: two workers
 *     never take one job);
 *   - an image that fails for good (404, not an image, a host not allowed…)
 *     and a malformed job go to pimsync_image_dead_letter with the reason;
 *     the rest of the chunk lands and the job is acknowledged;
 *   - a retryable failure (timeout, 5xx, a lost connection, a database
 *     error that is not a lost connection) leaves the job pending, to be
 *     taken again; at its images.retries-th delivery it is dead-lettered with
 *     the last reason and acknowledged;
 *   - Redis gone: the worker reconnects with the client's backoff, logs a line
 *     when it goes and one when it is back (and one every 30 s between), and
 *     loses nothing: unacknowledged jobs stay pending in the group.
 * Before anything, jobs a sync left in pimsync_image_outbox go on the stream.
 * C types in, a PHP array out; image_worker_object.c is the binding. */
#ifndef PIMSYNC_IMAGE_WORKER_H
#define PIMSYNC_IMAGE_WORKER_H

#include "php.h"
#include "sync_config.h"
#include "run_report.h"

typedef struct {
	bool once;             /* stop when nothing is left to take (no blocking wait) */
	zend_long max_jobs;    /* stop after this many jobs (0: no limit) */
	double max_seconds;    /* stop after this long (0: no limit) */
	zend_long block_ms;    /* a read waits this long for new jobs */
	double redis_wait;     /* with once: give up on an unreachable Redis after this long */
	zend_long batch;       /* jobs taken at once, their downloads in parallel */
	zend_string *consumer; /* consumer name in the group */
	zval *log;             /* callable(string $line) or NULL */
} pimsync_worker_options;

/* Runs the worker with the caller's PDO; out gets the counts. FAILURE with
 * kind and err for a configuration problem or a database that is gone (the
 * jobs being worked on stay pending). */
zend_result pimsync_image_worker_run(zend_object *pdo, const pimsync_config *cfg, const pimsync_worker_options *opts, zval *out,
                                     pimsync_fatal_kind *kind, pimsync_error *err);

#endif
