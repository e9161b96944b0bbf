/* Credentials out of messages; see redact.h. */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/standard/url.h"
#include "redact.h"

/* A secret shorter than this is not looked for in a message's cut tail:
 * three bytes would match ordinary words. */
#define TAIL_MIN 4
#define FORMS_PER_SECRET 7

void pimsync_secrets_add(pimsync_secrets *s, const zend_string *value)
{
	if (value && ZSTR_LEN(value) > 0 && s->n < PIMSYNC_SECRETS_MAX) {
		s->value[s->n++] = value;
	}
}

/* ---- the forms a known secret takes in a body -------------------------- */

/* JSON string content as encoders write it: jansson keeps "/" and UTF-8,
 * PHP's json_encode escapes "/" and writes non-ASCII as \uXXXX. */
static zend_string *json_escaped(const zend_string *v, bool php_style)
{
	smart_str out = {0};
	const unsigned char *p = (const unsigned char *) ZSTR_VAL(v), *end = p + ZSTR_LEN(v);

	while (p < end) {
		unsigned char ch = *p;
		if (ch == '"' || ch == '\\') {
			smart_str_appendc(&out, '\\');
			smart_str_appendc(&out, (char) ch);
			p++;
		} else if (ch == '/' && php_style) {
			smart_str_appends(&out, "\\/");
			p++;
		} else if (ch < 0x20) {
			static const char short_forms[] = "btn\0fr"; /* \b \t \n \f \r */
			if (ch >= 8 && ch <= 13 && ch != 11 && short_forms[ch - 8]) {
				smart_str_appendc(&out, '\\');
				smart_str_appendc(&out, short_forms[ch - 8]);
			} else {
				smart_str_append_printf(&out, "\\u%04x", ch);
			}
			p++;
		} else if (ch >= 0x80 && php_style) {
			/* UTF-8 to UTF-16 escapes; an invalid byte is left as it is */
			size_t want = ch >= 0xF0 ? 4 : ch >= 0xE0 ? 3 : ch >= 0xC0 ? 2 : 0;
			uint32_t cp = want == 4 ? ch & 0x07 : want == 3 ? ch & 0x0F : ch & 0x1F;
			size_t i;
			if (!want || (size_t) (end - p) < want) {
				smart_str_appendc(&out, (char) *p++);
				continue;
			}
			for (i = 1; i < want && (p[i] & 0xC0) == 0x80; i++) {
				cp = (cp << 6) | (p[i] & 0x3F);
			}
			if (i < want) {
				smart_str_appendc(&out, (char) *p++);
				continue;
			}
			if (cp >= 0x10000) {
				cp -= 0x10000;
				smart_str_append_printf(&out, "\\u%04x\\u%04x", 0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
			} else {
				smart_str_append_printf(&out, "\\u%04x", cp);
			}
			p += want;
		} else {
			smart_str_appendc(&out, (char) ch);
			p++;
		}
	}
	return out.s ? smart_str_extract(&out) : ZSTR_EMPTY_ALLOC();
}

/* Every form of every known secret, longest first so that a secret holding
 * another is replaced whole. */
static uint32_t secret_forms(const pimsync_secrets *secrets, zend_string **forms, uint32_t cap)
{
	uint32_t n = 0;

	for (uint32_t i = 0; secrets && i < secrets->n; i++) {
		const zend_string *v = secrets->value[i];
		zend_string *jansson = json_escaped(v, false), *php = json_escaped(v, true);
		/* a body that echoes a JSON request as a JSON string escapes it twice */
		zend_string *candidates[FORMS_PER_SECRET] = {
			zend_string_copy((zend_string *) v),
			zend_string_copy(jansson),
			zend_string_copy(php),
			json_escaped(jansson, true),
			json_escaped(jansson, false),
			php_raw_url_encode(ZSTR_VAL(v), ZSTR_LEN(v)),
			php_url_encode(ZSTR_VAL(v), ZSTR_LEN(v)),
		};
		zend_string_release(jansson);
		zend_string_release(php);
		for (int k = 0; k < FORMS_PER_SECRET; k++) {
			bool dup = ZSTR_LEN(candidates[k]) == 0;
			for (uint32_t j = 0; !dup && j < n; j++) {
				dup = zend_string_equals(forms[j], candidates[k]);
			}
			if (dup || n == cap) {
				zend_string_release(candidates[k]);
			} else {
				forms[n++] = candidates[k];
			}
		}
	}
	/* insertion sort by length, longest first */
	for (uint32_t i = 1; i < n; i++) {
		zend_string *f = forms[i];
		uint32_t j = i;
		for (; j > 0 && ZSTR_LEN(forms[j - 1]) < ZSTR_LEN(f); j--) {
			forms[j] = forms[j - 1];
		}
		forms[j] = f;
	}
	return n;
}

static bool alnum(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9');
}

/* A secret shorter than TAIL_MIN is replaced only where it stands alone:
 * "sec" must not turn "seconds" into "[redacted]onds". */
static zend_string *replace_known(zend_string *text, zend_string **forms, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		const char *s = ZSTR_VAL(text), *end = s + ZSTR_LEN(text), *p = s, *hit, *copied = s;
		size_t k = ZSTR_LEN(forms[i]);
		bool whole_word = k < TAIL_MIN;
		smart_str out = {0};

		while ((hit = zend_memnstr(p, ZSTR_VAL(forms[i]), k, end))) {
			if (whole_word && ((hit > s && alnum(hit[-1])) || (hit + k < end && alnum(hit[k])))) {
				p = hit + 1;
				continue;
			}
			smart_str_appendl(&out, copied, hit - copied);
			smart_str_appends(&out, PIMSYNC_REDACTED);
			copied = p = hit + k;
		}
		if (out.s) {
			smart_str_appendl(&out, copied, end - copied);
			zend_string_release(text);
			text = smart_str_extract(&out);
		}
	}
	return text;
}

