/* Fits a value to the Magento column it goes into, as the column's limits
 * (read from information_schema) say, so that the database never clamps,
 * truncates or re-encodes it: a value that does not fit is refused with a
 * reason, or adjusted by the configured character policy and reported. The
 * same check runs before every write path (LOAD DATA and INSERT alike). */
#ifndef PIMSYNC_VALUE_FIT_H
#define PIMSYNC_VALUE_FIT_H

#include "php.h"
#include "errors.h"
#include "magento_meta.h"

/* What to do with characters the column's charset cannot hold (4-byte UTF-8
 * such as emoji into utf8mb3, Magento 2.4's catalog charset). */
typedef enum {
	PIMSYNC_CHARS_REPLACE = 0, /* each becomes U+FFFD */
	PIMSYNC_CHARS_STRIP,       /* each is removed */
	PIMSYNC_CHARS_REJECT,      /* the value is refused */
} pimsync_chars_policy;

typedef struct {
	const char *kind;          /* refusal: "too_long", "out_of_range", "characters"; NULL when it fits */
	pimsync_error err;         /* the refusal's message */
	size_t adjusted;           /* characters replaced or stripped by the policy */
} pimsync_fit;

/* Takes value; returns what to write (value itself or an adjusted copy), or
 * NULL with fit->kind set. */
zend_string *pimsync_fit_value(const pimsync_column *col, zend_string *value, pimsync_chars_policy policy, pimsync_fit *fit);

/* Characters of s (UTF-8) the column cannot hold; 0 for utf8mb4 columns. */
size_t pimsync_fit_unsupported_chars(const pimsync_column *col, const char *s, size_t len);

#endif
