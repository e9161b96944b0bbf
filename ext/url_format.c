#include "php.h"
#include "zend_smart_str.h"
#include "url_format.h"

typedef struct {
	const char *key;
	uint8_t len;
	const char *to;
} url_translit_entry;

/* url_translit_table[] sorted by (len, bytes), URL_TRANSLIT_MAX_KEY, url_translit_starts */
#include "url_translit_table.h"

static int entry_cmp(const unsigned char *p, size_t len, const url_translit_entry *e)
{
	if (len != e->len) return len < e->len ? -1 : 1;
	return memcmp(p, e->key, len);
}

static const url_translit_entry *lookup(const unsigned char *p, size_t len)
{
	size_t lo = 0, hi = sizeof(url_translit_table) / sizeof(url_translit_table[0]);
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		int c = entry_cmp(p, len, &url_translit_table[mid]);
		if (c == 0) return &url_translit_table[mid];
		if (c < 0) hi = mid; else lo = mid + 1;
	}
	return NULL;
}

typedef struct {
	smart_str out;
	bool gap;   /* characters other than letters and digits since the last one kept */
} formatter;

static void emit(formatter *f, unsigned char c)
{
	bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	if (!alnum) {
		f->gap = true;
		return;
	}
	/* a gap becomes one "-", none at either end */
	if (f->gap && f->out.s && ZSTR_LEN(f->out.s)) smart_str_appendc(&f->out, '-');
	smart_str_appendc(&f->out, (char) zend_tolower_ascii(c));
	f->gap = false;
}

zend_string *pimsync_url_format(const char *s, size_t len)
{
	formatter f = {{0}, false};
	const unsigned char *p = (const unsigned char *) s, *end = p + len;

	while (p < end) {
		const url_translit_entry *e = NULL;
		/* strtr() with an array: the longest key that matches here wins */
		if (url_translit_starts[*p >> 3] & (1 << (*p & 7))) {
			size_t l = MIN((size_t) URL_TRANSLIT_MAX_KEY, (size_t) (end - p));
			for (; l > 0 && !(e = lookup(p, l)); l--);
		}
		if (e) {
			for (const char *t = e->to; *t; t++) emit(&f, (unsigned char) *t);
			p += e->len;
		} else {
			emit(&f, *p++);
		}
	}
	return smart_str_extract(&f.out);
}
