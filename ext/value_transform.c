/* Transformations of source values (value_transform.h). Each kind is one
 * function that returns its input untouched when it has nothing to do, so a
 * chain over a clean catalog allocates nothing. */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/standard/html.h"
#include "value_transform.h"
#include "value_normalize.h"

const char *const pimsync_transform_kind_names[PIMSYNC_TRANSFORM_KIND_COUNT] = {
	"trim", "collapse_whitespace", "strip_html", "case", "uom", "canonicalize", "number", "map",
};

/* ---- characters ---- */

/* Bytes of the Unicode White_Space character at p (NBSP and the other
 * space separators, line and paragraph separators, NEL), 0 when it is not one. */
static size_t ws_len(const unsigned char *p, const unsigned char *end)
{
	if (*p == ' ' || (*p >= 0x09 && *p <= 0x0d)) return 1;
	if (end - p >= 2 && p[0] == 0xc2 && (p[1] == 0x85 || p[1] == 0xa0)) return 2;
	if (end - p < 3) return 0;
	if (p[0] == 0xe1 && p[1] == 0x9a && p[2] == 0x80) return 3; /* U+1680 */
	if (p[0] == 0xe2 && p[1] == 0x80 && ((p[2] >= 0x80 && p[2] <= 0x8a) || p[2] == 0xa8 || p[2] == 0xa9 || p[2] == 0xaf)) {
		return 3; /* U+2000..200A, U+2028, U+2029, U+202F */
	}
	if (p[0] == 0xe2 && p[1] == 0x81 && p[2] == 0x9f) return 3; /* U+205F */
	if (p[0] == 0xe3 && p[1] == 0x80 && p[2] == 0x80) return 3; /* U+3000 */
	return 0;
}

/* Bytes of the UTF-8 sequence starting at p (the input is valid UTF-8). */
static size_t char_len(unsigned char c)
{
	return c < 0x80 ? 1 : c < 0xe0 ? 2 : c < 0xf0 ? 3 : 4;
}

/* The other case of a code point, or cp itself. ASCII, Latin-1, Latin
 * Extended-A, Greek and Cyrillic (U+0400-045F) letters; every pair is of the
 * same UTF-8 length, so a case change never moves a byte. Left alone: the
 * Turkish dotted and dotless i, kra, n-apostrophe, long s, micro sign, and
 * sharp s (whose upper case is two letters). */
static uint32_t case_of(uint32_t cp, bool upper)
{
	if (cp < 0x80) {
		if (upper) return cp >= 'a' && cp <= 'z' ? cp - 32 : cp;
		return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
	}
	if (cp >= 0xc0 && cp <= 0xfe && cp != 0xd7 && cp != 0xf7 && cp != 0xdf) {
		if (upper) return cp >= 0xe0 ? cp - 0x20 : cp;
		return cp <= 0xde ? cp + 0x20 : cp;
	}
	if (cp == 0xff) return upper ? 0x178 : cp;
	if (cp == 0x178) return upper ? cp : 0xff;
	if (cp >= 0x100 && cp <= 0x17e) {
		bool even_upper = (cp <= 0x12f) || (cp >= 0x132 && cp <= 0x137) || (cp >= 0x14a && cp <= 0x177);
		bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17e);
		if (!even_upper && !odd_upper) return cp;
		bool is_upper = even_upper ? (cp % 2 == 0) : (cp % 2 == 1);
		if (upper == is_upper) return cp;
		return upper ? cp - 1 : cp + 1;
	}
	if (cp >= 0x386 && cp <= 0x3ce) {
		if (upper) {
			if (cp == 0x3ac) return 0x386;
			if (cp >= 0x3ad && cp <= 0x3af) return cp - 0x25;
			if (cp == 0x3c2) return 0x3a3; /* final sigma */
			if (cp >= 0x3b1 && cp <= 0x3c9) return cp - 0x20;
			if (cp == 0x3cc) return 0x38c;
			if (cp == 0x3cd || cp == 0x3ce) return cp - 0x3f;
			return cp;
		}
		if (cp == 0x386) return 0x3ac;
		if (cp >= 0x388 && cp <= 0x38a) return cp + 0x25;
		if (cp == 0x38c) return 0x3cc;
		if (cp == 0x38e || cp == 0x38f) return cp + 0x3f;
		if (cp >= 0x391 && cp <= 0x3a9 && cp != 0x3a2) return cp + 0x20;
		return cp;
	}
	if (cp >= 0x400 && cp <= 0x45f) {
		if (upper) return cp >= 0x450 ? cp - 0x50 : cp >= 0x430 ? cp - 0x20 : cp;
		return cp < 0x410 ? cp + 0x50 : cp < 0x430 ? cp + 0x20 : cp;
	}
	return cp;
}

