/* libcurl wrapper with the retry policy; see http_client.h. */
#include "php_pimsync.h"
#include <curl/curl.h>
#include <time.h>
#include <errno.h>
#include "http_client.h"

#define PIMSYNC_HTTP_BODY_SNIPPET 200

struct pimsync_http_client {
	CURL *curl;                 /* reused so the connection is kept alive */
	pimsync_http_policy policy;
	zend_long requests;
	zend_long retries;
	char curl_error[CURL_ERROR_SIZE];
	/* the transfer in progress, for the callbacks */
	pimsync_http_response *resp;
	zend_long declared_length;  /* Content-Length over the cap, else -1 */
	bool over_cap;              /* the body passed max_body_bytes: the transfer was stopped */
};

void pimsync_http_response_init(pimsync_http_response *resp)
{
	memset(resp, 0, sizeof(*resp));
	resp->retry_after_s = -1;
}

void pimsync_http_response_dtor(pimsync_http_response *resp)
{
	smart_str_free(&resp->headers);
	smart_str_free(&resp->body);
}

static void response_reset(pimsync_http_response *resp)
{
	resp->status = 0;
	resp->retry_after_s = -1;
	if (resp->headers.s) {
		ZSTR_LEN(resp->headers.s) = 0;
	}
	if (resp->body.s) {
		ZSTR_LEN(resp->body.s) = 0;
	}
}

static size_t on_body(char *data, size_t size, size_t nmemb, void *userdata)
{
	pimsync_http_client *h = userdata;
	smart_str *body = &h->resp->body;
	size_t len = size * nmemb, have = body->s ? ZSTR_LEN(body->s) : 0;

	/* a short count makes libcurl stop the transfer (CURLE_WRITE_ERROR) */
	if (h->policy.max_body_bytes > 0 && len > (size_t) h->policy.max_body_bytes - MIN(have, (size_t) h->policy.max_body_bytes)) {
		h->over_cap = true;
		return 0;
	}
	smart_str_appendl(body, data, len);
	return len;
}

/* The value of header `name` (lower case, with its colon) in one header line, or NULL. */
static const char *header_value(const char *data, size_t len, const char *name, size_t name_len)
{
	const char *p;
	if (len <= name_len || zend_binary_strncasecmp(data, len, name, name_len, name_len) != 0) {
		return NULL;
	}
	for (p = data + name_len; p < data + len && (*p == ' ' || *p == '\t'); p++);
	return p;
}

static size_t on_header(char *data, size_t size, size_t nmemb, void *userdata)
{
	pimsync_http_client *h = userdata;
	pimsync_http_response *resp = h->resp;
	size_t len = size * nmemb;
	const char *end = data + len, *p;

	/* A new status line starts a new header block (e.g. after 100-continue). */
	if (len >= 5 && memcmp(data, "HTTP/", 5) == 0) {
		if (resp->headers.s) {
			ZSTR_LEN(resp->headers.s) = 0;
		}
		resp->retry_after_s = -1;
	}
	smart_str_appendl(&resp->headers, data, len);
	/* A body announced over the cap is refused before a byte of it arrives. */
	if (h->policy.max_body_bytes > 0 && (p = header_value(data, len, "content-length:", sizeof("content-length:") - 1))) {
		zend_long declared = 0;
		while (p < end && *p >= '0' && *p <= '9' && declared <= h->policy.max_body_bytes) {
			declared = declared * 10 + (*p++ - '0');
		}
		if (declared > h->policy.max_body_bytes) {
			h->declared_length = declared;
			h->over_cap = true;
			return 0;
		}
	}
	if ((p = header_value(data, len, "retry-after:", sizeof("retry-after:") - 1))) {
		zend_long secs = 0;
		bool digits = false;
		/* Only the delta-seconds form; an HTTP-date falls back to backoff. */
		while (p < end && *p >= '0' && *p <= '9' && secs < 86400) {
			secs = secs * 10 + (*p++ - '0');
			digits = true;
		}
		if (digits && (p == end || *p == '\r' || *p == '\n' || *p == ' ')) {
			resp->retry_after_s = secs;
		}
	}
	return len;
}

/* The URL as it may appear in a message: userinfo ("user:pass@") removed. */
static void redact_url(const char *url, char *out, size_t out_len)
{
	const char *scheme_end = strstr(url, "://");
	const char *host = scheme_end ? scheme_end + 3 : url;
	const char *path = host + strcspn(host, "/?#");
	const char *at = memchr(host, '@', path - host);

	if (at) {
		snprintf(out, out_len, "%.*s%s", (int)(host - url), url, at + 1);
	} else {
		snprintf(out, out_len, "%s", url);
	}
}

/* The secrets of a request: the caller's, and the value of every
 * Authorization header it carries. */
