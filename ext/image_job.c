/* The image job's JSON into pimsync_image_job; see image_job.h. Fields the
 * contract does not name are ignored (a newer producer may add some; an
 * incompatible change bumps "v"). */
#include <jansson.h>
#include "php.h"
#include "image_job.h"

#define REF_MAX 255 /* pimsync_media_link.ref */

static bool ZEND_ATTRIBUTE_FORMAT(printf, 2, 3) job_fail(pimsync_error *err, const char *format, ...)
{
	va_list ap;
	char msg[PIMSYNC_ERR_MAX];
	va_start(ap, format);
	vsnprintf(msg, sizeof(msg), format, ap);
	va_end(ap);
	pimsync_error_set(err, "malformed image job: %s", msg);
	return false;
}

static bool read_int(json_t *obj, const char *key, zend_long min, zend_long *out, const char *where, pimsync_error *err)
{
	json_t *v = json_object_get(obj, key);
	if (!json_is_integer(v) || json_integer_value(v) < min) {
		return job_fail(err, "%s\"%s\" must be an integer of at least " ZEND_LONG_FMT, where, key, min);
	}
	*out = (zend_long) json_integer_value(v);
	return true;
}

/* A non-empty string field; NULL allowed (and returned) when nullable. */
static bool read_str(json_t *obj, const char *key, bool nullable, zend_string **out, const char *where, pimsync_error *err)
{
	json_t *v = json_object_get(obj, key);
	*out = NULL;
	if (nullable && (!v || json_is_null(v))) return true;
	if (!json_is_string(v) || json_string_length(v) == 0) {
		return job_fail(err, "%s\"%s\" must be a non-empty string%s", where, key, nullable ? " or null" : "");
	}
	if (memchr(json_string_value(v), '\0', json_string_length(v))) return job_fail(err, "%s\"%s\" contains a NUL byte", where, key);
	*out = zend_string_init(json_string_value(v), json_string_length(v), 0);
	return true;
}

/* Store ids are object keys: "0", "1"… (no sign, no leading zero). */
static bool store_key(const char *key, zend_ulong *id)
{
	size_t n = strlen(key);
	if (n == 0 || n > 5 || (n > 1 && key[0] == '0')) return false;
	for (size_t i = 0; i < n; i++) {
		if (key[i] < '0' || key[i] > '9') return false;
	}
	*id = (zend_ulong) strtoul(key, NULL, 10);
	return *id <= 65535; /* store.store_id is a SMALLINT UNSIGNED */
}

static void roles_dtor(zval *zv)
{
	zend_array_destroy(Z_ARR_P(zv));
}

static bool read_per_store(json_t *img, const char *key, HashTable *out, const char *where, pimsync_error *err)
{
	json_t *obj = json_object_get(img, key), *v;
	const char *store;
	zend_ulong id;

	/* an empty list is an empty object (PHP encodes [] so) */
	if (!obj || json_is_null(obj) || (json_is_array(obj) && json_array_size(obj) == 0)) return true;
	if (!json_is_object(obj)) return job_fail(err, "%s\"%s\" must be an object keyed by store id", where, key);
	json_object_foreach(obj, store, v) {
		zval zv;
		if (!store_key(store, &id)) return job_fail(err, "%s\"%s\" has the key \"%s\", not a store id", where, key, store);
		if (strcmp(key, "labels") == 0) {
			if (!json_is_string(v)) return job_fail(err, "%s\"labels\".\"%s\" must be a string", where, store);
			ZVAL_STRINGL(&zv, json_string_value(v), json_string_length(v));
		} else if (strcmp(key, "disabled") == 0) {
			if (!json_is_boolean(v)) return job_fail(err, "%s\"disabled\".\"%s\" must be true or false", where, store);
			ZVAL_BOOL(&zv, json_is_true(v));
		} else {
			size_t i;
			json_t *role;
			if (!json_is_array(v)) return job_fail(err, "%s\"roles\".\"%s\" must be a list of role codes", where, store);
			array_init(&zv);
			json_array_foreach(v, i, role) {
				if (!json_is_string(role) || json_string_length(role) == 0 || json_string_length(role) > 255) {
					zval_ptr_dtor(&zv);
					return job_fail(err, "%s\"roles\".\"%s\"[%zu] must be an attribute code", where, store, i);
				}
				add_next_index_stringl(&zv, json_string_value(role), json_string_length(role));
			}
			/* the HashTable holds the array itself (roles_dtor) */
			zend_hash_index_update_ptr(out, id, Z_ARR(zv));
			continue;
		}
		zend_hash_index_update(out, id, &zv);
	}
	return true;
}

