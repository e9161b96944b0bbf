#include "php.h"
#include "zend_smart_str.h"
#include "value_normalize.h"
#include <time.h>

zend_string *pimsync_norm_decimal_double(double d)
{
	if (!zend_finite(d)) return NULL;
	zend_string *s = zend_strpprintf(0, "%.6F", d);
	if (zend_string_equals_literal(s, "-0.000000")) {
		zend_string_release(s);
		s = zend_string_init("0.000000", 8, 0);
	}
	return s;
}

zend_string *pimsync_norm_decimal_str(const char *s, size_t len)
{
	const char *p = s, *end = s + len, *int_start, *frac_start = NULL;
	size_t int_len, frac_len = 0;
	bool neg = false;
	smart_str out = {0};

	while (p < end && *p == ' ') p++;
	while (end > p && end[-1] == ' ') end--;
	if (p < end && (*p == '-' || *p == '+')) { neg = *p == '-'; p++; }
	int_start = p;
	while (p < end && *p >= '0' && *p <= '9') p++;
	int_len = p - int_start;
	if (p < end && *p == '.') {
		frac_start = ++p;
		while (p < end && *p >= '0' && *p <= '9') p++;
		frac_len = p - frac_start;
	}
	if (p != end || (int_len == 0 && frac_len == 0)) {
		return NULL;
	}
	if (frac_len > 6 || int_len > 14) {
		/* more precision than the column keeps: let the double round it as MariaDB would */
		char *copy = estrndup(s, len);
		double d = zend_strtod(copy, NULL);
		efree(copy);
		return pimsync_norm_decimal_double(d);
	}
	while (int_len > 1 && *int_start == '0') { int_start++; int_len--; }
	bool zero = true;
	for (size_t i = 0; i < int_len; i++) if (int_start[i] != '0') zero = false;
	for (size_t i = 0; i < frac_len; i++) if (frac_start[i] != '0') zero = false;
	if (neg && !zero) smart_str_appendc(&out, '-');
	if (int_len) smart_str_appendl(&out, int_start, int_len); else smart_str_appendc(&out, '0');
	smart_str_appendc(&out, '.');
	if (frac_len) smart_str_appendl(&out, frac_start, frac_len);
	for (size_t i = frac_len; i < 6; i++) smart_str_appendc(&out, '0');
	smart_str_0(&out);
	return out.s;
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

zend_string *pimsync_norm_datetime(const char *s, size_t len)
{
	struct tm tm = {0};
	int y, mo, d, h = 0, mi = 0, sec = 0, off = 0;
	time_t t;

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
	if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return NULL;
	tm.tm_year = y - 1900;
	tm.tm_mon = mo - 1;
	tm.tm_mday = d;
	tm.tm_hour = h;
	tm.tm_min = mi;
	tm.tm_sec = sec;
	t = timegm(&tm) - off;
	if (!gmtime_r(&t, &tm)) return NULL;
	return zend_strpprintf(0, "%04d-%02d-%02d %02d:%02d:%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
	                       tm.tm_hour, tm.tm_min, tm.tm_sec);
}

/* Folds the common Latin-1 and Latin Extended-A letters (two-byte UTF-8). */
static const char *fold_latin(unsigned char a, unsigned char b)
{
	if (a == 0xC3) {
		static const char *const map[64] = {
			"a","a","a","a","ae","a","ae","c","e","e","e","e","i","i","i","i",
			"d","n","o","o","o","o","oe",NULL,"o","u","u","u","ue","y","th","ss",
			"a","a","a","a","ae","a","ae","c","e","e","e","e","i","i","i","i",
			"d","n","o","o","o","o","oe",NULL,"o","u","u","u","ue","y","th","y"};
		if (b >= 0x80 && b <= 0xBF) return map[b - 0x80];
	}
	if (a == 0xC5 && (b == 0x93 || b == 0x92)) return "oe";
	if (a == 0xC5 && (b == 0xA0 || b == 0xA1)) return "s";
	if (a == 0xC5 && (b == 0xBD || b == 0xBE)) return "z";
	return NULL;
}

/* At most PIMSYNC_SLUG_MAX characters, so that suffixes still fit in 255. */
zend_string *pimsync_url_slug(const char *s, size_t len)
{
	smart_str out = {0};
	bool dash = false;
	const unsigned char *p = (const unsigned char *) s, *end = p + len;

	while (p < end) {
		const char *piece = NULL;
		char one[2] = {0, 0};
		if (*p < 0x80) {
			if ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9')) one[0] = (char) *p;
			else if (*p >= 'A' && *p <= 'Z') one[0] = (char) (*p - 'A' + 'a');
			piece = one[0] ? one : NULL;
			p++;
		} else if ((*p & 0xE0) == 0xC0 && p + 1 < end) {
			piece = fold_latin(p[0], p[1]);
			p += 2;
		} else {
			/* other scripts are dropped, as Magento's transliteration leaves them out */
			p++;
			while (p < end && (*p & 0xC0) == 0x80) p++;
		}
		if (piece) {
			if (dash && out.s && ZSTR_LEN(out.s)) smart_str_appendc(&out, '-');
			smart_str_appends(&out, piece);
			dash = false;
		} else {
			dash = true;
		}
	}
	if (out.s && ZSTR_LEN(out.s) > PIMSYNC_SLUG_MAX) {
		/* request_path (url_key + "-<sku>" on a clash + url_suffix) must fit url_rewrite's 255 */
		ZSTR_LEN(out.s) = PIMSYNC_SLUG_MAX;
		while (ZSTR_LEN(out.s) && ZSTR_VAL(out.s)[ZSTR_LEN(out.s) - 1] == '-') ZSTR_LEN(out.s)--;
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
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
