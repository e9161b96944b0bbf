/* The download policy for image URLs; see url_policy.h. URLs are parsed by
 * libcurl's own URL parser, the one the transfer uses, so the host checked is
 * the host connected to. */
#include "php.h"
#include <curl/curl.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include "url_policy.h"

void pimsync_url_target_dtor(pimsync_url_target *t)
{
	if (t->host) zend_string_release(t->host);
	if (t->origin) zend_string_release(t->origin);
	t->host = t->origin = NULL;
}

/* host without brackets or a trailing dot: [::1] and ::1, "a.com." and "a.com" are one host */
static void host_bare(const char **h, size_t *len)
{
	if (*len >= 2 && (*h)[0] == '[' && (*h)[*len - 1] == ']') {
		(*h)++;
		*len -= 2;
	}
	if (*len > 1 && (*h)[*len - 1] == '.') (*len)--;
}

bool pimsync_host_on_list(HashTable *allowed_hosts, const char *host, size_t len)
{
	zval *entry;
	if (!allowed_hosts) return false;
	host_bare(&host, &len);
	ZEND_HASH_FOREACH_VAL(allowed_hosts, entry) {
		const char *e;
		size_t elen;
		if (Z_TYPE_P(entry) != IS_STRING) continue;
		e = Z_STRVAL_P(entry);
		elen = Z_STRLEN_P(entry);
		host_bare(&e, &elen);
		if (elen > 2 && e[0] == '*' && e[1] == '.') {
			/* ".example.com" must end the host, after at least one label */
			size_t suffix = elen - 1;
			if (len > suffix && zend_binary_strncasecmp(host + len - suffix, suffix, e + 1, suffix, suffix) == 0) return true;
		} else if (elen == len && zend_binary_strncasecmp(host, len, e, elen, len) == 0) {
			return true;
		}
	} ZEND_HASH_FOREACH_END();
	return false;
}

static void list_hosts(HashTable *allowed_hosts, char *out, size_t out_len)
{
	zval *entry;
	size_t used = 0;
	out[0] = '\0';
	if (allowed_hosts) {
		ZEND_HASH_FOREACH_VAL(allowed_hosts, entry) {
			if (Z_TYPE_P(entry) != IS_STRING || used + 4 >= out_len) continue;
			used += (size_t) snprintf(out + used, out_len - used, "%s%s", used ? ", " : "", Z_STRVAL_P(entry));
		} ZEND_HASH_FOREACH_END();
	}
	if (used >= out_len) used = out_len - 1;
	if (!used) snprintf(out, out_len, "(none)");
}

bool pimsync_url_allowed(const pimsync_url_policy *p, const char *url, pimsync_url_target *target,
	const char **kind, char *why, size_t why_len)
{
	CURLU *u = curl_url();
	char *scheme = NULL, *host = NULL, *port = NULL, shown[256];
	bool ok = false;

	memset(target, 0, sizeof(*target));
	pimsync_url_display(url, shown, sizeof(shown));
	if (!u || curl_url_set(u, CURLUPART_URL, url, CURLU_NON_SUPPORT_SCHEME) != CURLUE_OK
	    || curl_url_get(u, CURLUPART_SCHEME, &scheme, 0) != CURLUE_OK) {
		*kind = "bad_url";
		snprintf(why, why_len, "\"%s\" is not an absolute http(s) URL", shown);
		goto done;
	}
	if (strcasecmp(scheme, "http") != 0 && strcasecmp(scheme, "https") != 0) {
		*kind = "scheme_not_allowed";
		snprintf(why, why_len, "%s: scheme \"%s\" is not allowed, only http and https", shown, scheme);
		goto done;
	}
	if (curl_url_get(u, CURLUPART_HOST, &host, 0) != CURLUE_OK || !host[0]
	    || curl_url_get(u, CURLUPART_PORT, &port, CURLU_DEFAULT_PORT) != CURLUE_OK) {
		*kind = "bad_url";
		snprintf(why, why_len, "\"%s\" has no host", shown);
		goto done;
	}
	const char *h = host;
	size_t hlen = strlen(host);
	host_bare(&h, &hlen);
	{
		zend_string *as_written = zend_string_init(h, hlen, 0);
		target->host = zend_string_tolower(as_written);
		zend_string_release(as_written);
	}
	target->trusted = p->trusted_host && p->trusted_host[0]
		&& zend_binary_strcasecmp(ZSTR_VAL(target->host), ZSTR_LEN(target->host), p->trusted_host, strlen(p->trusted_host)) == 0;
	if (!target->trusted && !pimsync_host_on_list(p->allowed_hosts, ZSTR_VAL(target->host), ZSTR_LEN(target->host))) {
		char hosts[160];
		list_hosts(p->allowed_hosts, hosts, sizeof(hosts));
		*kind = "host_not_allowed";
		snprintf(why, why_len, "%s: host \"%s\" is not in images.download.allowed_hosts (%s)", shown, ZSTR_VAL(target->host), hosts);
		pimsync_url_target_dtor(target);
		goto done;
	}
	target->origin = zend_strpprintf(0, "%s://%s:%s", scheme, ZSTR_VAL(target->host), port);
	{
		zend_string *lower = zend_string_tolower(target->origin);
		zend_string_release(target->origin);
		target->origin = lower;
	}
	*kind = "";
	ok = true;
done:
	curl_free(scheme);
	curl_free(host);
	curl_free(port);
	if (u) curl_url_cleanup(u);
	return ok;
}

