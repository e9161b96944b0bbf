#include "php.h"
#include "utf8_text.h"

static const char replacement[] = "\xEF\xBF\xBD"; /* U+FFFD */

/* Length of the valid UTF-8 sequence at p (RFC 3629: shortest form, no
 * surrogates, at most U+10FFFF, which is also what utf8mb4 stores), 0 if none. */
static size_t valid_sequence(const unsigned char *p, const unsigned char *end)
{
	unsigned char c = p[0];
	size_t n;
	unsigned char lo = 0x80, hi = 0xBF; /* allowed range of the second byte */

	if (c < 0x80) return 1;
	if (c >= 0xC2 && c <= 0xDF) n = 2;
	else if (c >= 0xE0 && c <= 0xEF) {
		n = 3;
		if (c == 0xE0) lo = 0xA0;      /* overlong */
		else if (c == 0xED) hi = 0x9F; /* surrogates */
	} else if (c >= 0xF0 && c <= 0xF4) {
		n = 4;
		if (c == 0xF0) lo = 0x90;      /* overlong */
		else if (c == 0xF4) hi = 0x8F; /* above U+10FFFF */
	} else return 0;
	if ((size_t) (end - p) < n || p[1] < lo || p[1] > hi) return 0;
	for (size_t i = 2; i < n; i++) {
		if ((p[i] & 0xC0) != 0x80) return 0;
	}
	return n;
}

bool pimsync_utf8_sanitize(smart_str *out, const char *s, size_t len, size_t max_bytes, size_t max_chars)
{
	const unsigned char *p = (const unsigned char *) s, *end = p + len, *run = p;
	size_t bytes = 0, chars = 0;
	bool changed = false;

	while (p < end) {
		size_t n = valid_sequence(p, end);
		size_t width = n ? n : sizeof(replacement) - 1;
		if ((max_bytes && bytes + width > max_bytes) || (max_chars && chars == max_chars)) {
			changed = true;
			break;
		}
		if (!n) {
			smart_str_appendl(out, (const char *) run, p - run);
			smart_str_appendl(out, replacement, sizeof(replacement) - 1);
			changed = true;
			p++;
			run = p;
		} else {
			p += n;
		}
		bytes += width;
		chars++;
	}
	smart_str_appendl(out, (const char *) run, p - run);
	return changed;
}

zend_string *pimsync_utf8_sanitized(const char *s, size_t len, size_t max_bytes, size_t max_chars)
{
	smart_str out = {0};
	pimsync_utf8_sanitize(&out, s, len, max_bytes, max_chars);
	return out.s ? smart_str_extract(&out) : ZSTR_EMPTY_ALLOC();
}