/* ---- patterns ---------------------------------------------------------- */

static bool name_char(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-';
}

static bool ends_with_ci(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && zend_binary_strncasecmp(s + n - k, k, suffix, k, k) == 0;
}

static bool equals_ci(const char *s, size_t n, const char *word)
{
	size_t k = strlen(word);
	return n == k && zend_binary_strncasecmp(s, n, word, k, k) == 0;
}

/* Where a value starting at p ends. quote: 0, '"', '\'' or 'e' (an escaped
 * \" inside a JSON string); spaces end only an unquoted value unless
 * spaces_inside (an Authorization value is "Basic xyz"). */
static const char *value_end(const char *p, const char *end, char quote, bool spaces_inside)
{
	bool inner_escape = false;

	while (p < end) {
		if (quote == '"' || quote == '\'') {
			if (*p == '\\' && p + 1 < end) {
				p += 2;
				continue;
			}
			if (*p == quote) return p;
		} else if (quote == 'e') {
			/* a JSON string inside a JSON string: outer \\ is an inner backslash,
			 * outer \" an inner quote, which ends the value unless escaped */
			if (*p == '\\' && p + 1 < end) {
				if (p[1] == '"' && !inner_escape) return p;
				inner_escape = p[1] == '\\' ? !inner_escape : false;
				p += 2;
				continue;
			}
			inner_escape = false;
		} else if (strchr("\"'&,;}]\\<\r\n", *p) || (!spaces_inside && (*p == ' ' || *p == '\t'))) {
			return p;
		}
		p++;
	}
	return end;
}

/* After a name at [p, end): the separator (":" or "=", the name's closing
 * quote before it) and the opening quote of the value. Returns the value's
 * start or NULL when no value follows. */
static const char *after_separator(const char *p, const char *end, char *quote)
{
	if (p < end && *p == '\\') p++;
	if (p < end && (*p == '"' || *p == '\'')) p++;
	while (p < end && (*p == ' ' || *p == '\t')) p++;
	if (p >= end || (*p != ':' && *p != '=')) return NULL;
	p++;
	while (p < end && (*p == ' ' || *p == '\t')) p++;
	*quote = 0;
	if (p + 1 < end && p[0] == '\\' && p[1] == '"') {
		*quote = 'e';
		p += 2;
	} else if (p < end && (*p == '"' || *p == '\'')) {
		*quote = *p++;
	}
	return p;
}

