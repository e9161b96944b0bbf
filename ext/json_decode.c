#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"
#include "json_decode.h"

typedef struct {
	php_json_parser parser;     /* first: the callbacks get this pointer */
	const char *json;
	zend_string *duplicate;     /* the first key met twice */
} exact_parser;

static bool is_number_char(char c)
{
	return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E';
}

/* The source text of the double just scanned. Bison reduces "value" before
 * or after reading the next token, so the lexeme is the scanner's current
 * token or the one before it; either is checked against the parsed value. */
static void keep_double_digits(exact_parser *p, zval *value)
{
	const char *starts[2], *ends[2];
	starts[0] = (const char *) p->parser.scanner.token;
	ends[0] = (const char *) p->parser.scanner.cursor;
	ends[1] = starts[0];
	while (ends[1] > p->json && (ends[1][-1] == ' ' || ends[1][-1] == '\t' || ends[1][-1] == '\n' || ends[1][-1] == '\r')) ends[1]--;
	starts[1] = ends[1];
	while (starts[1] > p->json && is_number_char(starts[1][-1])) starts[1]--;
	for (int i = 0; i < 2; i++) {
		size_t len = ends[i] - starts[i];
		if (len == 0 || len > 400 || !is_number_char(*starts[i])) continue;
		bool all = true;
		for (size_t k = 0; k < len && all; k++) all = is_number_char(starts[i][k]);
		if (!all) continue;
		double d = zend_strtod(starts[i], NULL);
		if (d != Z_DVAL_P(value) && !(zend_isinf(d) && zend_isinf(Z_DVAL_P(value)))) continue;
		ZVAL_STRINGL(value, starts[i], len);
		return;
	}
	/* not found (cannot happen with PHP's scanner): the shortest exact text of the double */
	smart_str s = {0};
	smart_str_append_double(&s, Z_DVAL_P(value), 17, false);
	smart_str_0(&s);
	ZVAL_STR(value, s.s);
}

static int exact_array_create(php_json_parser *parser, zval *array)
{
	(void) parser;
	array_init(array);
	return SUCCESS;
}

static int exact_array_append(php_json_parser *parser, zval *array, zval *value)
{
	if (Z_TYPE_P(value) == IS_DOUBLE) keep_double_digits((exact_parser *) parser, value);
	zend_hash_next_index_insert(Z_ARRVAL_P(array), value);
	return SUCCESS;
}

static int exact_object_update(php_json_parser *parser, zval *object, zend_string *key, zval *value)
{
	exact_parser *p = (exact_parser *) parser;
	if (Z_TYPE_P(value) == IS_DOUBLE) keep_double_digits(p, value);
	/* as zend_symtable_update, but refusing a key already there */
	zend_ulong index;
	zval *added = ZEND_HANDLE_NUMERIC_STR(ZSTR_VAL(key), ZSTR_LEN(key), index)
		? zend_hash_index_add(Z_ARRVAL_P(object), index, value) : zend_hash_add(Z_ARRVAL_P(object), key, value);
	if (!added) {
		if (!p->duplicate) p->duplicate = zend_string_copy(key);
		zval_ptr_dtor_nogc(value);
		zend_string_release_ex(key, 0);
		return FAILURE;
	}
	zend_string_release_ex(key, 0);
	return SUCCESS;
}

static const php_json_parser_methods exact_methods = {
	exact_array_create, exact_array_append, NULL, NULL,
	exact_array_create, exact_object_update, NULL, NULL,
};

static const char *json_error_text(php_json_error_code code)
{
	switch (code) {
	case PHP_JSON_ERROR_DEPTH: return "nested too deeply";
	case PHP_JSON_ERROR_STATE_MISMATCH: return "underflow or mode mismatch";
	case PHP_JSON_ERROR_CTRL_CHAR: return "unexpected control character";
	case PHP_JSON_ERROR_UTF8: return "malformed UTF-8";
	case PHP_JSON_ERROR_UTF16: return "malformed UTF-16 escape";
	default: return "syntax error";
	}
}

zend_result pimsync_json_decode(const char *json, size_t len, int max_depth, zval *out, pimsync_error *err)
{
	exact_parser p = {0};
	php_json_parser_init_ex(&p.parser, out, json, len, PHP_JSON_OBJECT_AS_ARRAY | PHP_JSON_BIGINT_AS_STRING, max_depth,
	                        &exact_methods);
	p.json = json;
	if (php_json_parse(&p.parser) == 0) return SUCCESS;
	if (p.duplicate) {
		pimsync_error_set(err, "invalid JSON: key \"%.100s\" occurs twice in one object", ZSTR_VAL(p.duplicate));
		zend_string_release(p.duplicate);
	} else {
		pimsync_error_set(err, "invalid JSON: %s", json_error_text(php_json_parser_error_code(&p.parser)));
	}
	ZVAL_UNDEF(out);
	return FAILURE;
}

zend_string *pimsync_json_quote_inexact_numbers(const char *json, size_t len)
{
	const char *p = json, *end = json + len, *run = json;
	smart_str out = {0};
	bool in_string = false;

	while (p < end) {
		char ch = *p;
		if (in_string) {
			if (ch == '\\') p++;
			else if (ch == '"') in_string = false;
			p++;
			continue;
		}
		if (ch == '"') {
			in_string = true;
			p++;
			continue;
		}
		if (ch != '-' && (ch < '0' || ch > '9')) {
			p++;
			continue;
		}
		const char *start = p;
		size_t digits = 0;
		bool inexact = false;
		while (p < end && is_number_char(*p)) {
			if (*p >= '0' && *p <= '9') digits++;
			else if (*p == '.' || *p == 'e' || *p == 'E') inexact = true;
			p++;
		}
		if (!inexact && digits <= 18) continue;
		smart_str_appendl(&out, run, start - run);
		smart_str_appendc(&out, '"');
		smart_str_appendl(&out, start, p - start);
		smart_str_appendc(&out, '"');
		run = p;
	}
	if (!out.s) return NULL;
	smart_str_appendl(&out, run, end - run);
	smart_str_0(&out);
	return out.s;
}
