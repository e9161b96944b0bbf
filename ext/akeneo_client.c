/* The Akeneo REST API protocol over http_client.c; see akeneo_client.h.
 * Pages are parsed with jansson and items re-emitted compact with sorted keys,
 * so the same product always yields the same bytes for the delta hash. */
#include "php_pimsync.h"
#include "ext/standard/url.h"
#include "ext/standard/base64.h"
#include <jansson.h>
#include <time.h>
#include "http_client.h"
#include "akeneo_client.h"
#include "json_decode.h"
#include "product_record.h"
#include "redact.h"

#define AKENEO_TOKEN_PATH "/api/oauth/v1/token"
#define AKENEO_REST_PREFIX "/api/rest/"
#define AKENEO_DEFAULT_EXPIRES_IN 3600

struct pimsync_akeneo_client {
	pimsync_akeneo_settings s;   /* own copies of the strings */
	pimsync_http_client *http;
	zend_string *token_url;
	zend_string *basic_header;   /* "Authorization: Basic base64(client_id:secret)" */
	zend_string *bearer_header;  /* "Authorization: Bearer <access_token>" */
	zend_string *refresh_token;
	zend_string *basic_value;    /* base64(client_id:secret) */
	zend_string *access_token;
	pimsync_secrets secrets;     /* what no message may show; rebuilt when a token changes */
	double token_deadline;       /* monotonic seconds; refresh before using the token past it */
	/* the product listing in progress */
	bool listing;
	zend_string *next_url;       /* next page, NULL when the last one is loaded */
	json_t *page;                /* current page document (owned) */
	json_t *items;               /* page's _embedded.items (borrowed) */
	size_t item_index;
	json_t *item_id;             /* the last item's uuid or identifier (borrowed from page) */
	HashTable fetched;           /* hashes of the page URLs this listing fetched */
	HashTable raw_items;         /* item index => its bytes as received, for items with a key twice */
	pimsync_error stop;          /* why the listing ends with the current page's items, when stopping */
	bool stopping;
	pimsync_akeneo_stats stats;
};

/* ---- settings ---------------------------------------------------------- */

void pimsync_akeneo_settings_init(pimsync_akeneo_settings *s)
{
	memset(s, 0, sizeof(*s));
	s->page_size = 100;
	s->timeout_ms = 30000;
	s->connect_timeout_ms = 5000;
	s->max_attempts = 5;
	s->backoff_base_ms = 1000;
	s->backoff_max_ms = 60000;
	s->use_uuid = true;
	s->delta_overlap_seconds = 5;
	s->max_body_bytes = 64 * 1024 * 1024;
}

void pimsync_akeneo_settings_dtor(pimsync_akeneo_settings *s)
{
	zend_string **strs[] = { &s->base_url, &s->client_id, &s->secret, &s->username, &s->password, &s->scope };
	size_t i;

	for (i = 0; i < sizeof(strs) / sizeof(strs[0]); i++) {
		if (*strs[i]) {
			zend_string_release(*strs[i]);
			*strs[i] = NULL;
		}
	}
}

static const char *const known_keys[] = {
	"type", "base_url", "client_id", "secret", "username", "password", "page_size", "timeout_ms",
	"connect_timeout_ms", "max_attempts", "backoff_base_ms", "backoff_max_ms", "endpoint", "scope", "delta_overlap_seconds", "max_body_bytes",
	"system", /* which system the source speaks for: config.c's ownership block reads it */
	NULL
};

static zval *find_key(HashTable *src, const char *key)
{
	zval *zv = zend_hash_str_find(src, key, strlen(key));
	if (zv) {
		ZVAL_DEREF(zv);
		if (Z_TYPE_P(zv) == IS_NULL) {
			return NULL; /* null means "use the default" */
		}
	}
	return zv;
}

static zend_result get_string(HashTable *src, const char *key, bool required, zend_string **out,
	const char **bad_key, pimsync_error *err)
{
	zval *zv = find_key(src, key);
	size_t i;

	if (!zv) {
		if (required) {
			*bad_key = key;
			pimsync_error_set(err, "source.%s is required (a non-empty string)", key);
			return FAILURE;
		}
		return SUCCESS;
	}
	if (Z_TYPE_P(zv) != IS_STRING || Z_STRLEN_P(zv) == 0) {
		*bad_key = key;
		pimsync_error_set(err, "source.%s must be a non-empty string, got %s", key,
			Z_TYPE_P(zv) == IS_STRING ? "an empty string" : zend_zval_type_name(zv));
		return FAILURE;
	}
	/* Control bytes would end up in a header or a URL. */
	for (i = 0; i < Z_STRLEN_P(zv); i++) {
		if ((unsigned char)Z_STRVAL_P(zv)[i] < 0x20) {
			*bad_key = key;
			pimsync_error_set(err, "source.%s must not contain control characters", key);
			return FAILURE;
		}
	}
	*out = zend_string_copy(Z_STR_P(zv));
	return SUCCESS;
}

static zend_result get_long(HashTable *src, const char *key, zend_long min, zend_long max, const char *why,
	zend_long *out, const char **bad_key, pimsync_error *err)
{
	zval *zv = find_key(src, key);

	if (!zv) {
		return SUCCESS;
	}
	if (Z_TYPE_P(zv) != IS_LONG) {
		*bad_key = key;
		pimsync_error_set(err, "source.%s must be an integer from " ZEND_LONG_FMT " to " ZEND_LONG_FMT "%s, got %s",
			key, min, max, why, zend_zval_type_name(zv));
		return FAILURE;
	}
	if (Z_LVAL_P(zv) < min || Z_LVAL_P(zv) > max) {
		*bad_key = key;
		pimsync_error_set(err, "source.%s must be an integer from " ZEND_LONG_FMT " to " ZEND_LONG_FMT "%s, got " ZEND_LONG_FMT,
			key, min, max, why, Z_LVAL_P(zv));
		return FAILURE;
	}
	*out = Z_LVAL_P(zv);
	return SUCCESS;
}