/* Writes the case-changed character at p (len bytes) to out (same length);
 * true when it differs. */
static bool case_char(const unsigned char *p, size_t len, bool upper, unsigned char *out)
{
	if (len == 1) {
		out[0] = (unsigned char) case_of(p[0], upper);
		return out[0] != p[0];
	}
	if (len != 2) {
		memcpy(out, p, len);
		return false;
	}
	uint32_t cp = ((uint32_t) (p[0] & 0x1f) << 6) | (p[1] & 0x3f);
	uint32_t to = case_of(cp, upper);
	out[0] = (unsigned char) (0xc0 | (to >> 6));
	out[1] = (unsigned char) (0x80 | (to & 0x3f));
	return to != cp;
}

/* Punctuation and the marks canonicalize drops: ASCII punctuation and
 * symbols, ¡ § « ¶ · » ¿ © ®, General Punctuation (dashes, quotes, bullets,
 * ellipsis, primes; U+2010-2027, U+2030-205E) and ™. */
static bool is_punct(const unsigned char *p, size_t len)
{
	if (len == 1) return (*p >= 0x21 && *p <= 0x2f) || (*p >= 0x3a && *p <= 0x40) || (*p >= 0x5b && *p <= 0x60)
		|| (*p >= 0x7b && *p <= 0x7e);
	if (len == 2) {
		if (p[0] != 0xc2) return false;
		return p[1] == 0xa1 || p[1] == 0xa7 || p[1] == 0xa9 || p[1] == 0xab || p[1] == 0xae || p[1] == 0xb6
			|| p[1] == 0xb7 || p[1] == 0xbb || p[1] == 0xbf;
	}
	if (len == 3 && p[0] == 0xe2) {
		uint32_t cp = ((uint32_t) (p[0] & 0x0f) << 12) | ((uint32_t) (p[1] & 0x3f) << 6) | (p[2] & 0x3f);
		return (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x205e) || cp == 0x2122;
	}
	return false;
}

/* ---- kinds ---- */

static zend_string *do_trim(zend_string *s)
{
	const unsigned char *p = (const unsigned char *) ZSTR_VAL(s), *end = p + ZSTR_LEN(s), *start, *last;
	size_t w;
	while (p < end && (w = ws_len(p, end))) p += w;
	start = p;
	last = p; /* just past the last character that is not white space */
	while (p < end) {
		if ((w = ws_len(p, end))) {
			p += w;
		} else {
			p += char_len(*p);
			last = p;
		}
	}
	if (start == (const unsigned char *) ZSTR_VAL(s) && last == end) return s;
	return zend_string_init((const char *) start, last - start, 0);
}

static zend_string *do_collapse(zend_string *s)
{
	const unsigned char *p = (const unsigned char *) ZSTR_VAL(s), *end = p + ZSTR_LEN(s);
	size_t w;
	/* unchanged unless some run is more than one plain space */
	const unsigned char *first = NULL;
	for (const unsigned char *q = p; q < end; ) {
		if ((w = ws_len(q, end))) {
			if (w > 1 || *q != ' ' || (q + 1 < end && ws_len(q + 1, end))) {
				first = q;
				break;
			}
			q += w;
		} else {
			q++;
		}
	}
	if (!first) return s;
	zend_string *out = zend_string_alloc(ZSTR_LEN(s), 0);
	char *o = ZSTR_VAL(out);
	memcpy(o, p, first - p);
	o += first - p;
	p = first;
	while (p < end) {
		if ((w = ws_len(p, end))) {
			*o++ = ' ';
			while (p < end && (w = ws_len(p, end))) p += w;
		} else {
			*o++ = (char) *p++;
		}
	}
	*o = '\0';
	ZSTR_LEN(out) = o - ZSTR_VAL(out);
	return out;
}