zend_string *pimsync_url_host(const char *url)
{
	CURLU *u = curl_url();
	char *h = NULL;
	zend_string *host = NULL;
	if (u && curl_url_set(u, CURLUPART_URL, url, 0) == CURLUE_OK && curl_url_get(u, CURLUPART_HOST, &h, 0) == CURLUE_OK) {
		const char *bare = h;
		size_t len = strlen(h);
		host_bare(&bare, &len);
		zend_string *as_written = zend_string_init(bare, len, 0);
		host = zend_string_tolower(as_written);
		zend_string_release(as_written);
	}
	curl_free(h);
	if (u) curl_url_cleanup(u);
	return host;
}

/* ---- addresses ---- */

static bool ipv4_is_private(uint32_t a)
{
	static const struct { uint32_t net, mask; } ranges[] = {
		{ 0x00000000, 0xFF000000 }, /* 0.0.0.0/8 "this network" */
		{ 0x0A000000, 0xFF000000 }, /* 10/8 private */
		{ 0x64400000, 0xFFC00000 }, /* 100.64/10 shared (CGNAT) */
		{ 0x7F000000, 0xFF000000 }, /* 127/8 loopback */
		{ 0xA9FE0000, 0xFFFF0000 }, /* 169.254/16 link-local (cloud metadata lives here) */
		{ 0xAC100000, 0xFFF00000 }, /* 172.16/12 private */
		{ 0xC0000000, 0xFFFFFF00 }, /* 192.0.0/24 protocol assignments */
		{ 0xC0A80000, 0xFFFF0000 }, /* 192.168/16 private */
		{ 0xC6120000, 0xFFFE0000 }, /* 198.18/15 benchmarking */
		{ 0xE0000000, 0xF0000000 }, /* 224/4 multicast */
		{ 0xF0000000, 0xF0000000 }, /* 240/4 reserved, broadcast */
	};
	for (size_t i = 0; i < sizeof(ranges) / sizeof(ranges[0]); i++) {
		if ((a & ranges[i].mask) == ranges[i].net) return true;
	}
	return false;
}

static uint32_t v4_at(const unsigned char *b)
{
	return (uint32_t) b[0] << 24 | (uint32_t) b[1] << 16 | (uint32_t) b[2] << 8 | b[3];
}

static bool ipv6_is_private(const unsigned char *b)
{
	static const unsigned char zero[16] = {0};
	static const unsigned char mapped[12] = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF};
	static const unsigned char nat64[12] = {0x00, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0};

	if (memcmp(b, zero, 15) == 0 && (b[15] == 0 || b[15] == 1)) return true; /* :: and ::1 */
	if (memcmp(b, mapped, 12) == 0 || memcmp(b, nat64, 12) == 0 || memcmp(b, zero, 12) == 0) {
		return ipv4_is_private(v4_at(b + 12)); /* IPv4 inside: mapped, NAT64, the old "compatible" form */
	}
	if (b[0] == 0x20 && b[1] == 0x02) return ipv4_is_private(v4_at(b + 2)); /* 6to4 */
	if ((b[0] & 0xFE) == 0xFC) return true;                   /* fc00::/7 unique-local */
	if (b[0] == 0xFE && (b[1] & 0xC0) == 0x80) return true;   /* fe80::/10 link-local */
	if (b[0] == 0xFE && (b[1] & 0xC0) == 0xC0) return true;   /* fec0::/10 site-local (deprecated) */
	if (b[0] == 0xFF) return true;                            /* multicast */
	return false;
}

bool pimsync_address_is_private(const struct sockaddr *sa, char *text, size_t text_len)
{
	if (sa->sa_family == AF_INET) {
		const struct sockaddr_in *in = (const struct sockaddr_in *) sa;
		inet_ntop(AF_INET, &in->sin_addr, text, (socklen_t) text_len);
		return ipv4_is_private(ntohl(in->sin_addr.s_addr));
	}
	if (sa->sa_family == AF_INET6) {
		const struct sockaddr_in6 *in6 = (const struct sockaddr_in6 *) sa;
		inet_ntop(AF_INET6, &in6->sin6_addr, text, (socklen_t) text_len);
		return ipv6_is_private(in6->sin6_addr.s6_addr);
	}
	snprintf(text, text_len, "(address family %d)", sa->sa_family);
	return true; /* only IP is expected: anything else is refused */
}

void pimsync_url_display(const char *url, char *out, size_t out_len)
{
	const char *scheme_end = strstr(url, "://");
	const char *host = scheme_end ? scheme_end + 3 : url;
	const char *path = host + strcspn(host, "/?#");
	const char *at = memchr(host, '@', (size_t)(path - host));
	const char *cut = path + strcspn(path, "?#");
	const char *from = at ? at + 1 : host;

	snprintf(out, out_len, "%.*s%.*s%s", (int)(host - url), url, (int)(cut - from), from, *cut == '?' ? "?…" : "");
}
