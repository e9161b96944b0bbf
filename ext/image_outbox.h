/* pimsync_image_outbox: every image job is written here in its batch's
 * transaction, before the commit, and deleted once XADD put it on the
 * stream. A process that dies between the commit and the XADD, or a Redis
 * that is down or restarting, loses nothing: the rows wait and are put on
 * the stream, oldest first, by the next batch or run that reaches Redis
 * (a job may then reach the stream twice; the worker takes each job by its
 * generation, so a repeat does no harm). */
#ifndef PIMSYNC_IMAGE_OUTBOX_H
#define PIMSYNC_IMAGE_OUTBOX_H

#include "php.h"
#include "pdo_bridge.h"
#include "run_report.h"
#include "redis_client.h"
#include "images_config.h"

typedef struct {
	uint32_t seq;           /* order in the run */
	zend_long entity_id;
	zend_string *sku;
	char generation[17];
	uint32_t chunk, chunks;
	zend_string *json;      /* as it goes on the stream */
} pimsync_outbox_job; /* one job as the outbox holds it (image_job.h parses the JSON) */

typedef struct {
	pimsync_db *db;
	pimsync_run_stats *stats;
	pimsync_redis redis;
	zend_string *stream;
	zend_string *group;
	zend_long run_id;
	bool backlog;           /* rows wait that go before any new job */
	zend_long group_connects; /* the connection the consumer group was last made sure of on */
	zend_long enqueued;     /* jobs this run put on the stream */
	char reason[PIMSYNC_ERR_MAX]; /* why the last attempt failed, "" when none did */
} pimsync_image_outbox;

/* Names the stream (the config's, else pimsync:images:<database>) and
 * notes whether rows wait. Nothing is sent yet. */
zend_result pimsync_outbox_open(pimsync_image_outbox *ob, pimsync_db *db, pimsync_run_stats *stats,
                                const pimsync_images_config *images, zend_long run_id);
/* In the batch transaction: the batch's jobs as rows. */
zend_result pimsync_outbox_write(pimsync_image_outbox *ob, const pimsync_outbox_job *jobs, uint32_t n);
/* After the commit: the batch's jobs on the stream (after any backlog),
 * their rows deleted; those that could not go stay, with the reason. */
void pimsync_outbox_send(pimsync_image_outbox *ob, const pimsync_outbox_job *jobs, uint32_t n);
/* The waiting rows on the stream, in order, as long as Redis takes them. */
void pimsync_outbox_flush(pimsync_image_outbox *ob);
/* Rows still waiting. */
zend_result pimsync_outbox_waiting(pimsync_image_outbox *ob, zend_long *n);
void pimsync_outbox_close(pimsync_image_outbox *ob);

#endif
