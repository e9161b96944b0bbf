/* Parallel image downloads; see image_fetch.h. */
#include "php.h"
#include "zend_smart_str.h"
#include <curl/curl.h>
#include "php_pimsync.h"
#include "image_fetch.h"
#include "url_policy.h"

/* How far past the head of the queue a free slot looks for a transfer whose
 * host is not at its limit: bounded, so a long queue of one busy host costs
 * a short scan per completed transfer, not a walk of the whole queue. */
#define FETCH_QUEUE_LOOKAHEAD 256

void pimsync_image_download_settings_init(pimsync_image_download_settings *s)
{
	memset(s, 0, sizeof(*s));
	s->concurrency = 16;
	s->per_host = 8;
	s->connect_timeout_ms = 5000;
	s->timeout_ms = 60000;
	s->max_bytes = 20 * 1024 * 1024;
	s->max_redirects = 3;
}

void pimsync_image_download_settings_from_array(HashTable *download, pimsync_image_download_settings *s)
{
	zval *v;
	pimsync_image_download_settings_init(s);
	if (!download) return;
	if ((v = zend_hash_str_find(download, ZEND_STRL("concurrency"))) && Z_TYPE_P(v) == IS_LONG) s->concurrency = Z_LVAL_P(v);
	if ((v = zend_hash_str_find(download, ZEND_STRL("per_host"))) && Z_TYPE_P(v) == IS_LONG) s->per_host = Z_LVAL_P(v);
	if ((v = zend_hash_str_find(download, ZEND_STRL("connect_timeout"))) && Z_TYPE_P(v) == IS_LONG) s->connect_timeout_ms = Z_LVAL_P(v) * 1000;
	if ((v = zend_hash_str_find(download, ZEND_STRL("timeout"))) && Z_TYPE_P(v) == IS_LONG) s->timeout_ms = Z_LVAL_P(v) * 1000;
	if ((v = zend_hash_str_find(download, ZEND_STRL("max_bytes"))) && Z_TYPE_P(v) == IS_LONG) s->max_bytes = Z_LVAL_P(v);
	if ((v = zend_hash_str_find(download, ZEND_STRL("max_redirects"))) && Z_TYPE_P(v) == IS_LONG) s->max_redirects = Z_LVAL_P(v);
	if ((v = zend_hash_str_find(download, ZEND_STRL("allowed_hosts"))) && Z_TYPE_P(v) == IS_ARRAY) s->allowed_hosts = Z_ARRVAL_P(v);
	if ((v = zend_hash_str_find(download, ZEND_STRL("allow_private_addresses")))) s->allow_private_addresses = Z_TYPE_P(v) == IS_TRUE;
}

void pimsync_image_fetch_item_reset(pimsync_image_fetch_item *item)
{
	if (item->body) zend_string_release(item->body);
	item->body = NULL;
	memset(&item->info, 0, sizeof(item->info));
	item->reason_kind[0] = item->reason[0] = '\0';
	item->retryable = false;
	item->http_status = 0;
}

typedef enum { T_WAITING, T_RUNNING, T_DONE } transfer_state;

typedef struct {
	pimsync_image_fetch_item *item;
	const pimsync_image_download_settings *s;
	pimsync_url_policy policy;
	CURL *easy;
	struct curl_slist *headers;
	zend_string *url;            /* this hop's URL (owned) */
	pimsync_url_target target;   /* this hop's host */
	zend_string *bearer_origin;  /* the first URL's origin: the only one the token goes to */
	zend_long hops;
	transfer_state state;
	smart_str body;
	bool over_cap;               /* the body passed max_bytes while it arrived */
	bool refused_address;        /* open_socket refused an address of the policy's kind */
	char refused_text[64];
	char status_text[64];        /* "Not Found" from the last status line */
	char curl_error[CURL_ERROR_SIZE];
} transfer;

/* ---- ends of a transfer ---- */

