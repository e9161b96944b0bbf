/* Text that must be valid UTF-8 wherever it goes (a utf8mb4 column in strict
 * mode, a JSON report) although it may come from bytes nobody checked: a
 * record that failed to parse, a database error echoing such bytes, a
 * message cut by a fixed-size buffer in the middle of a character. */
#ifndef PIMSYNC_UTF8_TEXT_H
#define PIMSYNC_UTF8_TEXT_H

#include "php.h"
#include "zend_smart_str.h"

/* Appends s to out as valid UTF-8: each byte that does not start a valid
 * sequence (overlong, surrogate, above U+10FFFF, truncated) becomes U+FFFD.
 * Stops before the character that would exceed max_bytes appended bytes or
 * max_chars characters (0: no limit), so a cut never splits a character.
 * Returns true when the text was changed (substituted or cut). */
bool pimsync_utf8_sanitize(smart_str *out, const char *s, size_t len, size_t max_bytes, size_t max_chars);

/* The same, as a new string. */
zend_string *pimsync_utf8_sanitized(const char *s, size_t len, size_t max_bytes, size_t max_chars);

#endif
