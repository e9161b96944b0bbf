/* pimsync_media_state: for each product, the generation of the media set
 * its image jobs were last made for (media_refs.h). A product whose set
 * hashes as before makes no job; the worker (phase 2) drops a job whose
 * generation is no longer the product's. Written in the batch transaction,
 * so it commits with the product data and the jobs' outbox rows. */
#ifndef PIMSYNC_MEDIA_STATE_H
#define PIMSYNC_MEDIA_STATE_H

#include "php.h"
#include "pdo_bridge.h"
#include "run_report.h"

typedef struct {
	zend_long entity_id;
	zend_string *sku;
	const char *generation; /* 16 hex */
	uint32_t images, jobs;
} pimsync_media_state_row;

/* The generations of these products (entity id => zend_string), those that have one. */
zend_result pimsync_media_state_read(pimsync_db *db, const zend_long *entity_ids, uint32_t n, HashTable *out);
zend_result pimsync_media_state_write(pimsync_db *db, pimsync_run_stats *stats, zend_long run_id,
                                      const pimsync_media_state_row *rows, uint32_t n);

#endif
