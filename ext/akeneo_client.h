/* The Akeneo REST API source: OAuth2 password grant with refresh, products
 * listed with search_after pagination, attribute options, measurement families. C types only; the
 * PHP binding is akeneo_client_object.c. */
#ifndef PIMSYNC_AKENEO_CLIENT_H
#define PIMSYNC_AKENEO_CLIENT_H

#include "php.h"
#include "zend_smart_str.h"
#include "errors.h"

typedef struct {
	zend_string *base_url, *client_id, *secret, *username, *password;
	zend_long page_size;          /* 100; Akeneo max 100 */
	zend_long timeout_ms;         /* per request, default 30000 */
	zend_long connect_timeout_ms; /* default 5000 */
	zend_long max_attempts;       /* default 5 */
	zend_long backoff_base_ms;    /* default 1000: 1s, 2s, 4s… */
	zend_long backoff_max_ms;     /* default 60000 */
	bool use_uuid;                /* /products-uuid (default) vs /products */
	zend_string *scope;           /* optional channel: ?scope=… */
	zend_long delta_overlap_seconds; /* default 5: a delta window starts this much before the last run's start */
	zend_long max_body_bytes;     /* default 64 MB: a longer response is refused while it arrives */
	void (*sleep_ms)(void *ctx, zend_long ms); void *sleep_ctx; /* injectable; default nanosleep */
} pimsync_akeneo_settings;

/* Defaults for every optional field, NULL strings. */
void pimsync_akeneo_settings_init(pimsync_akeneo_settings *s);

/* Fills settings from the "source" object of the JSON config (keys base_url,
 * client_id, secret, username, password, page_size, timeout_ms,
 * connect_timeout_ms, max_attempts, backoff_base_ms, backoff_max_ms, endpoint,
 * scope, delta_overlap_seconds, max_body_bytes; "type" is accepted and ignored). Unknown keys are refused so typos
 * surface. On FAILURE err says what to fix and *bad_key names the key (static
 * string); out holds nothing to free. */
zend_result pimsync_akeneo_settings_from_array(HashTable *source, pimsync_akeneo_settings *out,
	const char **bad_key, pimsync_error *err);
void pimsync_akeneo_settings_dtor(pimsync_akeneo_settings *s);

typedef struct pimsync_akeneo_client pimsync_akeneo_client;

/* Copies the settings and authenticates (password grant). NULL on error. */
pimsync_akeneo_client *pimsync_akeneo_open(const pimsync_akeneo_settings *s, pimsync_error *err);

/* Every message these functions put in err has the credentials redacted
 * (redact.h): a server may echo the request in its error body.
 *
 * A listing (products or options) stops with an error when a
 * _links.next.href names a page already fetched by this listing, or when a
 * page has no items but a next link: a broken or hostile server would
 * otherwise keep a run reading forever. */

/* Starts a product listing (search_after pagination, limit=page_size,
 * following _links.next); updated_since ("YYYY-MM-DD HH:MM:SS", may be NULL)
 * adds the search filter updated > value. Nothing is fetched until
 * pimsync_akeneo_next_product. */
zend_result pimsync_akeneo_list_products(pimsync_akeneo_client *c, zend_string *updated_since, pimsync_error *err);

/* Akeneo caps the size of a search; 100 ids per request stay well inside it
 * (and inside any proxy's URL limit: about 5 kB of encoded uuids). */
#define PIMSYNC_AKENEO_IDS_PER_REQUEST 100

/* Starts a listing of the given products only (1 to PIMSYNC_AKENEO_IDS_PER_REQUEST
 * ids): search uuid IN [...] on /products-uuid, identifier IN [...] on /products.
 * Ids the PIM does not know are simply not returned. */
zend_result pimsync_akeneo_list_products_by_id(pimsync_akeneo_client *c, zend_string *const *ids, uint32_t n, pimsync_error *err);
/* Starts a listing of the variant products of the given product models (1 to
 * PIMSYNC_AKENEO_IDS_PER_REQUEST codes): search parent IN [...], which
 * Akeneo answers with the products below any of them, at any level. */
