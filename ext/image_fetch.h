/* Image downloads in parallel over libcurl's multi interface: one multi
 * handle for a batch (its connection cache keeps connections alive between
 * transfers), at most `concurrency` transfers at once and `per_host` to one
 * scheme://host:port, connect and whole-transfer timeouts, a size cap checked
 * on Content-Length and while the body streams, redirects followed by hand
 * so every hop passes url_policy.h again, and each body checked as an image
 * (image_check.h). Every item ends on its own: one bad URL never stops the
 * others. C types only; the PHP entry is image_probe.c. */
#ifndef PIMSYNC_IMAGE_FETCH_H
#define PIMSYNC_IMAGE_FETCH_H

#include "php.h"
#include "image_check.h"

/* Config "images.download" (README, "Configuration"). */
typedef struct {
	zend_long concurrency;        /* transfers at once, all hosts (16) */
	zend_long per_host;           /* transfers at once to one scheme://host:port (8) */
	zend_long connect_timeout_ms; /* connect_timeout, given in seconds (5) */
	zend_long timeout_ms;         /* timeout: the whole transfer, given in seconds (60) */
	zend_long max_bytes;          /* a longer body is refused, as soon as it is known (20 MB) */
	zend_long max_redirects;      /* hops followed, each one checked like the first URL (3) */
	HashTable *allowed_hosts;     /* list of "host" or "*.domain"; borrowed from the config; may be NULL */
	bool allow_private_addresses; /* private, loopback, link-local… addresses (false) */
	const char *trusted_host;     /* not from the config: the caller sets the Akeneo base URL's host,
	                               * always allowed, at any address (the sync already talks to it) */
} pimsync_image_download_settings;

void pimsync_image_download_settings_init(pimsync_image_download_settings *s);
/* From the normalized images.download object (config.c validated it); NULL: the defaults. */
void pimsync_image_download_settings_from_array(HashTable *download, pimsync_image_download_settings *s);

/* One download. The caller sets url and bearer; the rest is out. */
typedef struct {
	zend_string *url;         /* http(s) URL; not owned */
	const char *bearer;       /* access token sent as "Authorization: Bearer …" to the URL's own
	                           * scheme://host:port only (never to a redirect elsewhere); NULL: none */
	/* out: */
	zend_string *body;        /* the image's bytes when ok (owned: release it), else NULL */
	pimsync_image_info info;  /* type and size when ok */
	char reason_kind[32];     /* "" when ok; else http_status, not_an_image, truncated, bad_dimensions,
	                           * too_large, bad_url, scheme_not_allowed, host_not_allowed, private_address,
	                           * redirect_not_allowed, timeout, connect_failed, transfer_failed */
	char reason[256];         /* what a person can act on; the URL without user:password@ or query string */
	bool retryable;           /* the same request may work later (timeouts, 5xx, 429, cut bodies) */
	long http_status;         /* of the last response; 0 when none came */
} pimsync_image_fetch_item;

typedef struct {
	zend_long transfers;      /* requests sent, redirect hops included */
	zend_long connections;    /* new connections opened: fewer than transfers when kept alive */
	zend_long redirects;      /* hops followed */
} pimsync_image_fetch_stats;

/* Fetches every item (n may be 0). stats may be NULL. Never fails as a whole:
 * each item says how it ended. A body is released from items that fail. */
void pimsync_image_fetch_all(const pimsync_image_download_settings *s, pimsync_image_fetch_item *items, size_t n,
	pimsync_image_fetch_stats *stats);

/* Releases the body and clears the outputs (url and bearer stay). */
void pimsync_image_fetch_item_reset(pimsync_image_fetch_item *item);

#endif
