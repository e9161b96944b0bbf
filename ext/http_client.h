/* A small libcurl wrapper: one reused easy handle (keep-alive), one request at
 * a time, the response collected into smart_strs, and the retry policy shared
 * by every HTTP source. C types only; errors through pimsync_error. */
#ifndef PIMSYNC_HTTP_CLIENT_H
#define PIMSYNC_HTTP_CLIENT_H

#include "php.h"
#include "zend_smart_str.h"
#include "errors.h"
#include "redact.h"

typedef struct {
	zend_long timeout_ms;         /* whole request */
	zend_long connect_timeout_ms;
	zend_long max_attempts;       /* 1 = no retry */
	zend_long backoff_base_ms;    /* attempt n waits base * 2^(n-1) ... */
	zend_long backoff_max_ms;     /* ... capped here; also caps Retry-After */
	zend_long max_body_bytes;     /* a longer body is refused while it arrives; 0: no cap */
	void (*sleep_ms)(void *ctx, zend_long ms); /* NULL: nanosleep */
	void *sleep_ctx;
} pimsync_http_policy;

typedef struct {
	long status;             /* 0 until a response arrived */
	smart_str headers;       /* raw header lines of the last attempt */
	smart_str body;          /* body of the last attempt */
	zend_long retry_after_s; /* Retry-After in seconds, -1 when absent */
	zend_long attempts;      /* attempts spent on this request */
} pimsync_http_response;

typedef struct {
	const char *method;       /* "GET" or "POST" */
	const char *url;
	const char *const *headers; /* NULL-terminated "Name: value" lines, may be NULL */
	const char *body;         /* POST body, may be NULL */
	size_t body_len;
	const pimsync_secrets *secrets; /* masked in every message about this request, may be NULL;
	                                 * the Authorization values of headers are masked anyway */
} pimsync_http_request;

typedef struct pimsync_http_client pimsync_http_client;

pimsync_http_client *pimsync_http_open(const pimsync_http_policy *policy, pimsync_error *err);
void pimsync_http_close(pimsync_http_client *h);

/* Sends req, retrying transport errors, timeouts, 5xx and 429 under the
 * policy. A body over policy.max_body_bytes (or a Content-Length over it) is
 * a FAILURE at once, not retried: the transfer stops, nothing more is kept. SUCCESS: a final response is in resp (2xx, or a 4xx other than 429
 * that the caller judges, e.g. 401). FAILURE: retries exhausted or a
 * non-retryable transport error; err names the URL, status, first bytes of
 * the body and the attempts. resp must be initialised with
 * pimsync_http_response_init and released with pimsync_http_response_dtor. */
zend_result pimsync_http_send(pimsync_http_client *h, const pimsync_http_request *req,
	pimsync_http_response *resp, pimsync_error *err);

/* Fills err for a final response the caller rejects: method, URL, status,
 * first 200 bytes of the body with credentials redacted (redact.h), attempts. */
void pimsync_http_fail_status(const pimsync_http_request *req, const pimsync_http_response *resp,
	pimsync_error *err);

void pimsync_http_response_init(pimsync_http_response *resp);
void pimsync_http_response_dtor(pimsync_http_response *resp);

/* Counters since open: requests actually sent, and how many were retries. */
zend_long pimsync_http_requests(const pimsync_http_client *h);
zend_long pimsync_http_retries(const pimsync_http_client *h);

/* Delay before retry number `attempt` (1-based) with exponential backoff. */
zend_long pimsync_http_backoff_ms(const pimsync_http_policy *policy, zend_long attempt);

#endif
