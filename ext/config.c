/* Loads the sync configuration. jansson parses (its syntax errors carry line
 * and column); every field is then checked here, and an error names the
 * origin, the line of the field and its dotted path. Unknown fields are
 * errors too: a typo must not silently fall back to a default. */
#include <jansson.h>
#include "php.h"
#include "zend_smart_str.h"
#include "sync_config.h"
#include "akeneo_client.h"
#include "measure_units.h"
#include "redact.h"
#include "image_fetch.h"
#include "csv_settings.h"
#include "ext/pcre/php_pcre.h"

typedef struct {
	const char *json;
	size_t len;
	zend_string *origin;
	const char *base_dir;
	pimsync_error *err;
} config_ctx;

/* ---- no secret in a config error ---- */

typedef struct {
	const char *json;
	pimsync_secrets secrets;
	zend_string *owned[PIMSYNC_SECRETS_MAX];
	size_t error_at;       /* byte jansson stopped at, or SIZE_MAX */
	bool error_in_secret;
} config_secrets;

static void collect_secret(void *ctx, size_t name_start, size_t value_start, size_t value_end)
{
	config_secrets *cs = ctx;
	if (cs->error_at >= name_start && cs->error_at <= value_end + 1) cs->error_in_secret = true;
	if (cs->secrets.n < PIMSYNC_SECRETS_MAX) {
		cs->owned[cs->secrets.n] = zend_string_init(cs->json + value_start, value_end - value_start, 0);
		pimsync_secrets_add(&cs->secrets, cs->owned[cs->secrets.n]);
	}
}

/* The values of the file's credential fields (secret, password, any *token)
 * as written are masked in err; so is the token jansson quotes ("near '…'")
 * when it stopped inside one of them, since it may be a part of the secret.
 * The file is scanned as text: it may not even be JSON. */
static void config_redact(const char *json, size_t len, size_t error_at, pimsync_error *err)
{
	config_secrets cs = { .json = json, .error_at = error_at };
	char *near;

	pimsync_redact_each_value(json, len, collect_secret, &cs);
	if (cs.error_in_secret && (near = strstr(err->message, "near '"))) {
		char *close = strrchr(near + 6, '\'');
		if (close) {
			char tail[PIMSYNC_ERR_MAX];
			snprintf(tail, sizeof(tail), "%s", close);
			snprintf(near + 6, sizeof(err->message) - (near + 6 - err->message), "%s%s", PIMSYNC_REDACTED, tail);
		}
	}
	pimsync_redact_error_values(err, &cs.secrets);
	for (uint32_t i = 0; i < cs.secrets.n; i++) zend_string_release(cs.owned[i]);
}

/* Sets err to "origin:line: field "a.b": message" and returns false. */
static bool ZEND_ATTRIBUTE_FORMAT(printf, 3, 4)
config_fail(config_ctx *c, const char *const *path, const char *format, ...)
{
	char message[PIMSYNC_ERR_MAX];
	smart_str field = {0};
	va_list args;
	int line = pimsync_json_locate_line(c->json, c->len, path);

	for (int i = 0; path[i]; i++) {
		if (i && path[i][0] != '[') smart_str_appendc(&field, '.'); /* transformations[2].uom */
		smart_str_appends(&field, path[i]);
	}
	smart_str_0(&field);
	va_start(args, format);
	vsnprintf(message, sizeof(message), format, args);
	va_end(args);
	pimsync_error_set(c->err, "%s:%d: field \"%s\": %s", ZSTR_VAL(c->origin), line,
	                  field.s ? ZSTR_VAL(field.s) : "", message);
	smart_str_free(&field);
	config_redact(c->json, c->len, SIZE_MAX, c->err);
	return false;
}

static void json_to_zval(json_t *j, zval *out)
{
	switch (json_typeof(j)) {
	case JSON_OBJECT: {
		const char *key;
		json_t *value;
		array_init_size(out, (uint32_t) json_object_size(j));
		json_object_foreach(j, key, value) {
			zval item;
			json_to_zval(value, &item);
			zend_symtable_str_update(Z_ARRVAL_P(out), key, strlen(key), &item);
		}
		break;
	}
	case JSON_ARRAY: {
		size_t i;
		json_t *value;
		array_init_size(out, (uint32_t) json_array_size(j));
		json_array_foreach(j, i, value) {
			zval item;
			json_to_zval(value, &item);
			add_next_index_zval(out, &item);
		}
		break;
	}
	case JSON_STRING:
		ZVAL_STRINGL(out, json_string_value(j), json_string_length(j));
		break;
	case JSON_INTEGER:
		ZVAL_LONG(out, (zend_long) json_integer_value(j));
		break;
	case JSON_REAL:
		ZVAL_DOUBLE(out, json_real_value(j));
		break;
	case JSON_TRUE:
		ZVAL_TRUE(out);
		break;
	case JSON_FALSE:
		ZVAL_FALSE(out);
		break;
	case JSON_NULL:
		ZVAL_NULL(out);
		break;
	}
}

/* ---- typed field readers: each fills a default when the field is absent ---- */

static bool check_known_keys(config_ctx *c, HashTable *obj, const char *const *parent,
                             const char *const *known)
{
	zend_string *key;
	ZEND_HASH_FOREACH_STR_KEY(obj, key) {
		bool ok = false;
		if (!key) continue;
		for (int i = 0; known[i]; i++) {
			if (zend_string_equals_cstr(key, known[i], strlen(known[i]))) {
				ok = true;
				break;
			}
		}
		if (!ok) {
			const char *path[8] = {0};
			int n = 0;
			while (parent[n] && n < 6) { path[n] = parent[n]; n++; }
			path[n] = ZSTR_VAL(key);
			return config_fail(c, path, "unknown field (known: see README, \"Configuration\")");
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The last key of path, its value in obj (NULL when absent or null). */
static zval *field(HashTable *obj, const char *const *path, const char **key)
{
	int n = 0;
	while (path[n + 1]) n++;
	*key = path[n];
	zval *v = zend_hash_str_find(obj, *key, strlen(*key));
	return v && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

static bool read_string(config_ctx *c, HashTable *obj, const char *const *path, const char *dflt, bool required)
{
	const char *key;
	zval *v = field(obj, path, &key), d;
	if (!v) {
		if (required) return config_fail(c, path, "is required");
		if (dflt) ZVAL_STRING(&d, dflt);
		else ZVAL_NULL(&d);
		zend_hash_str_update(obj, key, strlen(key), &d);
		return true;
	}
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0) {
		return config_fail(c, path, "must be a non-empty string");
	}
	return true;
}

static bool read_long(config_ctx *c, HashTable *obj, const char *const *path, zend_long dflt,
                      zend_long min, zend_long max)
{
	const char *key;
	zval *v = field(obj, path, &key), d;
	if (!v) {
		ZVAL_LONG(&d, dflt);
		zend_hash_str_update(obj, key, strlen(key), &d);
		return true;
	}
	if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < min || Z_LVAL_P(v) > max) {
		return config_fail(c, path, "must be an integer from " ZEND_LONG_FMT " to " ZEND_LONG_FMT, min, max);
	}
	return true;
}

static bool read_bool(config_ctx *c, HashTable *obj, const char *const *path, bool dflt)
{
	const char *key;
	zval *v = field(obj, path, &key), d;
	if (!v) {
		ZVAL_BOOL(&d, dflt);
		zend_hash_str_update(obj, key, strlen(key), &d);
		return true;
	}
	if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
		return config_fail(c, path, "must be true or false");
	}
	return true;
}

/* An object field; created empty when absent. */
static HashTable *read_object(config_ctx *c, HashTable *obj, const char *const *path)
{
	const char *key;
	zval *v = field(obj, path, &key), d;
	if (!v) {
		array_init(&d);
		v = zend_hash_str_update(obj, key, strlen(key), &d);
		return Z_ARRVAL_P(v);
	}
	/* an empty JSON object and an empty list both decode to an empty array */
	if (Z_TYPE_P(v) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(v)) > 0 && HT_IS_PACKED(Z_ARRVAL_P(v)))) {
		config_fail(c, path, "must be an object");
		return NULL;
	}
	SEPARATE_ARRAY(v);
	return Z_ARRVAL_P(v);
}

/* A list of non-empty strings; a lone string is accepted as a one-item list. */
static bool normalize_string_list(config_ctx *c, zval *v, const char *const *path)
{
	zval *item;
	if (Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0) {
		zval list;
		array_init(&list);
		Z_ADDREF_P(v);
		add_next_index_zval(&list, v);
		zval_ptr_dtor(v);
		ZVAL_COPY_VALUE(v, &list);
		return true;
	}
	if (Z_TYPE_P(v) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(v)) == 0) {
		return config_fail(c, path, "must be a non-empty list of strings");
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
		if (Z_TYPE_P(item) != IS_STRING || Z_STRLEN_P(item) == 0) {
			return config_fail(c, path, "must be a non-empty list of strings");
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static zend_string *resolve_path(config_ctx *c, zend_string *path)
{
	zend_string *joined, *absolute;
	char *expanded;
	if (ZSTR_VAL(path)[0] == '/' || !c->base_dir || !c->base_dir[0]) {
		joined = zend_string_copy(path);
	} else {
		joined = zend_strpprintf(0, "%s/%s", c->base_dir, ZSTR_VAL(path));
	}
	/* absolute, so the runs table names the file wherever the run started */
	expanded = expand_filepath(ZSTR_VAL(joined), NULL);
	if (!expanded) return joined;
	absolute = zend_string_init(expanded, strlen(expanded), 0);
	efree(expanded);
	zend_string_release(joined);
	return absolute;
}

/* ==== source: ERP CSV (issue 9) ===========================================
 * "source" with "type": "csv": the file, its format (delimiter, quoting,
 * encoding), how numbers and dates are written, and "columns": the SKU
 * column, the status column and each attribute's column. Validated and
 * normalized here; csv_bind() (below config_bind) resolves it into
 * cfg->csv (csv_settings.h). */

const char *const pimsync_csv_type_names[PIMSYNC_CSV_TYPE_COUNT] = {
	"text", "decimal", "integer", "boolean", "date", "metric", "price", "select",
};

/* A one-character field among allowed (NULL: any printable ASCII but
 * those in refused); absent: dflt (0: null). */
static bool read_csv_char(config_ctx *c, HashTable *src, const char *key, const char *dflt, const char *allowed,
                          const char *refused, const char *what)
{
	const char *p[] = {"source", key, NULL};
	zval *v = zend_hash_str_find(src, key, strlen(key)), d;
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		if (dflt) ZVAL_STRING(&d, dflt);
		else ZVAL_NULL(&d);
		zend_hash_str_update(src, key, strlen(key), &d);
		return true;
	}
	if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) != 1
	    || (allowed ? !strchr(allowed, Z_STRVAL_P(v)[0])
	                : (Z_STRVAL_P(v)[0] < 0x21 || Z_STRVAL_P(v)[0] > 0x7E || strchr(refused, Z_STRVAL_P(v)[0])))) {
		return config_fail(c, p, "must be %s", what);
	}
	return true;
}

/* PHP's date letters: Y (four digits), m or n (month), d or j (day), each
 * once, optionally H, i, s; anything else but a letter is literal. */
static bool csv_date_format_ok(zend_string *f, char *bad)
{
	int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
	for (size_t i = 0; i < ZSTR_LEN(f); i++) {
		char ch = ZSTR_VAL(f)[i];
		switch (ch) {
		case 'Y': year++; break;
		case 'm': case 'n': month++; break;
		case 'd': case 'j': day++; break;
		case 'H': hour++; break;
		case 'i': minute++; break;
		case 's': second++; break;
		default:
			if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')) {
				*bad = ch;
				return false;
			}
		}
	}
	*bad = 0;
	return year == 1 && month == 1 && day == 1 && hour <= 1 && minute <= 1 && second <= 1;
}

