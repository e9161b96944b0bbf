/* A product's desired media set, as mapping leaves it on the record: each
 * image named by a stable reference (an Akeneo media file code or a URL),
 * never fetched. Per store it says the roles the image takes, its label,
 * and whether it is hidden there. The set's generation (16 hex of XXH3 of
 * what the worker receives) tells whether anything about it changed.
 *
 * What the worker gets (image_jobs.h) is the "images" array of the job
 * JSON, built here: position is the 1-based place in the whole set. */
#ifndef PIMSYNC_MEDIA_REFS_H
#define PIMSYNC_MEDIA_REFS_H

#include "php.h"
#include "zend_smart_str.h"
#include "images_config.h"

typedef enum {
	PIMSYNC_MEDIA_AKENEO = 0, /* a media file code: GET /api/rest/v1/media-files/{code}/download */
	PIMSYNC_MEDIA_URL,        /* an http(s) URL */
} pimsync_media_source;

typedef struct {
	zend_long store_id;
	uint32_t roles;       /* bits over pimsync_images_config.roles */
	bool in;              /* a value of the feed puts the image in this store */
	bool visible;         /* and not hidden there (gallery: false hides it) */
	int8_t disabled;      /* what the job says: -1 nothing, 0 shown, 1 hidden */
	zend_string *label;
} pimsync_media_ref_store;

typedef struct {
	zend_string *ref;          /* "akeneo:<code>" or "url:<url>" */
	pimsync_media_source source;
	zend_string *location;     /* the code or the URL */
	zend_string *file;         /* suggested file name: the code's last segment without Akeneo's hash prefix */
	zend_string **attributes;  /* the Akeneo attributes that name it (first first) */
	uint32_t nattributes;
	zend_long position;        /* its attribute's gallery position */
	uint32_t arrival;          /* tie-break: feed order */
	zend_string *label_attribute; /* borrowed from the config: whose values label it, or NULL */
	pimsync_media_ref_store *stores; /* sorted by store id once finished */
	uint32_t nstores, stores_cap;
} pimsync_media_ref;

typedef struct {
	bool on;                   /* images are enabled: the record carries its set, maybe empty */
	pimsync_media_ref *refs;   /* in gallery order once finished */
	uint32_t n, cap;
	HashTable valued;          /* "attribute\x1fstore id" of each store an attribute has an image for */
	char generation[17];       /* 16 hex + NUL */
} pimsync_media_set;

/* Images on: the set is used (pimsync_media_set_free() frees it). */
void pimsync_media_set_init(pimsync_media_set *set);

/* Names one image value: location is a code or URL, stores where it lands;
 * roles and visibility come from its attribute's rule. Merges with a ref of
 * the same location (the union of stores, the roles of both). */
void pimsync_media_add(pimsync_media_set *set, pimsync_media_source source, zend_string *location, zend_string *attribute,
                       const pimsync_image_attribute *rule, const zend_long *stores, uint32_t nstores);

/* Labels of the stores a label attribute's values give (store => text);
 * pimsync_media_finish() takes them for each ref whose label_attribute it is. */
typedef struct {
	zend_string *attribute;
	HashTable by_store;        /* store id => zend_string label (owned) */
} pimsync_media_labels;

/* Orders the set (position, then arrival), gives each (store, role) to the
 * first image claiming it, fills labels and the hidden/shown stores against
 * all_stores (every store view the sync writes, 0 included), and computes
 * the generation. */
void pimsync_media_finish(pimsync_media_set *set, const pimsync_images_config *images, const zend_long *all_stores,
                          uint32_t nall, const pimsync_media_labels *labels, uint32_t nlabels);

/* The JSON of refs[from..to) (position = index + 1) into out. */
void pimsync_media_images_json(const pimsync_media_set *set, const pimsync_images_config *images, uint32_t from, uint32_t to,
                               smart_str *out);
/* The JSON list of every ref: what the product keeps once its jobs are applied. */
void pimsync_media_keep_json(const pimsync_media_set *set, smart_str *out);

/* The file name suggested for a code or URL (never empty). */
zend_string *pimsync_media_ref_file_name(pimsync_media_source source, const char *location, size_t len);

void pimsync_media_set_free(pimsync_media_set *set);

#endif