static bool read_image(json_t *img, size_t i, pimsync_image_job_image *out, HashTable *seen, pimsync_error *err)
{
	char where[48];
	zend_string *source = NULL;
	bool ok;

	snprintf(where, sizeof(where), "images[%zu].", i);
	if (!json_is_object(img)) return job_fail(err, "images[%zu] must be an object", i);
	if (!read_str(img, "ref", false, &out->ref, where, err)) return false;
	if (ZSTR_LEN(out->ref) > REF_MAX) return job_fail(err, "%s\"ref\" is longer than %d bytes", where, REF_MAX);
	if (!zend_hash_add_empty_element(seen, out->ref)) {
		return job_fail(err, "%s\"ref\" \"%s\" is listed twice", where, ZSTR_VAL(out->ref));
	}
	if (!read_str(img, "source", false, &source, where, err)) return false;
	ok = zend_string_equals_literal(source, "akeneo") || zend_string_equals_literal(source, "url");
	out->source = zend_string_equals_literal(source, "akeneo") ? PIMSYNC_IMAGE_SOURCE_AKENEO : PIMSYNC_IMAGE_SOURCE_URL;
	zend_string_release(source);
	if (!ok) return job_fail(err, "%s\"source\" must be \"akeneo\" or \"url\"", where);
	if (!read_str(img, "code", true, &out->code, where, err) || !read_str(img, "url", true, &out->url, where, err)) return false;
	if (out->source == PIMSYNC_IMAGE_SOURCE_AKENEO && !out->code) return job_fail(err, "%s\"code\" is required for an akeneo image", where);
	if (out->source == PIMSYNC_IMAGE_SOURCE_URL && !out->url) return job_fail(err, "%s\"url\" is required for a url image", where);
	/* the name's content is checked per image (bad_file_name), not here: the rest of the job goes on */
	if (!json_is_string(json_object_get(img, "file"))) return job_fail(err, "%s\"file\" must be a string", where);
	out->file = zend_string_init(json_string_value(json_object_get(img, "file")),
	                             json_string_length(json_object_get(img, "file")), 0);
	if (!read_int(img, "position", 1, &out->position, where, err)) return false;
	return read_per_store(img, "roles", &out->roles, where, err) && read_per_store(img, "labels", &out->labels, where, err)
		&& read_per_store(img, "disabled", &out->disabled, where, err);
}