/* A value map: {"cell text": value}; for a boolean column each value is true or false. */
static bool read_csv_map(config_ctx *c, HashTable *spec, const char *const *p_map, bool boolean)
{
	zval *map = zend_hash_str_find(spec, "map", sizeof("map") - 1), *v;
	if (!map || Z_TYPE_P(map) == IS_NULL) {
		zval d;
		ZVAL_NULL(&d);
		zend_hash_str_update(spec, "map", sizeof("map") - 1, &d);
		return true;
	}
	if (Z_TYPE_P(map) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(map)) == 0 || HT_IS_PACKED(Z_ARRVAL_P(map))) {
		return config_fail(c, p_map, "must be an object of cell text => value");
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(map), v) {
		if (boolean ? Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE : Z_TYPE_P(v) == IS_ARRAY) {
			return config_fail(c, p_map, boolean ? "must map cell texts to true or false" : "must map cell texts to a string, number, true, false or null");
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* One attribute's column: "Column" or {"column", "type", "unit", "currency", "map", "empty"}. */
static bool validate_csv_attribute(config_ctx *c, HashTable *attributes, zend_string *code, zval *spec)
{
	const char *p[] = {"source", "columns", "attributes", ZSTR_VAL(code), NULL, NULL};
	static const char *const known[] = {"column", "type", "unit", "currency", "map", "empty", NULL};
	zval *v;
	int type = -1;

	if (Z_TYPE_P(spec) == IS_STRING) {
		zval obj;
		if (Z_STRLEN_P(spec) == 0) return config_fail(c, p, "must name a column of the header");
		array_init(&obj);
		add_assoc_str(&obj, "column", zend_string_copy(Z_STR_P(spec)));
		spec = zend_hash_update(attributes, code, &obj);
	} else if (Z_TYPE_P(spec) != IS_ARRAY || HT_IS_PACKED(Z_ARRVAL_P(spec))) {
		return config_fail(c, p, "must be a column name or {\"column\": …, \"type\": …}");
	}
	SEPARATE_ARRAY(spec);
	HashTable *h = Z_ARRVAL_P(spec);
	if (!check_known_keys(c, h, p, known)) return false;
	p[4] = "column";
	if (!read_string(c, h, p, NULL, true)) return false;
	p[4] = "type";
	if (!read_string(c, h, p, "text", false)) return false;
	v = zend_hash_str_find(h, "type", sizeof("type") - 1);
	for (int t = 0; t < PIMSYNC_CSV_TYPE_COUNT; t++) {
		if (zend_string_equals_cstr(Z_STR_P(v), pimsync_csv_type_names[t], strlen(pimsync_csv_type_names[t]))) type = t;
	}
	if (type < 0) {
		return config_fail(c, p, "must be text, decimal, integer, boolean, date, metric, price or select, not \"%s\"", Z_STRVAL_P(v));
	}
	/* a metric needs the unit its amounts are in, a price the currency */
	p[4] = "unit";
	if (!read_string(c, h, p, NULL, type == PIMSYNC_CSV_METRIC)) return false;
	if (type != PIMSYNC_CSV_METRIC && Z_TYPE_P(zend_hash_str_find(h, "unit", 4)) != IS_NULL) {
		return config_fail(c, p, "is only for a metric column (\"type\": \"metric\")");
	}
	p[4] = "currency";
	if (!read_string(c, h, p, NULL, type == PIMSYNC_CSV_PRICE)) return false;
	if (type != PIMSYNC_CSV_PRICE && Z_TYPE_P(zend_hash_str_find(h, "currency", 8)) != IS_NULL) {
		return config_fail(c, p, "is only for a price column (\"type\": \"price\")");
	}
	p[4] = "map";
	if (!read_csv_map(c, h, p, type == PIMSYNC_CSV_BOOLEAN)) return false;
	p[4] = "empty";
	if (!read_string(c, h, p, "skip", false)) return false;
	v = zend_hash_str_find(h, "empty", sizeof("empty") - 1);
	if (!zend_string_equals_literal(Z_STR_P(v), "skip") && !zend_string_equals_literal(Z_STR_P(v), "null")) {
		return config_fail(c, p, "must be \"skip\" (an empty cell gives no value) or \"null\" (it clears the value)");
	}
	return true;
}

static bool validate_csv_columns(config_ctx *c, HashTable *src)
{
	static const char *const p_columns[] = {"source", "columns", NULL};
	static const char *const p_sku[] = {"source", "columns", "sku", NULL};
	static const char *const p_enabled[] = {"source", "columns", "enabled", NULL};
	static const char *const p_enabled_column[] = {"source", "columns", "enabled", "column", NULL};
	static const char *const p_enabled_map[] = {"source", "columns", "enabled", "map", NULL};
	static const char *const p_attributes[] = {"source", "columns", "attributes", NULL};
	static const char *const known[] = {"sku", "enabled", "attributes", NULL};
	static const char *const known_enabled[] = {"column", "map", NULL};
	HashTable *columns, *attributes;
	zval *v;
	zend_string *code;

	if (!zend_hash_str_exists(src, "columns", sizeof("columns") - 1)) {
		return config_fail(c, p_columns, "is required: {\"sku\": \"<SKU column>\", \"attributes\": {\"<attribute>\": \"<column>\"}}");
	}
	if (!(columns = read_object(c, src, p_columns))) return false;
	if (!check_known_keys(c, columns, p_columns, known)) return false;
	if (!read_string(c, columns, p_sku, NULL, true)) return false;
	v = zend_hash_str_find(columns, "enabled", sizeof("enabled") - 1);
	if (v && Z_TYPE_P(v) == IS_STRING) {
		zval obj;
		array_init(&obj);
		add_assoc_str(&obj, "column", zend_string_copy(Z_STR_P(v)));
		v = zend_hash_str_update(columns, "enabled", sizeof("enabled") - 1, &obj);
	}
	if (v && Z_TYPE_P(v) != IS_NULL) {
		HashTable *enabled = read_object(c, columns, p_enabled);
		if (!enabled || !check_known_keys(c, enabled, p_enabled, known_enabled)) return false;
		if (!read_string(c, enabled, p_enabled_column, NULL, true)) return false;
		if (!read_csv_map(c, enabled, p_enabled_map, true)) return false;
	} else {
		zval d;
		ZVAL_NULL(&d);
		zend_hash_str_update(columns, "enabled", sizeof("enabled") - 1, &d);
	}
	if (!(attributes = read_object(c, columns, p_attributes))) return false;
	ZEND_HASH_FOREACH_STR_KEY_VAL(attributes, code, v) {
		if (!code) return config_fail(c, p_attributes, "must be an object of attribute code => column");
		if (!validate_csv_attribute(c, attributes, code, v)) return false;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool validate_csv_source(config_ctx *c, HashTable *src)
{
	static const char *const p_source[] = {"source", NULL};
	static const char *const p_path[] = {"source", "path", NULL};
	static const char *const p_encoding[] = {"source", "encoding", NULL};
	static const char *const p_max[] = {"source", "max_record_bytes", NULL};
	static const char *const p_thousands[] = {"source", "thousands_separator", NULL};
	static const char *const p_date[] = {"source", "date_format", NULL};
	static const char *const known[] = {"type", "path", "system", "delimiter", "enclosure", "escape", "encoding", "max_record_bytes",
		"decimal_separator", "thousands_separator", "date_format", "columns", NULL};
	static const char *const encodings[] = {"utf-8", "windows-1252", "iso-8859-1", NULL};
	zval *v, resolved;
	char bad;

	if (!check_known_keys(c, src, p_source, known)) return false;
	if (!read_string(c, src, p_path, NULL, true)) return false;
	ZVAL_STR(&resolved, resolve_path(c, Z_STR_P(zend_hash_str_find(src, "path", 4))));
	zend_hash_str_update(src, "path", 4, &resolved);
	if (!read_csv_char(c, src, "delimiter", ",", ",;\t|", NULL, "one of \",\", \";\", \"\\t\" (tab) or \"|\"")) return false;
	char delimiter = Z_STRVAL_P(zend_hash_str_find(src, "delimiter", 9))[0];
	char refused[3] = { delimiter, 0, 0 };
	if (!read_csv_char(c, src, "enclosure", "\"", NULL, refused, "one printable ASCII character other than the delimiter")) return false;
	refused[1] = Z_STRVAL_P(zend_hash_str_find(src, "enclosure", 9))[0];
	if (!read_csv_char(c, src, "escape", NULL, NULL, refused,
	                   "null (none: a quote inside a quoted field is written twice) or one printable ASCII character other"
	                   " than the delimiter and the enclosure")) return false;
	if (!read_string(c, src, p_encoding, "utf-8", false)) return false;
	v = zend_hash_str_find(src, "encoding", sizeof("encoding") - 1);
	bool known_encoding = false;
	for (int i = 0; encodings[i]; i++) {
		if (zend_string_equals_cstr(Z_STR_P(v), encodings[i], strlen(encodings[i]))) known_encoding = true;
	}
	if (!known_encoding) return config_fail(c, p_encoding, "must be \"utf-8\", \"windows-1252\" or \"iso-8859-1\", not \"%s\"", Z_STRVAL_P(v));
	/* a longer record is parked by its line, unread: memory stays about this */
	if (!read_long(c, src, p_max, 64 * 1024 * 1024, 1024, (zend_long) 1 << 40)) return false;
	if (!read_csv_char(c, src, "decimal_separator", ".", ".,", NULL, "\".\" or \",\"")) return false;
	v = zend_hash_str_find(src, "thousands_separator", sizeof("thousands_separator") - 1);
	if (v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) == 0) {
		zval d;
		ZVAL_NULL(&d);
		zend_hash_str_update(src, "thousands_separator", sizeof("thousands_separator") - 1, &d);
	}
	if (!read_csv_char(c, src, "thousands_separator", NULL, ".,' ", NULL, "null (none), \".\", \",\", \" \" or \"'\"")) return false;
	v = zend_hash_str_find(src, "thousands_separator", sizeof("thousands_separator") - 1);
	if (Z_TYPE_P(v) == IS_STRING && Z_STRVAL_P(v)[0] == Z_STRVAL_P(zend_hash_str_find(src, "decimal_separator", 17))[0]) {
		return config_fail(c, p_thousands, "is the decimal separator too: a number could not be read");
	}
	if (!read_string(c, src, p_date, "Y-m-d", false)) return false;
	if (!csv_date_format_ok(Z_STR_P(zend_hash_str_find(src, "date_format", 11)), &bad)) {
		if (bad) return config_fail(c, p_date, "has the letter %c: use PHP's date letters Y, m or n, d or j, H, i, s", bad);
		return config_fail(c, p_date, "must have Y, m (or n) and d (or j) once each, and H, i, s at most once, as \"Y-m-d\" or \"d.m.Y\"");
	}
	return validate_csv_columns(c, src);
}
/* ==== end of source: ERP CSV (validation) ================================ */

/* ==== source: Magento import CSV (issue 9) ================================
 * "source" with "type": "magento_csv": a file in the format of Magento's
 * System > Import (products), read with the settings that import page has
 * (field separator, multiple value separator, empty attribute value
 * constant, fields enclosure). Its stock columns feed the stock fields
 * unless the config's "stock" names others. Bound by magento_csv_bind(). */

static bool validate_magento_csv_source(config_ctx *c, HashTable *root, HashTable *src)
{
	static const char *const p_source[] = {"source", NULL};
	static const char *const p_path[] = {"source", "path", NULL};
	static const char *const p_max[] = {"source", "max_record_bytes", NULL};
	static const char *const p_enclosure[] = {"source", "fields_enclosure", NULL};
	static const char *const p_empty[] = {"source", "empty_attribute_value_constant", NULL};
	static const char *const known[] = {"type", "path", "system", "delimiter", "multiple_value_separator", "fields_enclosure",
		"empty_attribute_value_constant", "max_record_bytes", NULL};
	/* Magento's stock columns (Import\Product::$_fieldsMap) => the stock field they are */
	static const char *const stock_defaults[][2] = {{"qty", "qty"}, {"is_in_stock", "is_in_stock"}, {"backorders", "allow_backorders"},
		{"min_sale_qty", "min_cart_qty"}, {"max_sale_qty", "max_cart_qty"}, {"manage_stock", "manage_stock"}};
	zval resolved, *stock;

	if (!check_known_keys(c, src, p_source, known)) return false;
	if (!read_string(c, src, p_path, NULL, true)) return false;
	ZVAL_STR(&resolved, resolve_path(c, Z_STR_P(zend_hash_str_find(src, "path", 4))));
	zend_hash_str_update(src, "path", 4, &resolved);
	if (!read_csv_char(c, src, "delimiter", ",", ",;\t|", NULL, "one of \",\", \";\", \"\\t\" (tab) or \"|\"")) return false;
	/* "=", "|" and the quote have their own meaning in additional_attributes */
	if (!read_csv_char(c, src, "multiple_value_separator", ",", NULL, "=|\"",
	                   "one printable ASCII character other than \"=\", \"|\" and \"\\\"\" (additional_attributes uses them)")) return false;
	if (!read_bool(c, src, p_enclosure, false)) return false;
	if (!read_string(c, src, p_empty, "__EMPTY__VALUE__", false)) return false;
	if (Z_STRLEN_P(zend_hash_str_find(src, "empty_attribute_value_constant", sizeof("empty_attribute_value_constant") - 1)) == 0) {
		return config_fail(c, p_empty, "must not be empty: an empty cell leaves a value as it is");
	}
	if (!read_long(c, src, p_max, 64 * 1024 * 1024, 1024, (zend_long) 1 << 40)) return false;
	stock = zend_hash_str_find(root, "stock", sizeof("stock") - 1);
	if (!stock) {
		zval d;
		array_init(&d);
		stock = zend_hash_str_update(root, "stock", sizeof("stock") - 1, &d);
	}
	if (Z_TYPE_P(stock) == IS_ARRAY) {
		SEPARATE_ARRAY(stock);
		for (size_t i = 0; i < sizeof(stock_defaults) / sizeof(stock_defaults[0]); i++) {
			zval d;
			if (zend_hash_str_exists(Z_ARRVAL_P(stock), stock_defaults[i][0], strlen(stock_defaults[i][0]))) continue;
			ZVAL_STRING(&d, stock_defaults[i][1]);
			zend_hash_str_add(Z_ARRVAL_P(stock), stock_defaults[i][0], strlen(stock_defaults[i][0]), &d);
		}
	}
	return true;
}
/* ==== end of source: Magento import CSV (validation) ===================== */

static bool validate_source(config_ctx *c, HashTable *root)
{
	static const char *const p_source[] = {"source", NULL};
	static const char *const p_type[] = {"source", "type", NULL};
	HashTable *src;
	zval *type;

	if (!zend_hash_str_exists(root, "source", sizeof("source") - 1)) {
		return config_fail(c, p_source, "is required: {\"type\": \"jsonl\", \"path\": …} or {\"type\": \"akeneo_api\", …}");
	}
	if (!(src = read_object(c, root, p_source))) return false;
	type = zend_hash_str_find(src, "type", sizeof("type") - 1);
	if (!type || Z_TYPE_P(type) != IS_STRING) {
		return config_fail(c, p_type, "is required: \"jsonl\", \"akeneo_api\", \"csv\" or \"magento_csv\"");
	}
	if (zend_string_equals_literal(Z_STR_P(type), "jsonl")) {
		static const char *const known[] = {"type", "path", "options_path", "measurement_families_path", "categories_path",
			"max_line_bytes", "attributes_path", "attribute_groups_path", "families_path", "attribute_options_path",
			"product_models_path", "family_variants_path", "system", NULL};
		static const char *const p_models[] = {"source", "product_models_path", NULL};
		static const char *const p_variants[] = {"source", "family_variants_path", NULL};
		static const char *const p_max_line[] = {"source", "max_line_bytes", NULL};
		static const char *const p_path[] = {"source", "path", NULL};
		static const char *const p_opts[] = {"source", "options_path", NULL};
		static const char *const p_measures[] = {"source", "measurement_families_path", NULL};
		static const char *const p_categories[] = {"source", "categories_path", NULL};
		if (!check_known_keys(c, src, p_source, known)) return false;
		if (!read_string(c, src, p_path, NULL, true)) return false;
		if (!read_string(c, src, p_opts, NULL, false)) return false;
		if (!read_string(c, src, p_measures, NULL, false)) return false;
		if (!read_string(c, src, p_categories, NULL, false)) return false;
		/* the structure files (pimsync structure): Akeneo's attributes, groups and families */
		static const char *const structure_keys[] = {"attributes_path", "attribute_groups_path", "families_path",
			"attribute_options_path"};
		for (int i = 0; i < 4; i++) {
			const char *p_file[] = {"source", structure_keys[i], NULL};
			if (!read_string(c, src, p_file, NULL, false)) return false;
		}
		{
			/* attribute_options_path is options_path under the name the structure files share */
			static const char *const p_aopts[] = {"source", "attribute_options_path", NULL};
			zval *aopts = zend_hash_str_find(src, "attribute_options_path", sizeof("attribute_options_path") - 1);
			zval *opts = zend_hash_str_find(src, "options_path", sizeof("options_path") - 1);
			if (Z_TYPE_P(aopts) == IS_STRING) {
				if (Z_TYPE_P(opts) == IS_STRING && !zend_string_equals(Z_STR_P(opts), Z_STR_P(aopts))) {
					return config_fail(c, p_aopts, "names another file than options_path: give one of them");
				}
				Z_ADDREF_P(aopts);
				zend_hash_str_update(src, "options_path", sizeof("options_path") - 1, aopts);
			}
		}
		if (!read_string(c, src, p_models, NULL, false)) return false;
		if (!read_string(c, src, p_variants, NULL, false)) return false;
		/* models without their family variants have no axes: a configurable needs both */
		if (zend_hash_str_exists(src, "product_models_path", sizeof("product_models_path") - 1)
		    != zend_hash_str_exists(src, "family_variants_path", sizeof("family_variants_path") - 1)) {
			return config_fail(c, zend_hash_str_exists(src, "product_models_path", sizeof("product_models_path") - 1) ? p_models : p_variants,
			                   "product_models_path and family_variants_path go together: the family variants name the models' axes");
		}
		/* a longer line is parked by its position, unread: memory stays about twice this */
		if (!read_long(c, src, p_max_line, 64 * 1024 * 1024, 1024, ZEND_LONG_MAX)) return false;
		/* make file paths relative to the config file, not to the caller's cwd */
		const char *keys[] = {"path", "options_path", "measurement_families_path", "categories_path", "attributes_path",
			"attribute_groups_path", "families_path", "attribute_options_path", "product_models_path", "family_variants_path"};
		for (int i = 0; i < 10; i++) {
			zval *v = zend_hash_str_find(src, keys[i], strlen(keys[i]));
			if (v && Z_TYPE_P(v) == IS_STRING) {
				zval resolved;
				ZVAL_STR(&resolved, resolve_path(c, Z_STR_P(v)));
				zend_hash_str_update(src, keys[i], strlen(keys[i]), &resolved);
			}
		}
		/* a broken families file is a configuration error: say so now, not at run start */
		zval *families = zend_hash_str_find(src, "measurement_families_path", sizeof("measurement_families_path") - 1);
		if (families && Z_TYPE_P(families) == IS_STRING) {
			pimsync_measures check;
			pimsync_error inner;
			pimsync_measures_init_standard(&check);
			zend_result r = pimsync_measures_add_file(&check, Z_STRVAL_P(families), &inner);
			pimsync_measures_free(&check);
			if (r == FAILURE) return config_fail(c, p_measures, "%s", inner.message);
		}
		return true;
	}
	if (zend_string_equals_literal(Z_STR_P(type), "akeneo_api")) {
		/* the client's own reader knows its keys and defaults; we add the line */
		pimsync_akeneo_settings settings;
		const char *bad_key = NULL;
		pimsync_error inner;
		if (pimsync_akeneo_settings_from_array(src, &settings, &bad_key, &inner) == FAILURE) {
			const char *p[] = {"source", bad_key ? bad_key : "type", NULL};
			return config_fail(c, p, "%s", inner.message);
		}
		pimsync_akeneo_settings_dtor(&settings);
		return true;
	}
	if (zend_string_equals_literal(Z_STR_P(type), "csv")) return validate_csv_source(c, src);
	if (zend_string_equals_literal(Z_STR_P(type), "magento_csv")) return validate_magento_csv_source(c, root, src);
	return config_fail(c, p_type, "must be \"jsonl\", \"akeneo_api\", \"csv\" or \"magento_csv\", not \"%s\"", Z_STRVAL_P(type));
}

static bool validate_locales(config_ctx *c, HashTable *root)
{
	static const char *const p_locales[] = {"locales", NULL};
	static const char *const p_admin[] = {"admin_locale", NULL};
	HashTable *locales = read_object(c, root, p_locales);
	zend_string *locale;
	zval *stores, *admin;

	if (!locales) return false;
	if (zend_hash_num_elements(locales) == 0) {
		zval list;
		array_init(&list);
		add_next_index_string(&list, "default");
		zend_hash_str_update(locales, "en_US", 5, &list);
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(locales, locale, stores) {
		const char *p[] = {"locales", locale ? ZSTR_VAL(locale) : "", NULL};
		if (!locale) return config_fail(c, p_locales, "keys must be Akeneo locale codes");
		if (!normalize_string_list(c, stores, p)) return false;
	} ZEND_HASH_FOREACH_END();

	admin = zend_hash_str_find(root, "admin_locale", sizeof("admin_locale") - 1);
	if (!admin || Z_TYPE_P(admin) == IS_NULL) {
		zend_string *first = NULL;
		zval d;
		ZEND_HASH_FOREACH_STR_KEY(locales, first) { break; } ZEND_HASH_FOREACH_END();
		ZVAL_STR_COPY(&d, first);
		zend_hash_str_update(root, "admin_locale", sizeof("admin_locale") - 1, &d);
	} else if (Z_TYPE_P(admin) != IS_STRING || !zend_hash_exists(locales, Z_STR_P(admin))) {
		return config_fail(c, p_admin, "must be one of the locales listed in \"locales\"");
	}
	return true;
}

/* Channels: {"channel": …, "websites": […]} for one channel, or
 * {"channels": {channel: [website codes]}} for several (the first is the
 * default, whose values also go to store 0). Normalized to all three. */
static bool validate_channels(config_ctx *c, HashTable *root)
{
	static const char *const p_channel[] = {"channel", NULL};
	static const char *const p_websites[] = {"websites", NULL};
	static const char *const p_channels[] = {"channels", NULL};
	zval *v = zend_hash_str_find(root, "channels", sizeof("channels") - 1), *list, *code, d;
	zend_string *channel = NULL, *first = NULL;
	HashTable *channels;

	if (!v) {
		if (!read_string(c, root, p_channel, "ecommerce", false)) return false;
		v = zend_hash_str_find(root, "websites", sizeof("websites") - 1);
		if (!v) {
			array_init(&d);
			add_next_index_string(&d, "base");
			v = zend_hash_str_update(root, "websites", sizeof("websites") - 1, &d);
		} else if (!normalize_string_list(c, v, p_websites)) {
			return false;
		}
		array_init(&d);
		Z_ADDREF_P(v);
		zend_hash_update(Z_ARRVAL(d), Z_STR_P(zend_hash_str_find(root, "channel", sizeof("channel") - 1)), v);
		zend_hash_str_update(root, "channels", sizeof("channels") - 1, &d);
		return true;
	}
	if (zend_hash_str_exists(root, "channel", sizeof("channel") - 1) || zend_hash_str_exists(root, "websites", sizeof("websites") - 1)) {
		return config_fail(c, p_channels, "give either \"channels\" or \"channel\" with \"websites\", not both");
	}
	if (!(channels = read_object(c, root, p_channels))) return false;
	if (zend_hash_num_elements(channels) == 0) return config_fail(c, p_channels, "must name at least one channel");
	zval websites;
	array_init(&websites);
	ZEND_HASH_FOREACH_STR_KEY_VAL(channels, channel, list) {
		const char *p[] = {"channels", channel ? ZSTR_VAL(channel) : "", NULL};
		if (!channel || !normalize_string_list(c, list, p)) {
			zval_ptr_dtor(&websites);
			return channel ? false : config_fail(c, p_channels, "keys must be Akeneo channel codes");
		}
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), code) {
			bool seen = false;
			zval *w;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL(websites), w) {
				if (zend_string_equals(Z_STR_P(w), Z_STR_P(code))) seen = true;
			} ZEND_HASH_FOREACH_END();
			if (!seen) add_next_index_str(&websites, zend_string_copy(Z_STR_P(code)));
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_STR_KEY(channels, first) { break; } ZEND_HASH_FOREACH_END();
	ZVAL_STR_COPY(&d, first);
	zend_hash_str_update(root, "channel", sizeof("channel") - 1, &d);
	zend_hash_str_update(root, "websites", sizeof("websites") - 1, &websites);
	return true;
}

static bool validate_attributes(config_ctx *c, HashTable *root)
{
	static const char *const p_attrs[] = {"attributes", NULL};
	HashTable *attrs = read_object(c, root, p_attrs);
	zend_string *code;
	zval *rule;

	if (!attrs) return false;
	ZEND_HASH_FOREACH_STR_KEY_VAL(attrs, code, rule) {
		const char *p[] = {"attributes", code ? ZSTR_VAL(code) : "", NULL};
		if (!code) return config_fail(c, p_attrs, "keys must be Akeneo attribute codes");
		if (Z_TYPE_P(rule) == IS_NULL) continue; /* null: the attribute is not synced */
		if (Z_TYPE_P(rule) == IS_STRING) {
			zval norm;
			array_init(&norm);
			add_assoc_str(&norm, "to", zend_string_copy(Z_STR_P(rule)));
			zval_ptr_dtor(rule);
			ZVAL_COPY_VALUE(rule, &norm);
			continue;
		}
		if (Z_TYPE_P(rule) != IS_ARRAY) {
			return config_fail(c, p, "must be a Magento attribute code, null (skip), or {\"to\", \"unit\", \"currency\"}");
		}
		static const char *const known[] = {"to", "unit", "currency", NULL};
		if (!check_known_keys(c, Z_ARRVAL_P(rule), p, known)) return false;
		const char *p_to[] = {"attributes", ZSTR_VAL(code), "to", NULL};
		const char *p_unit[] = {"attributes", ZSTR_VAL(code), "unit", NULL};
		const char *p_cur[] = {"attributes", ZSTR_VAL(code), "currency", NULL};
		if (!read_string(c, Z_ARRVAL_P(rule), p_to, ZSTR_VAL(code), false)) return false;
		if (!read_string(c, Z_ARRVAL_P(rule), p_unit, NULL, false)) return false;
		zval *cur = zend_hash_str_find(Z_ARRVAL_P(rule), "currency", sizeof("currency") - 1);
		if (cur && Z_TYPE_P(cur) != IS_NULL && !normalize_string_list(c, cur, p_cur)) return false;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool validate_string_map(config_ctx *c, HashTable *root, const char *name)
{
	const char *p_map[] = {name, NULL};
	HashTable *map = read_object(c, root, p_map);
	zend_string *key;
	zval *value;
	if (!map) return false;
	ZEND_HASH_FOREACH_STR_KEY_VAL(map, key, value) {
		const char *p[] = {name, key ? ZSTR_VAL(key) : "", NULL};
		if (!key || Z_TYPE_P(value) != IS_STRING || Z_STRLEN_P(value) == 0) {
			return config_fail(c, p, "must map a code to a non-empty string");
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool validate_categories(config_ctx *c, HashTable *root)
{
	static const char *const p_cat[] = {"categories", NULL};
	static const char *const p_root[] = {"categories", "root_id", NULL};
	static const char *const p_map[] = {"categories", "map", NULL};
	static const char *const p_create[] = {"categories", "create_missing", NULL};
	static const char *const p_removed[] = {"categories", "removed", NULL};
	static const char *const p_follow[] = {"categories", "url_keys_follow_labels", NULL};
	static const char *const p_active[] = {"categories", "is_active", NULL};
	static const char *const p_menu[] = {"categories", "include_in_menu", NULL};
	static const char *const known[] = {"root_id", "map", "create_missing", "removed", "url_keys_follow_labels", "is_active",
		"include_in_menu", NULL};
	HashTable *cat = read_object(c, root, p_cat), *map;
	zend_string *code;
	zval *id, *removed;

	if (!cat || !check_known_keys(c, cat, p_cat, known)) return false;
	if (!read_long(c, cat, p_root, 2, 1, ZEND_LONG_MAX)) return false;
	if (!read_bool(c, cat, p_create, true)) return false;
	if (!read_string(c, cat, p_removed, "ignore", false)) return false;
	removed = zend_hash_str_find(cat, "removed", sizeof("removed") - 1);
	if (!zend_string_equals_literal(Z_STR_P(removed), "ignore") && !zend_string_equals_literal(Z_STR_P(removed), "disable")) {
		return config_fail(c, p_removed, "must be \"ignore\" or \"disable\"");
	}
	/* Magento keeps a category's url key when it is renamed: so does pimsync, unless asked */
	if (!read_bool(c, cat, p_follow, false)) return false;
	if (!read_bool(c, cat, p_active, true)) return false;
	if (!read_bool(c, cat, p_menu, true)) return false;
	if (!(map = read_object(c, cat, p_map))) return false;
	ZEND_HASH_FOREACH_STR_KEY_VAL(map, code, id) {
		const char *p[] = {"categories", "map", code ? ZSTR_VAL(code) : "", NULL};
		if (!code || Z_TYPE_P(id) != IS_LONG || Z_LVAL_P(id) < 1) {
			return config_fail(c, p, "must map an Akeneo category code to a Magento category id");
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

static zend_string *str_at_root_identifier(HashTable *root)
{
	zval *v = zend_hash_str_find(root, "identifier_attribute", sizeof("identifier_attribute") - 1);
	return Z_STR_P(v); /* filled before stock is read */
}

/* stock: which Akeneo attributes carry the stock item's fields (null: not
 * synced), and the MSI source their quantity goes to. */
static bool validate_stock(config_ctx *c, HashTable *root)
{
	static const char *const p_stock[] = {"stock", NULL};
	static const char *const p_source[] = {"stock", "source_code", NULL};
	static const char *const known[] = {"qty", "is_in_stock", "backorders", "min_sale_qty", "max_sale_qty", "manage_stock",
		"source_code", NULL};
	HashTable *stock = read_object(c, root, p_stock);

	if (!stock || !check_known_keys(c, stock, p_stock, known)) return false;
	for (int i = 0; i < PIMSYNC_STOCK_FIELD_COUNT; i++) {
		const char *p[] = {"stock", pimsync_stock_field_names[i], NULL};
		const char *key;
		zval *v = field(stock, p, &key), d;
		if (!v) {
			ZVAL_NULL(&d);
			zend_hash_str_update(stock, key, strlen(key), &d);
			continue;
		}
		if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0) {
			return config_fail(c, p, "must be the code of an Akeneo attribute, or null (not synced)");
		}
		if (zend_string_equals(Z_STR_P(v), str_at_root_identifier(root))) {
			return config_fail(c, p, "is the identifier attribute, which holds the SKU");
		}
		for (int j = 0; j < i; j++) {
			zval *other = zend_hash_str_find(stock, pimsync_stock_field_names[j], strlen(pimsync_stock_field_names[j]));
			if (other && Z_TYPE_P(other) == IS_STRING && zend_string_equals(Z_STR_P(other), Z_STR_P(v))) {
				return config_fail(c, p, "is also stock.%s: one Akeneo attribute feeds one stock field", pimsync_stock_field_names[j]);
			}
		}
	}
	return read_string(c, stock, p_source, "default", false);
}

/* Akeneo association type => Magento link type ("related", "up_sell",
 * "cross_sell") or null (not synced). Akeneo's four standard types have
 * defaults; listing one replaces its default only. */
static bool validate_associations(config_ctx *c, HashTable *root)
{
	static const char *const p_assoc[] = {"associations", NULL};
	static const struct { const char *type, *link; } defaults[] = {
		{"X_SELL", "cross_sell"}, {"UPSELL", "up_sell"}, {"SUBSTITUTION", "related"}, {"PACK", "related"},
	};
	HashTable *map = read_object(c, root, p_assoc);
	zend_string *type;
	zval *link;

	if (!map) return false;
	ZEND_HASH_FOREACH_STR_KEY_VAL(map, type, link) {
		const char *p[] = {"associations", type ? ZSTR_VAL(type) : "", NULL};
		if (!type) return config_fail(c, p_assoc, "keys must be Akeneo association type codes");
		if (Z_TYPE_P(link) == IS_NULL) continue;
		if (Z_TYPE_P(link) != IS_STRING || (!zend_string_equals_literal(Z_STR_P(link), "related")
		    && !zend_string_equals_literal(Z_STR_P(link), "up_sell") && !zend_string_equals_literal(Z_STR_P(link), "cross_sell"))) {
			return config_fail(c, p, "must be \"related\", \"up_sell\", \"cross_sell\" or null (not synced)");
		}
	} ZEND_HASH_FOREACH_END();
	for (size_t i = 0; i < sizeof(defaults) / sizeof(defaults[0]); i++) {
		if (zend_hash_str_exists(map, defaults[i].type, strlen(defaults[i].type))) continue;
		zval d;
		ZVAL_STRING(&d, defaults[i].link);
		zend_hash_str_add(map, defaults[i].type, strlen(defaults[i].type), &d);
	}
	return true;
}

/* "structure": "off" (default), "auto" (sync runs the structure phase first),
 * or {"mode", "attribute_defaults"}; normalized to the object form. */
static bool validate_structure(config_ctx *c, HashTable *root)
{
	static const char *const p_structure[] = {"structure", NULL};
	static const char *const p_mode[] = {"structure", "mode", NULL};
	static const char *const p_defaults[] = {"structure", "attribute_defaults", NULL};
	static const char *const p_filterable[] = {"structure", "attribute_defaults", "is_filterable", NULL};
	static const char *const known[] = {"mode", "attribute_defaults", NULL};
	static const char *const flags[] = {"is_searchable", "used_in_product_listing", "is_comparable", "is_visible_on_front",
		"is_filterable_in_search", "used_for_sort_by", NULL};
	static const char *const known_defaults[] = {"is_filterable", "is_searchable", "used_in_product_listing", "is_comparable",
		"is_visible_on_front", "is_filterable_in_search", "used_for_sort_by", NULL};
	zval *v = zend_hash_str_find(root, "structure", sizeof("structure") - 1), *mode;
	HashTable *h, *defaults;
	bool short_form = v && Z_TYPE_P(v) == IS_STRING;

	if (short_form) {
		zval obj;
		array_init(&obj);
		add_assoc_str(&obj, "mode", zend_string_copy(Z_STR_P(v)));
		zend_hash_str_update(root, "structure", sizeof("structure") - 1, &obj);
	}
	if (!(h = read_object(c, root, p_structure)) || !check_known_keys(c, h, p_structure, known)) return false;
	if (!read_string(c, h, p_mode, "off", false)) return false;
	mode = zend_hash_str_find(h, "mode", sizeof("mode") - 1);
	if (!zend_string_equals_literal(Z_STR_P(mode), "off") && !zend_string_equals_literal(Z_STR_P(mode), "auto")) {
		return config_fail(c, short_form ? p_structure : p_mode, "must be \"off\" or \"auto\"");
	}
	if (!(defaults = read_object(c, h, p_defaults)) || !check_known_keys(c, defaults, p_defaults, known_defaults)) return false;
	/* Magento's own defaults for an attribute made in the admin: nothing in layered navigation or search */
	if (!read_long(c, defaults, p_filterable, 0, 0, 2)) return false;
	for (int i = 0; flags[i]; i++) {
		const char *p[] = {"structure", "attribute_defaults", flags[i], NULL};
		if (!read_bool(c, defaults, p, false)) return false;
	}
	return true;
}

/* ---- images.download (issue 8, downloads: image_fetch.h) ---- */

/* "img.example.com", "*.example.com", "203.0.113.7" or "[2001:db8::1]": a host, never a URL */
static bool host_pattern_ok(const char *h, size_t len)
{
	size_t i = 0;
	if (len >= 2 && h[0] == '*' && h[1] == '.') i = 2;
	if (i == len) return false;
	for (; i < len; i++) {
		char ch = h[i];
		if (!(isalnum((unsigned char) ch) || ch == '.' || ch == '-' || ch == '_' || ch == ':' || ch == '[' || ch == ']')) return false;
	}
	return true;
}

static bool validate_images_download(config_ctx *c, HashTable *images)
{
	static const char *const p_download[] = {"images", "download", NULL};
	static const char *const p_concurrency[] = {"images", "download", "concurrency", NULL};
	static const char *const p_per_host[] = {"images", "download", "per_host", NULL};
	static const char *const p_connect[] = {"images", "download", "connect_timeout", NULL};
	static const char *const p_timeout[] = {"images", "download", "timeout", NULL};
	static const char *const p_max_bytes[] = {"images", "download", "max_bytes", NULL};
	static const char *const p_hosts[] = {"images", "download", "allowed_hosts", NULL};
	static const char *const p_private[] = {"images", "download", "allow_private_addresses", NULL};
	static const char *const p_redirects[] = {"images", "download", "max_redirects", NULL};
	static const char *const known[] = {"concurrency", "per_host", "connect_timeout", "timeout", "max_bytes",
		"allowed_hosts", "allow_private_addresses", "max_redirects", NULL};
	HashTable *h;
	zval *hosts, *entry;

	if (!(h = read_object(c, images, p_download)) || !check_known_keys(c, h, p_download, known)) return false;
	if (!read_long(c, h, p_concurrency, 16, 1, 256)) return false;
	if (!read_long(c, h, p_per_host, 8, 1, 256)) return false;
	if (!read_long(c, h, p_connect, 5, 1, 300)) return false;         /* seconds */
	if (!read_long(c, h, p_timeout, 60, 1, 3600)) return false;       /* seconds, the whole transfer */
	if (!read_long(c, h, p_max_bytes, 20 * 1024 * 1024, 1024, 1024 * 1024 * 1024)) return false;
	if (!read_long(c, h, p_redirects, 3, 0, 10)) return false;
	if (!read_bool(c, h, p_private, false)) return false;
	hosts = zend_hash_str_find(h, "allowed_hosts", sizeof("allowed_hosts") - 1);
	if (!hosts || Z_TYPE_P(hosts) == IS_NULL) {
		zval d;
		array_init(&d);
		zend_hash_str_update(h, "allowed_hosts", sizeof("allowed_hosts") - 1, &d);
		return true;
	}
	if (Z_TYPE_P(hosts) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(hosts)) > 0 && !HT_IS_PACKED(Z_ARRVAL_P(hosts)))) {
		return config_fail(c, p_hosts, "must be a list of host names such as \"img.example.com\" or \"*.example.com\"");
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(hosts), entry) {
		if (Z_TYPE_P(entry) != IS_STRING || !host_pattern_ok(Z_STRVAL_P(entry), Z_STRLEN_P(entry))) {
			return config_fail(c, p_hosts, "%s%.80s%s is not a host: give \"img.example.com\" or \"*.example.com\" (no scheme, port or path)",
				Z_TYPE_P(entry) == IS_STRING ? "\"" : "", Z_TYPE_P(entry) == IS_STRING ? Z_STRVAL_P(entry) : "an entry that is not a string",
				Z_TYPE_P(entry) == IS_STRING ? "\"" : "");
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* ---- end of images.download ---- */

static zend_string *images_str(HashTable *h, const char *key)
{
	zval *v = zend_hash_str_find(h, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}

/* ---- images: files and gallery (img-gallery: media_root, keep_replaced_hours,
 * local_root). img-jobs owns the "images" object and its other keys; its
 * validate_images calls validate_images_files and lists these three among
 * its known keys. ---- */

/* <root>/pub/media of the Magento install the config file lies in (an
 * ancestor of base_dir holding app/etc/env.php and pub/media), or NULL. */
static zend_string *magento_media_root(const char *base_dir)
{
	char dir[MAXPATHLEN];
	zend_stat_t st;
	if (!base_dir || !base_dir[0] || strlen(base_dir) >= sizeof(dir)) return NULL;
	snprintf(dir, sizeof(dir), "%s", base_dir);
	for (int up = 0; up < 4 && dir[0]; up++) {
		char env[MAXPATHLEN + 32], media[MAXPATHLEN + 32], *slash;
		snprintf(env, sizeof(env), "%s/app/etc/env.php", dir);
		snprintf(media, sizeof(media), "%s/pub/media", dir);
		if (VCWD_STAT(env, &st) == 0 && S_ISREG(st.st_mode) && VCWD_STAT(media, &st) == 0 && S_ISDIR(st.st_mode)) {
			return zend_string_init(media, strlen(media), 0);
		}
		if (!(slash = strrchr(dir, '/'))) break;
		*slash = '\0';
	}
	return NULL;
}

static bool validate_images_files(config_ctx *c, HashTable *images)
{
	static const char *const p_root[] = {"images", "media_root", NULL};
	static const char *const p_keep[] = {"images", "keep_replaced_hours", NULL};
	static const char *const p_local[] = {"images", "local_root", NULL};
	const char *const *paths[] = {p_root, p_local};
	zval *v;

	/* a replaced image stays disabled a day by default: a rollback can bring it back */
	if (!read_long(c, images, p_keep, 24, 0, 8760)) return false;
	for (int i = 0; i < 2; i++) {
		const char *key = paths[i][1];
		if (!read_string(c, images, paths[i], NULL, false)) return false;
		v = zend_hash_str_find(images, key, strlen(key));
		if (Z_TYPE_P(v) == IS_STRING) {
			zend_string *abs = resolve_path(c, Z_STR_P(v));
			if (ZSTR_LEN(abs) > 1 && ZSTR_VAL(abs)[ZSTR_LEN(abs) - 1] == '/') ZSTR_LEN(abs)--;
			zval d;
			ZVAL_STR(&d, abs);
			zend_hash_str_update(images, key, strlen(key), &d);
		} else if (i == 0) {
			zend_string *found = magento_media_root(c->base_dir);
			if (found) {
				zval d;
				ZVAL_STR(&d, found);
				zend_hash_str_update(images, key, strlen(key), &d);
			}
		}
	}
	return true;
}

static void config_bind_images_files(pimsync_config *cfg, HashTable *images)
{
	cfg->media.media_root = images_str(images, "media_root");
	cfg->media.local_root = images_str(images, "local_root");
	zval *v = zend_hash_str_find(images, "keep_replaced_hours", sizeof("keep_replaced_hours") - 1);
	cfg->media.keep_replaced_hours = v && Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : 24;
}
/* ---- end of images: files and gallery ---- */

/* ==== ownership (issue 9, part OWN) =======================================
 * "source.system" (pim or erp: which system this source speaks for) and
 * "ownership" (the matrix: ownership.h). Without "ownership" the matrix is
 * "none": nothing is enforced, the one source writes everything. */

static zend_string *str_at(HashTable *h, const char *key);
static HashTable *arr_at(HashTable *h, const char *key);

static bool validate_source_system(config_ctx *c, HashTable *root)
{
	static const char *const p_system[] = {"source", "system", NULL};
	HashTable *src = arr_at(root, "source");
	zval *v = src ? zend_hash_str_find(src, "system", sizeof("system") - 1) : NULL;
	if (!src) return true;
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		zval d;
		/* the Akeneo sources speak for the PIM, a CSV export for the ERP */
		zend_string *type = str_at(src, "type");
		ZVAL_STRING(&d, type && zend_string_equals_literal(type, "csv") ? "erp" : "pim");
		zend_hash_str_update(src, "system", sizeof("system") - 1, &d);
		return true;
	}
	if (Z_TYPE_P(v) == IS_STRING && zend_string_equals_literal(Z_STR_P(v), "magento")) {
		return config_fail(c, p_system, "Magento is where values land, not a source: \"pim\" or \"erp\"");
	}
	if (Z_TYPE_P(v) != IS_STRING || (!zend_string_equals_literal(Z_STR_P(v), "pim") && !zend_string_equals_literal(Z_STR_P(v), "erp"))) {
		return config_fail(c, p_system, "must be \"pim\" or \"erp\": the system this source speaks for");
	}
	return true;
}

static bool read_owner(config_ctx *c, HashTable *obj, const char *const *path, const char *dflt)
{
	const char *key;
	zval *v = field(obj, path, &key), d;
	if (!v && dflt) {
		ZVAL_STRING(&d, dflt);
		zend_hash_str_update(obj, key, strlen(key), &d);
		return true;
	}
	if (!v) return config_fail(c, path, "is required: \"pim\", \"erp\" or \"magento\"");
	if (Z_TYPE_P(v) != IS_STRING || pimsync_system_from_name(Z_STRVAL_P(v), Z_STRLEN_P(v)) < 0) {
		return config_fail(c, path, "must be \"pim\", \"erp\" or \"magento\" (a magento-owned field is written by no source)");
	}
	return true;
}

/* One entry of ownership.fields: {"owner", "class", "rules"}; class and rules
 * default to the default table's row of the field, else "daily" and "". */
static bool validate_ownership_field(config_ctx *c, zend_string *code, zval *entry)
{
	const char *p[] = {"ownership", "fields", ZSTR_VAL(code), NULL};
	const char *p_owner[] = {"ownership", "fields", ZSTR_VAL(code), "owner", NULL};
	const char *p_class[] = {"ownership", "fields", ZSTR_VAL(code), "class", NULL};
	const char *p_rules[] = {"ownership", "fields", ZSTR_VAL(code), "rules", NULL};
	static const char *const known[] = {"owner", "class", "rules", NULL};
	pimsync_system owner;
	pimsync_sync_class sync_class = PIMSYNC_CLASS_DAILY;
	const char *rules = "";
	zval *v, d;

	if (!pimsync_ownership_keyword(ZSTR_VAL(code), ZSTR_LEN(code)) && !pimsync_ownership_plausible_code(ZSTR_VAL(code), ZSTR_LEN(code))) {
		return config_fail(c, p, "is neither a field of the matrix (status, stock, price, categories, websites, links, images) nor"
		                   " a Magento attribute code (a letter, then letters, digits or _, at most 60)");
	}
	if (Z_TYPE_P(entry) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(entry)) && HT_IS_PACKED(Z_ARRVAL_P(entry)))) {
		return config_fail(c, p, "must be {\"owner\": \"pim\"|\"erp\"|\"magento\", \"class\": \"realtime\"|\"daily\"|\"weekly\", \"rules\": \"…\"}");
	}
	SEPARATE_ARRAY(entry);
	if (!check_known_keys(c, Z_ARRVAL_P(entry), p, known) || !read_owner(c, Z_ARRVAL_P(entry), p_owner, NULL)) return false;
	pimsync_ownership_default_row(ZSTR_VAL(code), ZSTR_LEN(code), &owner, &sync_class, &rules);
	v = zend_hash_str_find(Z_ARRVAL_P(entry), "class", sizeof("class") - 1);
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		ZVAL_STRING(&d, pimsync_class_names[sync_class]);
		zend_hash_str_update(Z_ARRVAL_P(entry), "class", sizeof("class") - 1, &d);
	} else if (Z_TYPE_P(v) != IS_STRING || pimsync_class_from_name(Z_STRVAL_P(v), Z_STRLEN_P(v)) < 0) {
		return config_fail(c, p_class, "must be \"realtime\" (hot data), \"daily\" (cold data) or \"weekly\" (taxonomy, reference data)");
	}
	v = zend_hash_str_find(Z_ARRVAL_P(entry), "rules", sizeof("rules") - 1);
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		ZVAL_STRING(&d, rules);
		zend_hash_str_update(Z_ARRVAL_P(entry), "rules", sizeof("rules") - 1, &d);
	} else if (Z_TYPE_P(v) != IS_STRING) {
		return config_fail(c, p_rules, "must be a string: the rules, as the sheet shows them");
	}
	return true;
}

static bool validate_ownership(config_ctx *c, HashTable *root)
{
	static const char *const p_own[] = {"ownership", NULL};
	static const char *const p_matrix[] = {"ownership", "matrix", NULL};
	static const char *const p_default[] = {"ownership", "default_owner", NULL};
	static const char *const p_fields[] = {"ownership", "fields", NULL};
	static const char *const known[] = {"matrix", "default_owner", "fields", NULL};
	HashTable *own, *fields;
	zend_string *code;
	zval *v, *entry;

	if (!validate_source_system(c, root)) return false;
	if (!(own = read_object(c, root, p_own)) || !check_known_keys(c, own, p_own, known)) return false;
	if (!read_string(c, own, p_matrix, "none", false)) return false;
	v = zend_hash_str_find(own, "matrix", sizeof("matrix") - 1);
	if (!zend_string_equals_literal(Z_STR_P(v), "none") && !zend_string_equals_literal(Z_STR_P(v), "default")) {
		return config_fail(c, p_matrix, "must be \"none\" (nothing enforced) or \"default\" (DESIGN.md's matrix, with \"fields\" over it)");
	}
	bool enforced = zend_string_equals_literal(Z_STR_P(v), "default");
	if (!read_owner(c, own, p_default, "pim")) return false;
	if (!(fields = read_object(c, own, p_fields))) return false;
	if (!enforced && zend_hash_num_elements(fields)) {
		return config_fail(c, p_fields, "with matrix \"none\" nothing is enforced: set \"matrix\": \"default\" for these fields to count");
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(fields, code, entry) {
		if (!code) return config_fail(c, p_fields, "keys must be fields: a Magento attribute code or status, stock, price, categories,"
		                              " websites, links, images");
		if (!validate_ownership_field(c, code, entry)) return false;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static void config_bind_ownership(pimsync_config *cfg, HashTable *root)
{
	zend_string *system = str_at(arr_at(root, "source"), "system");
	cfg->source_system = system && zend_string_equals_literal(system, "erp") ? PIMSYNC_SYSTEM_ERP : PIMSYNC_SYSTEM_PIM;
	pimsync_ownership_init(&cfg->ownership, arr_at(root, "ownership"));
	cfg->ownership_bound = true;
}
/* ==== end of ownership ==================================================== */

static bool validate_images(config_ctx *c, HashTable *root);
static bool validate_validation(config_ctx *c, HashTable *root);

static bool validate_root(config_ctx *c, HashTable *root)
{
	static const char *const top[] = {NULL};
	static const char *const known[] = {"source", "identifier_attribute", "locales", "admin_locale", "channel", "channels",
		"websites", "families", "default_attribute_set", "attributes", "map_unlisted_attributes", "currency",
		"units", "categories", "options", "absent", "absent_max_percent", "batch_size", "defaults", "url_rewrites", "url_suffix", "load_data",
		"unsupported_characters", "name_fallback", "attribute_sets", "stock", "associations", "structure", "configurables", "images",
		"ownership", "validation",
		"transformations", /* part TRF: transforms_bind */
		NULL};
	static const char *const p_conf[] = {"configurables", NULL};
	static const char *const p_conf_enabled[] = {"configurables", "enabled", NULL};
	static const char *const p_conf_vis[] = {"configurables", "child_visibility", NULL};
	static const char *const known_conf[] = {"enabled", "child_visibility", NULL};
	static const char *const p_ident[] = {"identifier_attribute", NULL};
	static const char *const p_set[] = {"default_attribute_set", NULL};
	static const char *const p_unlisted[] = {"map_unlisted_attributes", NULL};
	static const char *const p_currency[] = {"currency", NULL};
	static const char *const p_options[] = {"options", NULL};
	static const char *const p_opt_create[] = {"options", "create_missing", NULL};
	static const char *const p_absent[] = {"absent", NULL};
	static const char *const p_batch[] = {"batch_size", NULL};
	static const char *const p_absent_max[] = {"absent_max_percent", NULL};
	static const char *const p_chars[] = {"unsupported_characters", NULL};
	static const char *const p_fallback[] = {"name_fallback", NULL};
	static const char *const p_sets[] = {"attribute_sets", NULL};
	static const char *const p_sets_assign[] = {"attribute_sets", "assign_missing", NULL};
	static const char *const p_sets_group[] = {"attribute_sets", "group", NULL};
	static const char *const known_sets[] = {"assign_missing", "group", NULL};
	static const char *const p_defaults[] = {"defaults", NULL};
	static const char *const p_visibility[] = {"defaults", "visibility", NULL};
	static const char *const p_tax[] = {"defaults", "tax_class_id", NULL};
	static const char *const p_rewrites[] = {"url_rewrites", NULL};
	static const char *const p_suffix[] = {"url_suffix", NULL};
	static const char *const p_load[] = {"load_data", NULL};
	static const char *const known_options[] = {"create_missing", NULL};
	static const char *const known_defaults[] = {"visibility", "tax_class_id", NULL};
	HashTable *h;
	zval *v;

	if (!check_known_keys(c, root, top, known)) return false;
	if (!validate_source(c, root)) return false;
	if (!read_string(c, root, p_ident, "sku", false)) return false;
	if (!validate_locales(c, root)) return false;
	if (!validate_channels(c, root)) return false;
	if (!validate_string_map(c, root, "families")) return false;
	if (!read_string(c, root, p_set, "Default", false)) return false;
	if (!validate_attributes(c, root)) return false;
	if (!read_bool(c, root, p_unlisted, true)) return false;
	/* one currency or several tried in order; amounts are never converted between them */
	v = zend_hash_str_find(root, "currency", sizeof("currency") - 1);
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		zval d;
		array_init(&d);
		add_next_index_string(&d, "USD");
		zend_hash_str_update(root, "currency", sizeof("currency") - 1, &d);
	} else if (!normalize_string_list(c, v, p_currency)) {
		return false;
	}

	/* no default for weight here: without one, the unit comes from Magento's own setting */
	if (!validate_string_map(c, root, "units")) return false;
	if (!validate_categories(c, root)) return false;
	if (!validate_associations(c, root)) return false;

	if (!(h = read_object(c, root, p_options)) || !check_known_keys(c, h, p_options, known_options)) return false;
	if (!read_bool(c, h, p_opt_create, true)) return false;

	if (!read_string(c, root, p_absent, "ignore", false)) return false;
	v = zend_hash_str_find(root, "absent", sizeof("absent") - 1);
	if (!zend_string_equals_literal(Z_STR_P(v), "ignore") && !zend_string_equals_literal(Z_STR_P(v), "disable")) {
		return config_fail(c, p_absent, "must be \"ignore\" or \"disable\"");
	}
	if (!read_long(c, root, p_absent_max, 10, 0, 100)) return false;
	v = zend_hash_str_find(root, "name_fallback", sizeof("name_fallback") - 1);
	if (!v || Z_TYPE_P(v) == IS_NULL) {
		zval d;
		array_init(&d);
		add_next_index_string(&d, "name");
		add_next_index_string(&d, "variation_name");
		zend_hash_str_update(root, "name_fallback", sizeof("name_fallback") - 1, &d);
	} else if (!(Z_TYPE_P(v) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(v)) == 0) && !normalize_string_list(c, v, p_fallback)) {
		return false;
	}
	if (!(h = read_object(c, root, p_sets)) || !check_known_keys(c, h, p_sets, known_sets)) return false;
	if (!read_bool(c, h, p_sets_assign, true)) return false;
	if (!read_string(c, h, p_sets_group, "PIM", false)) return false;
	if (!(h = read_object(c, root, p_conf)) || !check_known_keys(c, h, p_conf, known_conf)) return false;
	if (!read_bool(c, h, p_conf_enabled, true)) return false;
	/* 1: Not Visible Individually, as Magento makes a configurable's children */
	if (!read_long(c, h, p_conf_vis, 1, 1, 4)) return false;
	if (!read_string(c, root, p_chars, "replace", false)) return false;
	v = zend_hash_str_find(root, "unsupported_characters", sizeof("unsupported_characters") - 1);
	if (!zend_string_equals_literal(Z_STR_P(v), "replace") && !zend_string_equals_literal(Z_STR_P(v), "strip")
	    && !zend_string_equals_literal(Z_STR_P(v), "reject_value")) {
		return config_fail(c, p_chars, "must be \"replace\" (U+FFFD), \"strip\" or \"reject_value\"");
	}
	/* 10,000 SKUs keep a batch's IN lists far under any max_allowed_packet */
	if (!read_long(c, root, p_batch, 1000, 1, 10000)) return false;
	if (!(h = read_object(c, root, p_defaults)) || !check_known_keys(c, h, p_defaults, known_defaults)) return false;
	if (!read_long(c, h, p_visibility, 4, 1, 4)) return false;
	if (!read_long(c, h, p_tax, 2, 0, ZEND_LONG_MAX)) return false;
	if (!read_bool(c, root, p_rewrites, true)) return false;
	if (!validate_structure(c, root)) return false;
	if (!read_bool(c, root, p_load, true)) return false;
	if (!validate_stock(c, root)) return false;
	if (!validate_images(c, root)) return false;
	if (!validate_ownership(c, root)) return false;
	if (!validate_validation(c, root)) return false;
	v = zend_hash_str_find(root, "url_suffix", sizeof("url_suffix") - 1);
	if (!v) {
		zval d;
		ZVAL_STRING(&d, ".html");
		zend_hash_str_update(root, "url_suffix", sizeof("url_suffix") - 1, &d);
	} else if (Z_TYPE_P(v) != IS_STRING) {
		return config_fail(c, p_suffix, "must be a string such as \".html\" or \"\"");
	}
	return true;
}

static zend_string *str_at(HashTable *h, const char *key)
{
	zval *v = zend_hash_str_find(h, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}

static HashTable *arr_at(HashTable *h, const char *key)
{
	zval *v = zend_hash_str_find(h, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_ARRAY ? Z_ARRVAL_P(v) : NULL;
}

/* ---- "validation": layer 0 and 1 rules (validation_rules.h) ---- */

static bool rule_list_ok(config_ctx *c, HashTable *rule, const char *key, const char *const *p, bool required)
{
	zval *v = zend_hash_str_find(rule, key, strlen(key));
	if (!v || Z_TYPE_P(v) == IS_NULL) return required ? config_fail(c, p, "is required for this kind") : true;
	if (!normalize_string_list(c, v, p)) return false;
	if (!zend_hash_num_elements(Z_ARRVAL_P(v))) return config_fail(c, p, "must list at least one");
	return true;
}

static bool validate_rule(config_ctx *c, HashTable *rule, uint32_t index, HashTable *names)
{
	static const char *const known[] = {"rule", "kind", "action", "attribute", "reference", "min", "max", "any_of", "values",
		"attributes", "attribute_sets", "types", "pattern", "tolerance", NULL};
	char at[16];
	snprintf(at, sizeof(at), "%u", index);
	const char *p_rule[] = {"validation", "rules", at, NULL};
	const char *p_name[] = {"validation", "rules", at, "rule", NULL};
	const char *p_kind[] = {"validation", "rules", at, "kind", NULL};
	const char *p_action[] = {"validation", "rules", at, "action", NULL};
	const char *p_attr[] = {"validation", "rules", at, "attribute", NULL};
	const char *p_ref[] = {"validation", "rules", at, "reference", NULL};
	const char *p_min[] = {"validation", "rules", at, "min", NULL};
	const char *p_max[] = {"validation", "rules", at, "max", NULL};
	const char *p_any[] = {"validation", "rules", at, "any_of", NULL};
	const char *p_values[] = {"validation", "rules", at, "values", NULL};
	const char *p_attrs[] = {"validation", "rules", at, "attributes", NULL};
	const char *p_sets[] = {"validation", "rules", at, "attribute_sets", NULL};
	const char *p_types[] = {"validation", "rules", at, "types", NULL};
	const char *p_pattern[] = {"validation", "rules", at, "pattern", NULL};
	const char *p_tolerance[] = {"validation", "rules", at, "tolerance", NULL};
	zval *v, *item;
	int kind = -1;

	if (!check_known_keys(c, rule, p_rule, known)) return false;
	if (!read_string(c, rule, p_name, NULL, true)) return false;
	zend_string *name = str_at(rule, "rule");
	/* the value issue kind "L1:<rule>" fits pimsync_value_issue.kind, VARCHAR(32) */
	for (size_t i = 0; i < ZSTR_LEN(name); i++) {
		char ch = ZSTR_VAL(name)[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '_') || ZSTR_LEN(name) > 29) {
			return config_fail(c, p_name, "must be 1 to 29 characters of a-z, 0-9 and _");
		}
	}
	if (!zend_hash_add_empty_element(names, name)) return config_fail(c, p_name, "another rule has the name \"%s\"", ZSTR_VAL(name));
	if (!read_string(c, rule, p_kind, NULL, true)) return false;
	for (int k = 0; k < PIMSYNC_RULE_KINDS; k++) {
		if (zend_string_equals_cstr(str_at(rule, "kind"), pimsync_rule_kind_names[k], strlen(pimsync_rule_kind_names[k]))) kind = k;
	}
	if (kind < 0) {
		return config_fail(c, p_kind, "must be range, ratio, length, no_html, contains, allowed, required, category_exists, sku_pattern,"
		                   " drift or unique");
	}
	bool whole = kind == PIMSYNC_RULE_REQUIRED || kind == PIMSYNC_RULE_SKU_PATTERN;
	if (!read_string(c, rule, p_action, whole ? "reject_record" : "reject_value", false)) return false;
	zend_string *action = str_at(rule, "action");
	if (!zend_string_equals_literal(action, "reject_value") && !zend_string_equals_literal(action, "reject_record")
	    && !zend_string_equals_literal(action, "write_disabled")) {
		return config_fail(c, p_action, "must be reject_value, reject_record or write_disabled");
	}
	if (whole && zend_string_equals_literal(action, "reject_value")) {
		return config_fail(c, p_action, "a %s rule has no value to reject: reject_record or write_disabled", pimsync_rule_kind_names[kind]);
	}
	if (kind == PIMSYNC_RULE_SKU_PATTERN && !zend_string_equals_literal(action, "reject_record")) {
		return config_fail(c, p_action, "a record whose SKU is malformed is rejected: reject_record");
	}
	/* layer 2 is checked in the batch, against Magento's values: the value is what it can refuse */
	if (kind >= PIMSYNC_RULE_DRIFT && !zend_string_equals_literal(action, "reject_value")) {
		return config_fail(c, p_action, "a %s rule leaves the value out: reject_value", pimsync_rule_kind_names[kind]);
	}
	v = zend_hash_str_find(rule, "tolerance", 9);
	if (kind == PIMSYNC_RULE_DRIFT) {
		if (!v || (Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_DOUBLE) || zval_get_double(v) <= 0) {
			return config_fail(c, p_tolerance, "must be a number above 0: the share of Magento's value a new one may differ by (0.1: 10 %%)");
		}
	} else if (v) {
		return config_fail(c, p_tolerance, "is for drift rules only");
	}
	bool on_value = kind <= PIMSYNC_RULE_ALLOWED || kind >= PIMSYNC_RULE_DRIFT;
	if (on_value ? !read_string(c, rule, p_attr, NULL, true) : zend_hash_str_exists(rule, "attribute", 9)) {
		return on_value ? false : config_fail(c, p_attr, "is for rules on one attribute's values");
	}
	if (kind == PIMSYNC_RULE_RATIO ? !read_string(c, rule, p_ref, NULL, true) : zend_hash_str_exists(rule, "reference", 9)) {
		return kind == PIMSYNC_RULE_RATIO ? false : config_fail(c, p_ref, "is for ratio rules only");
	}
	bool bounded = kind == PIMSYNC_RULE_RANGE || kind == PIMSYNC_RULE_RATIO || kind == PIMSYNC_RULE_LENGTH;
	const char *const *p_bounds[] = {p_min, p_max};
	for (int b = 0; b < 2; b++) {
		v = zend_hash_str_find(rule, b ? "max" : "min", 3);
		if (!v) continue;
		if (!bounded) return config_fail(c, p_bounds[b], "is for range, ratio and length rules");
		if (Z_TYPE_P(v) != IS_LONG && !(Z_TYPE_P(v) == IS_DOUBLE && kind != PIMSYNC_RULE_LENGTH)) {
			return config_fail(c, p_bounds[b], kind == PIMSYNC_RULE_LENGTH ? "must be a whole number of characters" : "must be a number");
		}
		if (kind == PIMSYNC_RULE_LENGTH && Z_LVAL_P(v) < 0) return config_fail(c, p_bounds[b], "must be 0 or more");
	}
	if (bounded) {
		zval *mn = zend_hash_str_find(rule, "min", 3), *mx = zend_hash_str_find(rule, "max", 3);
		if (!mn && !mx) return config_fail(c, p_rule, "a %s rule needs min, max or both", pimsync_rule_kind_names[kind]);
		if (mn && mx && zval_get_double(mn) > zval_get_double(mx)) return config_fail(c, p_min, "is greater than max");
	}
	const struct { const char *key; const char *const *path; int kind; } lists[] = {
		{"any_of", p_any, PIMSYNC_RULE_CONTAINS}, {"values", p_values, PIMSYNC_RULE_ALLOWED},
		{"attributes", p_attrs, PIMSYNC_RULE_REQUIRED},
	};
	for (size_t i = 0; i < sizeof(lists) / sizeof(lists[0]); i++) {
		if (kind == lists[i].kind) {
			if (!rule_list_ok(c, rule, lists[i].key, lists[i].path, true)) return false;
		} else if (zend_hash_str_exists(rule, lists[i].key, strlen(lists[i].key))) {
			return config_fail(c, lists[i].path, "is for %s rules only", pimsync_rule_kind_names[lists[i].kind]);
		}
	}
	const char *const *p_scope[] = {p_sets, p_types};
	for (int i = 0; i < 2; i++) {
		const char *key = i ? "types" : "attribute_sets";
		if (!zend_hash_str_exists(rule, key, strlen(key))) continue;
		if (kind != PIMSYNC_RULE_REQUIRED) return config_fail(c, p_scope[i], "is for required rules only");
		if (!rule_list_ok(c, rule, key, p_scope[i], false)) return false;
	}
	if ((v = zend_hash_str_find(rule, "types", 5)) && Z_TYPE_P(v) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(v), item) {
			if (!zend_string_equals_literal(Z_STR_P(item), "simple") && !zend_string_equals_literal(Z_STR_P(item), "configurable")) {
				return config_fail(c, p_types, "lists \"simple\" and \"configurable\", the types pimsync writes");
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (kind != PIMSYNC_RULE_SKU_PATTERN) {
		if (zend_hash_str_exists(rule, "pattern", 7)) return config_fail(c, p_pattern, "is for sku_pattern rules only");
		return true;
	}
	if (!read_string(c, rule, p_pattern, NULL, true)) return false;
	/* compiled now, so that a bad pattern fails here with its line rather than at run start */
	int reporting = EG(error_reporting);
	EG(error_reporting) = 0;
	bool compiled = pcre_get_compiled_regex_cache(str_at(rule, "pattern")) != NULL;
	EG(error_reporting) = reporting;
	if (!compiled) return config_fail(c, p_pattern, "is not a pattern preg_match accepts (with delimiters, such as \"/^[A-Z0-9-]+$/\")");
	return true;
}

static bool validate_validation(config_ctx *c, HashTable *root)
{
	static const char *const p_validation[] = {"validation", NULL};
	static const char *const p_rules[] = {"validation", "rules", NULL};
	static const char *const known[] = {"rules", NULL};
	HashTable *h = read_object(c, root, p_validation), names;
	zval *rules, *rule, d;
	uint32_t i = 0;
	bool ok = true;

	if (!h || !check_known_keys(c, h, p_validation, known)) return false;
	rules = zend_hash_str_find(h, "rules", 5);
	if (!rules || Z_TYPE_P(rules) == IS_NULL) {
		array_init(&d);
		zend_hash_str_update(h, "rules", 5, &d);
		return true;
	}
	if (Z_TYPE_P(rules) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(rules)) && !HT_IS_PACKED(Z_ARRVAL_P(rules)))) {
		return config_fail(c, p_rules, "must be a list of rules");
	}
	SEPARATE_ARRAY(rules);
	zend_hash_init(&names, 8, NULL, NULL, 0);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(rules), rule) {
		char at[16];
		snprintf(at, sizeof(at), "%u", i);
		const char *p_rule[] = {"validation", "rules", at, NULL};
		if (Z_TYPE_P(rule) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(rule)) && HT_IS_PACKED(Z_ARRVAL_P(rule)))) {
			ok = config_fail(c, p_rule, "must be an object");
			break;
		}
		SEPARATE_ARRAY(rule);
		if (!(ok = validate_rule(c, Z_ARRVAL_P(rule), i++, &names))) break;
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&names);
	return ok;
}

static zend_long long_at(HashTable *h, const char *key)
{
	zval *v = zend_hash_str_find(h, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : 0;
}

static bool bool_at(HashTable *h, const char *key)
{
	zval *v = zend_hash_str_find(h, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_TRUE;
}

/* ==== images (issue 8) ====================================================
 * Part J (image jobs) owns "images" and the keys below; part F parses
 * "images.download" and part G "images.media_root", "keep_replaced_hours" and
 * "local_root", each in a function of its own called at the marked spot. */

/* A duration in seconds (an integer or a decimal), normalized to a float. */
static bool read_seconds(config_ctx *c, HashTable *obj, const char *const *path, double dflt, double min, double max)
{
	const char *key;
	zval *v = field(obj, path, &key), d;
	double x = dflt;
	if (v) {
		if (Z_TYPE_P(v) == IS_LONG) x = (double) Z_LVAL_P(v);
		else if (Z_TYPE_P(v) == IS_DOUBLE) x = Z_DVAL_P(v);
		if ((Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_DOUBLE) || !(x >= min && x <= max)) {
			return config_fail(c, path, "must be a number of seconds from %g to %g", min, max);
		}
	}
	ZVAL_DOUBLE(&d, x);
	zend_hash_str_update(obj, key, strlen(key), &d);
	return true;
}

/* Roles are Magento media_image attributes (image, small_image, thumbnail,
 * swatch_image, or one of the catalog's own); the mapper checks they exist. */
static bool validate_image_roles(config_ctx *c, zval *roles, const char *const *path)
{
	zval *role, *other;
	if (Z_TYPE_P(roles) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(roles)) && !HT_IS_PACKED(Z_ARRVAL_P(roles)))) {
		return config_fail(c, path, "must be a list of Magento image roles such as [\"image\", \"small_image\", \"thumbnail\"]");
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(roles), role) {
		if (Z_TYPE_P(role) != IS_STRING || Z_STRLEN_P(role) == 0) {
			return config_fail(c, path, "must be a list of Magento image roles such as [\"image\", \"small_image\", \"thumbnail\"]");
		}
		if (zend_string_equals_literal(Z_STR_P(role), "media_gallery")) {
			return config_fail(c, path, "media_gallery is the gallery itself, not a role");
		}
		uint32_t same = 0;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(roles), other) {
			if (Z_TYPE_P(other) == IS_STRING && zend_string_equals(Z_STR_P(other), Z_STR_P(role))) same++;
		} ZEND_HASH_FOREACH_END();
		if (same > 1) return config_fail(c, path, "names the role %s twice", Z_STRVAL_P(role));
	} ZEND_HASH_FOREACH_END();
	return true;
}

static void add_default_roles(zval *rule)
{
	zval roles;
	array_init(&roles);
	add_next_index_string(&roles, "image");
	add_next_index_string(&roles, "small_image");
	add_next_index_string(&roles, "thumbnail");
	zend_hash_str_update(Z_ARRVAL_P(rule), "roles", sizeof("roles") - 1, &roles);
}

/* "attributes": Akeneo code => {"roles", "gallery", "position", "label"},
 * a list of roles (shorthand for {"roles": […]}), true ({}), or null (not
 * an image). Normalized to the object form with every default. When no
 * listed attribute takes image, small_image or thumbnail, the first in
 * gallery order takes all three: a product needs a base image. */
static bool validate_image_attributes(config_ctx *c, HashTable *images)
{
	static const char *const p_attrs[] = {"images", "attributes", NULL};
	static const char *const known[] = {"roles", "gallery", "position", "label", NULL};
	HashTable *attrs = read_object(c, images, p_attrs);
	zend_string *code;
	zval *rule, *first = NULL;
	bool any_standard = false; /* some listed attribute takes image, small_image or thumbnail */
	zend_long listed = 0, first_position = 0;

	if (!attrs) return false;
	ZEND_HASH_FOREACH_STR_KEY_VAL(attrs, code, rule) {
		if (!code) return config_fail(c, p_attrs, "keys must be Akeneo attribute codes");
		const char *p[] = {"images", "attributes", ZSTR_VAL(code), NULL};
		const char *p_roles[] = {"images", "attributes", ZSTR_VAL(code), "roles", NULL};
		const char *p_gallery[] = {"images", "attributes", ZSTR_VAL(code), "gallery", NULL};
		const char *p_position[] = {"images", "attributes", ZSTR_VAL(code), "position", NULL};
		const char *p_label[] = {"images", "attributes", ZSTR_VAL(code), "label", NULL};
		if (Z_TYPE_P(rule) == IS_NULL) continue;
		if (Z_TYPE_P(rule) == IS_TRUE || (Z_TYPE_P(rule) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(rule))
		                                  && HT_IS_PACKED(Z_ARRVAL_P(rule)))) {
			zval norm;
			array_init(&norm);
			if (Z_TYPE_P(rule) == IS_ARRAY) {
				Z_ADDREF_P(rule);
				add_assoc_zval(&norm, "roles", rule);
			}
			zval_ptr_dtor(rule);
			ZVAL_COPY_VALUE(rule, &norm);
		} else if (Z_TYPE_P(rule) != IS_ARRAY) {
			return config_fail(c, p, "must be {\"roles\", \"gallery\", \"position\", \"label\"}, a list of roles, true or null"
			                   " (not an image)");
		}
		SEPARATE_ARRAY(rule);
		if (!check_known_keys(c, Z_ARRVAL_P(rule), p, known)) return false;
		zval *roles = zend_hash_str_find(Z_ARRVAL_P(rule), "roles", sizeof("roles") - 1);
		if (roles && Z_TYPE_P(roles) != IS_NULL) {
			zval *role;
			if (!validate_image_roles(c, roles, p_roles)) return false;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(roles), role) {
				any_standard |= zend_string_equals_literal(Z_STR_P(role), "image") || zend_string_equals_literal(Z_STR_P(role), "small_image")
					|| zend_string_equals_literal(Z_STR_P(role), "thumbnail");
			} ZEND_HASH_FOREACH_END();
		} else {
			zval none;
			array_init(&none);
			zend_hash_str_update(Z_ARRVAL_P(rule), "roles", sizeof("roles") - 1, &none);
		}
		listed++;
		if (!read_bool(c, Z_ARRVAL_P(rule), p_gallery, true)) return false;
		/* unpositioned, the listing order is the gallery order */
		if (!read_long(c, Z_ARRVAL_P(rule), p_position, listed, 1, 100000)) return false;
		if (!read_string(c, Z_ARRVAL_P(rule), p_label, NULL, false)) return false;
		zend_long position = Z_LVAL_P(zend_hash_str_find(Z_ARRVAL_P(rule), "position", sizeof("position") - 1));
		if (!first || position < first_position) {
			first = rule;
			first_position = position;
		}
	} ZEND_HASH_FOREACH_END();
	if (first && !any_standard) add_default_roles(first);
	return true;
}

static bool validate_images(config_ctx *c, HashTable *root)
{
	static const char *const p_images[] = {"images", NULL};
	static const char *const known[] = {"enabled", "redis", "stream", "group", "chunk_size", "attributes", "labels", "retries",
		"backoff", "visibility_timeout",
		"download", /* part F */
		"media_root", "keep_replaced_hours", "local_root", /* part G */
		NULL};
	static const char *const p_enabled[] = {"images", "enabled", NULL};
	static const char *const p_redis[] = {"images", "redis", NULL};
	static const char *const known_redis[] = {"host", "port", "username", "password", "db", "connect_timeout", "timeout", NULL};
	static const char *const p_host[] = {"images", "redis", "host", NULL};
	static const char *const p_port[] = {"images", "redis", "port", NULL};
	static const char *const p_user[] = {"images", "redis", "username", NULL};
	static const char *const p_password[] = {"images", "redis", "password", NULL};
	static const char *const p_db[] = {"images", "redis", "db", NULL};
	static const char *const p_connect[] = {"images", "redis", "connect_timeout", NULL};
	static const char *const p_timeout[] = {"images", "redis", "timeout", NULL};
	static const char *const p_stream[] = {"images", "stream", NULL};
	static const char *const p_group[] = {"images", "group", NULL};
	static const char *const p_chunk[] = {"images", "chunk_size", NULL};
	static const char *const p_labels[] = {"images", "labels", NULL};
	static const char *const p_retries[] = {"images", "retries", NULL};
	static const char *const p_backoff[] = {"images", "backoff", NULL};
	static const char *const p_visibility[] = {"images", "visibility_timeout", NULL};
	HashTable *images, *redis;

	if (!(images = read_object(c, root, p_images)) || !check_known_keys(c, images, p_images, known)) return false;
	if (!read_bool(c, images, p_enabled, false)) return false;
	if (!(redis = read_object(c, images, p_redis)) || !check_known_keys(c, redis, p_redis, known_redis)) return false;
	if (!read_string(c, redis, p_host, "127.0.0.1", false)) return false;
	if (!read_long(c, redis, p_port, 6379, 1, 65535)) return false;
	if (!read_string(c, redis, p_user, NULL, false)) return false;
	if (!read_string(c, redis, p_password, NULL, false)) return false;
	if (!read_long(c, redis, p_db, 0, 0, 10000)) return false;
	/* a dead Redis must cost a run seconds: each attempt waits this long at most */
	if (!read_seconds(c, redis, p_connect, 1, 0.01, 60)) return false;
	if (!read_seconds(c, redis, p_timeout, 5, 0.01, 300)) return false;
	if (!read_string(c, images, p_stream, NULL, false)) return false;
	if (!read_string(c, images, p_group, "pimsync-images", false)) return false;
	/* a job is one worker's unit: 20 images of 200 KB stay far under any timeout */
	if (!read_long(c, images, p_chunk, 20, 1, 1000)) return false;
	if (!validate_image_attributes(c, images)) return false;
	if (!read_string(c, images, p_labels, NULL, false)) return false;
	if (!read_long(c, images, p_retries, 5, 0, 100)) return false;
	if (!read_seconds(c, images, p_backoff, 30, 0, 86400)) return false;
	if (!read_seconds(c, images, p_visibility, 300, 1, 86400)) return false;
	if (!validate_images_download(c, images)) return false; /* part F */
	return validate_images_files(c, images);
}

static zend_long role_index(pimsync_images_config *im, zend_string *name)
{
	for (uint32_t i = 0; i < im->nroles; i++) {
		if (zend_string_equals(im->roles[i], name)) return i;
	}
	if (im->nroles == PIMSYNC_IMAGE_ROLES_MAX) return -1;
	im->roles[im->nroles] = zend_string_copy(name);
	return im->nroles++;
}

/* The C form of "images"; false (err set) when the roles are too many. */
static bool images_bind(config_ctx *c, pimsync_config *cfg)
{
	static const char *const p_attrs[] = {"images", "attributes", NULL};
	pimsync_images_config *im = &cfg->images;
	HashTable *images = arr_at(Z_ARRVAL(cfg->normalized), "images"), *redis = arr_at(images, "redis");
	HashTable *attrs = arr_at(images, "attributes");
	zend_string *code;
	zval *rule;

	zend_hash_init(&im->by_code, 8, NULL, NULL, 0);
	im->enabled = bool_at(images, "enabled");
	im->redis_host = str_at(redis, "host");
	im->redis_port = long_at(redis, "port");
	im->redis_username = str_at(redis, "username");
	im->redis_password = str_at(redis, "password");
	im->redis_db = long_at(redis, "db");
	im->connect_timeout = Z_DVAL_P(zend_hash_str_find(redis, "connect_timeout", sizeof("connect_timeout") - 1));
	im->timeout = Z_DVAL_P(zend_hash_str_find(redis, "timeout", sizeof("timeout") - 1));
	im->stream = str_at(images, "stream");
	im->group = str_at(images, "group");
	im->chunk_size = long_at(images, "chunk_size");
	im->labels = str_at(images, "labels");
	im->retries = long_at(images, "retries");
	im->backoff = Z_DVAL_P(zend_hash_str_find(images, "backoff", sizeof("backoff") - 1));
	im->visibility_timeout = Z_DVAL_P(zend_hash_str_find(images, "visibility_timeout", sizeof("visibility_timeout") - 1));
	static const char *const standard[] = {"image", "small_image", "thumbnail"};
	for (int i = 0; i < 3; i++) im->roles[im->nroles++] = zend_string_init(standard[i], strlen(standard[i]), 0);

	im->attributes = safe_emalloc(MAX(1, zend_hash_num_elements(attrs)), sizeof(pimsync_image_attribute), 0);
	ZEND_HASH_FOREACH_STR_KEY_VAL(attrs, code, rule) {
		zval *role;
		if (Z_TYPE_P(rule) != IS_ARRAY) continue;
		pimsync_image_attribute a = {.code = code, .gallery = bool_at(Z_ARRVAL_P(rule), "gallery"),
			.position = long_at(Z_ARRVAL_P(rule), "position"), .label = str_at(Z_ARRVAL_P(rule), "label")};
		if (!a.label) a.label = im->labels;
		ZEND_HASH_FOREACH_VAL(arr_at(Z_ARRVAL_P(rule), "roles"), role) {
			zend_long bit = role_index(im, Z_STR_P(role));
			if (bit < 0) return config_fail(c, p_attrs, "name at most %d different roles", PIMSYNC_IMAGE_ROLES_MAX);
			a.roles |= 1u << bit;
		} ZEND_HASH_FOREACH_END();
		/* gallery order: by position, then as listed (insertion keeps that stable) */
		uint32_t j = im->nattributes++;
		while (j > 0 && im->attributes[j - 1].position > a.position) {
			im->attributes[j] = im->attributes[j - 1];
			j--;
		}
		im->attributes[j] = a;
	} ZEND_HASH_FOREACH_END();
	for (uint32_t i = 0; i < im->nattributes; i++) zend_hash_add_ptr(&im->by_code, im->attributes[i].code, &im->attributes[i]);
	im->detect = im->nattributes == 0;
	im->excluded = attrs;
	im->detected_roles = 0x7; /* image, small_image, thumbnail */
	return true;
}

void pimsync_images_config_free(pimsync_images_config *im)
{
	for (uint32_t i = 0; i < im->nroles; i++) zend_string_release(im->roles[i]);
	if (im->attributes) efree(im->attributes);
	if (im->attributes) zend_hash_destroy(&im->by_code);
	memset(im, 0, sizeof(*im));
}

/* ==== end of images ==================================================== */

/* ==== source: ERP CSV (binding) ========================================= */

static char csv_char_at(HashTable *h, const char *key)
{
	zend_string *s = str_at(h, key);
	return s ? ZSTR_VAL(s)[0] : 0;
}

static void csv_bind_column(pimsync_csv_column *col, zend_string *attribute, HashTable *spec)
{
	zend_string *type = str_at(spec, "type"), *empty = str_at(spec, "empty");
	memset(col, 0, sizeof(*col));
	col->attribute = attribute;
	col->column = str_at(spec, "column");
	for (int t = 0; type && t < PIMSYNC_CSV_TYPE_COUNT; t++) {
		if (zend_string_equals_cstr(type, pimsync_csv_type_names[t], strlen(pimsync_csv_type_names[t]))) col->type = t;
	}
	col->unit = str_at(spec, "unit");
	col->currency = str_at(spec, "currency");
	col->map = arr_at(spec, "map");
	col->empty_null = empty && zend_string_equals_literal(empty, "null");
}

/* cfg->csv from the normalized source (validated: every field is there). */
static void csv_bind(pimsync_config *cfg)
{
	pimsync_csv_settings *csv = &cfg->csv;
	HashTable *src = cfg->source, *columns, *attributes, *enabled;
	zend_string *encoding, *code;
	zval *spec;

	memset(csv, 0, sizeof(*csv));
	if (cfg->source_kind != PIMSYNC_SOURCE_CSV) return;
	csv->on = true;
	csv->path = str_at(src, "path");
	csv->format.delimiter = csv_char_at(src, "delimiter");
	csv->format.enclosure = csv_char_at(src, "enclosure");
	csv->format.escape = csv_char_at(src, "escape");
	encoding = str_at(src, "encoding");
	csv->format.encoding = zend_string_equals_literal(encoding, "windows-1252") ? PIMSYNC_CSV_WINDOWS_1252
		: zend_string_equals_literal(encoding, "iso-8859-1") ? PIMSYNC_CSV_ISO_8859_1 : PIMSYNC_CSV_UTF8;
	csv->format.max_record = (size_t) long_at(src, "max_record_bytes");
	csv->decimal_separator = csv_char_at(src, "decimal_separator");
	csv->thousands_separator = csv_char_at(src, "thousands_separator");
	csv->date_format = str_at(src, "date_format");
	columns = arr_at(src, "columns");
	csv->sku.column = str_at(columns, "sku");
	if ((enabled = arr_at(columns, "enabled"))) {
		csv_bind_column(&csv->enabled, NULL, enabled);
		csv->enabled.type = PIMSYNC_CSV_BOOLEAN;
	}
	attributes = arr_at(columns, "attributes");
	csv->attributes = safe_emalloc(zend_hash_num_elements(attributes) + 1, sizeof(pimsync_csv_column), 0);
	ZEND_HASH_FOREACH_STR_KEY_VAL(attributes, code, spec) {
		csv_bind_column(&csv->attributes[csv->nattributes++], code, Z_ARRVAL_P(spec));
	} ZEND_HASH_FOREACH_END();
}
/* ==== end of source: ERP CSV ============================================ */

/* ==== source: Magento import CSV (binding) ============================== */

static void magento_csv_bind(pimsync_config *cfg)
{
	pimsync_magento_csv_settings *m = &cfg->magento_csv;
	HashTable *src = cfg->source;

	memset(m, 0, sizeof(*m));
	if (cfg->source_kind != PIMSYNC_SOURCE_MAGENTO_CSV) return;
	m->on = true;
	m->path = str_at(src, "path");
	m->format.delimiter = csv_char_at(src, "delimiter");
	m->format.enclosure = '"'; /* as Magento's import reads a file (fgetcsv) */
	m->format.escape = 0;
	m->format.encoding = PIMSYNC_CSV_UTF8;
	m->format.max_record = (size_t) long_at(src, "max_record_bytes");
	m->multiple_value_separator = csv_char_at(src, "multiple_value_separator");
	m->fields_enclosure = zend_hash_str_find(src, "fields_enclosure", sizeof("fields_enclosure") - 1)
		&& Z_TYPE_P(zend_hash_str_find(src, "fields_enclosure", sizeof("fields_enclosure") - 1)) == IS_TRUE;
	m->empty_value = str_at(src, "empty_attribute_value_constant");
}
/* ==== end of source: Magento import CSV ================================= */

/* ==== transformations (issue 9, part TRF: value_transform.h) ===============
 * "transformations": a list of rules, each {"attributes": [source attribute
 * codes], <one kind>: <its table or setting>}, applied in order. Checked and
 * compiled in one pass: the lookup tables are what finds an alias given to
 * two canonical forms. A rule is named by its index: transformations[2].uom. */

static bool transform_true(config_ctx *c, zval *v, const char *const *path)
{
	if (Z_TYPE_P(v) != IS_TRUE) return config_fail(c, path, "must be true (leave the rule out to turn it off)");
	return true;
}

/* uom / canonicalize: {canonical: [aliases…]}; the canonical form matches too. */
static bool transform_forms(config_ctx *c, zval *v, const char *rule_index, const char *kind, pimsync_transform_rule *r)
{
	const char *path[] = {"transformations", rule_index, kind, NULL, NULL};
	zend_string *key;
	zend_ulong num;
	zval *aliases, *alias;

	if (Z_TYPE_P(v) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(v)) && zend_array_is_list(Z_ARRVAL_P(v)))) {
		return config_fail(c, path, "must be an object: canonical form => list of its aliases");
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(v)) == 0) {
		return config_fail(c, path, "is empty: give at least one canonical form with its aliases");
	}
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(v), num, key, aliases) {
		zend_string *canonical = key ? zend_string_copy(key) : zend_long_to_str((zend_long) num), *other;
		const char *why;
		bool ok = true;
		path[3] = ZSTR_VAL(canonical);
		if (ZSTR_LEN(canonical) == 0) {
			ok = config_fail(c, path, "a canonical form must not be empty");
		} else if (Z_TYPE_P(aliases) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(aliases))) {
			ok = config_fail(c, path, "must be a list of aliases (strings)");
		} else if ((why = pimsync_transform_add_form(r, canonical, canonical, &other))) {
			ok = other ? config_fail(c, path, "\"%s\" is also an alias of \"%s\": one alias, one canonical form",
			                         ZSTR_VAL(canonical), ZSTR_VAL(other))
			           : config_fail(c, path, "the canonical form %s", why);
		} else {
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(aliases), alias) {
				if (Z_TYPE_P(alias) != IS_STRING || Z_STRLEN_P(alias) == 0) {
					ok = config_fail(c, path, "must be a list of non-empty strings");
					break;
				}
				if ((why = pimsync_transform_add_form(r, Z_STR_P(alias), canonical, &other))) {
					ok = other ? config_fail(c, path, "alias \"%s\" is also under \"%s\": one alias, one canonical form",
					                         Z_STRVAL_P(alias), ZSTR_VAL(other))
					           : config_fail(c, path, "alias \"%s\" %s", Z_STRVAL_P(alias), why);
					break;
				}
			} ZEND_HASH_FOREACH_END();
		}
		zend_string_release(canonical);
		if (!ok) return false;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static bool transform_number(config_ctx *c, zval *v, const char *rule_index, pimsync_transform_rule *r)
{
	const char *path[] = {"transformations", rule_index, "number", NULL};
	const char *p_dec[] = {"transformations", rule_index, "number", "decimal_separator", NULL};
	const char *p_th[] = {"transformations", rule_index, "number", "thousands_separator", NULL};
	static const char *const known[] = {"decimal_separator", "thousands_separator", NULL};
	/* what catalogs write between thousands: 1,234 1.234 1 234 1'234 1’234, and no-break spaces */
	static const char *const thousands[] = {"", ".", ",", " ", "'", "\xe2\x80\x99", "\xc2\xa0", "\xe2\x80\xaf", NULL};
	zval *dec, *th, d;

	if (Z_TYPE_P(v) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(v)) && zend_array_is_list(Z_ARRVAL_P(v)))) {
		return config_fail(c, path, "must be an object {\"decimal_separator\": \",\", \"thousands_separator\": \".\"}");
	}
	if (!check_known_keys(c, Z_ARRVAL_P(v), path, known)) return false;
	dec = zend_hash_str_find(Z_ARRVAL_P(v), "decimal_separator", sizeof("decimal_separator") - 1);
	if (!dec) return config_fail(c, p_dec, "is required (\".\" or \",\")");
	if (Z_TYPE_P(dec) != IS_STRING || Z_STRLEN_P(dec) != 1 || (Z_STRVAL_P(dec)[0] != '.' && Z_STRVAL_P(dec)[0] != ',')) {
		return config_fail(c, p_dec, "must be \".\" or \",\"");
	}
	th = zend_hash_str_find(Z_ARRVAL_P(v), "thousands_separator", sizeof("thousands_separator") - 1);
	if (!th) {
		ZVAL_EMPTY_STRING(&d);
		th = zend_hash_str_update(Z_ARRVAL_P(v), "thousands_separator", sizeof("thousands_separator") - 1, &d);
	}
	int i;
	for (i = 0; thousands[i]; i++) {
		if (Z_TYPE_P(th) == IS_STRING && zend_string_equals_cstr(Z_STR_P(th), thousands[i], strlen(thousands[i]))) break;
	}
	if (!thousands[i]) {
		return config_fail(c, p_th, "must be one of \"\" (none), \".\", \",\", \" \", \"'\", \"\xe2\x80\x99\", U+00A0 or U+202F");
	}
	if (zend_string_equals(Z_STR_P(th), Z_STR_P(dec))) {
		return config_fail(c, p_th, "is the decimal separator too: a number rule needs two different separators");
	}
	r->decimal_separator = Z_STRVAL_P(dec)[0];
	memcpy(r->thousands, Z_STRVAL_P(th), Z_STRLEN_P(th) + 1);
	return true;
}