static zend_string *do_case(zend_string *s, bool upper)
{
	const unsigned char *p = (const unsigned char *) ZSTR_VAL(s), *end = p + ZSTR_LEN(s);
	unsigned char tmp[4];
	size_t n;
	while (p < end) {
		n = char_len(*p);
		if (case_char(p, n, upper, tmp)) break;
		p += n;
	}
	if (p == end) return s;
	zend_string *out = zend_string_init(ZSTR_VAL(s), ZSTR_LEN(s), 0);
	unsigned char *o = (unsigned char *) ZSTR_VAL(out) + (p - (const unsigned char *) ZSTR_VAL(s));
	while (p < end) {
		n = char_len(*p);
		case_char(p, n, upper, o);
		p += n;
		o += n;
	}
	return out;
}

/* uom keys: trimmed, lower case. Returns the key's length in buf, or
 * SIZE_MAX when it is longer than max (no key can match). */
static size_t fold_uom(const char *s, size_t len, char *buf, size_t max)
{
	const unsigned char *p = (const unsigned char *) s, *end = p + len, *last;
	size_t w, n = 0;
	while (p < end && (w = ws_len(p, end))) p += w;
	last = p;
	for (const unsigned char *q = p; q < end; ) {
		if ((w = ws_len(q, end))) q += w;
		else { q += char_len(*q); last = q; }
	}
	if ((size_t) (last - p) > max) return SIZE_MAX;
	while (p < last) {
		size_t c = char_len(*p);
		case_char(p, c, false, (unsigned char *) buf + n);
		n += c;
		p += c;
	}
	return n;
}

/* canonicalize keys: lower case, punctuation dropped, white space runs as
 * one space, none at either end. SIZE_MAX when longer than max. */
static size_t fold_name(const char *s, size_t len, char *buf, size_t max)
{
	const unsigned char *p = (const unsigned char *) s, *end = p + len;
	size_t n = 0, w;
	bool space = false;
	while (p < end) {
		if ((w = ws_len(p, end))) {
			space = n > 0;
			p += w;
			continue;
		}
		size_t c = char_len(*p);
		if (is_punct(p, c)) {
			p += c;
			continue;
		}
		if (n + space + c > max) return SIZE_MAX;
		if (space) buf[n++] = ' ';
		space = false;
		case_char(p, c, false, (unsigned char *) buf + n);
		n += c;
		p += c;
	}
	return n;
}

static zend_string *do_lookup(const pimsync_transform_rule *r, zend_string *s)
{
	char buf[PIMSYNC_TRANSFORM_KEY_MAX];
	size_t n = r->kind == PIMSYNC_TRANSFORM_UOM ? fold_uom(ZSTR_VAL(s), ZSTR_LEN(s), buf, r->max_key)
		: fold_name(ZSTR_VAL(s), ZSTR_LEN(s), buf, r->max_key);
	if (n == SIZE_MAX || n == 0) return s;
	zend_string *canonical = zend_hash_str_find_ptr((HashTable *) &r->table, buf, n);
	if (!canonical || zend_string_equals(canonical, s)) return s;
	return zend_string_copy(canonical);
}

static zend_string *do_map(const pimsync_transform_rule *r, zend_string *s)
{
	zend_string *to = zend_hash_find_ptr((HashTable *) &r->table, s);
	if (!to || zend_string_equals(to, s)) return s;
	return zend_string_copy(to);
}

/* Length of the thousands separator at p, 0 when there is none. A space
 * separator also takes the no-break spaces printers put there. */
