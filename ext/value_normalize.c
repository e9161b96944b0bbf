#include "php.h"
#include "zend_smart_str.h"
#include "value_normalize.h"
#include "url_format.h"
#include <time.h>

/* Exact decimal arithmetic on the digits: no double ever rounds the source's value. */
static zend_string *norm_decimal(const char *s, size_t len, int precision, int scale, bool whole_only,
                                 pimsync_number_status *status)
{
	const char *p = s, *end = s + len;
	char mant[512];
	size_t n = 0, int_digits = 0;
	long exp = 0;
	bool neg = false, any = false;

	*status = PIMSYNC_NUMBER_INVALID;
	while (p < end && *p == ' ') p++;
	while (end > p && end[-1] == ' ') end--;
	if (p < end && (*p == '-' || *p == '+')) { neg = *p == '-'; p++; }
	for (; p < end && *p >= '0' && *p <= '9'; p++, any = true) {
		if (n == 0 && *p == '0') continue; /* leading zeros */
		if (n == sizeof(mant)) return NULL;
		mant[n++] = *p;
		int_digits++;
	}
	if (p < end && *p == '.') {
		for (p++; p < end && *p >= '0' && *p <= '9'; p++, any = true) {
			if (n == 0 && *p == '0') { int_digits--; continue; } /* 0.00x: the point moves left */
			if (n == sizeof(mant)) return NULL;
			mant[n++] = *p;
		}
	}
	if (!any) return NULL;
	if (p < end && (*p == 'e' || *p == 'E')) {
		bool eneg = false, edigits = false;
		p++;
		if (p < end && (*p == '-' || *p == '+')) { eneg = *p == '-'; p++; }
		for (; p < end && *p >= '0' && *p <= '9'; p++, edigits = true) {
			if (exp < 100000) exp = exp * 10 + (*p - '0');
		}
		if (!edigits) return NULL;
		if (eneg) exp = -exp;
	}
	if (p != end) return NULL;

	/* value = 0.mant × 10^point */
	long point = (long) int_digits + exp;
	if (n == 0) point = 0;
	if (n && point > precision - scale) {
		*status = PIMSYNC_NUMBER_OUT_OF_RANGE;
		return NULL;
	}
	if (whole_only) {
		/* digit k of mant is fraction digit k - point: any nonzero one there is a fraction */
		for (size_t k = point > 0 ? (size_t) point : 0; k < n; k++) {
			if (mant[k] != '0') {
				*status = PIMSYNC_NUMBER_NOT_WHOLE;
				return NULL;
			}
		}
	}
	/* the digits of the column: integer part and scale + 1 fraction digits to round on */
	char digits_buf[160] = {0};
	if (scale < 0 || precision > 140) return NULL;
	int width = (point > 0 ? (int) point : 0) + scale + 1;
	if (width < 1 || width >= (int) sizeof(digits_buf)) return NULL;
	for (int i = 0; i < width; i++) {
		long src = point > 0 ? i : i + point; /* index into mant */
		digits_buf[i] = src >= 0 && (size_t) src < n ? mant[src] : '0';
	}
	/* half away from zero, as MariaDB rounds a DECIMAL */
	bool carry = digits_buf[width - 1] >= '5';
	width--;
	for (int i = width - 1; i >= 0 && carry; i--) {
		if (digits_buf[i] == '9') { digits_buf[i] = '0'; } else { digits_buf[i]++; carry = false; }
	}
	int ints = point > 0 ? (int) point : 0;
	if (carry) {
		/* 9.99…5 rounded up to 10.00…: one integer digit more */
		if (ints + 1 > precision - scale) {
			*status = PIMSYNC_NUMBER_OUT_OF_RANGE;
			return NULL;
		}
		memmove(digits_buf + 1, digits_buf, (size_t) width & 0xff);
		digits_buf[0] = '1';
		width++;
		ints++;
	}
	bool zero = true;
	for (int i = 0; i < width; i++) if (digits_buf[i] != '0') zero = false;
	smart_str out = {0};
	if (neg && !zero) smart_str_appendc(&out, '-');
	if (ints) smart_str_appendl(&out, digits_buf, ints); else smart_str_appendc(&out, '0');
	if (scale > 0) {
		smart_str_appendc(&out, '.');
		smart_str_appendl(&out, digits_buf + ints, scale);
	}
	*status = PIMSYNC_NUMBER_OK;
	return smart_str_extract(&out);
}

