/* The "images" block of the configuration (part J of issue 8: the producer
 * side). Parsed and validated in config.c's images block, bound here as C
 * members: strings are borrowed from the normalized config array, the
 * attribute table is owned and freed with the config.
 *
 * Images are a product's media: a job per product whose desired media set
 * changed, put on a Redis stream after its batch commits (image_jobs.h). The
 * sub-objects "download" (part F) and "media_root", "keep_replaced_hours",
 * "local_root" (part G) have structs of their own. */
#ifndef PIMSYNC_IMAGES_CONFIG_H
#define PIMSYNC_IMAGES_CONFIG_H

#include "php.h"

/* Role names are Magento media_image attributes; a ref's roles in a store
 * are a bit set over pimsync_images_config.roles. */
#define PIMSYNC_IMAGE_ROLES_MAX 32

/* One Akeneo attribute whose values are images ("images.attributes"). */
typedef struct {
	zend_string *code;   /* Akeneo attribute code */
	uint32_t roles;      /* the roles its image takes in each store it lands in */
	bool gallery;        /* false: "Hide from Product Page" (disabled), the roles still use it */
	zend_long position;  /* gallery order: images of a lower position come first */
	zend_string *label;  /* Akeneo text attribute whose value labels the image, or NULL */
} pimsync_image_attribute;

typedef struct {
	bool enabled;                 /* false: media attributes are skipped with a warning, as before */
	/* redis */
	zend_string *redis_host;
	zend_long redis_port;
	zend_string *redis_username;  /* ACL user (Redis 6+), or NULL */
	zend_string *redis_password;  /* never in a message */
	zend_long redis_db;
	double connect_timeout;       /* seconds */
	double timeout;               /* seconds, per command */
	zend_string *stream;          /* NULL: "pimsync:images:<database>", named by the run */
	zend_string *group;           /* consumer group the workers share */
	zend_long chunk_size;         /* images per job at most */
	/* which values are images */
	pimsync_image_attribute *attributes; /* listed ones, in gallery order */
	uint32_t nattributes;
	HashTable by_code;            /* Akeneo code => index + 1 into attributes (longs) */
	bool detect;                  /* none listed: every Akeneo media value that is an image */
	HashTable *excluded;          /* with detect: codes listed as null (borrowed) */
	uint32_t detected_roles;      /* with detect: the roles of the first attribute by code */
	zend_string *labels;          /* default label attribute, or NULL */
	zend_string *roles[PIMSYNC_IMAGE_ROLES_MAX]; /* role names; 0..2 are image, small_image, thumbnail */
	uint32_t nroles;
	/* the worker's (phase 2): parsed and checked now */
	zend_long retries;            /* attempts of a failing job before its dead letter */
	double backoff;               /* seconds before the first retry, doubled each time */
	double visibility_timeout;    /* seconds before another worker claims a pending job */
} pimsync_images_config;

void pimsync_images_config_free(pimsync_images_config *images);

#endif