static size_t thousands_at(const pimsync_transform_rule *r, const unsigned char *p, const unsigned char *end)
{
	size_t n = strlen(r->thousands);
	if (!n) return 0;
	if ((size_t) (end - p) >= n && memcmp(p, r->thousands, n) == 0) return n;
	if (n == 1 && r->thousands[0] == ' ') {
		if (end - p >= 2 && p[0] == 0xc2 && p[1] == 0xa0) return 2;
		if (end - p >= 3 && p[0] == 0xe2 && p[1] == 0x80 && p[2] == 0xaf) return 3;
	}
	return 0;
}

/* "1.234,50" -> "1234.50" (decimal ",", thousands "."): an optional sign,
 * digits (grouped by threes when a thousands separator is used: the first
 * group 1 to 3 digits, every other 3), an optional fraction after the decimal
 * separator, white space around. NULL when s is not such a number. */
static zend_string *do_number(const pimsync_transform_rule *r, zend_string *s, bool *unreadable)
{
	const unsigned char *begin = (const unsigned char *) ZSTR_VAL(s), *end = begin + ZSTR_LEN(s), *p = begin, *last;
	size_t w, digits = 0, group = 0, frac = 0;
	bool grouped = false, changed = false;

	while (p < end && (w = ws_len(p, end))) p += w;
	last = end;
	while (last > p && (last[-1] == ' ' || (last[-1] >= 0x09 && last[-1] <= 0x0d))) last--;
	if (last > p + 1 && last[-2] == 0xc2 && last[-1] == 0xa0) last -= 2; /* a trailing no-break space */
	if (p != begin || last != end) changed = true;
	const unsigned char *q = p;
	if (q < last && (*q == '-' || *q == '+')) {
		if (*q == '+') changed = true;
		q++;
	}
	while (q < last) {
		if (*q >= '0' && *q <= '9') {
			digits++;
			group++;
			q++;
			continue;
		}
		size_t t = thousands_at(r, q, last);
		if (t && group >= 1 && (grouped ? group == 3 : group <= 3)) {
			grouped = true;
			changed = true;
			group = 0;
			q += t;
			continue;
		}
		break;
	}
	if (grouped && group != 3) goto unread;
	if (q < last && (unsigned char) r->decimal_separator == *q) {
		if (r->decimal_separator != '.') changed = true;
		q++;
		while (q < last && *q >= '0' && *q <= '9') { frac++; q++; }
		if (!frac) goto unread;
	}
	if (q != last || (!digits && !frac)) goto unread;
	if (!digits) changed = true; /* ",5" is written "0.5" */
	if (!changed) return s;

	zend_string *out = zend_string_alloc(ZSTR_LEN(s) + 1, 0);
	char *o = ZSTR_VAL(out);
	q = p;
	if (*q == '-') *o++ = '-';
	if (*q == '-' || *q == '+') q++;
	if (!digits) *o++ = '0';
	while (q < last) {
		if (*q >= '0' && *q <= '9') { *o++ = (char) *q++; continue; }
		if ((unsigned char) r->decimal_separator == *q) { *o++ = '.'; q++; continue; }
		size_t t = thousands_at(r, q, last);
		q += t ? t : 1;
	}
	*o = '\0';
	ZSTR_LEN(out) = o - ZSTR_VAL(out);
	return out;
unread:
	*unreadable = true;
	return s;
}

/* ---- strip_html ---- */

/* Elements whose tags end a line of text: their tags become a line break. */
static const char *const block_tags[] = {
	"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
	"h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table",
	"tbody", "td", "tfoot", "th", "thead", "tr", "ul", NULL,
};

static bool is_block_tag(const char *name, size_t len)
{
	for (int i = 0; block_tags[i]; i++) {
		if (strlen(block_tags[i]) == len && memcmp(block_tags[i], name, len) == 0) return true;
	}
	return false;
}

