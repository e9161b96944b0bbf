#include "php.h"
#include "zend_smart_str.h"
#include "magento_collation.h"

typedef struct {
	uint16_t cp, weight;
} collation_weight;

/* collation_table[], sorted by cp */
#include "collation_table.h"

static uint32_t weight_of(uint32_t cp)
{
	size_t lo = 0, hi = sizeof(collation_table) / sizeof(collation_table[0]);
	if (cp > 0xFFFF) return cp; /* utf8mb3 holds no such character: leave it */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (collation_table[mid].cp == cp) return collation_table[mid].weight;
		if (collation_table[mid].cp < cp) lo = mid + 1; else hi = mid;
	}
	return cp;
}

/* Weights of letters are capitals; ASCII ones are kept lower case, so that a
 * lower-case ASCII string, the common SKU and every url key, is its own key. */
static void append_weight(smart_str *out, uint32_t w)
{
	if (w >= 'A' && w <= 'Z') {
		smart_str_appendc(out, (char) (w - 'A' + 'a'));
	} else if (w < 0x80) {
		smart_str_appendc(out, (char) w);
	} else if (w < 0x800) {
		smart_str_appendc(out, (char) (0xC0 | (w >> 6)));
		smart_str_appendc(out, (char) (0x80 | (w & 0x3F)));
	} else {
		smart_str_appendc(out, (char) (0xE0 | (w >> 12)));
		smart_str_appendc(out, (char) (0x80 | ((w >> 6) & 0x3F)));
		smart_str_appendc(out, (char) (0x80 | (w & 0x3F)));
	}
}

zend_string *pimsync_collation_key(zend_string *s)
{
	const unsigned char *p = (const unsigned char *) ZSTR_VAL(s), *end = p + ZSTR_LEN(s);
	smart_str out = {0};
	bool plain = true;

	while (end > p && end[-1] == ' ') end--;
	for (const unsigned char *q = p; q < end && plain; q++) plain = *q < 0x80 && !(*q >= 'A' && *q <= 'Z');
	if (plain && end == p + ZSTR_LEN(s)) return zend_string_copy(s);

	smart_str_alloc(&out, end - p, 0);
	while (p < end) {
		unsigned char c = *p;
		uint32_t cp;
		int n;
		if (c < 0x80) { append_weight(&out, weight_of(c)); p++; continue; }
		if ((c & 0xE0) == 0xC0) { cp = c & 0x1F; n = 1; }
		else if ((c & 0xF0) == 0xE0) { cp = c & 0x0F; n = 2; }
		else if ((c & 0xF8) == 0xF0) { cp = c & 0x07; n = 3; }
		else { smart_str_appendc(&out, (char) c); p++; continue; } /* not UTF-8: as it is */
		if (end - p <= n) { smart_str_appendl(&out, (const char *) p, end - p); break; }
		bool ok = true;
		for (int i = 1; i <= n; i++) {
			if ((p[i] & 0xC0) != 0x80) ok = false;
			cp = (cp << 6) | (p[i] & 0x3F);
		}
		if (!ok || n == 3) {
			smart_str_appendl(&out, (const char *) p, ok ? n + 1 : 1);
			p += ok ? n + 1 : 1;
			continue;
		}
		append_weight(&out, weight_of(cp));
		p += n + 1;
	}
	/* kept by the registries for the whole run: no smart_str headroom */
	return smart_str_extract(&out);
}
