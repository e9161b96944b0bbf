/* Local image bodies and the PHP entry that applies one job with them; see
 * local_images.h. */
#include <sys/stat.h>
#include "php.h"
#include "local_images.h"
#include "gallery_writer.h"
#include "magento_meta.h"
#include "pdo_bridge.h"
#include "sync_run.h"
#include "image_check.h"

#define LOCAL_MAX_BYTES (64 * 1024 * 1024)

static void item_fail(pimsync_image_fetch_item *item, const char *kind, const char *fmt, const char *arg)
{
	snprintf(item->reason_kind, sizeof(item->reason_kind), "%s", kind);
	snprintf(item->reason, sizeof(item->reason), fmt, arg);
}

/* A relative path that stays under the root: no empty, "." or ".." segment. */
static bool safe_relative(const char *s, size_t len)
{
	if (len == 0 || s[0] == '/' || memchr(s, '\0', len) || memchr(s, '\\', len)) return false;
	for (const char *seg = s; seg <= s + len;) {
		const char *end = memchr(seg, '/', (size_t) (s + len - seg));
		size_t n = end ? (size_t) (end - seg) : (size_t) (s + len - seg);
		if (n == 0 || (n == 1 && seg[0] == '.') || (n == 2 && seg[0] == '.' && seg[1] == '.')) return false;
		if (!end) break;
		seg = end + 1;
	}
	return true;
}

/* The path part of an http(s) URL, without its leading slash, query or fragment. */
static zend_string *url_path(zend_string *url)
{
	const char *s = ZSTR_VAL(url), *scheme = strstr(s, "://"), *path, *end;
	if (!scheme) return NULL;
	path = strchr(scheme + 3, '/');
	if (!path) return NULL;
	path++;
	end = path + strcspn(path, "?#");
	return zend_string_init(path, (size_t) (end - path), 0);
}