static void ZEND_ATTRIBUTE_FORMAT(printf, 4, 5)
fail(transfer *t, const char *kind, bool retryable, const char *format, ...)
{
	va_list args;
	snprintf(t->item->reason_kind, sizeof(t->item->reason_kind), "%s", kind);
	va_start(args, format);
	vsnprintf(t->item->reason, sizeof(t->item->reason), format, args);
	va_end(args);
	t->item->retryable = retryable;
	t->state = T_DONE;
	smart_str_free(&t->body);
}

static void shown_url(const transfer *t, char *out, size_t len)
{
	pimsync_url_display(ZSTR_VAL(t->url), out, len);
}

/* A hop's URL against the policy; false: t is done with the reason. */
static bool target_hop(transfer *t, const char *url, const char *refused_kind, const char *from)
{
	const char *kind;
	char why[200];

	pimsync_url_target_dtor(&t->target);
	if (!pimsync_url_allowed(&t->policy, url, &t->target, &kind, why, sizeof(why))) {
		if (refused_kind) {
			fail(t, refused_kind, false, "redirect from %s refused: %s", from, why);
		} else {
			fail(t, kind, false, "%s", why);
		}
		return false;
	}
	return true;
}

/* ---- libcurl callbacks ---- */

static size_t on_body(char *data, size_t size, size_t nmemb, void *userdata)
{
	transfer *t = userdata;
	size_t len = size * nmemb, have = t->body.s ? ZSTR_LEN(t->body.s) : 0;
	if (t->s->max_bytes > 0 && have + len > (size_t) t->s->max_bytes) {
		t->over_cap = true;
		return 0; /* a short count stops the transfer */
	}
	smart_str_appendl(&t->body, data, len);
	return len;
}

static size_t on_header(char *data, size_t size, size_t nmemb, void *userdata)
{
	transfer *t = userdata;
	size_t len = size * nmemb;
	/* "HTTP/1.1 404 Not Found": keep the reason phrase for the message */
	if (len > 12 && memcmp(data, "HTTP/", 5) == 0) {
		const char *sp = memchr(data, ' ', len), *end = data + len;
		if (sp && (sp = memchr(sp + 1, ' ', (size_t)(end - sp - 1)))) {
			size_t n = (size_t)(end - sp - 1);
			while (n && (sp[n] == '\r' || sp[n] == '\n')) n--;
			snprintf(t->status_text, sizeof(t->status_text), "%.*s", (int) n, sp + 1);
		} else {
			t->status_text[0] = '\0';
		}
	}
	return len;
}

/* Every new connection's address is checked here, after DNS: the name was
 * allowed, the address it resolved to must be too. */
static curl_socket_t open_socket(void *clientp, curlsocktype purpose, struct curl_sockaddr *addr)
{
	transfer *t = clientp;
	char text[64];
	if (!t->target.trusted && !t->s->allow_private_addresses && pimsync_address_is_private(&addr->addr, text, sizeof(text))) {
		t->refused_address = true;
		snprintf(t->refused_text, sizeof(t->refused_text), "%s", text);
		return CURL_SOCKET_BAD;
	}
	return socket(addr->family, addr->socktype, addr->protocol);
}

/* ---- one transfer ---- */