static bool transform_map(config_ctx *c, zval *v, const char *rule_index, pimsync_transform_rule *r)
{
	const char *path[] = {"transformations", rule_index, "map", NULL, NULL};
	zend_string *key;
	zend_ulong num;
	zval *to;

	if (Z_TYPE_P(v) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(v)) && zend_array_is_list(Z_ARRVAL_P(v)))) {
		return config_fail(c, path, "must be an object: source value => value written");
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(v)) == 0) return config_fail(c, path, "is empty: give at least one value to map");
	ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(v), num, key, to) {
		zend_string *from = key ? zend_string_copy(key) : zend_long_to_str((zend_long) num);
		if (Z_TYPE_P(to) != IS_STRING) {
			path[3] = ZSTR_VAL(from);
			config_fail(c, path, "must be a string (the value written)");
			zend_string_release(from);
			return false;
		}
		pimsync_transform_add_mapping(r, from, Z_STR_P(to));
		zend_string_release(from);
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* The rule's kind: the one key besides "attributes". */
static bool transform_kind(config_ctx *c, HashTable *rule, const char *rule_index, pimsync_transform_kind *kind, zval **value)
{
	const char *path[] = {"transformations", rule_index, NULL, NULL};
	zend_string *key;
	zval *v;
	bool found = false;

	ZEND_HASH_FOREACH_STR_KEY_VAL(rule, key, v) {
		int k;
		if (!key) {
			path[2] = NULL;
			return config_fail(c, path, "a rule is an object {\"attributes\": […], <kind>: …}");
		}
		if (zend_string_equals_literal(key, "attributes")) continue;
		path[2] = ZSTR_VAL(key);
		for (k = 0; k < PIMSYNC_TRANSFORM_KIND_COUNT; k++) {
			if (zend_string_equals_cstr(key, pimsync_transform_kind_names[k], strlen(pimsync_transform_kind_names[k]))) break;
		}
		if (k == PIMSYNC_TRANSFORM_KIND_COUNT) {
			return config_fail(c, path, "unknown kind (a rule has \"attributes\" and one of: trim, collapse_whitespace, strip_html,"
			                   " case, uom, canonicalize, number, map)");
		}
		if (found) {
			return config_fail(c, path, "a rule has one kind, this one also has \"%s\": write two rules (they apply in order)",
			                   pimsync_transform_kind_names[*kind]);
		}
		found = true;
		*kind = (pimsync_transform_kind) k;
		*value = v;
	} ZEND_HASH_FOREACH_END();
	if (!found) {
		path[2] = NULL;
		return config_fail(c, path, "has no kind (one of: trim, collapse_whitespace, strip_html, case, uom, canonicalize, number, map)");
	}
	return true;
}

static bool transform_attributes(config_ctx *c, pimsync_config *cfg, HashTable *rule, const char *rule_index,
                                 pimsync_transform_rule *r)
{
	const char *path[] = {"transformations", rule_index, "attributes", NULL};
	zval *list = zend_hash_str_find(rule, "attributes", sizeof("attributes") - 1), *code;
	HashTable seen;

	if (!list) return config_fail(c, path, "is required: the source attribute codes the rule applies to");
	if (Z_TYPE_P(list) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(list)) || zend_hash_num_elements(Z_ARRVAL_P(list)) == 0) {
		return config_fail(c, path, "must be a non-empty list of source attribute codes");
	}
	zend_hash_init(&seen, 8, NULL, NULL, 0);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), code) {
		const char *why = NULL;
		if (Z_TYPE_P(code) != IS_STRING || Z_STRLEN_P(code) == 0) why = "must be a list of non-empty strings";
		else if (zend_hash_exists(&seen, Z_STR_P(code))) why = "names an attribute twice";
		else if (zend_string_equals(Z_STR_P(code), cfg->identifier_attribute)) why = "names the identifier attribute, which holds the SKU and is never transformed";
		for (int i = 0; !why && i < PIMSYNC_STOCK_FIELD_COUNT; i++) {
			if (cfg->stock_attributes[i] && zend_string_equals(Z_STR_P(code), cfg->stock_attributes[i])) {
				why = "names an attribute that feeds a stock field (\"stock\"), which is read as a number and not transformed";
			}
		}
		if (why) {
			zend_hash_destroy(&seen);
			return config_fail(c, path, "%s%s%s", why, Z_TYPE_P(code) == IS_STRING ? ": " : "",
			                   Z_TYPE_P(code) == IS_STRING ? Z_STRVAL_P(code) : "");
		}
		zend_hash_add_empty_element(&seen, Z_STR_P(code));
		pimsync_transforms_attach(&cfg->transforms, Z_STR_P(code), r);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&seen);
	return true;
}

