/* Turns Akeneo data into the exact text MariaDB gives back for the Magento
 * column, so that "unchanged" can be decided by comparing strings. */
#ifndef PIMSYNC_VALUE_NORMALIZE_H
#define PIMSYNC_VALUE_NORMALIZE_H

#include "php.h"

typedef enum {
	PIMSYNC_NUMBER_OK = 0,
	PIMSYNC_NUMBER_INVALID,       /* not a number */
	PIMSYNC_NUMBER_OUT_OF_RANGE,  /* more integer digits than the column holds, or not finite */
	PIMSYNC_NUMBER_NOT_WHOLE,     /* pimsync_norm_integer: the number has a fraction (12.0000004) */
} pimsync_number_status;

/* decimal(precision, scale) text exactly as MariaDB stores it, from a number's
 * digits ("12.5", "-1.2e14", "0.1234565"): rounded half away from zero at
 * scale, on the digits (never through a double). NULL with *status saying why. */
zend_string *pimsync_norm_decimal(const char *s, size_t len, int precision, int scale, pimsync_number_status *status);
/* The integer a number's digits write ("12", "12.0", "1.2e3"), never rounded:
 * a number with any nonzero fraction digit is NULL with PIMSYNC_NUMBER_NOT_WHOLE. */
zend_string *pimsync_norm_integer(const char *s, size_t len, int max_digits, pimsync_number_status *status);
/* datetime: "2021-03-04T10:00:00+02:00" -> "2021-03-04 08:00:00" (UTC). NULL when
 * unreadable, not a calendar date (2024-02-30), or outside DATETIME's years 1000-9999. */
typedef enum {
	PIMSYNC_DATE_OK = 0,
	PIMSYNC_DATE_UNREADABLE,
	PIMSYNC_DATE_NOT_IN_CALENDAR,  /* 2024-02-30, 25:00 */
	PIMSYNC_DATE_OUT_OF_RANGE,     /* before 1000 or after 9999 in UTC */
} pimsync_date_status;
zend_string *pimsync_norm_datetime(const char *s, size_t len, pimsync_date_status *status);
/* url_key as Magento formats it (url_format.h), cut to PIMSYNC_SLUG_MAX
 * characters. May return an empty string. */
#define PIMSYNC_SLUG_MAX 128
zend_string *pimsync_url_slug(const char *s, size_t len);
/* True when the bytes are valid UTF-8. */
bool pimsync_utf8_valid(const char *s, size_t len);
/* Number of UTF-8 characters. */
size_t pimsync_utf8_length(const char *s, size_t len);

#endif