void pimsync_local_image_read(zend_string *local_root, const pimsync_image_job_image *img, pimsync_image_fetch_item *item)
{
	zend_string *rel = img->source == PIMSYNC_IMAGE_SOURCE_AKENEO ? zend_string_copy(img->code) : url_path(img->url);
	char file[MAXPATHLEN];
	php_stream *s;
	zend_stat_t st;

	item->body = NULL;
	item->reason_kind[0] = item->reason[0] = '\0';
	item->retryable = false;
	if (!rel || !safe_relative(ZSTR_VAL(rel), ZSTR_LEN(rel))) {
		item_fail(item, "bad_reference", "the image reference %.200s names no file under images.local_root",
		          img->code ? ZSTR_VAL(img->code) : img->url ? ZSTR_VAL(img->url) : "");
		if (rel) zend_string_release(rel);
		return;
	}
	snprintf(file, sizeof(file), "%s/%s", ZSTR_VAL(local_root), ZSTR_VAL(rel));
	zend_string_release(rel);
	if (VCWD_STAT(file, &st) != 0 || !S_ISREG(st.st_mode)) {
		item_fail(item, "not_found", "no file %.200s", file);
		return;
	}
	if (st.st_size > LOCAL_MAX_BYTES) {
		item_fail(item, "too_large", "%.200s is larger than 64 MB", file);
		return;
	}
	if (!(s = php_stream_open_wrapper(file, "rb", 0, NULL))) {
		item_fail(item, "not_found", "cannot open %.200s", file);
		item->retryable = true;
		return;
	}
	item->body = php_stream_copy_to_mem(s, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(s);
	if (!item->body) item->body = ZSTR_EMPTY_ALLOC();
	/* the downloader's own check (image_check.c): type, dimensions, a cut body */
	const char *kind;
	char why[200];
	if (!pimsync_image_check((const unsigned char *) ZSTR_VAL(item->body), ZSTR_LEN(item->body), &item->info, &kind, why, sizeof(why))) {
		zend_string_release(item->body);
		item->body = NULL;
		snprintf(item->reason_kind, sizeof(item->reason_kind), "%s", kind);
		snprintf(item->reason, sizeof(item->reason), "%.200s: %s", file, why);
	}
}

/* ---- the PHP entries ---- */

static void result_to_array(pimsync_gallery_result *res, const char *status, zval *out)
{
	array_init(out);
	add_assoc_string(out, "status", status);
	add_assoc_long(out, "attached", res->attached);
	add_assoc_long(out, "reused", res->reused);
	add_assoc_long(out, "updated", res->updated);
	add_assoc_long(out, "restored", res->restored);
	add_assoc_long(out, "retired", res->retired);
	add_assoc_long(out, "removed", res->removed);
	add_assoc_bool(out, "skipped_obsolete", res->obsolete);
	add_assoc_long(out, "files_written", res->files_written);
	add_assoc_long(out, "files_deleted", res->files_deleted);
	add_assoc_long(out, "rows_written", res->rows_written);
	Z_TRY_ADDREF(res->failed);
	add_assoc_zval(out, "failed", &res->failed);
}

/* The configuration and database a job needs: media_root that exists,
 * pimsync's tables, Magento's metadata. */
zend_result pimsync_images_open_target(zend_object *pdo, const pimsync_config *cfg, bool need_local, pimsync_db *db, pimsync_meta *meta,
                               pimsync_fatal_kind *kind, pimsync_error *err)
{
	const pimsync_media_config *m = &cfg->media;
	zend_stat_t st;
	*kind = PIMSYNC_FATAL_CONFIG;
	if (!m->media_root) {
		pimsync_error_set(err, "%s: field \"images.media_root\": is required to write images (Magento's pub/media; it was not"
		                  " found from the configuration file's directory)", ZSTR_VAL(cfg->origin));
		return FAILURE;
	}
	if (VCWD_STAT(ZSTR_VAL(m->media_root), &st) != 0 || !S_ISDIR(st.st_mode)) {
		pimsync_error_set(err, "%s: field \"images.media_root\": %s is not a directory", ZSTR_VAL(cfg->origin), ZSTR_VAL(m->media_root));
		return FAILURE;
	}
	if (need_local && !m->local_root) {
		pimsync_error_set(err, "%s: field \"images.local_root\": is required to apply an image job from local files", ZSTR_VAL(cfg->origin));
		return FAILURE;
	}
	*kind = PIMSYNC_FATAL_DATABASE;
	if (pimsync_db_open(db, pdo, err) == FAILURE || pimsync_install_schema(pdo, err) == FAILURE) return FAILURE;
	*kind = PIMSYNC_FATAL_SCHEMA;
	db->err = err;
	if (pimsync_meta_load(meta, db) == FAILURE) return FAILURE;
	return SUCCESS;
}

zend_result pimsync_images_apply_local(zend_object *pdo, const pimsync_config *cfg, zend_string *json, zval *out,
                                       pimsync_fatal_kind *kind, pimsync_error *err)
{
	pimsync_image_job job;
	pimsync_error why;
	pimsync_gallery_result res;
	pimsync_image_fetch_item *items = NULL;
	pimsync_db db;
	pimsync_meta meta;
	bool *needs = NULL, obsolete = false, meta_loaded = false;
	zend_result r = FAILURE;

	pimsync_gallery_result_init(&res);
	if (pimsync_image_job_parse(ZSTR_VAL(json), ZSTR_LEN(json), &job, &why) == FAILURE) {
		/* not retryable: the worker dead-letters it with this reason */
		result_to_array(&res, "refused", out);
		add_assoc_string(out, "reason_kind", "malformed_job");
		add_assoc_string(out, "reason", why.message);
		pimsync_gallery_result_free(&res);
		pimsync_image_job_free(&job);
		return SUCCESS;
	}
	memset(&meta, 0, sizeof(meta));
	if (pimsync_images_open_target(pdo, cfg, true, &db, &meta, kind, err) == FAILURE) {
		meta_loaded = *kind == PIMSYNC_FATAL_SCHEMA;
		goto done;
	}
	meta_loaded = true;
	*kind = PIMSYNC_FATAL_DATABASE;
	needs = ecalloc(job.image_count ? job.image_count : 1, sizeof(*needs));
	items = ecalloc(job.image_count ? job.image_count : 1, sizeof(*items));
	if (pimsync_gallery_needs(&db, &job, needs, &obsolete) == FAILURE) goto done;
	if (!obsolete) {
		/* only what the product lacks is read: an unchanged job reads no byte */
		for (uint32_t i = 0; i < job.image_count; i++) {
			if (needs[i]) pimsync_local_image_read(cfg->media.local_root, &job.images[i], &items[i]);
		}
	}
	if (pimsync_gallery_apply(&db, &meta, &cfg->media, &job, items, &res, err) == FAILURE) goto done;
	result_to_array(&res, res.obsolete ? "skipped_obsolete" : "applied", out);
	r = SUCCESS;
done:
	for (uint32_t i = 0; items && i < job.image_count; i++) {
		if (items[i].body) zend_string_release(items[i].body);
	}
	if (items) efree(items);
	if (needs) efree(needs);
	if (meta_loaded) pimsync_meta_free(&meta);
	pimsync_gallery_result_free(&res);
	pimsync_image_job_free(&job);
	return r;
}

zend_result pimsync_images_purge(zend_object *pdo, const pimsync_config *cfg, zend_long hours, zval *out,
                                 pimsync_fatal_kind *kind, pimsync_error *err)
{
	pimsync_db db;
	pimsync_meta meta;
	zend_long purged, deleted;
	zend_result r;

	memset(&meta, 0, sizeof(meta));
	if (pimsync_images_open_target(pdo, cfg, false, &db, &meta, kind, err) == FAILURE) {
		if (*kind == PIMSYNC_FATAL_SCHEMA) pimsync_meta_free(&meta);
		return FAILURE;
	}
	*kind = PIMSYNC_FATAL_DATABASE;
	r = pimsync_gallery_purge_retired(&db, &meta, &cfg->media, hours < 0 ? cfg->media.keep_replaced_hours : hours,
	                                  &purged, &deleted, err);
	pimsync_meta_free(&meta);
	if (r == FAILURE) return FAILURE;
	array_init(out);
	add_assoc_long(out, "purged", purged);
	add_assoc_long(out, "files_deleted", deleted);
	return SUCCESS;
}