static void request_secrets(const pimsync_http_request *req, pimsync_secrets *out, zend_string **owned, uint32_t *n_owned)
{
	const char *const *hdr;
	static const char name[] = "authorization:";

	memset(out, 0, sizeof(*out));
	*n_owned = 0;
	for (uint32_t i = 0; req->secrets && i < req->secrets->n; i++) {
		pimsync_secrets_add(out, req->secrets->value[i]);
	}
	for (hdr = req->headers; hdr && *hdr && *n_owned < 2; hdr++) {
		const char *v = header_value(*hdr, strlen(*hdr), name, sizeof(name) - 1), *sp;
		if (!v) {
			continue;
		}
		sp = strchr(v, ' '); /* "Basic xyz": the scheme is no secret */
		owned[*n_owned] = zend_string_init(sp ? sp + 1 : v, strlen(sp ? sp + 1 : v), 0);
		pimsync_secrets_add(out, owned[(*n_owned)++]);
	}
}

/* First bytes of a body on one line, credentials redacted, for error
 * messages. Redacted before it is cut: a cut must not split a secret. */
static void body_snippet(const pimsync_http_request *req, const smart_str *body, char *out, size_t out_len)
{
	size_t n = body->s ? ZSTR_LEN(body->s) : 0, i, j = 0;
	zend_string *owned[2], *clean;
	uint32_t n_owned;
	pimsync_secrets secrets;

	request_secrets(req, &secrets, owned, &n_owned);
	/* a secret may start inside the snippet and end after it */
	clean = pimsync_redact(n ? ZSTR_VAL(body->s) : "", MIN(n, 16 * PIMSYNC_HTTP_BODY_SNIPPET), &secrets);
	n = MIN(ZSTR_LEN(clean), PIMSYNC_HTTP_BODY_SNIPPET);
	for (i = 0; i < n && j + 1 < out_len; i++) {
		char ch = ZSTR_VAL(clean)[i];
		out[j++] = (ch == '\r' || ch == '\n' || ch == '\t') ? ' ' : ch;
	}
	out[j] = '\0';
	zend_string_release(clean);
	for (i = 0; i < n_owned; i++) {
		zend_string_release(owned[i]);
	}
}

void pimsync_http_fail_status(const pimsync_http_request *req, const pimsync_http_response *resp,
	pimsync_error *err)
{
	char url[256], body[PIMSYNC_HTTP_BODY_SNIPPET + 1];

	redact_url(req->url, url, sizeof(url));
	body_snippet(req, &resp->body, body, sizeof(body));
	pimsync_error_set(err, "%s %s failed: HTTP %ld after %ld attempt%s: %s", req->method, url,
		resp->status, (long)resp->attempts, resp->attempts == 1 ? "" : "s", body[0] ? body : "(empty body)");
}

static void default_sleep(zend_long ms)
{
	struct timespec ts = { .tv_sec = ms / 1000, .tv_nsec = (ms % 1000) * 1000000L };
	while (nanosleep(&ts, &ts) == -1 && errno == EINTR) {
		/* resume the remaining time after a signal */
	}
}

zend_long pimsync_http_backoff_ms(const pimsync_http_policy *policy, zend_long attempt)
{
	zend_long ms = policy->backoff_base_ms;
	zend_long i;

	for (i = 1; i < attempt && ms < policy->backoff_max_ms; i++) {
		ms *= 2;
	}
	return ms > policy->backoff_max_ms ? policy->backoff_max_ms : ms;
}

pimsync_http_client *pimsync_http_open(const pimsync_http_policy *policy, pimsync_error *err)
{
	pimsync_http_client *h;
	CURL *curl;

	/* Reference-counted by libcurl; balanced in pimsync_http_close. */
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != CURLE_OK) {
		pimsync_error_set(err, "libcurl could not be initialised");
		return NULL;
	}
	curl = curl_easy_init();
	if (!curl) {
		curl_global_cleanup();
		pimsync_error_set(err, "libcurl could not create a handle");
		return NULL;
	}
	h = ecalloc(1, sizeof(*h));
	h->curl = curl;
	h->policy = *policy;
	return h;
}

void pimsync_http_close(pimsync_http_client *h)
{
	if (!h) {
		return;
	}
	curl_easy_cleanup(h->curl);
	curl_global_cleanup();
	efree(h);
}

zend_long pimsync_http_requests(const pimsync_http_client *h)
{
	return h->requests;
}

zend_long pimsync_http_retries(const pimsync_http_client *h)
{
	return h->retries;
}

