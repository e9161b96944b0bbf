/* Decodes one record's JSON with PHP's own parser (the fastest we measured,
 * see README), into arrays, with two changes that keep values exact:
 * - a number with a fraction or an exponent arrives as the string of its
 *   source digits ("1.10", "1.2e14"), and an integer beyond 64 bits as its
 *   digits, so text attributes keep what the source wrote and decimals are
 *   rounded from the digits, not from a double;
 * - a key that occurs twice in one object fails the record (which of the two
 *   values was meant cannot be known). */
#ifndef PIMSYNC_JSON_DECODE_H
#define PIMSYNC_JSON_DECODE_H

#include "php.h"
#include "errors.h"

/* SUCCESS: *out holds the value. FAILURE: err says why ("invalid JSON: …"). */
zend_result pimsync_json_decode(const char *json, size_t len, int max_depth, zval *out, pimsync_error *err);

/* The same exactness for a JSON text parsed by another parser (jansson, for
 * API pages): every number with a fraction or an exponent, and every integer
 * of more than 18 digits, becomes a JSON string of its digits. Returns a new
 * text, or NULL when nothing needed quoting. */
zend_string *pimsync_json_quote_inexact_numbers(const char *json, size_t len);

#endif
