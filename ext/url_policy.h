/* Which image URLs pimsync may download: http or https only, a host on the
 * allow-list (exact, or "*.example.com" for its subdomains), and, checked on
 * the address a connection is actually opened to (so a DNS answer that
 * changes between check and connect cannot slip past), no private, loopback,
 * link-local or unique-local address unless the policy allows them. The
 * Akeneo host a sync already talks to is always allowed. C types only. */
#ifndef PIMSYNC_URL_POLICY_H
#define PIMSYNC_URL_POLICY_H

#include "php.h"
#include <sys/socket.h>

typedef struct {
	HashTable *allowed_hosts;     /* strings: "img.example.com" or "*.example.com"; may be NULL */
	const char *trusted_host;     /* the Akeneo base URL's host: allowed, at any address; may be NULL */
	bool allow_private_addresses;
} pimsync_url_policy;

typedef struct {
	zend_string *host;    /* lower case, no brackets, no trailing dot */
	zend_string *origin;  /* "scheme://host:port": what connection limits and credentials are kept to */
	bool trusted;         /* host is the policy's trusted host: any address */
} pimsync_url_target;

/* true: url may be fetched, target filled (release with pimsync_url_target_dtor).
 * false: *kind is "bad_url", "scheme_not_allowed" or "host_not_allowed" (static)
 * and why says which scheme or host, and what the policy allows. */
bool pimsync_url_allowed(const pimsync_url_policy *p, const char *url, pimsync_url_target *target,
	const char **kind, char *why, size_t why_len);
void pimsync_url_target_dtor(pimsync_url_target *t);

/* The host of an http(s) URL as pimsync_url_allowed compares it, or NULL. */
zend_string *pimsync_url_host(const char *url);

/* true when host matches an allow-list entry (case-insensitive; "*.d" matches
 * any name ending in ".d", not "d" itself). */
bool pimsync_host_on_list(HashTable *allowed_hosts, const char *host, size_t len);

/* true when the address is loopback, private (RFC 1918, CGNAT), link-local,
 * unique-local, unspecified, multicast or reserved, for IPv4 and IPv6 (and
 * IPv4 inside IPv6: mapped, NAT64, 6to4). text gets the address as written. */
bool pimsync_address_is_private(const struct sockaddr *sa, char *text, size_t text_len);

/* The URL as a message may show it: no user:password@, no query string or
 * fragment (they often carry signatures or tokens), "?…" marking a cut query. */
void pimsync_url_display(const char *url, char *out, size_t out_len);

#endif