zend_string *pimsync_norm_decimal(const char *s, size_t len, int precision, int scale, pimsync_number_status *status)
{
	return norm_decimal(s, len, precision, scale, false, status);
}

zend_string *pimsync_norm_integer(const char *s, size_t len, int max_digits, pimsync_number_status *status)
{
	return norm_decimal(s, len, max_digits, 0, true, status);
}

static bool digits(const char *p, int n, int *out)
{
	int v = 0;
	for (int i = 0; i < n; i++) {
		if (p[i] < '0' || p[i] > '9') return false;
		v = v * 10 + (p[i] - '0');
	}
	*out = v;
	return true;
}

zend_string *pimsync_norm_datetime(const char *s, size_t len, pimsync_date_status *status)
{
	struct tm tm = {0};
	int y, mo, d, h = 0, mi = 0, sec = 0, off = 0;
	time_t t;

	*status = PIMSYNC_DATE_UNREADABLE;
	if (len < 10 || !digits(s, 4, &y) || s[4] != '-' || !digits(s + 5, 2, &mo) || s[7] != '-' || !digits(s + 8, 2, &d)) {
		return NULL;
	}
	if (len > 10) {
		if ((s[10] != 'T' && s[10] != ' ') || len < 19 || !digits(s + 11, 2, &h) || s[13] != ':'
		    || !digits(s + 14, 2, &mi) || s[16] != ':' || !digits(s + 17, 2, &sec)) {
			return NULL;
		}
		const char *z = s + 19, *end = s + len;
		if (z < end && *z == '.') { z++; while (z < end && *z >= '0' && *z <= '9') z++; }
		if (z < end) {
			int oh, om;
			if (*z == 'Z' && z + 1 == end) {
				off = 0;
			} else if ((*z == '+' || *z == '-') && end - z == 6 && digits(z + 1, 2, &oh) && z[3] == ':' && digits(z + 4, 2, &om)) {
				off = (oh * 60 + om) * 60 * (*z == '-' ? -1 : 1);
			} else {
				return NULL;
			}
		}
	}
	static const int month_days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	*status = PIMSYNC_DATE_NOT_IN_CALENDAR;
	/* a date the calendar does not have is refused, never moved to the next month */
	if (mo < 1 || mo > 12 || d < 1 || d > month_days[mo - 1] || h > 23 || mi > 59 || sec > 59) return NULL;
	if (mo == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return NULL;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	t = timegm(&tm) - off;
	if (!gmtime_r(&t, &tm)) return NULL;
	/* DATETIME holds years 1000 to 9999; an offset can carry a date past either end */
	if (tm.tm_year + 1900 < 1000 || tm.tm_year + 1900 > 9999) {
		*status = PIMSYNC_DATE_OUT_OF_RANGE;
		return NULL;
	}
	*status = PIMSYNC_DATE_OK;
	return zend_strpprintf(0, "%04d-%02d-%02d %02d:%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
	                       tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* Categories' url keys: Magento's format, at most PIMSYNC_SLUG_MAX
 * characters so that the parent path and the suffix still fit in 255. */
zend_string *pimsync_url_slug(const char *s, size_t len)
{
	zend_string *slug = pimsync_url_format(s, len);
	if (ZSTR_LEN(slug) > PIMSYNC_SLUG_MAX) {
		size_t n = PIMSYNC_SLUG_MAX;
		while (n && ZSTR_VAL(slug)[n - 1] == '-') n--;
		zend_string *cut = zend_string_init(ZSTR_VAL(slug), n, 0);
		zend_string_release(slug);
		slug = cut;
	}
	return slug;
}

bool pimsync_utf8_valid(const char *s, size_t len)
{
	const unsigned char *p = (const unsigned char *) s, *end = p + len;
	while (p < end) {
		unsigned char c = *p;
		int n;
		if (c < 0x80) { p++; continue; }
		else if ((c & 0xE0) == 0xC0 && c >= 0xC2) n = 1;
		else if ((c & 0xF0) == 0xE0) n = 2;
		else if ((c & 0xF8) == 0xF0 && c <= 0xF4) n = 3;
		else return false;
		if (end - p <= n) return false;
		for (int i = 1; i <= n; i++) if ((p[i] & 0xC0) != 0x80) return false;
		p += n + 1;
	}
	return true;
}

size_t pimsync_utf8_length(const char *s, size_t len)
{
	size_t n = 0;
	for (size_t i = 0; i < len; i++) if (((unsigned char) s[i] & 0xC0) != 0x80) n++;
	return n;
}
