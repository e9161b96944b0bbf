#include "php.h"
#include "zend_smart_str.h"
#include "value_fit.h"
#include "value_normalize.h"

static inline bool is_four_byte_lead(unsigned char c)
{
	return c >= 0xF0 && c <= 0xF4;
}

size_t pimsync_fit_unsupported_chars(const pimsync_column *col, const char *s, size_t len)
{
	size_t n = 0;
	if (col->mb4) return 0;
	for (size_t i = 0; i < len; i++) n += is_four_byte_lead((unsigned char) s[i]);
	return n;
}

/* The value with every 4-byte sequence replaced by U+FFFD or removed. */
static zend_string *rewrite_four_byte(zend_string *value, bool replace)
{
	smart_str out = {0};
	const unsigned char *p = (const unsigned char *) ZSTR_VAL(value), *end = p + ZSTR_LEN(value), *run = p;
	while (p < end) {
		if (!is_four_byte_lead(*p)) { p++; continue; }
		smart_str_appendl(&out, (const char *) run, p - run);
		if (replace) smart_str_appendl(&out, "\xEF\xBF\xBD", 3);
		p += MIN(4, end - p);
		run = p;
	}
	smart_str_appendl(&out, (const char *) run, end - run);
	return smart_str_extract(&out);
}

static zend_string *fit_text(const pimsync_column *col, zend_string *value, pimsync_chars_policy policy, pimsync_fit *fit)
{
	size_t wide = pimsync_fit_unsupported_chars(col, ZSTR_VAL(value), ZSTR_LEN(value));
	if (wide) {
		if (policy == PIMSYNC_CHARS_REJECT) {
			fit->kind = "characters";
			pimsync_error_set(&fit->err, "%zu character%s (emoji or others beyond U+FFFF) that the %s column %s.%s cannot hold;"
			                  " the value was left out (unsupported_characters: reject_value)", wide, wide == 1 ? "" : "s",
			                  ZSTR_VAL(col->charset), col->table, col->name);
			zend_string_release(value);
			return NULL;
		}
		zend_string *adjusted = rewrite_four_byte(value, policy == PIMSYNC_CHARS_REPLACE);
		zend_string_release(value);
		value = adjusted;
		fit->adjusted = wide;
	}
	if (col->max_chars > 0) {
		size_t chars = pimsync_utf8_length(ZSTR_VAL(value), ZSTR_LEN(value));
		if (chars > (size_t) col->max_chars) {
			fit->kind = "too_long";
			pimsync_error_set(&fit->err, "%zu characters is longer than the " ZEND_LONG_FMT " that %s.%s holds; the value was left out",
			                  chars, col->max_chars, col->table, col->name);
			zend_string_release(value);
			return NULL;
		}
	}
	if (col->max_bytes > 0 && ZSTR_LEN(value) > (size_t) col->max_bytes) {
		fit->kind = "too_long";
		pimsync_error_set(&fit->err, "%zu bytes is longer than the " ZEND_LONG_FMT " that %s.%s holds; the value was left out",
		                  ZSTR_LEN(value), col->max_bytes, col->table, col->name);
		zend_string_release(value);
		return NULL;
	}
	return value;
}

static zend_string *fit_integer(const pimsync_column *col, zend_string *value, pimsync_fit *fit)
{
	char *end;
	errno = 0;
	long long v = strtoll(ZSTR_VAL(value), &end, 10);
	int bits = col->int_bytes * 8;
	long long min = col->is_unsigned ? 0 : (bits >= 64 ? LLONG_MIN : -(1LL << (bits - 1)));
	long long max = bits >= 64 ? LLONG_MAX : (col->is_unsigned ? (1LL << bits) - 1 : (1LL << (bits - 1)) - 1);
	if (errno == ERANGE || *end || v < min || v > max) {
		fit->kind = "out_of_range";
		pimsync_error_set(&fit->err, "%s is outside %s.%s's range (%lld to %lld); the value was left out",
		                  ZSTR_VAL(value), col->table, col->name, min, max);
		zend_string_release(value);
		return NULL;
	}
	return value;
}

zend_string *pimsync_fit_value(const pimsync_column *col, zend_string *value, pimsync_chars_policy policy, pimsync_fit *fit)
{
	memset(fit, 0, sizeof(*fit));
	switch (col->kind) {
	case PIMSYNC_COLUMN_TEXT: return fit_text(col, value, policy, fit);
	case PIMSYNC_COLUMN_INTEGER: return fit_integer(col, value, fit);
	default:
		/* decimals and dates are made to fit when they are normalized (value_normalize.c) */
		return value;
	}
}