void pimsync_redact_each_value(const char *text, size_t len, pimsync_redact_value_cb cb, void *ctx)
{
	const char *s = text, *end = s + len, *p = s;

	while (p < end) {
		if (!name_char(*p) || (p > s && name_char(p[-1]))) {
			p++;
			continue;
		}
		const char *name = p;
		while (p < end && name_char(*p)) p++;
		size_t n = p - name;
		const char *value = NULL, *stop;
		char quote = 0;
		bool authorization = ends_with_ci(name, n, "authorization");
		bool scheme = equals_ci(name, n, "basic") || equals_ci(name, n, "bearer");

		if (authorization || ends_with_ci(name, n, "password") || ends_with_ci(name, n, "passwd")
			|| ends_with_ci(name, n, "secret") || ends_with_ci(name, n, "token")) {
			value = after_separator(p, end, &quote);
		} else if (scheme) {
			/* "Basic <b64>", "Bearer <token>", also as "Bearer+<token>" or "Bearer%20<token>" in a URL */
			const char *q = p;
			if (q < end && (*q == ' ' || *q == '+')) q++;
			else if (end - q >= 3 && memcmp(q, "%20", 3) == 0) q += 3;
			else q = NULL;
			if (q && q < end && (name_char(*q) || strchr("._~+/=", *q))) value = q;
		}
		if (!value) continue;
		if (scheme) {
			stop = value;
			while (stop < end && (name_char(*stop) || strchr("._~+/=", *stop))) stop++;
		} else {
			stop = value_end(value, end, quote, authorization);
		}
		if (stop == value) continue;
		cb(ctx, name - s, value - s, stop - s);
		p = stop;
	}
}

typedef struct {
	const char *text;
	smart_str out;
	size_t copied;
} pattern_ctx;

static void redact_one(void *ctx, size_t name_start, size_t value_start, size_t value_end)
{
	pattern_ctx *c = ctx;
	smart_str_appendl(&c->out, c->text + c->copied, value_start - c->copied);
	smart_str_appends(&c->out, PIMSYNC_REDACTED);
	c->copied = value_end;
}

static zend_string *replace_patterns(zend_string *text)
{
	pattern_ctx c = { ZSTR_VAL(text), {0}, 0 };

	pimsync_redact_each_value(ZSTR_VAL(text), ZSTR_LEN(text), redact_one, &c);
	if (!c.out.s) return text;
	smart_str_appendl(&c.out, c.text + c.copied, ZSTR_LEN(text) - c.copied);
	zend_string_release(text);
	return smart_str_extract(&c.out);
}

static zend_string *redact(const char *text, size_t len, const pimsync_secrets *secrets, bool patterns)
{
	zend_string *forms[PIMSYNC_SECRETS_MAX * FORMS_PER_SECRET];
	uint32_t n = secret_forms(secrets, forms, PIMSYNC_SECRETS_MAX * FORMS_PER_SECRET);
	zend_string *out = zend_string_init(text, len, 0);

	out = replace_known(out, forms, n);
	if (patterns) out = replace_patterns(out);
	for (uint32_t i = 0; i < n; i++) zend_string_release(forms[i]);
	return out;
}

zend_string *pimsync_redact(const char *text, size_t len, const pimsync_secrets *secrets)
{
	return redact(text, len, secrets, true);
}

static void redact_error(pimsync_error *err, const pimsync_secrets *secrets, bool patterns)
{
	size_t len = strlen(err->message);
	zend_string *clean = redact(err->message, len, secrets, patterns);

	/* the message may have been cut inside a secret: its first bytes are as secret */
	if (len == sizeof(err->message) - 1) {
		for (uint32_t i = 0; secrets && i < secrets->n; i++) {
			const zend_string *v = secrets->value[i];
			size_t have = ZSTR_LEN(clean);
			for (size_t k = MIN(ZSTR_LEN(v) - 1, have); k >= TAIL_MIN; k--) {
				if (memcmp(ZSTR_VAL(clean) + have - k, ZSTR_VAL(v), k) == 0) {
					zend_string *cut = zend_string_concat2(ZSTR_VAL(clean), have - k, PIMSYNC_REDACTED, sizeof(PIMSYNC_REDACTED) - 1);
					zend_string_release(clean);
					clean = cut;
					break;
				}
			}
		}
	}
	pimsync_error_set(err, "%s", ZSTR_VAL(clean));
	zend_string_release(clean);
}

void pimsync_redact_error(pimsync_error *err, const pimsync_secrets *secrets)
{
	redact_error(err, secrets, true);
}

void pimsync_redact_error_values(pimsync_error *err, const pimsync_secrets *secrets)
{
	redact_error(err, secrets, false);
}