static bool is_alpha(unsigned char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Does '<' at p open a tag, a comment or a declaration? ("a < b" does not.) */
static bool opens_tag(const char *p, const char *end)
{
	if (p + 1 >= end) return false;
	unsigned char c = (unsigned char) p[1];
	return is_alpha(c) || c == '!' || c == '?' || (c == '/' && p + 2 < end && is_alpha((unsigned char) p[2]));
}

/* The '>' that closes the tag opened at p (quoted attribute values may hold
 * one), or NULL when the text ends first. */
static const char *tag_end(const char *p, const char *end)
{
	char quote = 0;
	for (p++; p < end; p++) {
		if (quote) { if (*p == quote) quote = 0; }
		else if (*p == '"' || *p == '\'') quote = *p;
		else if (*p == '>') return p;
	}
	return NULL;
}

/* Where the element's closing tag (</name ...>) ends, or end. */
static const char *skip_element(const char *p, const char *end, const char *name, size_t len)
{
	for (; p + 2 + len <= end; p++) {
		if (p[0] == '<' && p[1] == '/' && zend_binary_strncasecmp(p + 2, len, name, len, len) == 0) {
			const char *close = tag_end(p, end);
			return close ? close + 1 : end;
		}
	}
	return end;
}

/* A decodable entity: '&' then '#' or a letter, and a ';' soon after. */
static bool has_entity(const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	while ((p = memchr(p, '&', end - p))) {
		if (p + 1 < end && (p[1] == '#' || is_alpha((unsigned char) p[1]))) {
			for (const char *q = p + 2; q < end && q < p + 34; q++) {
				if (*q == ';') return true;
			}
		}
		p++;
	}
	return false;
}

static zend_string *do_strip_html(zend_string *s)
{
	const char *p = ZSTR_VAL(s), *end = p + ZSTR_LEN(s), *lt = p;
	bool tags = false;
	while ((lt = memchr(lt, '<', end - lt))) {
		if (opens_tag(lt, end)) { tags = true; break; }
		lt++;
	}
	bool entities = has_entity(p, ZSTR_LEN(s));
	if (!tags && !entities) return s;

	zend_string *text = s;
	if (tags) {
		smart_str out = {0};
		bool tag_break = false; /* the output ends with a line break a tag made */
		smart_str_alloc(&out, ZSTR_LEN(s), 0);
		while (p < end) {
			if (*p != '<' || !opens_tag(p, end)) {
				const char *next = memchr(p + 1, '<', end - p - 1);
				if (!next) next = end;
				smart_str_appendl(&out, p, next - p);
				tag_break = false;
				p = next;
				continue;
			}
			if (end - p >= 4 && memcmp(p, "<!--", 4) == 0) {
				const char *close = zend_memnstr(p + 4, "-->", 3, end);
				p = close ? close + 3 : end;
				continue;
			}
			const char *close = tag_end(p, end);
			if (!close) { /* never closed: not a tag, text */
				smart_str_appendl(&out, p, end - p);
				tag_break = false;
				break;
			}
			const char *name = p + 1 + (p[1] == '/');
			size_t len = 0;
			char lower[16];
			while (name + len < close && len < sizeof(lower) && (is_alpha((unsigned char) name[len])
			                                                     || (name[len] >= '0' && name[len] <= '9'))) {
				lower[len] = zend_tolower_ascii(name[len]);
				len++;
			}
			p = close + 1;
			if (p[-2] != '/' && name[-1] != '/' && ((len == 6 && memcmp(lower, "script", 6) == 0)
			                                        || (len == 5 && memcmp(lower, "style", 5) == 0))) {
				p = skip_element(p, end, lower, len); /* their content is not text */
				continue;
			}
			if (is_block_tag(lower, len) && out.s && ZSTR_LEN(out.s) && ZSTR_VAL(out.s)[ZSTR_LEN(out.s) - 1] != '\n') {
				smart_str_appendc(&out, '\n');
				tag_break = true;
			}
		}
		if (tag_break) ZSTR_LEN(out.s)--;
		text = smart_str_extract(&out);
	}
	if (entities && has_entity(ZSTR_VAL(text), ZSTR_LEN(text))) {
		/* PHP's own decoder: the whole HTML5 table, numeric references, UTF-8 out */
		zend_string *decoded = php_unescape_html_entities(text, 1, ENT_HTML_QUOTE_DOUBLE | ENT_HTML_QUOTE_SINGLE | ENT_HTML_DOC_HTML5,
		                                                  "UTF-8");
		if (text != s) zend_string_release(text);
		text = decoded;
	}
	if (text != s && zend_string_equals(text, s)) {
		zend_string_release(text);
		return s;
	}
	return text;
}

/* ---- a chain ---- */

static zend_string *apply_rule(const pimsync_transform_rule *r, zend_string *s, bool *unreadable)
{
	switch (r->kind) {
	case PIMSYNC_TRANSFORM_TRIM: return do_trim(s);
	case PIMSYNC_TRANSFORM_COLLAPSE_WHITESPACE: return do_collapse(s);
	case PIMSYNC_TRANSFORM_STRIP_HTML: return do_strip_html(s);
	case PIMSYNC_TRANSFORM_CASE: return do_case(s, r->upper);
	case PIMSYNC_TRANSFORM_UOM:
	case PIMSYNC_TRANSFORM_CANONICALIZE: return do_lookup(r, s);
	case PIMSYNC_TRANSFORM_NUMBER: return do_number(r, s, unreadable);
	case PIMSYNC_TRANSFORM_MAP: return do_map(r, s);
	default: return s;
	}
}

zend_string *pimsync_transform_apply(const pimsync_transform_chain *chain, zend_string *s, bool amounts_only,
                                     zend_long *counts, pimsync_transform_unreadable *unreadable)
{
	zend_string *cur = s;
	if (!pimsync_utf8_valid(ZSTR_VAL(s), ZSTR_LEN(s))) return s;
	for (uint32_t i = 0; i < chain->n; i++) {
		const pimsync_transform_rule *r = chain->steps[i];
		bool unread = false;
		if (amounts_only && r->kind != PIMSYNC_TRANSFORM_NUMBER) continue;
		zend_string *next = apply_rule(r, cur, &unread);
		if (unread && !unreadable->value) {
			unreadable->value = zend_string_copy(cur);
			unreadable->rule = r;
		}
		if (next == cur) continue;
		if (counts) counts[chain->first_counter + i]++;
		if (cur != s) zend_string_release(cur);
		cur = next;
	}
	return cur;
}

/* ---- building ---- */

static void rule_dtor(zval *v)
{
	zend_string_release(Z_PTR_P(v));
}

static void chain_dtor(zval *v)
{
	pimsync_transform_chain *c = Z_PTR_P(v);
	if (c->steps) efree(c->steps);
	zend_string_release(c->attribute);
	efree(c);
}

void pimsync_transforms_init(pimsync_transforms *t)
{
	memset(t, 0, sizeof(*t));
}

pimsync_transform_rule *pimsync_transforms_add_rule(pimsync_transforms *t, pimsync_transform_kind kind)
{
	pimsync_transform_rule *r = ecalloc(1, sizeof(*r));
	r->kind = kind;
	zend_hash_init(&r->table, 8, NULL, rule_dtor, 0);
	t->rules = erealloc(t->rules, (t->nrules + 1) * sizeof(*t->rules));
	t->rules[t->nrules++] = r;
	if (!t->on) {
		zend_hash_init(&t->by_attribute, 8, NULL, chain_dtor, 0);
		t->on = true;
	}
	return r;
}

const char *pimsync_transform_add_form(pimsync_transform_rule *r, zend_string *form, zend_string *canonical,
                                       zend_string **other)
{
	char buf[PIMSYNC_TRANSFORM_KEY_MAX];
	size_t n;
	*other = NULL;
	if (!pimsync_utf8_valid(ZSTR_VAL(form), ZSTR_LEN(form))) return "is not valid UTF-8";
	n = r->kind == PIMSYNC_TRANSFORM_UOM ? fold_uom(ZSTR_VAL(form), ZSTR_LEN(form), buf, sizeof(buf))
		: fold_name(ZSTR_VAL(form), ZSTR_LEN(form), buf, sizeof(buf));
	if (n == SIZE_MAX) return "is longer than 256 bytes";
	if (n == 0) return r->kind == PIMSYNC_TRANSFORM_UOM ? "is only white space" : "is only punctuation and white space";
	zend_string *have = zend_hash_str_find_ptr(&r->table, buf, n);
	if (have) {
		if (zend_string_equals(have, canonical)) return NULL;
		*other = have;
		return "matches another canonical form";
	}
	zend_hash_str_add_ptr(&r->table, buf, n, zend_string_copy(canonical));
	if (n > r->max_key) r->max_key = n;
	return NULL;
}

void pimsync_transform_add_mapping(pimsync_transform_rule *r, zend_string *from, zend_string *to)
{
	zend_hash_update_ptr(&r->table, from, zend_string_copy(to));
}

void pimsync_transforms_attach(pimsync_transforms *t, zend_string *attribute, pimsync_transform_rule *r)
{
	pimsync_transform_chain *c = zend_hash_find_ptr(&t->by_attribute, attribute);
	if (!c) {
		c = ecalloc(1, sizeof(*c));
		c->attribute = zend_string_copy(attribute);
		zend_hash_add_ptr(&t->by_attribute, attribute, c);
	}
	c->steps = erealloc(c->steps, (c->n + 1) * sizeof(*c->steps));
	c->steps[c->n++] = r;
	if (r->kind == PIMSYNC_TRANSFORM_NUMBER) c->has_number = true;
}

void pimsync_transforms_seal(pimsync_transforms *t)
{
	pimsync_transform_chain *c;
	t->ncounters = 0;
	if (!t->on) return;
	ZEND_HASH_FOREACH_PTR(&t->by_attribute, c) {
		c->first_counter = t->ncounters;
		t->ncounters += c->n;
	} ZEND_HASH_FOREACH_END();
}

void pimsync_transforms_free(pimsync_transforms *t)
{
	if (t->on) zend_hash_destroy(&t->by_attribute);
	for (uint32_t i = 0; i < t->nrules; i++) {
		zend_hash_destroy(&t->rules[i]->table);
		efree(t->rules[i]);
	}
	if (t->rules) efree(t->rules);
	memset(t, 0, sizeof(*t));
}

/* ---- reporting ---- */

void pimsync_transforms_report(const pimsync_transforms *t, const zend_long *counts, zval *out)
{
	pimsync_transform_chain *c;
	array_init(out);
	if (!t->on || !counts) return;
	ZEND_HASH_FOREACH_PTR((HashTable *) &t->by_attribute, c) {
		zval kinds;
		ZVAL_UNDEF(&kinds);
		for (uint32_t i = 0; i < c->n; i++) {
			zend_long n = counts[c->first_counter + i];
			if (!n) continue;
			if (Z_TYPE(kinds) == IS_UNDEF) array_init(&kinds);
			const char *name = pimsync_transform_kind_names[c->steps[i]->kind];
			zval *have = zend_hash_str_find(Z_ARRVAL(kinds), name, strlen(name));
			if (have) Z_LVAL_P(have) += n;
			else add_assoc_long(&kinds, name, n);
		}
		if (Z_TYPE(kinds) != IS_UNDEF) zend_hash_update(Z_ARRVAL_P(out), c->attribute, &kinds);
	} ZEND_HASH_FOREACH_END();
}

void pimsync_transform_number_format(const pimsync_transform_rule *r, char *buf, size_t size)
{
	const char *t = r->thousands;
	char quoted[8];
	snprintf(quoted, sizeof(quoted), "\"%s\"", t);
	snprintf(buf, size, "decimal separator \"%c\", thousands separator %s", r->decimal_separator,
	         !*t ? "none" : strcmp(t, "\xc2\xa0") == 0 ? "U+00A0 (no-break space)"
	         : strcmp(t, "\xe2\x80\xaf") == 0 ? "U+202F (narrow no-break space)" : quoted);
}