static bool transforms_bind(config_ctx *c, pimsync_config *cfg)
{
	static const char *const p_list[] = {"transformations", NULL};
	HashTable *root = Z_ARRVAL(cfg->normalized);
	zval *list = zend_hash_str_find(root, "transformations", sizeof("transformations") - 1), *rule;
	uint32_t index = 0;

	pimsync_transforms_init(&cfg->transforms);
	if (!list || Z_TYPE_P(list) == IS_NULL) {
		zval d;
		array_init(&d);
		zend_hash_str_update(root, "transformations", sizeof("transformations") - 1, &d);
		return true;
	}
	if (Z_TYPE_P(list) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(list))) {
		return config_fail(c, p_list, "must be a list of rules [{\"attributes\": […], <kind>: …}, …]");
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), rule) {
		char rule_index[24];
		const char *path[] = {"transformations", rule_index, NULL, NULL};
		pimsync_transform_kind kind = PIMSYNC_TRANSFORM_TRIM;
		zval *v = NULL;
		bool ok;
		snprintf(rule_index, sizeof(rule_index), "[%u]", index++);
		if (Z_TYPE_P(rule) != IS_ARRAY || (zend_hash_num_elements(Z_ARRVAL_P(rule)) && zend_array_is_list(Z_ARRVAL_P(rule)))) {
			return config_fail(c, path, "a rule is an object {\"attributes\": […], <kind>: …}");
		}
		if (!transform_kind(c, Z_ARRVAL_P(rule), rule_index, &kind, &v)) return false;
		pimsync_transform_rule *r = pimsync_transforms_add_rule(&cfg->transforms, kind);
		path[2] = pimsync_transform_kind_names[kind];
		switch (kind) {
		case PIMSYNC_TRANSFORM_CASE:
			ok = Z_TYPE_P(v) == IS_STRING && (zend_string_equals_literal(Z_STR_P(v), "upper") || zend_string_equals_literal(Z_STR_P(v), "lower"));
			if (!ok) return config_fail(c, path, "must be \"upper\" or \"lower\"");
			r->upper = zend_string_equals_literal(Z_STR_P(v), "upper");
			break;
		case PIMSYNC_TRANSFORM_UOM:
		case PIMSYNC_TRANSFORM_CANONICALIZE:
			if (!transform_forms(c, v, rule_index, path[2], r)) return false;
			break;
		case PIMSYNC_TRANSFORM_NUMBER:
			if (!transform_number(c, v, rule_index, r)) return false;
			break;
		case PIMSYNC_TRANSFORM_MAP:
			if (!transform_map(c, v, rule_index, r)) return false;
			break;
		default:
			if (!transform_true(c, v, path)) return false;
		}
		if (!transform_attributes(c, cfg, Z_ARRVAL_P(rule), rule_index, r)) return false;
	} ZEND_HASH_FOREACH_END();
	pimsync_transforms_seal(&cfg->transforms);
	return true;
}

