/* Image bodies read from a local directory instead of the network: the
 * network-free ceiling of the image benchmark and what the gallery tests
 * use. An image's file is <local_root>/<code> for an Akeneo image (the media
 * file code is a path: 1/2/3/4/abc_front.jpg) and <local_root>/<URL path>
 * for a URL image (the host is ignored), the layout a loopback image server
 * serves. It fills the same pimsync_image_fetch_item the downloader does. */
#ifndef PIMSYNC_LOCAL_IMAGES_H
#define PIMSYNC_LOCAL_IMAGES_H

#include "php.h"
#include "image_job.h"
#include "image_fetch.h"
#include "sync_config.h"
#include "run_report.h"
#include "pdo_bridge.h"
#include "magento_meta.h"

/* Reads one image and checks it as a download is checked (image_check.c); a
 * problem is the item's reason_kind (not_found, bad_reference, too_large,
 * not_an_image, truncated, bad_dimensions), never a FAILURE. */
void pimsync_local_image_read(zend_string *local_root, const pimsync_image_job_image *img, pimsync_image_fetch_item *item);

/* Engine::applyImageJob: parse the job, read the bodies it needs from
 * images.local_root, apply it (gallery_writer.c), and describe what it did
 * in out (an array). FAILURE with kind and err for a configuration or
 * database problem; a malformed job is not one (out says "refused"). */
zend_result pimsync_images_apply_local(zend_object *pdo, const pimsync_config *cfg, zend_string *json, zval *out,
                                       pimsync_fatal_kind *kind, pimsync_error *err);

/* What writing images needs: images.media_root a directory (and
 * images.local_root when need_local), pimsync's tables, Magento's metadata
 * (meta is loaded when kind is not CONFIG or DATABASE: free it then). */
zend_result pimsync_images_open_target(zend_object *pdo, const pimsync_config *cfg, bool need_local, pimsync_db *db,
                                       pimsync_meta *meta, pimsync_fatal_kind *kind, pimsync_error *err);

/* Engine::purgeRetiredImages: replaced images retired longer than hours
 * (negative: images.keep_replaced_hours) leave the gallery. */
zend_result pimsync_images_purge(zend_object *pdo, const pimsync_config *cfg, zend_long hours, zval *out,
                                 pimsync_fatal_kind *kind, pimsync_error *err);

#endif