zend_result pimsync_akeneo_settings_from_array(HashTable *source, pimsync_akeneo_settings *out,
	const char **bad_key, pimsync_error *err)
{
	pimsync_akeneo_settings s;
	zend_string *key, *endpoint = NULL;
	zval *zv;

	pimsync_akeneo_settings_init(&s);
	*bad_key = NULL;

	ZEND_HASH_FOREACH_STR_KEY(source, key) {
		const char *const *k;
		if (!key) {
			*bad_key = "source";
			pimsync_error_set(err, "source must be an object with named keys, not a list");
			return FAILURE;
		}
		for (k = known_keys; *k && !zend_string_equals_cstr(key, *k, strlen(*k)); k++);
		if (!*k) {
			/* Points into source: valid as long as the caller's array. */
			*bad_key = ZSTR_VAL(key);
			pimsync_error_set(err, "source.%s is not a known setting (expected one of base_url, client_id, "
				"secret, username, password, page_size, timeout_ms, connect_timeout_ms, max_attempts, "
				"backoff_base_ms, backoff_max_ms, endpoint, scope, delta_overlap_seconds, max_body_bytes)", ZSTR_VAL(key));
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();

	if (get_string(source, "base_url", true, &s.base_url, bad_key, err) == FAILURE
		|| get_string(source, "client_id", true, &s.client_id, bad_key, err) == FAILURE
		|| get_string(source, "secret", true, &s.secret, bad_key, err) == FAILURE
		|| get_string(source, "username", true, &s.username, bad_key, err) == FAILURE
		|| get_string(source, "password", true, &s.password, bad_key, err) == FAILURE
		|| get_string(source, "scope", false, &s.scope, bad_key, err) == FAILURE
		|| get_string(source, "endpoint", false, &endpoint, bad_key, err) == FAILURE
		|| get_long(source, "page_size", 1, 100, " (Akeneo serves at most 100 per page)", &s.page_size, bad_key, err) == FAILURE
		|| get_long(source, "timeout_ms", 1, 3600000, "", &s.timeout_ms, bad_key, err) == FAILURE
		|| get_long(source, "connect_timeout_ms", 1, 600000, "", &s.connect_timeout_ms, bad_key, err) == FAILURE
		|| get_long(source, "max_attempts", 1, 100, "", &s.max_attempts, bad_key, err) == FAILURE
		|| get_long(source, "backoff_base_ms", 0, 3600000, "", &s.backoff_base_ms, bad_key, err) == FAILURE
		|| get_long(source, "backoff_max_ms", 0, 86400000, "", &s.backoff_max_ms, bad_key, err) == FAILURE
		|| get_long(source, "delta_overlap_seconds", 0, 86400, "", &s.delta_overlap_seconds, bad_key, err) == FAILURE
		|| get_long(source, "max_body_bytes", 1024, ZEND_LONG_MAX, "", &s.max_body_bytes, bad_key, err) == FAILURE) {
		goto fail;
	}
	if (strncasecmp(ZSTR_VAL(s.base_url), "http://", 7) != 0 && strncasecmp(ZSTR_VAL(s.base_url), "https://", 8) != 0) {
		*bad_key = "base_url";
		/* "user:password@host" must not be shown */
		if (memchr(ZSTR_VAL(s.base_url), '@', ZSTR_LEN(s.base_url))) {
			pimsync_error_set(err, "source.base_url must start with http:// or https:// (and hold no user:password@)");
		} else {
			pimsync_error_set(err, "source.base_url must start with http:// or https://, got \"%.100s\"", ZSTR_VAL(s.base_url));
		}
		goto fail;
	}
	{
		/* Credentials belong in their own keys, never in URLs that reach logs and messages. */
		const char *host = ZSTR_VAL(s.base_url) + (ZSTR_VAL(s.base_url)[4] == 's' || ZSTR_VAL(s.base_url)[4] == 'S' ? 8 : 7);
		size_t host_len = strcspn(host, "/?#");
		if (memchr(host, '@', host_len) || host_len == 0 || strpbrk(ZSTR_VAL(s.base_url), " ?#")) {
			*bad_key = "base_url";
			pimsync_error_set(err, "source.base_url must be like https://pim.example.com (no user:password@, query or fragment)");
			goto fail;
		}
	}
	/* Paths are appended as "/api/…": keep exactly one slash between. */
	if (ZSTR_VAL(s.base_url)[ZSTR_LEN(s.base_url) - 1] == '/') {
		size_t len = ZSTR_LEN(s.base_url);
		zend_string *trimmed;
		while (len > 0 && ZSTR_VAL(s.base_url)[len - 1] == '/') {
			len--;
		}
		trimmed = zend_string_init(ZSTR_VAL(s.base_url), len, 0);
		zend_string_release(s.base_url);
		s.base_url = trimmed;
	}
	if (s.backoff_max_ms < s.backoff_base_ms) {
		*bad_key = "backoff_max_ms";
		pimsync_error_set(err, "source.backoff_max_ms (" ZEND_LONG_FMT ") must not be below source.backoff_base_ms (" ZEND_LONG_FMT ")",
			s.backoff_max_ms, s.backoff_base_ms);
		goto fail;
	}
	if (endpoint) {
		if (zend_string_equals_literal(endpoint, "products-uuid")) {
			s.use_uuid = true;
		} else if (zend_string_equals_literal(endpoint, "products")) {
			s.use_uuid = false;
		} else {
			*bad_key = "endpoint";
			pimsync_error_set(err, "source.endpoint must be \"products-uuid\" or \"products\", got \"%.100s\"", ZSTR_VAL(endpoint));
			goto fail;
		}
		zend_string_release(endpoint);
		endpoint = NULL;
	}
	zv = find_key(source, "type");
	if (zv && (Z_TYPE_P(zv) != IS_STRING || !zend_string_equals_literal(Z_STR_P(zv), "akeneo_api"))) {
		*bad_key = "type";
		pimsync_error_set(err, "source.type must be \"akeneo_api\" for the REST API source");
		goto fail;
	}
	*out = s;
	return SUCCESS;

fail:
	if (endpoint) {
		zend_string_release(endpoint);
	}
	pimsync_akeneo_settings_dtor(&s);
	return FAILURE;
}

/* ---- helpers ----------------------------------------------------------- */

static double monotonic_seconds(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int dump_to_smart_str(const char *buffer, size_t size, void *data)
{
	smart_str_appendl((smart_str *)data, buffer, size);
	return 0;
}

/* The canonical bytes of one item: compact, keys sorted at every level. */
static void emit_json(json_t *value, smart_str *out)
{
	json_dump_callback(value, dump_to_smart_str, out, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY);
}

static zend_string *url_encode(const char *s, size_t len)
{
	return php_raw_url_encode(s, len);
}

static json_t *parse_body_flags(const pimsync_http_response *resp, const char *method, const char *url, size_t flags,
	bool *duplicate, pimsync_error *err)
{
	json_error_t jerr;
	json_t *doc;

	doc = json_loadb(resp->body.s ? ZSTR_VAL(resp->body.s) : "", resp->body.s ? ZSTR_LEN(resp->body.s) : 0,
		JSON_ALLOW_NUL | flags, &jerr);
	if (!doc && duplicate && json_error_code(&jerr) == json_error_duplicate_key) {
		*duplicate = true;
		return NULL;
	}
	if (!doc) {
		pimsync_error_set(err, "%s %s: HTTP %ld response is not JSON (%s at line %d, column %d)",
			method, url, resp->status, jerr.text, jerr.line, jerr.column);
		return NULL;
	}
	if (!json_is_object(doc)) {
		pimsync_error_set(err, "%s %s: HTTP %ld response is JSON but not an object", method, url, resp->status);
		json_decref(doc);
		return NULL;
	}
	return doc;
}

static json_t *parse_body(const pimsync_http_response *resp, const char *method, const char *url, pimsync_error *err)
{
	return parse_body_flags(resp, method, url, 0, NULL, err);
}

/* ---- items with a key twice -------------------------------------------- */

/* jansson keeps the last of two equal keys; a product record with a key
 * twice must instead fail as such (L0), as it does from a file. A page that
 * has one is therefore cut into its items' bytes, so that each item with a
 * key twice goes to the run as received, where the JSON decoder refuses it. */

static const char *skip_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
	return p;
}

/* p at a '"': after the closing quote, or end. */
static const char *skip_string(const char *p, const char *end)
{
	for (p++; p < end; p++) {
		if (*p == '\\') p++;
		else if (*p == '"') return p + 1;
	}
	return end;
}

static const char *skip_value(const char *p, const char *end)
{
	int depth = 0;
	if (p < end && *p == '"') return skip_string(p, end);
	if (p < end && *p != '{' && *p != '[') {
		while (p < end && !strchr(",}] \t\r\n", *p)) p++;
		return p;
	}
	while (p < end) {
		if (*p == '"') {
			p = skip_string(p, end);
			continue;
		}
		if (*p == '{' || *p == '[') depth++;
		else if ((*p == '}' || *p == ']') && --depth == 0) return p + 1;
		p++;
	}
	return end;
}

/* In the object at p: the value of key name (raw key bytes compared), or NULL. */
static const char *member(const char *p, const char *end, const char *name)
{
	size_t n = strlen(name);
	p = skip_ws(p, end);
	if (p >= end || *p != '{') return NULL;
	for (p = skip_ws(p + 1, end); p < end && *p == '"'; ) {
		const char *key = p + 1, *after = skip_string(p, end);
		bool match = (size_t) (after - 1 - key) == n && memcmp(key, name, n) == 0;
		p = skip_ws(after, end);
		if (p >= end || *p != ':') return NULL;
		p = skip_ws(p + 1, end);
		if (match) return p;
		p = skip_ws(skip_value(p, end), end);
		if (p < end && *p == ',') p = skip_ws(p + 1, end);
	}
	return NULL;
}

/* Fills raw with the bytes of each item of _embedded.items that has a key
 * twice. FAILURE when the scan does not meet the count jansson found. */
static zend_result find_duplicate_items(const char *body, size_t len, size_t count, HashTable *raw)
{
	const char *end = body + len, *p = member(body, end, "_embedded");
	size_t i = 0;

	p = p ? member(p, end, "items") : NULL;
	if (!p || *p != '[') return FAILURE;
	for (p = skip_ws(p + 1, end); p < end && *p != ']'; i++) {
		const char *start = p;
		json_error_t jerr;
		json_t *one;
		p = skip_value(p, end);
		one = json_loadb(start, p - start, JSON_ALLOW_NUL | JSON_REJECT_DUPLICATES, &jerr);
		if (one) {
			json_decref(one);
		} else {
			zval bytes;
			ZVAL_STRINGL(&bytes, start, p - start);
			zend_hash_index_update(raw, i, &bytes);
		}
		p = skip_ws(p, end);
		if (p < end && *p == ',') p = skip_ws(p + 1, end);
	}
	return i == count ? SUCCESS : FAILURE;
}

/* The transport counts requests and retries; mirror them after each send. */
static void sync_stats(pimsync_akeneo_client *c)
{
	c->stats.requests = pimsync_http_requests(c->http);
	c->stats.retries = pimsync_http_retries(c->http);
}

/* ---- authentication ---------------------------------------------------- */

static void secrets_rebuild(pimsync_akeneo_client *c)
{
	memset(&c->secrets, 0, sizeof(c->secrets));
	pimsync_secrets_add(&c->secrets, c->s.secret);
	pimsync_secrets_add(&c->secrets, c->s.password);
	pimsync_secrets_add(&c->secrets, c->basic_value);
	pimsync_secrets_add(&c->secrets, c->access_token);
	pimsync_secrets_add(&c->secrets, c->refresh_token);
}

/* Every message leaving this file passes here. */
static void redact_err(const pimsync_akeneo_client *c, pimsync_error *err)
{
	pimsync_redact_error(err, &c->secrets);
}

/* POSTs a grant to the token endpoint and installs the tokens it returns. */
static zend_result token_grant(pimsync_akeneo_client *c, json_t *grant, pimsync_error *err)
{
	const char *headers[] = { ZSTR_VAL(c->basic_header), "Content-Type: application/json", "Accept: application/json", NULL };
	pimsync_http_request req = { "POST", ZSTR_VAL(c->token_url), headers, NULL, 0, &c->secrets };
	pimsync_http_response resp;
	json_t *doc = NULL, *access, *refresh, *expires;
	char *body;
	zend_result result = FAILURE;
	double expires_in;

	body = json_dumps(grant, JSON_COMPACT);
	json_decref(grant);
	if (!body) {
		pimsync_error_set(err, "could not encode the token request");
		return FAILURE;
	}
	req.body = body;
	req.body_len = strlen(body);
	pimsync_http_response_init(&resp);
	result = pimsync_http_send(c->http, &req, &resp, err);
	sync_stats(c);
	if (result == FAILURE) {
		goto done;
	}
	result = FAILURE;
	if (resp.status != 200) {
		pimsync_http_fail_status(&req, &resp, err);
		goto done;
	}
	if (!(doc = parse_body(&resp, "POST", req.url, err))) {
		goto done;
	}
	access = json_object_get(doc, "access_token");
	refresh = json_object_get(doc, "refresh_token");
	expires = json_object_get(doc, "expires_in");
	if (!json_is_string(access) || json_string_length(access) == 0) {
		pimsync_error_set(err, "POST %s: the token response has no access_token", req.url);
		goto done;
	}
	if (c->bearer_header) {
		zend_string_release(c->bearer_header);
	}
	c->bearer_header = zend_string_concat2("Authorization: Bearer ", sizeof("Authorization: Bearer ") - 1,
		json_string_value(access), json_string_length(access));
	if (c->access_token) {
		zend_string_release(c->access_token);
	}
	c->access_token = zend_string_init(json_string_value(access), json_string_length(access), 0);
	if (c->refresh_token) {
		zend_string_release(c->refresh_token);
		c->refresh_token = NULL;
	}
	if (json_is_string(refresh) && json_string_length(refresh) > 0) {
		c->refresh_token = zend_string_init(json_string_value(refresh), json_string_length(refresh), 0);
	}
	secrets_rebuild(c);
	expires_in = json_is_number(expires) ? json_number_value(expires) : AKENEO_DEFAULT_EXPIRES_IN;
	if (expires_in < 0) {
		expires_in = 0;
	}
	/* Refresh a little early so a token never expires in flight. */
	c->token_deadline = monotonic_seconds() + expires_in - (expires_in >= 60 ? 30 : expires_in / 2);
	result = SUCCESS;
done:
	json_decref(doc);
	pimsync_http_response_dtor(&resp);
	free(body);
	return result;
}

static zend_result password_grant(pimsync_akeneo_client *c, pimsync_error *err)
{
	json_t *grant = json_pack("{s:s, s:s%, s:s%}", "grant_type", "password",
		"username", ZSTR_VAL(c->s.username), ZSTR_LEN(c->s.username),
		"password", ZSTR_VAL(c->s.password), ZSTR_LEN(c->s.password));
	if (!grant) {
		pimsync_error_set(err, "could not build the token request (username or password is not valid UTF-8?)");
		return FAILURE;
	}
	return token_grant(c, grant, err);
}

/* A fresh token: the refresh grant first; if the server refuses it, log in
 * again with the password grant. */
static zend_result renew_token(pimsync_akeneo_client *c, pimsync_error *err)
{
	c->stats.token_refreshes++;
	if (c->refresh_token) {
		json_t *grant = json_pack("{s:s, s:s%}", "grant_type", "refresh_token",
			"refresh_token", ZSTR_VAL(c->refresh_token), ZSTR_LEN(c->refresh_token));
		if (grant && token_grant(c, grant, err) == SUCCESS) {
			return SUCCESS;
		}
	}
	return password_grant(c, err);
}

static zend_result api_get_or_404(pimsync_akeneo_client *c, const char *url, pimsync_http_response *resp, bool *not_found,
	pimsync_error *err);

/* GET with the bearer token: renews an expiring token first, and on a 401
 * renews once and repeats the request. SUCCESS only for HTTP 200. */
static zend_result api_get(pimsync_akeneo_client *c, const char *url, pimsync_http_response *resp, pimsync_error *err)
{
	return api_get_or_404(c, url, resp, NULL, err);
}

/* The same; with not_found, a 404 is SUCCESS with *not_found set. */
static zend_result api_get_or_404(pimsync_akeneo_client *c, const char *url, pimsync_http_response *resp, bool *not_found,
	pimsync_error *err)
{
	if (not_found) *not_found = false;
	bool renewed_after_401 = false;

	if (monotonic_seconds() >= c->token_deadline && renew_token(c, err) == FAILURE) {
		return FAILURE;
	}
	for (;;) {
		const char *headers[] = { ZSTR_VAL(c->bearer_header), "Accept: application/json", NULL };
		pimsync_http_request req = { "GET", url, headers, NULL, 0, &c->secrets };

		zend_result sent = pimsync_http_send(c->http, &req, resp, err);
		sync_stats(c);
		if (sent == FAILURE) {
			return FAILURE;
		}
		if (resp->status == 401 && !renewed_after_401) {
			renewed_after_401 = true;
			if (renew_token(c, err) == FAILURE) {
				return FAILURE;
			}
			continue;
		}
		if (resp->status == 404 && not_found) {
			*not_found = true;
			return SUCCESS;
		}
		if (resp->status != 200) {
			pimsync_http_fail_status(&req, resp, err);
			return FAILURE;
		}
		return SUCCESS;
	}
}

/* GETs one list page. *page gets the document, *items its _embedded.items,
 * *next (may be NULL) the URL of the next page rebased on base_url.
 * fetched holds the hashes of the pages this listing fetched: a next link to
 * one of them, or a next link on an empty page, ends the listing with an
 * error (a server that would keep the run reading forever): *next is then
 * NULL and *stop says why, to be told once the page's items are used. */
static zend_result get_page(pimsync_akeneo_client *c, const char *url, HashTable *fetched, HashTable *raw_items,
	json_t **page, json_t **items, zend_string **next, bool *stopping, pimsync_error *stop, pimsync_error *err)
{
	pimsync_http_response resp;
	json_t *doc, *embedded, *list, *href;
	bool duplicate = false;

	*page = *items = NULL;
	*next = NULL;
	pimsync_http_response_init(&resp);
	if (api_get(c, url, &resp, err) == FAILURE) {
		pimsync_http_response_dtor(&resp);
		return FAILURE;
	}
	/* jansson keeps a number only as a double or a 64-bit integer: numbers it
	 * would round arrive as their digits, as they do from a file (json_decode.h) */
	if (resp.body.s) {
		zend_string *exact = pimsync_json_quote_inexact_numbers(ZSTR_VAL(resp.body.s), ZSTR_LEN(resp.body.s));
		if (exact) {
			smart_str_free(&resp.body);
			resp.body.s = exact;
			resp.body.a = ZSTR_LEN(exact);
		}
	}
	doc = parse_body_flags(&resp, "GET", url, raw_items ? JSON_REJECT_DUPLICATES : 0, &duplicate, err);
	if (duplicate) {
		doc = parse_body(&resp, "GET", url, err);
	}
	embedded = doc ? json_object_get(doc, "_embedded") : NULL;
	list = embedded ? json_object_get(embedded, "items") : NULL;
	if (doc && duplicate && json_is_array(list)
		&& find_duplicate_items(ZSTR_VAL(resp.body.s), ZSTR_LEN(resp.body.s), json_array_size(list), raw_items) == FAILURE) {
		pimsync_error_set(err, "GET %s: the page has a key twice in one object and its items could not be told apart", url);
		json_decref(doc);
		doc = NULL;
	}
	pimsync_http_response_dtor(&resp);
	if (!doc) {
		return FAILURE;
	}
	if (!json_is_array(list)) {
		pimsync_error_set(err, "GET %s: the page has no _embedded.items list", url);
		json_decref(doc);
		return FAILURE;
	}
	href = json_object_get(json_object_get(doc, "_links"), "next");
	href = json_object_get(href, "href");
	if (json_is_string(href)) {
		/* Only the path and query are taken: the token is never sent to
		 * another host, and a proxy that rewrites host names does not matter. */
		const char *h = json_string_value(href);
		const char *rest = strstr(h, AKENEO_REST_PREFIX);
		if (!rest) {
			pimsync_error_set(err, "GET %s: _links.next.href \"%.100s\" is not an Akeneo REST URL", url, h);
			json_decref(doc);
			return FAILURE;
		}
		*next = zend_string_concat2(ZSTR_VAL(c->s.base_url), ZSTR_LEN(c->s.base_url), rest, strlen(rest));
	}
	zend_hash_index_add_empty_element(fetched, (zend_ulong) pimsync_hash_bytes(url, strlen(url), 0));
	if (*next && zend_hash_index_exists(fetched, (zend_ulong) pimsync_hash_bytes(ZSTR_VAL(*next), ZSTR_LEN(*next), 0))) {
		pimsync_error_set(stop, "GET %s: _links.next.href \"%.200s\" names a page this listing already fetched:"
			" stopped, the server would repeat pages forever", url, ZSTR_VAL(*next));
		*stopping = true;
	} else if (*next && json_array_size(list) == 0) {
		pimsync_error_set(stop, "GET %s: the page has no items but a _links.next.href \"%.200s\":"
			" stopped, the server would send empty pages forever", url, ZSTR_VAL(*next));
		*stopping = true;
	}
	if (*stopping) {
		zend_string_release(*next);
		*next = NULL;
	}
	c->stats.pages++;
	*page = doc;
	*items = list;
	return SUCCESS;
}

/* ---- public API -------------------------------------------------------- */

static zend_string *dup_or_null(zend_string *s)
{
	return s ? zend_string_copy(s) : NULL;
}

pimsync_akeneo_client *pimsync_akeneo_open(const pimsync_akeneo_settings *s, pimsync_error *err)
{
	pimsync_akeneo_client *c;
	pimsync_http_policy policy = {
		s->timeout_ms, s->connect_timeout_ms, s->max_attempts, s->backoff_base_ms, s->backoff_max_ms,
		s->max_body_bytes, s->sleep_ms, s->sleep_ctx
	};
	zend_string *pair, *b64;

	if (!s->base_url || !s->client_id || !s->secret || !s->username || !s->password) {
		pimsync_error_set(err, "Akeneo settings are incomplete (base_url, client_id, secret, username and password are required)");
		return NULL;
	}
	c = ecalloc(1, sizeof(*c));
	c->s = *s;
	c->s.base_url = zend_string_copy(s->base_url);
	c->s.client_id = zend_string_copy(s->client_id);
	c->s.secret = zend_string_copy(s->secret);
	c->s.username = zend_string_copy(s->username);
	c->s.password = zend_string_copy(s->password);
	c->s.scope = dup_or_null(s->scope);
	c->token_url = zend_string_concat2(ZSTR_VAL(s->base_url), ZSTR_LEN(s->base_url),
		AKENEO_TOKEN_PATH, sizeof(AKENEO_TOKEN_PATH) - 1);
	pair = zend_string_concat3(ZSTR_VAL(s->client_id), ZSTR_LEN(s->client_id), ":", 1,
		ZSTR_VAL(s->secret), ZSTR_LEN(s->secret));
	b64 = php_base64_encode((const unsigned char *)ZSTR_VAL(pair), ZSTR_LEN(pair));
	c->basic_header = zend_string_concat2("Authorization: Basic ", sizeof("Authorization: Basic ") - 1,
		ZSTR_VAL(b64), ZSTR_LEN(b64));
	c->basic_value = b64;
	zend_string_release(pair);
	zend_hash_init(&c->fetched, 8, NULL, NULL, 0);
	zend_hash_init(&c->raw_items, 0, NULL, ZVAL_PTR_DTOR, 0);
	secrets_rebuild(c);

	c->http = pimsync_http_open(&policy, err);
	if (!c->http || password_grant(c, err) == FAILURE) {
		redact_err(c, err);
		pimsync_akeneo_close(c);
		return NULL;
	}
	return c;
}

static void listing_reset(pimsync_akeneo_client *c)
{
	json_decref(c->page);
	c->page = c->items = NULL;
	c->item_index = 0;
	c->item_id = NULL;
	zend_hash_clean(&c->fetched);
	zend_hash_clean(&c->raw_items);
	c->stopping = false;
	if (c->next_url) {
		zend_string_release(c->next_url);
		c->next_url = NULL;
	}
	c->listing = false;
}

/* "YYYY-MM-DD HH:MM:SS" (a 'T' separator is accepted and rewritten). */
static bool akeneo_date(const zend_string *in, char out[20])
{
	static const char shape[] = "dddd-dd-dd dd:dd:dd";
	size_t i;

	if (ZSTR_LEN(in) != sizeof(shape) - 1) {
		return false;
	}
	for (i = 0; i < sizeof(shape) - 1; i++) {
		char ch = ZSTR_VAL(in)[i];
		if (shape[i] == 'd' ? (ch < '0' || ch > '9') : (ch != shape[i] && !(i == 10 && ch == 'T'))) {
			return false;
		}
		out[i] = i == 10 ? ' ' : ch;
	}
	out[i] = '\0';
	return true;
}

/* Starts a listing of /products-uuid or /products with an optional search
 * filter (taken over). */
static zend_result start_listing(pimsync_akeneo_client *c, json_t *search_filter, pimsync_error *err)
{
	smart_str url = {0};

	listing_reset(c);
	smart_str_append(&url, c->s.base_url);
	smart_str_appends(&url, c->s.use_uuid ? "/api/rest/v1/products-uuid" : "/api/rest/v1/products");
	smart_str_appends(&url, "?pagination_type=search_after&limit=");
	smart_str_append_long(&url, c->s.page_size);
	if (search_filter) {
		char *search = json_dumps(search_filter, JSON_COMPACT);
		zend_string *enc;

		json_decref(search_filter);
		if (!search) {
			smart_str_free(&url);
			pimsync_error_set(err, "could not encode the search filter");
			return FAILURE;
		}
		enc = url_encode(search, strlen(search));
		free(search);
		smart_str_appends(&url, "&search=");
		smart_str_append(&url, enc);
		zend_string_release(enc);
	}
	if (c->s.scope) {
		zend_string *enc = url_encode(ZSTR_VAL(c->s.scope), ZSTR_LEN(c->s.scope));
		smart_str_appends(&url, "&scope=");
		smart_str_append(&url, enc);
		zend_string_release(enc);
	}
	c->next_url = smart_str_extract(&url);
	c->listing = true;
	return SUCCESS;
}

zend_result pimsync_akeneo_list_products(pimsync_akeneo_client *c, zend_string *updated_since, pimsync_error *err)
{
	json_t *filter = NULL;

	if (updated_since) {
		char date[20];

		if (!akeneo_date(updated_since, date)) {
			listing_reset(c);
			pimsync_error_set(err, "updated_since must look like \"2024-01-02 03:04:05\", got \"%.40s\"", ZSTR_VAL(updated_since));
			return FAILURE;
		}
		if (!(filter = json_pack("{s:[{s:s, s:s}]}", "updated", "operator", ">", "value", date))) {
			listing_reset(c);
			pimsync_error_set(err, "could not encode the updated filter");
			return FAILURE;
		}
	}
	return start_listing(c, filter, err);
}

/* A listing of the products whose property is IN the given strings. */
static zend_result list_products_in(pimsync_akeneo_client *c, const char *property, const char *what, zend_string *const *ids,
                                    uint32_t n, pimsync_error *err)
{
	json_t *values = json_array(), *filter;

	if (n == 0 || n > PIMSYNC_AKENEO_IDS_PER_REQUEST) {
		json_decref(values);
		listing_reset(c);
		pimsync_error_set(err, "between 1 and %d %s per request, got %u", PIMSYNC_AKENEO_IDS_PER_REQUEST, what, n);
		return FAILURE;
	}
	for (uint32_t i = 0; i < n; i++) {
		json_t *id = json_stringn(ZSTR_VAL(ids[i]), ZSTR_LEN(ids[i]));
		if (!id || json_array_append_new(values, id) != 0) {
			json_decref(values);
			values = NULL;
			break;
		}
	}
	filter = values ? json_pack("{s:[{s:s, s:o}]}", property, "operator", "IN", "value", values) : NULL;
	if (!filter) {
		listing_reset(c);
		pimsync_error_set(err, "could not encode the %s filter (a string that is not UTF-8?)", what);
		return FAILURE;
	}
	return start_listing(c, filter, err);
}

zend_result pimsync_akeneo_list_products_by_id(pimsync_akeneo_client *c, zend_string *const *ids, uint32_t n, pimsync_error *err)
{
	/* /products-uuid filters on "uuid", /products on the product identifier */
	return list_products_in(c, c->s.use_uuid ? "uuid" : "identifier", "ids", ids, n, err);
}

zend_result pimsync_akeneo_list_products_by_parent(pimsync_akeneo_client *c, zend_string *const *codes, uint32_t n, pimsync_error *err)
{
	/* the same filter on both endpoints; Akeneo matches any ancestor, so a root model's code lists its sub-models' products too */
	return list_products_in(c, "parent", "model codes", codes, n, err);
}

int pimsync_akeneo_next_product(pimsync_akeneo_client *c, smart_str *out, pimsync_error *err)
{
	for (;;) {
		zend_string *url;

		if (c->items && c->item_index < json_array_size(c->items)) {
			json_t *item = json_array_get(c->items, c->item_index++);
			zval *raw = zend_hash_index_find(&c->raw_items, c->item_index - 1);
			if (raw) {
				/* a key twice: the run gets the bytes and refuses the record */
				c->item_id = json_object_get(item, c->s.use_uuid ? "uuid" : "identifier");
				smart_str_append(out, Z_STR_P(raw));
				c->stats.items++;
				return 1;
			}
			if (!json_is_object(item)) {
				pimsync_error_set(err, "product listing: item %zu of page %ld is not an object",
					c->item_index, (long)c->stats.pages);
				listing_reset(c);
				return -1;
			}
			/* Hypermedia, not product data: it would change the hash for nothing. */
			json_object_del(item, "_links");
			c->item_id = json_object_get(item, c->s.use_uuid ? "uuid" : "identifier");
			emit_json(item, out);
			c->stats.items++;
			return 1;
		}
		if (c->stopping) {
			*err = c->stop;
			listing_reset(c);
			redact_err(c, err);
			return -1;
		}
		if (!c->listing || !c->next_url) {
			listing_reset(c);
			return 0;
		}
		/* The current page is used up: drop it before holding the next. */
		url = c->next_url;
		c->next_url = NULL;
		json_decref(c->page);
		c->page = c->items = NULL;
		c->item_index = 0;
		zend_hash_clean(&c->raw_items);
		if (get_page(c, ZSTR_VAL(url), &c->fetched, &c->raw_items, &c->page, &c->items, &c->next_url,
			&c->stopping, &c->stop, err) == FAILURE) {
			zend_string_release(url);
			listing_reset(c);
			redact_err(c, err);
			return -1;
		}
		zend_string_release(url);
	}
}

/* Every item of a paginated listing starting at url (owned, released here),
 * each as compact sorted JSON without "_links". The same guards as the
 * product listing: a next link to a page already fetched, or on an empty
 * page, stops it with an error. */
static zend_result each_listed(pimsync_akeneo_client *c, zend_string *url, const char *what,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err)
{
	smart_str one = {0};
	HashTable fetched;
	zend_result result = FAILURE;
	bool stopping = false;
	pimsync_error stop;

	zend_hash_init(&fetched, 8, NULL, NULL, 0);
	while (url) {
		json_t *page, *items, *item;
		zend_string *next;
		size_t i;

		if (get_page(c, ZSTR_VAL(url), &fetched, NULL, &page, &items, &next, &stopping, &stop, err) == FAILURE) {
			zend_string_release(url);
			redact_err(c, err);
			goto done;
		}
		zend_string_release(url);
		url = next;
		json_array_foreach(items, i, item) {
			if (json_is_object(item)) {
				json_object_del(item, "_links");
			}
			emit_json(item, &one);
			smart_str_0(&one);
			cb(ctx, one.s ? ZSTR_VAL(one.s) : "", one.s ? ZSTR_LEN(one.s) : 0);
			if (one.s) {
				ZSTR_LEN(one.s) = 0;
			}
			/* A PHP callback that threw: stop, the exception is the report. */
			if (EG(exception)) {
				json_decref(page);
				if (url) {
					zend_string_release(url);
				}
				pimsync_error_set(err, "%s: interrupted by the callback", what);
				goto done;
			}
		}
		json_decref(page);
	}
	if (stopping) {
		*err = stop;
		redact_err(c, err);
		goto done;
	}
	result = SUCCESS;
done:
	smart_str_free(&one);
	zend_hash_destroy(&fetched);
	return result;
}

/* Every item of /api/rest/v1/<parent>/<code>/<child> (an attribute's options,
 * a family's variants); what names it in errors ("options of color"),
 * code_name the code ("attribute code"). */
static zend_result each_of(pimsync_akeneo_client *c, const char *parent, const char *code_name, const char *code,
	const char *child, const char *what, void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err)
{
	smart_str url = {0}, named = {0};
	zend_string *enc;
	zend_result r;

	if (!code[0]) {
		pimsync_error_set(err, "%s must not be empty", code_name);
		return FAILURE;
	}
	enc = url_encode(code, strlen(code));
	smart_str_append(&url, c->s.base_url);
	smart_str_appends(&url, "/api/rest/v1/");
	smart_str_appends(&url, parent);
	smart_str_appendc(&url, '/');
	smart_str_append(&url, enc);
	smart_str_appendc(&url, '/');
	smart_str_appends(&url, child);
	smart_str_appends(&url, "?limit=");
	smart_str_append_long(&url, c->s.page_size);
	zend_string_release(enc);
	smart_str_appends(&named, what);
	smart_str_appendc(&named, ' ');
	smart_str_appends(&named, code);
	smart_str_0(&named);
	r = each_listed(c, smart_str_extract(&url), ZSTR_VAL(named.s), cb, ctx, err);
	smart_str_free(&named);
	return r;
}

zend_result pimsync_akeneo_each_option(pimsync_akeneo_client *c, const char *attribute_code,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err)
{
	return each_of(c, "attributes", "attribute code", attribute_code, "options", "options of", cb, ctx, err);
}

zend_result pimsync_akeneo_each_category(pimsync_akeneo_client *c,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err)
{
	smart_str first = {0};
	smart_str_append(&first, c->s.base_url);
	/* with_position: each category's rank among its siblings (Akeneo 7+; older PIMs leave it out) */
	smart_str_appends(&first, "/api/rest/v1/categories?with_position=true&limit=");
	smart_str_append_long(&first, c->s.page_size);
	return each_listed(c, smart_str_extract(&first), "categories", cb, ctx, err);
}

zend_result pimsync_akeneo_each_item(pimsync_akeneo_client *c, const char *endpoint,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err)
{
	smart_str first = {0};
	smart_str_append(&first, c->s.base_url);
	smart_str_appends(&first, "/api/rest/v1/");
	smart_str_appends(&first, endpoint);
	smart_str_appends(&first, "?limit=");
	smart_str_append_long(&first, c->s.page_size);
	return each_listed(c, smart_str_extract(&first), endpoint, cb, ctx, err);
}

zend_result pimsync_akeneo_each_product_model(pimsync_akeneo_client *c, zend_string *updated_since,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err)
{
	smart_str url = {0};

	smart_str_append(&url, c->s.base_url);
	smart_str_appends(&url, "/api/rest/v1/product-models?pagination_type=search_after&limit=");
	smart_str_append_long(&url, c->s.page_size);
	if (updated_since) {
		char date[20];
		json_t *filter;
		char *search;

		if (!akeneo_date(updated_since, date)) {
			smart_str_free(&url);
			pimsync_error_set(err, "updated_since must look like \"2024-01-02 03:04:05\", got \"%.40s\"", ZSTR_VAL(updated_since));
			return FAILURE;
		}
		filter = json_pack("{s:[{s:s, s:s}]}", "updated", "operator", ">", "value", date);
		search = filter ? json_dumps(filter, JSON_COMPACT) : NULL;
		json_decref(filter);
		if (!search) {
			smart_str_free(&url);
			pimsync_error_set(err, "could not encode the updated filter");
			return FAILURE;
		}
		zend_string *enc = url_encode(search, strlen(search));
		free(search);
		smart_str_appends(&url, "&search=");
		smart_str_append(&url, enc);
		zend_string_release(enc);
	}
	if (c->s.scope) {
		zend_string *enc = url_encode(ZSTR_VAL(c->s.scope), ZSTR_LEN(c->s.scope));
		smart_str_appends(&url, "&scope=");
		smart_str_append(&url, enc);
		zend_string_release(enc);
	}
	return each_listed(c, smart_str_extract(&url), "product models", cb, ctx, err);
}

zend_result pimsync_akeneo_each_family_variant(pimsync_akeneo_client *c, const char *family,
	void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err)
{
	return each_of(c, "families", "family code", family, "variants", "variants of family", cb, ctx, err);
}

int pimsync_akeneo_get_product_model(pimsync_akeneo_client *c, const char *code, smart_str *out, pimsync_error *err)
{
	pimsync_http_response resp;
	smart_str url = {0};
	zend_string *enc = url_encode(code, strlen(code));
	json_error_t jerr;
	bool not_found;
	int got = -1;

	smart_str_append(&url, c->s.base_url);
	smart_str_appends(&url, "/api/rest/v1/product-models/");
	smart_str_append(&url, enc);
	smart_str_0(&url);
	zend_string_release(enc);
	pimsync_http_response_init(&resp);
	if (api_get_or_404(c, ZSTR_VAL(url.s), &resp, &not_found, err) == FAILURE) {
		redact_err(c, err);
	} else if (not_found) {
		got = 0;
	} else {
		/* numbers jansson would round arrive as their digits, as in a listing */
		zend_string *exact = resp.body.s ? pimsync_json_quote_inexact_numbers(ZSTR_VAL(resp.body.s), ZSTR_LEN(resp.body.s)) : NULL;
		zend_string *body = exact ? exact : resp.body.s;
		json_t *item = body ? json_loadb(ZSTR_VAL(body), ZSTR_LEN(body), 0, &jerr) : NULL;
		if (exact) zend_string_release(exact);
		if (!json_is_object(item)) {
			pimsync_error_set(err, "GET %s: the answer is not a product model", ZSTR_VAL(url.s));
		} else {
			/* the same bytes as the listing gives for it */
			json_object_del(item, "_links");
			emit_json(item, out);
			got = 1;
		}
		json_decref(item);
	}
	pimsync_http_response_dtor(&resp);
	smart_str_free(&url);
	return got;
}

zend_string *pimsync_akeneo_item_id(const pimsync_akeneo_client *c)
{
	if (!json_is_string(c->item_id) || json_string_length(c->item_id) == 0) return NULL;
	return zend_string_init(json_string_value(c->item_id), json_string_length(c->item_id), 0);
}

zend_result pimsync_akeneo_get_measurement_families(pimsync_akeneo_client *c, smart_str *out, pimsync_error *err)
{
	pimsync_http_response resp;
	zend_string *url = zend_string_concat2(ZSTR_VAL(c->s.base_url), ZSTR_LEN(c->s.base_url),
		"/api/rest/v1/measurement-families", sizeof("/api/rest/v1/measurement-families") - 1);
	zend_result r;

	pimsync_http_response_init(&resp);
	r = api_get(c, ZSTR_VAL(url), &resp, err);
	if (r == SUCCESS && resp.body.s) smart_str_append(out, resp.body.s);
	if (r == FAILURE) redact_err(c, err);
	pimsync_http_response_dtor(&resp);
	zend_string_release(url);
	return r;
}

/* ---- media files ------------------------------------------------------ */

const char *pimsync_akeneo_access_token(pimsync_akeneo_client *c, bool renew, pimsync_error *err)
{
	if ((renew || monotonic_seconds() >= c->token_deadline) && renew_token(c, err) == FAILURE) {
		redact_err(c, err);
		return NULL;
	}
	return ZSTR_VAL(c->access_token);
}

zend_string *pimsync_akeneo_media_file_url(const pimsync_akeneo_client *c, const char *code, size_t len,
	char *why, size_t why_len)
{
	static const char prefix[] = "/api/rest/v1/media-files/", suffix[] = "/download";
	smart_str url = {0};
	size_t start = 0;

	if (len == 0) {
		snprintf(why, why_len, "the media file code is empty");
		return NULL;
	}
	smart_str_append(&url, c->s.base_url);
	smart_str_appendl(&url, prefix, sizeof(prefix) - 1);
	/* segment by segment: the slashes stay (Akeneo's codes are paths), the
	 * rest is encoded, and a "." or ".." segment, which a URL would resolve
	 * into another endpoint of the API, is refused */
	while (start <= len) {
		const char *seg = code + start, *slash = memchr(seg, '/', len - start);
		size_t seg_len = slash ? (size_t)(slash - seg) : len - start;
		if (seg_len == 0 || (seg_len == 1 && seg[0] == '.') || (seg_len == 2 && seg[0] == '.' && seg[1] == '.')
		    || memchr(seg, '\0', seg_len)) {
			snprintf(why, why_len, "\"%.100s\" is not a media file code (empty, \".\" or \"..\" segment)", code);
			smart_str_free(&url);
			return NULL;
		}
		zend_string *enc = url_encode(seg, seg_len);
		if (start) smart_str_appendc(&url, '/');
		smart_str_append(&url, enc);
		zend_string_release(enc);
		start += seg_len + 1;
	}
	smart_str_appendl(&url, suffix, sizeof(suffix) - 1);
	return smart_str_extract(&url);
}

zend_string *pimsync_akeneo_base_url(const pimsync_akeneo_client *c)
{
	return c->s.base_url;
}

const pimsync_akeneo_stats *pimsync_akeneo_stats_get(const pimsync_akeneo_client *c)
{
	return &c->stats;
}

void pimsync_akeneo_close(pimsync_akeneo_client *c)
{
	if (!c) {
		return;
	}
	listing_reset(c);
	pimsync_http_close(c->http);
	pimsync_akeneo_settings_dtor(&c->s);
	if (c->token_url) {
		zend_string_release(c->token_url);
	}
	if (c->basic_header) {
		zend_string_release(c->basic_header);
	}
	if (c->bearer_header) {
		zend_string_release(c->bearer_header);
	}
	if (c->refresh_token) {
		zend_string_release(c->refresh_token);
	}
	if (c->access_token) {
		zend_string_release(c->access_token);
	}
	if (c->basic_value) {
		zend_string_release(c->basic_value);
	}
	zend_hash_destroy(&c->fetched);
	zend_hash_destroy(&c->raw_items);
	efree(c);
}