zend_result pimsync_akeneo_list_products_by_parent(pimsync_akeneo_client *c, zend_string *const *codes, uint32_t n, pimsync_error *err);

/* Next product as compact JSON with keys sorted and "_links" dropped, appended
 * to out: 1 = got one, 0 = end, -1 = error (err set). */
int pimsync_akeneo_next_product(pimsync_akeneo_client *c, smart_str *out, pimsync_error *err);

/* The uuid (/products-uuid) or identifier (/products) of the product the last
 * pimsync_akeneo_next_product returned, as a new string; NULL when it has none. */
zend_string *pimsync_akeneo_item_id(const pimsync_akeneo_client *c);

/* Every option of an attribute (paginated), each as compact sorted JSON. */
zend_result pimsync_akeneo_each_option(pimsync_akeneo_client *c, const char *attribute_code,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err);

/* Every category (GET /api/rest/v1/categories?with_position=true, paginated),
 * each as compact sorted JSON: code, parent, labels, position, updated… */
zend_result pimsync_akeneo_each_category(pimsync_akeneo_client *c,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err);

/* Every item of a paginated structure listing (endpoint "attributes",
 * "attribute-groups", "families"), each as compact sorted JSON. */
zend_result pimsync_akeneo_each_item(pimsync_akeneo_client *c, const char *endpoint,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err);

/* Every product model (GET /api/rest/v1/product-models, search_after
 * pagination, with the updated > updated_since filter when given and the
 * source's scope), each as compact sorted JSON, handed to cb in listing order. */
zend_result pimsync_akeneo_each_product_model(pimsync_akeneo_client *c, zend_string *updated_since,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err);

/* Every variant of a family (GET /api/rest/v1/families/{family}/variants). */
zend_result pimsync_akeneo_each_family_variant(pimsync_akeneo_client *c, const char *family,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err);

/* One product model by code (GET /api/rest/v1/product-models/{code}), as
 * the listing emits it, appended to out: 1 found, 0 not found (404), -1 error. */
int pimsync_akeneo_get_product_model(pimsync_akeneo_client *c, const char *code, smart_str *out, pimsync_error *err);

/* GET /api/rest/v1/measurement-families: one JSON list, not paginated; its
 * body is appended to out as received. */
zend_result pimsync_akeneo_get_measurement_families(pimsync_akeneo_client *c, smart_str *out, pimsync_error *err);

/* The access token to send as "Authorization: Bearer …" to the API (media file
 * downloads, which go through image_fetch.h rather than this client), renewed
 * first when it is about to expire, or when renew is set (the server answered
 * 401 to it). Borrowed until the next call on c. NULL on error (err redacted). */
const char *pimsync_akeneo_access_token(pimsync_akeneo_client *c, bool renew, pimsync_error *err);

/* {base_url}/api/rest/v1/media-files/{code}/download with the code's slashes
 * kept (Akeneo's codes are paths such as "1/2/3/4/abc_front.jpg") and every
 * segment's other characters percent-encoded. NULL, with why, for a code that
 * is empty or has an empty, "." or ".." segment. */
zend_string *pimsync_akeneo_media_file_url(const pimsync_akeneo_client *c, const char *code, size_t len,
	char *why, size_t why_len);

/* The base URL the client talks to (borrowed). */
zend_string *pimsync_akeneo_base_url(const pimsync_akeneo_client *c);

typedef struct { zend_long requests, retries, token_refreshes, pages, items; } pimsync_akeneo_stats;
const pimsync_akeneo_stats *pimsync_akeneo_stats_get(const pimsync_akeneo_client *c);

void pimsync_akeneo_close(pimsync_akeneo_client *c);

/* Registers PimSync\AkeneoClient (akeneo_client_object.c). */
void php_pimsync_akeneo_client_minit(void);

#endif