/* One attempt. Returns the curl code; resp holds whatever arrived. */
static CURLcode perform_once(pimsync_http_client *h, const pimsync_http_request *req,
	pimsync_http_response *resp)
{
	CURL *c = h->curl;
	struct curl_slist *list = NULL, *tmp;
	const char *const *hdr;
	CURLcode rc = CURLE_OK;

	for (hdr = req->headers; hdr && *hdr; hdr++) {
		tmp = curl_slist_append(list, *hdr);
		if (!tmp) {
			rc = CURLE_OUT_OF_MEMORY;
			goto done;
		}
		list = tmp;
	}
	if (req->body) {
		/* No "Expect: 100-continue" round trip for our small JSON bodies. */
		tmp = curl_slist_append(list, "Expect:");
		if (!tmp) {
			rc = CURLE_OUT_OF_MEMORY;
			goto done;
		}
		list = tmp;
	}

	response_reset(resp);
	h->curl_error[0] = '\0';
	h->resp = resp;
	h->over_cap = false;
	h->declared_length = -1;
	/* Options are set for every request: the handle is shared by GET and POST. */
	curl_easy_setopt(c, CURLOPT_URL, req->url);
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, list);
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, (long)h->policy.timeout_ms);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, (long)h->policy.connect_timeout_ms);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85: the bitmask form is deprecated */
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(c, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 0L);
	curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, ""); /* gzip when the server offers it */
	curl_easy_setopt(c, CURLOPT_TCP_KEEPALIVE, 1L);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, h->curl_error);
	curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(c, CURLOPT_WRITEDATA, h);
	curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(c, CURLOPT_HEADERDATA, h);
	curl_easy_setopt(c, CURLOPT_USERAGENT, "pimsync/" PHP_PIMSYNC_VERSION);
	if (strcmp(req->method, "POST") == 0) {
		curl_easy_setopt(c, CURLOPT_POST, 1L);
		curl_easy_setopt(c, CURLOPT_POSTFIELDS, req->body ? req->body : "");
		curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)(req->body ? req->body_len : 0));
	} else {
		curl_easy_setopt(c, CURLOPT_HTTPGET, 1L);
	}

	h->requests++;
	rc = curl_easy_perform(c);
	if (rc == CURLE_OK) {
		curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &resp->status);
	}
	/* The slist must outlive the transfer only; drop the handle's pointer to it. */
	curl_easy_setopt(c, CURLOPT_HTTPHEADER, NULL);
done:
	curl_slist_free_all(list);
	return rc;
}

static bool transport_retryable(CURLcode rc)
{
	switch (rc) {
		case CURLE_COULDNT_RESOLVE_HOST:
		case CURLE_COULDNT_CONNECT:
		case CURLE_OPERATION_TIMEDOUT:
		case CURLE_SEND_ERROR:
		case CURLE_RECV_ERROR:
		case CURLE_GOT_NOTHING:
		case CURLE_PARTIAL_FILE:
		case CURLE_HTTP2:
		case CURLE_HTTP2_STREAM:
		case CURLE_SSL_CONNECT_ERROR:
			return true;
		default:
			return false;
	}
}

zend_result pimsync_http_send(pimsync_http_client *h, const pimsync_http_request *req,
	pimsync_http_response *resp, pimsync_error *err)
{
	zend_long attempt;
	char url[256];

	for (attempt = 1; ; attempt++) {
		CURLcode rc = perform_once(h, req, resp);
		zend_long wait_ms;

		resp->attempts = attempt;
		if (h->over_cap) {
			/* not transient: the same request would bring the same body */
			redact_url(req->url, url, sizeof(url));
			if (h->declared_length >= 0) {
				pimsync_error_set(err, "response body of %s %s declares Content-Length " ZEND_LONG_FMT
					", over source.max_body_bytes (" ZEND_LONG_FMT "): refused", req->method, url,
					h->declared_length, h->policy.max_body_bytes);
			} else {
				pimsync_error_set(err, "response body of %s %s exceeds source.max_body_bytes (" ZEND_LONG_FMT
					" bytes): refused while it arrived", req->method, url, h->policy.max_body_bytes);
			}
			/* what arrived so far is not an answer */
			if (resp->body.s) {
				smart_str_free(&resp->body);
			}
			return FAILURE;
		}
		if (rc == CURLE_OK) {
			if (resp->status != 429 && resp->status < 500) {
				return SUCCESS;
			}
			if (attempt >= h->policy.max_attempts) {
				pimsync_http_fail_status(req, resp, err);
				return FAILURE;
			}
			/* 429: the server says when; capped so a hostile value cannot stall a run. */
			if (resp->status == 429 && resp->retry_after_s >= 0) {
				wait_ms = resp->retry_after_s * 1000;
				if (wait_ms > h->policy.backoff_max_ms) {
					wait_ms = h->policy.backoff_max_ms;
				}
			} else {
				wait_ms = pimsync_http_backoff_ms(&h->policy, attempt);
			}
		} else {
			if (!transport_retryable(rc) || attempt >= h->policy.max_attempts) {
				redact_url(req->url, url, sizeof(url));
				pimsync_error_set(err, "%s %s failed after %ld attempt%s: %s (curl error %d)",
					req->method, url, (long)attempt, attempt == 1 ? "" : "s",
					h->curl_error[0] ? h->curl_error : curl_easy_strerror(rc), (int)rc);
				return FAILURE;
			}
			wait_ms = pimsync_http_backoff_ms(&h->policy, attempt);
		}
		if (wait_ms > 0) {
			if (h->policy.sleep_ms) {
				h->policy.sleep_ms(h->policy.sleep_ctx, wait_ms);
			} else {
				default_sleep(wait_ms);
			}
		}
		/* An injected sleep that threw (tests, or a caller cancelling) stops the retries. */
		if (EG(exception)) {
			redact_url(req->url, url, sizeof(url));
			pimsync_error_set(err, "%s %s: retry interrupted after %ld attempt%s", req->method, url,
				(long)attempt, attempt == 1 ? "" : "s");
			return FAILURE;
		}
		h->retries++;
	}
}