static bool start(transfer *t, CURLM *multi)
{
	CURL *e = curl_easy_init();
	if (!e) {
		fail(t, "transfer_failed", true, "could not start a transfer (out of memory?)");
		return false;
	}
	t->easy = e;
	t->over_cap = t->refused_address = false;
	t->status_text[0] = t->curl_error[0] = '\0';
	smart_str_free(&t->body);
	curl_easy_setopt(e, CURLOPT_URL, ZSTR_VAL(t->url));
	curl_easy_setopt(e, CURLOPT_PRIVATE, t);
#if LIBCURL_VERSION_NUM >= 0x075500 /* 7.85: the string form; the bitmask is deprecated there */
	curl_easy_setopt(e, CURLOPT_PROTOCOLS_STR, "http,https");
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
#else
	curl_easy_setopt(e, CURLOPT_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
	curl_easy_setopt(e, CURLOPT_REDIR_PROTOCOLS, (long)(CURLPROTO_HTTP | CURLPROTO_HTTPS));
#endif
	curl_easy_setopt(e, CURLOPT_FOLLOWLOCATION, 0L); /* by hand: each hop is checked (target_hop) */
	/* an http_proxy in the environment would make the proxy the address connected to */
	curl_easy_setopt(e, CURLOPT_PROXY, "");
	curl_easy_setopt(e, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(e, CURLOPT_CONNECTTIMEOUT_MS, (long) t->s->connect_timeout_ms);
	curl_easy_setopt(e, CURLOPT_TIMEOUT_MS, (long) t->s->timeout_ms);
	if (t->s->max_bytes > 0) curl_easy_setopt(e, CURLOPT_MAXFILESIZE_LARGE, (curl_off_t) t->s->max_bytes);
	curl_easy_setopt(e, CURLOPT_WRITEFUNCTION, on_body);
	curl_easy_setopt(e, CURLOPT_WRITEDATA, t);
	curl_easy_setopt(e, CURLOPT_HEADERFUNCTION, on_header);
	curl_easy_setopt(e, CURLOPT_HEADERDATA, t);
	curl_easy_setopt(e, CURLOPT_OPENSOCKETFUNCTION, open_socket);
	curl_easy_setopt(e, CURLOPT_OPENSOCKETDATA, t);
	curl_easy_setopt(e, CURLOPT_ERRORBUFFER, t->curl_error);
	curl_easy_setopt(e, CURLOPT_USERAGENT, "pimsync/" PHP_PIMSYNC_VERSION);
	t->headers = curl_slist_append(NULL, "Accept: image/*, */*;q=0.5");
	if (t->item->bearer && t->bearer_origin && zend_string_equals(t->bearer_origin, t->target.origin)) {
		char *auth = emalloc(strlen(t->item->bearer) + sizeof("Authorization: Bearer "));
		strcpy(auth, "Authorization: Bearer ");
		strcat(auth, t->item->bearer);
		t->headers = curl_slist_append(t->headers, auth);
		efree(auth);
	}
	curl_easy_setopt(e, CURLOPT_HTTPHEADER, t->headers);
	if (curl_multi_add_handle(multi, e) != CURLM_OK) {
		fail(t, "transfer_failed", true, "could not start a transfer");
		return false;
	}
	t->state = T_RUNNING;
	return true;
}

static bool status_retryable(long status)
{
	return status == 408 || status == 425 || status == 429 || status >= 500;
}

/* A 200 body: an image, or why not. */
static void finish_body(transfer *t, const char *content_type)
{
	pimsync_image_fetch_item *item = t->item;
	const char *kind;
	char why[200], url[200];
	size_t len = t->body.s ? ZSTR_LEN(t->body.s) : 0;

	if (pimsync_image_check(len ? (const unsigned char *) ZSTR_VAL(t->body.s) : (const unsigned char *) "", len,
	                        &item->info, &kind, why, sizeof(why))) {
		item->body = t->body.s ? smart_str_extract(&t->body) : ZSTR_EMPTY_ALLOC();
		item->reason_kind[0] = item->reason[0] = '\0';
		t->state = T_DONE;
		return;
	}
	shown_url(t, url, sizeof(url));
	fail(t, kind, strcmp(kind, "truncated") == 0, "%s: %s (%zu bytes%s%.60s)", url, why, len,
		content_type ? ", Content-Type " : "", content_type ? content_type : "");
}

/* The transfer libcurl finished: done, or queued again for a redirect. */
static void finish(transfer *t, CURLM *multi, CURLcode rc, pimsync_image_fetch_stats *stats)
{
	pimsync_image_fetch_item *item = t->item;
	long status = 0, connects = 0;
	char *redirect = NULL, *content_type = NULL, url[200];
	zend_string *next = NULL, *type = NULL;

	curl_easy_getinfo(t->easy, CURLINFO_RESPONSE_CODE, &status);
	curl_easy_getinfo(t->easy, CURLINFO_NUM_CONNECTS, &connects);
	curl_easy_getinfo(t->easy, CURLINFO_REDIRECT_URL, &redirect);
	curl_easy_getinfo(t->easy, CURLINFO_CONTENT_TYPE, &content_type);
	if (redirect) next = zend_string_init(redirect, strlen(redirect), 0);
	if (content_type) type = zend_string_init(content_type, strlen(content_type), 0);
	curl_multi_remove_handle(multi, t->easy);
	curl_easy_cleanup(t->easy);
	curl_slist_free_all(t->headers);
	t->easy = NULL;
	t->headers = NULL;
	stats->transfers++;
	stats->connections += connects;
	item->http_status = status;
	shown_url(t, url, sizeof(url));

	if (rc != CURLE_OK) {
		if (t->refused_address) {
			fail(t, "private_address", false, "%s: %s is a private, loopback or link-local address"
				" (images.download.allow_private_addresses is off)", url, t->refused_text);
		} else if (t->over_cap || rc == CURLE_FILESIZE_EXCEEDED) {
			fail(t, "too_large", false, "%s: the file is larger than images.download.max_bytes (" ZEND_LONG_FMT " bytes)",
				url, t->s->max_bytes);
		} else if (rc == CURLE_OPERATION_TIMEDOUT) {
			fail(t, "timeout", true, "%s: %s (images.download timeout " ZEND_LONG_FMT " s, connect_timeout " ZEND_LONG_FMT " s)",
				url, t->curl_error[0] ? t->curl_error : curl_easy_strerror(rc), t->s->timeout_ms / 1000, t->s->connect_timeout_ms / 1000);
		} else if (rc == CURLE_PARTIAL_FILE) {
			fail(t, "truncated", true, "%s: the download was cut: %s", url, t->curl_error[0] ? t->curl_error : curl_easy_strerror(rc));
		} else if (rc == CURLE_COULDNT_RESOLVE_HOST || rc == CURLE_COULDNT_CONNECT || rc == CURLE_SSL_CONNECT_ERROR
		           || rc == CURLE_GOT_NOTHING || rc == CURLE_SEND_ERROR || rc == CURLE_RECV_ERROR) {
			fail(t, "connect_failed", true, "%s: %s", url, t->curl_error[0] ? t->curl_error : curl_easy_strerror(rc));
		} else if (rc == CURLE_UNSUPPORTED_PROTOCOL) {
			fail(t, "scheme_not_allowed", false, "%s: only http and https are allowed", url);
		} else {
			fail(t, "transfer_failed", rc != CURLE_PEER_FAILED_VERIFICATION, "%s: %s", url,
				t->curl_error[0] ? t->curl_error : curl_easy_strerror(rc));
		}
	} else if (next && (status == 301 || status == 302 || status == 303 || status == 307 || status == 308)) {
		if (t->hops >= t->s->max_redirects) {
			fail(t, "redirect_not_allowed", false, "%s: more than " ZEND_LONG_FMT " redirects (images.download.max_redirects)",
				url, t->s->max_redirects);
		} else if (target_hop(t, ZSTR_VAL(next), "redirect_not_allowed", url)) {
			zend_string_release(t->url);
			t->url = zend_string_copy(next);
			t->hops++;
			stats->redirects++;
			t->state = T_WAITING;
		}
	} else if (status != 200) {
		fail(t, "http_status", status_retryable(status), "%s: HTTP %ld%s%s", url, status,
			t->status_text[0] ? " " : "", t->status_text);
	} else {
		finish_body(t, type ? ZSTR_VAL(type) : NULL);
	}
	if (next) zend_string_release(next);
	if (type) zend_string_release(type);
}

/* ---- the batch ---- */

static zend_long *origin_count(HashTable *running, zend_string *origin)
{
	zval *v = zend_hash_find(running, origin), zero;
	if (!v) {
		ZVAL_LONG(&zero, 0);
		v = zend_hash_add(running, origin, &zero);
	}
	return &Z_LVAL_P(v);
}

void pimsync_image_fetch_all(const pimsync_image_download_settings *s, pimsync_image_fetch_item *items, size_t n,
	pimsync_image_fetch_stats *stats_out)
{
	pimsync_image_fetch_stats stats = {0};
	transfer *t;
	size_t *queue, head = 0, tail = 0, running_now = 0;
	zend_long concurrency = s->concurrency > 0 ? s->concurrency : 1, per_host = s->per_host > 0 ? s->per_host : 1;
	HashTable running;
	CURLM *multi;

	if (stats_out) memset(stats_out, 0, sizeof(*stats_out));
	if (n == 0) return;
	t = ecalloc(n, sizeof(*t));
	/* every redirect hop goes to the back of the queue once more */
	queue = safe_emalloc(n * ((size_t) s->max_redirects + 1), sizeof(size_t), 0);
	zend_hash_init(&running, 8, NULL, NULL, 0);
	multi = curl_multi_init();
	/* the limits below are kept by the queue; libcurl's own are a second fence */
	curl_multi_setopt(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, (long) concurrency);
	curl_multi_setopt(multi, CURLMOPT_MAX_HOST_CONNECTIONS, (long) per_host);
	curl_multi_setopt(multi, CURLMOPT_MAXCONNECTS, (long) concurrency); /* connections kept alive */

	for (size_t i = 0; i < n; i++) {
		t[i].item = &items[i];
		t[i].s = s;
		t[i].policy.allowed_hosts = s->allowed_hosts;
		t[i].policy.trusted_host = s->trusted_host;
		t[i].policy.allow_private_addresses = s->allow_private_addresses;
		pimsync_image_fetch_item_reset(&items[i]);
		t[i].url = zend_string_copy(items[i].url);
		if (target_hop(&t[i], ZSTR_VAL(items[i].url), NULL, NULL)) {
			t[i].bearer_origin = zend_string_copy(t[i].target.origin);
			t[i].state = T_WAITING;
			queue[tail++] = i;
		}
	}

	while (head < tail || running_now > 0) {
		/* fill free slots from the queue, skipping transfers whose host is at its limit */
		size_t keep = head;
		for (size_t q = head; q < tail; q++) {
			transfer *x = &t[queue[q]];
			zend_long *on_origin;
			if (running_now >= (size_t) concurrency || q - head >= FETCH_QUEUE_LOOKAHEAD) {
				queue[keep++] = queue[q];
				continue;
			}
			on_origin = origin_count(&running, x->target.origin);
			if (*on_origin >= per_host) {
				queue[keep++] = queue[q];
				continue;
			}
			if (start(x, multi)) {
				(*on_origin)++;
				running_now++;
			}
		}
		tail = keep;
		if (running_now == 0) continue;

		int still = 0, left = 0;
		CURLMsg *msg;
		curl_multi_perform(multi, &still);
		while ((msg = curl_multi_info_read(multi, &left))) {
			transfer *x = NULL;
			if (msg->msg != CURLMSG_DONE) continue;
			curl_easy_getinfo(msg->easy_handle, CURLINFO_PRIVATE, (char **) &x);
			(*origin_count(&running, x->target.origin))--;
			running_now--;
			finish(x, multi, msg->data.result, &stats);
			if (x->state == T_WAITING) queue[tail++] = (size_t)(x - t);
		}
		if (running_now > 0 && still > 0) {
			curl_multi_poll(multi, NULL, 0, 200, NULL);
		}
	}

	for (size_t i = 0; i < n; i++) {
		smart_str_free(&t[i].body);
		pimsync_url_target_dtor(&t[i].target);
		if (t[i].url) zend_string_release(t[i].url);
		if (t[i].bearer_origin) zend_string_release(t[i].bearer_origin);
	}
	curl_multi_cleanup(multi);
	zend_hash_destroy(&running);
	efree(queue);
	efree(t);
	if (stats_out) *stats_out = stats;
}
