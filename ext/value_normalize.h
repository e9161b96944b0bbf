/* Turns Akeneo data into the exact text MariaDB gives back for the Magento
 * column, so that "unchanged" can be decided by comparing strings. */
#ifndef PIMSYNC_VALUE_NORMALIZE_H
#define PIMSYNC_VALUE_NORMALIZE_H

#include "php.h"

/* decimal(20,6): "12.5" -> "12.500000". NULL when not a number. */
zend_string *pimsync_norm_decimal_str(const char *s, size_t len);
zend_string *pimsync_norm_decimal_double(double d);
/* datetime: "2021-03-04T10:00:00+02:00" -> "2021-03-04 08:00:00" (UTC). NULL when unreadable. */
zend_string *pimsync_norm_datetime(const char *s, size_t len);
/* url_key as Magento formats it: lower case, Latin accents folded, other
 * characters turned into single dashes. May return an empty string. */
#define PIMSYNC_SLUG_MAX 128
zend_string *pimsync_url_slug(const char *s, size_t len);
/* True when the bytes are valid UTF-8. */
bool pimsync_utf8_valid(const char *s, size_t len);
/* Number of UTF-8 characters. */
size_t pimsync_utf8_length(const char *s, size_t len);

#endif
