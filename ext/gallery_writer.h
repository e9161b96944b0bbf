/* One image job into Magento's gallery, in one transaction on the caller's
 * PDO: catalog_product_entity_media_gallery (the file), _value (label,
 * position, disabled per store), _value_to_entity (the product), and the
 * roles image/small_image/thumbnail/swatch_image as varchar values per store.
 * Keyed by entity_id or, on Commerce, by the live row_id.
 *
 * Ownership: pimsync_media_link lists the gallery values pimsync wrote (per
 * product and source ref); nothing else is ever changed, so an image a
 * merchant added and external videos stay. The gallery mirrors the job:
 *   - a ref the product has no value for is attached (its bytes stored once,
 *     media_files.c); one it has is brought in line (labels, positions,
 *     disabled, roles) without its bytes: a ref's content never changes;
 *   - an owned ref not in keep leaves: if a role it held now points at
 *     another image it was replaced and stays, disabled in every store, until
 *     keep_replaced_hours pass (pimsync_gallery_purge_retired); otherwise its
 *     rows go, and its file when no gallery row of any product uses it;
 *   - a retired ref listed again is enabled again.
 * A job whose generation is not pimsync_media_state's (a newer one was
 * enqueued) is obsolete and skipped; an unchanged job writes nothing. */
#ifndef PIMSYNC_GALLERY_WRITER_H
#define PIMSYNC_GALLERY_WRITER_H

#include "php.h"
#include "pdo_bridge.h"
#include "magento_meta.h"
#include "image_job.h"
#include "image_fetch.h"
#include "media_files.h"

typedef struct {
	bool obsolete;           /* skipped: another generation is current */
	zend_long attached;      /* gallery values created */
	zend_long reused;        /* of those, on a file already stored (same bytes) */
	zend_long files_written;
	zend_long updated;       /* values whose labels, positions, disabled flags or roles changed */
	zend_long restored;      /* retired values enabled again */
	zend_long retired;       /* replaced: kept disabled until the purge */
	zend_long removed;       /* values deleted */
	zend_long files_deleted;
	zend_long rows_written;  /* rows inserted, updated or deleted */
	zval failed;             /* list of [ref, reason_kind, reason, retryable] */
} pimsync_gallery_result;

void pimsync_gallery_result_init(pimsync_gallery_result *res);
void pimsync_gallery_result_free(pimsync_gallery_result *res);
/* Adds a failed image to the result. */
void pimsync_gallery_fail(pimsync_gallery_result *res, zend_string *ref, const char *kind, const char *reason, bool retryable);

/* Which of the job's images need their bytes: needs[i] is false for a ref the
 * product already has (live or retired). *obsolete when the job is. No write. */
zend_result pimsync_gallery_needs(pimsync_db *db, const pimsync_image_job *job, bool *needs, bool *obsolete);

/* Applies the job. items[i] holds image i's bytes when needs[i] was true (an
 * item with a reason_kind is a failed image; the rest of the job goes on).
 * Begins and commits its own transaction on db, at READ COMMITTED (no gap
 * locks for parallel workers to deadlock on; docs/images.md, "Workers in
 * parallel"); after the commit deletes the files nothing uses any more, each
 * under its pimsync_media_file row's lock. FAILURE (rolled back) only for a
 * database or file system error: the job can be retried. */
zend_result pimsync_gallery_apply(pimsync_db *db, const pimsync_meta *meta, const pimsync_media_config *cfg,
                                  const pimsync_image_job *job, pimsync_image_fetch_item *items,
                                  pimsync_gallery_result *res, pimsync_error *err);

/* Deletes the values retired more than hours ago (and their files when
 * unused), in one transaction. *purged counts the values. */
zend_result pimsync_gallery_purge_retired(pimsync_db *db, const pimsync_meta *meta, const pimsync_media_config *cfg,
                                          zend_long hours, zend_long *purged, zend_long *files_deleted, pimsync_error *err);

#endif
