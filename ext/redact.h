/* Credentials out of messages. Every message built from bytes pimsync does
 * not control (an HTTP body, a config file that failed to parse) passes
 * here before it can reach an exception, stderr, the run report or
 * pimsync_run.message, because a server that echoes the request, or a typo
 * next to a password, would otherwise print the secret.
 *
 * Two nets: the secrets the caller knows (client secret, password, tokens,
 * the Basic value), found as written, JSON-escaped and URL-encoded; and
 * patterns for the ones it does not know: the value of any field whose name
 * ends in "password", "passwd", "secret" or "token" (JSON "k": "v", form
 * k=v, header k: v), of any Authorization field, and the word after
 * "Basic" or "Bearer". Each becomes "[redacted]". */
#ifndef PIMSYNC_REDACT_H
#define PIMSYNC_REDACT_H

#include "php.h"
#include "errors.h"

#define PIMSYNC_REDACTED "[redacted]"
#define PIMSYNC_SECRETS_MAX 8

typedef struct {
	const zend_string *value[PIMSYNC_SECRETS_MAX]; /* borrowed; empty ones are not kept */
	uint32_t n;
} pimsync_secrets;

/* Adds a known secret (NULL or empty: ignored; beyond PIMSYNC_SECRETS_MAX:
 * ignored, the patterns still apply). */
void pimsync_secrets_add(pimsync_secrets *s, const zend_string *value);

/* text with every secret and credential-looking value replaced; a new string.
 * secrets may be NULL (patterns only). */
zend_string *pimsync_redact(const char *text, size_t len, const pimsync_secrets *secrets);

/* The same, in place, on an error message. A message cut at its buffer's end
 * may end in the first bytes of a secret: that tail is redacted too. */
void pimsync_redact_error(pimsync_error *err, const pimsync_secrets *secrets);

/* Only the known secrets, for a message pimsync wrote itself around bytes it
 * knows (a config field's path such as "source.secret" is no secret). */
void pimsync_redact_error_values(pimsync_error *err, const pimsync_secrets *secrets);

/* Each value the patterns above redact in text, as byte offsets: the
 * field's name (or scheme word), and the value [value_start, value_end).
 * For a text that is not a message, e.g. a config file that did not parse. */
typedef void (*pimsync_redact_value_cb)(void *ctx, size_t name_start, size_t value_start, size_t value_end);
void pimsync_redact_each_value(const char *text, size_t len, pimsync_redact_value_cb cb, void *ctx);

#endif
