/* One image job, as the producer puts it on the stream (issue 8, "v":1): a
 * product's images, or one chunk of them, and the full list of refs the
 * product keeps. Parsed with jansson into C types once, so the gallery
 * writer never looks a field up by name; a malformed job is refused with a
 * reason (the worker dead-letters it, retrying cannot help). */
#ifndef PIMSYNC_IMAGE_JOB_H
#define PIMSYNC_IMAGE_JOB_H

#include "php.h"
#include "errors.h"

typedef enum {
	PIMSYNC_IMAGE_SOURCE_AKENEO = 1, /* media-files/{code}/download */
	PIMSYNC_IMAGE_SOURCE_URL = 2,    /* a plain http(s) URL */
} pimsync_image_source;

typedef struct {
	zend_string *ref;        /* stable source reference: its content never changes under it */
	pimsync_image_source source;
	zend_string *code;       /* Akeneo media file code (with slashes), or NULL */
	zend_string *url;        /* or NULL */
	zend_string *file;       /* suggested file name, untrusted: checked by media_files.c */
	zend_long position;      /* 1-based in the gallery */
	HashTable roles;         /* store id => packed array of role attribute codes (zend_string) */
	HashTable labels;        /* store id => label (zend_string) */
	HashTable disabled;      /* store id => true/false */
} pimsync_image_job_image;

typedef struct {
	zend_long run_id;
	zend_string *sku;
	zend_long entity_id;
	zend_long row_id;        /* same as entity_id on Open Source; a hint only (the live row is read) */
	char generation[17];     /* 16 lowercase hex digits */
	zend_long chunk, chunks;
	pimsync_image_job_image *images;
	uint32_t image_count;
	HashTable keep;          /* ref => true: every ref the product keeps once all chunks are applied */
} pimsync_image_job;

/* FAILURE with err saying which field is wrong; job is then empty (free it anyway). */
zend_result pimsync_image_job_parse(const char *json, size_t len, pimsync_image_job *job, pimsync_error *err);
void pimsync_image_job_free(pimsync_image_job *job);

#endif
