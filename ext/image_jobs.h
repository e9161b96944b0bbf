/* Image jobs, the producer side (issue 8, part J). In each batch's
 * transaction, after the products are written: the products whose media
 * set (media_refs.h) hashes to another generation than pimsync_media_state
 * holds (or new ones with images) get ceil(images / chunk_size) jobs, at
 * least one (a set that became empty retires what the product had). Each
 * job carries its chunk of the images and the whole set's refs as "keep":
 *
 *   {"v":1,"run":R,"sku":"…","entity":E,"row":ROW,"generation":"16 hex","chunk":k,"chunks":n,
 *    "images":[{"ref","source","code","url","file","position","roles","labels","disabled"}…],"keep":["ref"…]}
 *
 * The jobs and the new generation are written with the batch (outbox and
 * state rows) and put on the Redis stream after the commit. */
#ifndef PIMSYNC_IMAGE_JOBS_H
#define PIMSYNC_IMAGE_JOBS_H

#include "php.h"
#include "sync_config.h"
#include "pdo_bridge.h"
#include "run_report.h"
#include "product_record.h"
#include "image_outbox.h"

typedef struct {
	pimsync_config *cfg;
	pimsync_db *db;
	pimsync_run_stats *stats;
	zend_long run_id;
	pimsync_image_outbox outbox;
	pimsync_outbox_job *pending;   /* this batch's jobs, until it commits or rolls back */
	uint32_t npending, pending_cap;
	zend_long pending_products;
	uint32_t next_seq;
} pimsync_image_jobs;

/* Names the stream and puts the jobs earlier runs left in the outbox on it
 * (when Redis can be reached). FAILURE only when the database fails. */
zend_result pimsync_image_jobs_open(pimsync_image_jobs *j, pimsync_db *db, pimsync_config *cfg, pimsync_run_stats *stats,
                                    zend_long run_id);
/* The batch stage, inside its transaction (entity ids are known). */
zend_result pimsync_image_jobs_stage(pimsync_image_jobs *j, pimsync_record *recs, uint32_t n);
/* The batch rolled back: its jobs are forgotten. */
void pimsync_image_jobs_rollback(pimsync_image_jobs *j);
/* The batch committed: its jobs go on the stream. */
void pimsync_image_jobs_committed(pimsync_image_jobs *j);
/* The run ends: waiting jobs tried once more, the report's counts. */
void pimsync_image_jobs_close(pimsync_image_jobs *j);

#endif