/* ==== end of transformations ================================================ */

/* Points the C members into the normalized array (borrowed, not owned). */
static void config_bind(pimsync_config *cfg)
{
	HashTable *root = Z_ARRVAL(cfg->normalized);
	HashTable *cat = arr_at(root, "categories");

	cfg->source = arr_at(root, "source");
	cfg->source_kind = zend_string_equals_literal(str_at(cfg->source, "type"), "jsonl") ? PIMSYNC_SOURCE_JSONL
		: zend_string_equals_literal(str_at(cfg->source, "type"), "csv") ? PIMSYNC_SOURCE_CSV
		: zend_string_equals_literal(str_at(cfg->source, "type"), "magento_csv") ? PIMSYNC_SOURCE_MAGENTO_CSV : PIMSYNC_SOURCE_AKENEO_API;
	cfg->identifier_attribute = str_at(root, "identifier_attribute");
	cfg->locales = arr_at(root, "locales");
	cfg->admin_locale = str_at(root, "admin_locale");
	cfg->channel = str_at(root, "channel");
	cfg->channels = arr_at(root, "channels");
	cfg->websites = arr_at(root, "websites");
	cfg->families = arr_at(root, "families");
	cfg->default_attribute_set = str_at(root, "default_attribute_set");
	cfg->attributes = arr_at(root, "attributes");
	cfg->map_unlisted_attributes = bool_at(root, "map_unlisted_attributes");
	cfg->currencies = arr_at(root, "currency");
	cfg->units = arr_at(root, "units");
	cfg->category_root_id = long_at(cat, "root_id");
	cfg->category_map = arr_at(cat, "map");
	cfg->create_categories = bool_at(cat, "create_missing");
	cfg->categories_removed = zend_string_equals_literal(str_at(cat, "removed"), "disable")
		? PIMSYNC_ABSENT_DISABLE : PIMSYNC_ABSENT_IGNORE;
	cfg->category_url_keys_follow_labels = bool_at(cat, "url_keys_follow_labels");
	cfg->category_is_active = bool_at(cat, "is_active");
	cfg->category_include_in_menu = bool_at(cat, "include_in_menu");
	cfg->associations = arr_at(root, "associations");
	cfg->create_options = bool_at(arr_at(root, "options"), "create_missing");
	cfg->absent = zend_string_equals_literal(str_at(root, "absent"), "disable")
		? PIMSYNC_ABSENT_DISABLE : PIMSYNC_ABSENT_IGNORE;
	cfg->batch_size = long_at(root, "batch_size");
	cfg->absent_max_percent = long_at(root, "absent_max_percent");
	cfg->default_visibility = long_at(arr_at(root, "defaults"), "visibility");
	cfg->default_tax_class_id = long_at(arr_at(root, "defaults"), "tax_class_id");
	cfg->url_rewrites = bool_at(root, "url_rewrites");
	cfg->url_suffix = str_at(root, "url_suffix");
	cfg->load_data = bool_at(root, "load_data");
	cfg->name_fallback = arr_at(root, "name_fallback");
	cfg->assign_attribute_sets = bool_at(arr_at(root, "attribute_sets"), "assign_missing");
	cfg->attribute_set_group = str_at(arr_at(root, "attribute_sets"), "group");
	HashTable *stock = arr_at(root, "stock");
	cfg->stock_mapped = false;
	for (int i = 0; i < PIMSYNC_STOCK_FIELD_COUNT; i++) {
		cfg->stock_attributes[i] = str_at(stock, pimsync_stock_field_names[i]);
		if (cfg->stock_attributes[i]) cfg->stock_mapped = true;
	}
	cfg->stock_source_code = str_at(stock, "source_code");
	cfg->structure_auto = zend_string_equals_literal(str_at(arr_at(root, "structure"), "mode"), "auto");
	cfg->structure_defaults = arr_at(arr_at(root, "structure"), "attribute_defaults");
	cfg->configurables = bool_at(arr_at(root, "configurables"), "enabled");
	cfg->child_visibility = long_at(arr_at(root, "configurables"), "child_visibility");
	HashTable *images = arr_at(root, "images");
	pimsync_image_download_settings_from_array(images ? arr_at(images, "download") : NULL, &cfg->image_download);
	config_bind_images_files(cfg, images);
	pimsync_validation_config_bind(&cfg->validation, arr_at(root, "validation"));
	zend_string *chars = str_at(root, "unsupported_characters");
	cfg->unsupported_characters = zend_string_equals_literal(chars, "strip") ? PIMSYNC_CHARS_STRIP
		: zend_string_equals_literal(chars, "reject_value") ? PIMSYNC_CHARS_REJECT : PIMSYNC_CHARS_REPLACE;
}