static bool read_job(json_t *root, pimsync_image_job *job, pimsync_error *err)
{
	json_t *v, *images, *keep, *item;
	zend_long version;
	size_t i;
	HashTable seen;
	bool ok = true;

	if (!json_is_object(root)) return job_fail(err, "the job must be a JSON object");
	if (!read_int(root, "v", 0, &version, "", err)) return false;
	if (version != 1) return job_fail(err, "\"v\" is " ZEND_LONG_FMT "; this pimsync reads version 1", version);
	if (!read_int(root, "run", 0, &job->run_id, "", err) || !read_str(root, "sku", false, &job->sku, "", err)
	    || !read_int(root, "entity", 1, &job->entity_id, "", err) || !read_int(root, "row", 1, &job->row_id, "", err)
	    || !read_int(root, "chunk", 1, &job->chunk, "", err) || !read_int(root, "chunks", 1, &job->chunks, "", err)) {
		return false;
	}
	if (job->chunk > job->chunks) return job_fail(err, "\"chunk\" " ZEND_LONG_FMT " is past \"chunks\" " ZEND_LONG_FMT, job->chunk, job->chunks);
	v = json_object_get(root, "generation");
	if (!json_is_string(v) || json_string_length(v) != 16 || strspn(json_string_value(v), "0123456789abcdef") != 16) {
		return job_fail(err, "\"generation\" must be 16 lowercase hex digits");
	}
	memcpy(job->generation, json_string_value(v), 17);

	keep = json_object_get(root, "keep");
	if (!json_is_array(keep)) return job_fail(err, "\"keep\" must be a list of refs");
	json_array_foreach(keep, i, item) {
		if (!json_is_string(item) || json_string_length(item) == 0) return job_fail(err, "\"keep\"[%zu] must be a non-empty string", i);
		zend_hash_str_update_ptr(&job->keep, json_string_value(item), json_string_length(item), (void *) 1);
	}

	images = json_object_get(root, "images");
	if (!json_is_array(images)) return job_fail(err, "\"images\" must be a list");
	job->images = ecalloc(json_array_size(images) ? json_array_size(images) : 1, sizeof(*job->images));
	zend_hash_init(&seen, 8, NULL, NULL, 0);
	json_array_foreach(images, i, item) {
		pimsync_image_job_image *img = &job->images[job->image_count++];
		zend_hash_init(&img->roles, 4, NULL, roles_dtor, 0);
		zend_hash_init(&img->labels, 4, NULL, ZVAL_PTR_DTOR, 0);
		zend_hash_init(&img->disabled, 4, NULL, NULL, 0);
		if (!(ok = read_image(item, i, img, &seen, err))) break;
		/* an image outside keep would be attached and retired by the same job */
		if (!zend_hash_exists(&job->keep, img->ref)) {
			ok = job_fail(err, "images[%zu].\"ref\" \"%s\" is not in \"keep\"", i, ZSTR_VAL(img->ref));
			break;
		}
	}
	zend_hash_destroy(&seen);
	return ok;
}

zend_result pimsync_image_job_parse(const char *json, size_t len, pimsync_image_job *job, pimsync_error *err)
{
	json_error_t jerr;
	json_t *root;
	bool ok;

	memset(job, 0, sizeof(*job));
	zend_hash_init(&job->keep, 8, NULL, NULL, 0);
	/* NUL allowed in strings so a file name holding one is refused as that image's bad_file_name */
	root = json_loadb(json, len, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &jerr);
	if (!root) {
		pimsync_error_set(err, "malformed image job: invalid JSON at line %d, column %d: %s", jerr.line, jerr.column, jerr.text);
		return FAILURE;
	}
	ok = read_job(root, job, err);
	json_decref(root);
	if (!ok) {
		pimsync_image_job_free(job);
		memset(job, 0, sizeof(*job));
		zend_hash_init(&job->keep, 8, NULL, NULL, 0);
	}
	return ok ? SUCCESS : FAILURE;
}

void pimsync_image_job_free(pimsync_image_job *job)
{
	for (uint32_t i = 0; i < job->image_count; i++) {
		pimsync_image_job_image *img = &job->images[i];
		if (img->ref) zend_string_release(img->ref);
		if (img->code) zend_string_release(img->code);
		if (img->url) zend_string_release(img->url);
		if (img->file) zend_string_release(img->file);
		zend_hash_destroy(&img->roles);
		zend_hash_destroy(&img->labels);
		zend_hash_destroy(&img->disabled);
	}
	if (job->images) efree(job->images);
	if (job->sku) zend_string_release(job->sku);
	zend_hash_destroy(&job->keep);
	job->images = NULL;
	job->image_count = 0;
	job->sku = NULL;
}