const char *const pimsync_stock_field_names[PIMSYNC_STOCK_FIELD_COUNT] = {
	"qty", "is_in_stock", "backorders", "min_sale_qty", "max_sale_qty", "manage_stock",
};

pimsync_config *pimsync_config_parse(const char *json, size_t len, zend_string *origin,
                                     const char *base_dir, pimsync_error *err)
{
	config_ctx ctx = { json, len, origin, base_dir, err };
	json_error_t jerr;
	json_t *root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &jerr);
	pimsync_config *cfg;

	if (!root) {
		pimsync_error_set(err, "%s:%d:%d: invalid JSON: %s", ZSTR_VAL(origin), jerr.line, jerr.column, jerr.text);
		config_redact(json, len, jerr.position >= 0 ? (size_t) jerr.position : SIZE_MAX, err);
		return NULL;
	}
	if (!json_is_object(root)) {
		json_decref(root);
		pimsync_error_set(err, "%s:1: the configuration must be a JSON object", ZSTR_VAL(origin));
		return NULL;
	}
	cfg = ecalloc(1, sizeof(*cfg));
	cfg->origin = zend_string_copy(origin);
	json_to_zval(root, &cfg->normalized);
	json_decref(root);
	if (!validate_root(&ctx, Z_ARRVAL(cfg->normalized))) {
		pimsync_config_free(cfg);
		return NULL;
	}
	config_bind(cfg);
	config_bind_ownership(cfg, Z_ARRVAL(cfg->normalized));
	csv_bind(cfg);
	magento_csv_bind(cfg);
	if (!images_bind(&ctx, cfg)) {
		pimsync_config_free(cfg);
		return NULL;
	}
	if (!transforms_bind(&ctx, cfg)) { /* part TRF */
		pimsync_config_free(cfg);
		return NULL;
	}
	return cfg;
}

void pimsync_config_free(pimsync_config *cfg)
{
	if (!cfg) return;
	pimsync_images_config_free(&cfg->images);
	if (cfg->ownership_bound) pimsync_ownership_free(&cfg->ownership);
	if (cfg->csv.attributes) efree(cfg->csv.attributes);
	pimsync_validation_config_free(&cfg->validation);
	pimsync_transforms_free(&cfg->transforms);
	zval_ptr_dtor(&cfg->normalized);
	zend_string_release(cfg->origin);
	efree(cfg);
}
