/* See magento_csv_source.h. The column names and rules are those of
 * Magento\CatalogImportExport\Model\Import\Product (its $_fieldsMap, the
 * PAIR_NAME_VALUE_SEPARATOR "=" and PSEUDO_MULTI_LINE_SEPARATOR "|"), of
 * Magento\ImportExport\Model\Import (DEFAULT_EMPTY_ATTRIBUTE_VALUE_CONSTANT)
 * and of Product\CategoryProcessor (paths split on unescaped "/"). */
#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "magento_csv_source.h"
#include "magento_sku.h"
#include "utf8_text.h"
#include "product_record.h"

#define NO_FIELD UINT32_MAX

enum { ROLE_ATTRIBUTE = 0, ROLE_KNOWN, ROLE_STOCK, ROLE_IMAGE, ROLE_IGNORED };

/* the known columns, by pimsync_mcsv_known; "status" is read as product_online too */
static const char *const known_names[MCSV_KNOWN_COUNT] = {
	"sku", "store_view_code", "attribute_set_code", "product_type", "categories", "product_websites", "product_online",
	"visibility", "additional_attributes", "related_skus", "crosssell_skus", "upsell_skus", "tax_class_name",
	"configurable_variations",
};

/* Magento's export names for attributes (Import\Product::$_fieldsMap): file column => attribute code */
static const char *const renamed[][2] = {
	{"new_from_date", "news_from_date"}, {"new_to_date", "news_to_date"}, {"display_product_options_in", "options_container"},
	{"map_price", "minimal_price"}, {"msrp_price", "msrp"}, {"map_enabled", "msrp_enabled"},
	{"special_price_from_date", "special_from_date"}, {"special_price_to_date", "special_to_date"}, {"meta_keywords", "meta_keyword"},
};

/* attributes Magento derives itself (has_options from the custom options, the stock status from
 * is_in_stock): an export writes them, an import does not take them */
static const char *const derived_attributes[] = {"has_options", "required_options", "quantity_and_stock_status", NULL};

/* stock columns: handed over as values under their own name, which the config's "stock" defaults name */
static const char *const stock_columns[] = {"qty", "is_in_stock", "allow_backorders", "min_cart_qty", "max_cart_qty", "manage_stock", NULL};

static const char *const image_columns[] = {"base_image", "base_image_label", "small_image", "small_image_label", "thumbnail_image",
	"thumbnail_image_label", "swatch_image", "swatch_image_label", "additional_images", "additional_image_labels",
	"hide_from_product_page", NULL};

/* Magento columns with no pimsync counterpart (yet) */
static const char *const ignored_columns[] = {"related_position", "crosssell_position", "upsell_position",
	"configurable_variation_labels", "custom_options", "associated_skus", "downloadable_links", "downloadable_samples",
	"website_id", "out_of_stock_qty", "notify_on_stock_below", "is_qty_decimal", "qty_increments", "enable_qty_increments",
	"is_decimal_divided", "deferred_stock_update", "created_at", "updated_at", NULL};

static bool listed(const char *const *list, zend_string *name)
{
	for (int i = 0; list[i]; i++) {
		if (zend_string_equals_cstr(name, list[i], strlen(list[i]))) return true;
	}
	return false;
}

static bool has_prefix(zend_string *name, const char *prefix)
{
	size_t n = strlen(prefix);
	return ZSTR_LEN(name) > n && memcmp(ZSTR_VAL(name), prefix, n) == 0;
}

/* the attribute code a column names (Magento's export renames some) */
static zend_string *attribute_of(zend_string *column)
{
	for (size_t i = 0; i < sizeof(renamed) / sizeof(renamed[0]); i++) {
		if (zend_string_equals_cstr(column, renamed[i][0], strlen(renamed[i][0]))) return zend_string_init(renamed[i][1], strlen(renamed[i][1]), 0);
	}
	return zend_string_copy(column);
}

/* ---- header ---- */

static zend_result read_header(pimsync_magento_csv_source *s, pimsync_error *err)
{
	if (pimsync_csv_read_header(&s->reader, "(sku, store_view_code, …)", &s->header, err) == FAILURE) return FAILURE;
	s->column_role = ecalloc(s->header.n, 1);
	return SUCCESS;
}

/* Each column's role; warnings for the columns pimsync does not read. */
static zend_result resolve_columns(pimsync_magento_csv_source *s, pimsync_error *err)
{
	smart_str ignored = {0}, images = {0};
	for (int k = 0; k < MCSV_KNOWN_COUNT; k++) s->known_at[k] = NO_FIELD;
	for (uint32_t i = 0; i < s->header.n; i++) {
		zend_string *name = s->header.names[i];
		int known = -1;
		for (int k = 0; k < MCSV_KNOWN_COUNT; k++) {
			if (zend_string_equals_cstr(name, known_names[k], strlen(known_names[k]))) known = k;
		}
		if (known < 0 && zend_string_equals_literal(name, "status")) known = MCSV_STATUS;
		if (known >= 0) {
			if (s->known_at[known] != NO_FIELD) {
				pimsync_error_set(err, "%s: the header (line " ZEND_LONG_FMT ") has both \"%s\" and \"%s\", which are the same column",
				                  s->reader.path, s->header.line, ZSTR_VAL(s->header.names[s->known_at[known]]), ZSTR_VAL(name));
				smart_str_free(&ignored);
				smart_str_free(&images);
				return FAILURE;
			}
			s->known_at[known] = i;
			s->column_role[i] = ROLE_KNOWN;
		} else if (listed(stock_columns, name)) {
			s->column_role[i] = ROLE_STOCK;
		} else if (listed(image_columns, name)) {
			s->column_role[i] = ROLE_IMAGE;
			smart_str_appends(&images, images.s ? ", " : "");
			smart_str_append(&images, name);
		} else if (listed(ignored_columns, name) || has_prefix(name, "use_config_") || has_prefix(name, "bundle_")
		           || ZSTR_LEN(name) == 0) {
			s->column_role[i] = ROLE_IGNORED;
			smart_str_appends(&ignored, ignored.s ? ", " : "");
			smart_str_append(&ignored, name);
		}
	}
	if (s->known_at[MCSV_SKU] == NO_FIELD) {
		pimsync_error_set(err, "%s: the header (line " ZEND_LONG_FMT ") has no column \"sku\"", s->reader.path, s->header.line);
		smart_str_free(&ignored);
		smart_str_free(&images);
		return FAILURE;
	}
	if (ignored.s && s->stats) {
		smart_str_0(&ignored);
		pimsync_stats_warn(s->stats, "magento_csv_columns_not_read", NULL, "%s: columns %s have no pimsync counterpart and were not read",
		                   s->reader.path, ZSTR_VAL(ignored.s));
	}
	if (images.s && s->stats) {
		smart_str_0(&images);
		pimsync_stats_warn(s->stats, "magento_csv_images_not_read", NULL,
		                   "%s: the image columns (%s) are not read from a Magento import file (yet); the products' images stay as they are",
		                   s->reader.path, ZSTR_VAL(images.s));
	}
	if (s->known_at[MCSV_TAX_CLASS_NAME] != NO_FIELD && s->stats) {
		pimsync_stats_warn(s->stats, "magento_csv_tax_class_not_read", NULL,
		                   "%s: column tax_class_name is not read (yet); the products' tax class stays as it is", s->reader.path);
	}
	smart_str_free(&ignored);
	smart_str_free(&images);
	return SUCCESS;
}

zend_result pimsync_mcsv_open(pimsync_magento_csv_source *s, const pimsync_magento_csv_settings *settings, pimsync_meta *meta,
                              pimsync_run_stats *stats, pimsync_error *err)
{
	memset(s, 0, sizeof(*s));
	s->reader.fd = -1;
	s->settings = settings;
	s->meta = meta;
	s->stats = stats;
	zend_hash_init(&s->first_line, 64, NULL, NULL, 0);
	if (pimsync_csv_open(&s->reader, ZSTR_VAL(settings->path), &settings->format, err) == SUCCESS
	    && read_header(s, err) == SUCCESS && resolve_columns(s, err) == SUCCESS) return SUCCESS;
	pimsync_mcsv_close(s);
	return FAILURE;
}

/* ---- grouping rows by SKU ---- */

/* Reads the next row into s->ahead (ahead_got 0 at the end). FAILURE: a read error (err). */
static zend_result read_ahead(pimsync_magento_csv_source *s, pimsync_error *err)
{
	const char *raw;
	size_t len;
	int got = pimsync_csv_next(&s->reader, &raw, &len, &s->ahead_err);
	if (got < 0) {
		*err = s->ahead_err;
		return FAILURE;
	}
	s->ahead_got = got;
	if (!got) {
		s->at_end = true;
		return SUCCESS;
	}
	if (s->ahead.s) ZSTR_LEN(s->ahead.s) = 0;
	smart_str_appendl(&s->ahead, raw, len);
	smart_str_0(&s->ahead);
	s->ahead_line = s->reader.record_line;
	return SUCCESS;
}

/* The SKU key of a row (NULL: the row cannot be split, has another field
 * count than the header, or no SKU); *store_row: its store_view_code is set. */
static zend_string *row_sku(pimsync_magento_csv_source *s, const char *raw, size_t len, bool *store_row)
{
	pimsync_error ignored;
	size_t n;
	const char *t;
	*store_row = false;
	if (pimsync_csv_split(&s->reader, raw, len, &ignored) == FAILURE || s->reader.nfields != s->header.n) return NULL;
	if (s->known_at[MCSV_STORE_VIEW_CODE] != NO_FIELD) {
		pimsync_csv_field(&s->reader, s->known_at[MCSV_STORE_VIEW_CODE], &n);
		*store_row = n > 0;
	}
	t = pimsync_csv_field(&s->reader, s->known_at[MCSV_SKU], &n);
	zend_string *sku = zend_string_init(t, n, 0), *trimmed = pimsync_sku_trim(sku);
	zend_string_release(sku);
	if (ZSTR_LEN(trimmed) == 0) {
		zend_string_release(trimmed);
		return NULL;
	}
	zend_string *key = pimsync_sku_key(trimmed);
	zend_string_release(trimmed);
	return key;
}

static void add_row(pimsync_magento_csv_source *s)
{
	if (s->nrows == s->rows_cap) {
		s->rows_cap = s->rows_cap ? s->rows_cap * 2 : 8;
		s->row_start = safe_erealloc(s->row_start, s->rows_cap, sizeof(size_t), 0);
		s->row_len = safe_erealloc(s->row_len, s->rows_cap, sizeof(size_t), 0);
		s->row_line = safe_erealloc(s->row_line, s->rows_cap, sizeof(zend_long), 0);
	}
	if (s->nrows) smart_str_appendc(&s->group, '\n');
	s->row_start[s->nrows] = s->group.s ? ZSTR_LEN(s->group.s) : 0;
	s->row_len[s->nrows] = ZSTR_LEN(s->ahead.s);
	s->row_line[s->nrows] = s->ahead_line;
	smart_str_append_smart_str(&s->group, &s->ahead);
	s->nrows++;
}

int pimsync_mcsv_next(pimsync_magento_csv_source *s, const char **raw, size_t *len, zend_long *line, pimsync_error *err)
{
	if (!s->ahead_got && !s->at_end && read_ahead(s, err) == FAILURE) return -1;
	if (!s->ahead_got) return 0;
	if (s->group.s) ZSTR_LEN(s->group.s) = 0;
	s->nrows = 0;
	s->duplicate_of = 0;
	if (s->group_sku) zend_string_release(s->group_sku);
	s->group_sku = NULL;
	*line = s->ahead_line;
	if (s->ahead_got == 2) {
		/* over max_record_bytes or a quote open to the end: handed over alone, as the reader kept it */
		add_row(s);
		smart_str_0(&s->group);
		*err = s->ahead_err;
		s->ahead_got = 0;
		*raw = ZSTR_VAL(s->group.s);
		*len = ZSTR_LEN(s->group.s);
		return 2;
	}
	bool store_row;
	add_row(s);
	s->group_sku = row_sku(s, ZSTR_VAL(s->ahead.s), ZSTR_LEN(s->ahead.s), &store_row);
	if (s->group_sku) {
		zval *seen = zend_hash_find(&s->first_line, s->group_sku), first;
		if (seen) {
			s->duplicate_of = Z_LVAL_P(seen);
		} else {
			ZVAL_LONG(&first, *line);
			zend_hash_add(&s->first_line, s->group_sku, &first);
		}
	}
	s->ahead_got = 0;
	/* the store view rows right after it are the same product's */
	while (s->group_sku && !s->at_end) {
		if (read_ahead(s, err) == FAILURE) return -1;
		if (s->ahead_got != 1) break;
		zend_string *next = row_sku(s, ZSTR_VAL(s->ahead.s), ZSTR_LEN(s->ahead.s), &store_row);
		bool same = next && store_row && zend_string_equals(next, s->group_sku);
		if (next) zend_string_release(next);
		if (!same) break;
		add_row(s);
		s->ahead_got = 0;
	}
	smart_str_0(&s->group);
	*raw = ZSTR_VAL(s->group.s);
	*len = ZSTR_LEN(s->group.s);
	return 1;
}

/* ---- cells to Akeneo values ---- */

typedef struct {
	pimsync_magento_csv_source *s;
	HashTable *values;
	pimsync_issue_list *issues;
	zend_string *store;       /* the store view code of a store view row; NULL: the default row */
	zend_long line;
} row_ctx;

static bool is_empty_value(row_ctx *c, const char *t, size_t n)
{
	zend_string *e = c->s->settings->empty_value;
	return ZSTR_LEN(e) == n && memcmp(ZSTR_VAL(e), t, n) == 0;
}

/* Appends {"locale": null, "scope": null, "data": data} (default row) or {"store": code, "data": data} to values[code]. */
static void add_value(row_ctx *c, zend_string *code, zval *data)
{
	zval entry, *list = zend_hash_find(c->values, code);
	array_init_size(&entry, 3);
	if (c->store) {
		add_assoc_str(&entry, "store", zend_string_copy(c->store));
	} else {
		add_assoc_null(&entry, "locale");
		add_assoc_null(&entry, "scope");
	}
	add_assoc_zval(&entry, "data", data);
	if (!list) {
		zval empty;
		array_init_size(&empty, 1);
		list = zend_hash_update(c->values, code, &empty);
	} else if (!c->store) {
		/* a default value twice (a column and additional_attributes): the last one counts, as in Magento's row */
		zend_hash_clean(Z_ARRVAL_P(list));
	}
	add_next_index_zval(list, &entry);
}

static void ZEND_ATTRIBUTE_FORMAT(printf, 5, 6)
value_issue(row_ctx *c, zend_string *attribute, const char *kind, const char *column, const char *format, ...)
{
	char why[400];
	va_list args;
	va_start(args, format);
	vsnprintf(why, sizeof(why), format, args);
	va_end(args);
	/* an issue names an attribute: the column's name when the cell names none */
	zend_string *named = attribute ? zend_string_copy(attribute) : zend_string_init(column, strlen(column), 0);
	pimsync_issue_addf(c->issues, named, PIMSYNC_ISSUE_NO_STORE, kind, PIMSYNC_ISSUE_LEFT_OUT, "line " ZEND_LONG_FMT ", column \"%s\"%s%s: %s",
	                   c->line, column, c->store ? ", store view " : "", c->store ? ZSTR_VAL(c->store) : "", why);
	zend_string_release(named);
}

/* A list of the pieces of t between sep. */
static void split_list(zval *out, const char *t, size_t n, char sep)
{
	array_init(out);
	size_t from = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && t[i] != sep) continue;
		const char *p = t + from;
		size_t len = i - from;
		while (len && (*p == ' ')) { p++; len--; }
		while (len && p[len - 1] == ' ') len--;
		if (len) add_next_index_stringl(out, p, len);
		from = i + 1;
	}
}

/* One attribute's cell; multi_sep: what separates a multiselect's values in it. */
static void attribute_value(row_ctx *c, zend_string *code, const char *column, const char *t, size_t n, char multi_sep)
{
	zval data;
	if (n == 0 || listed(derived_attributes, code)) return; /* an empty cell leaves the value as it is */
	if (is_empty_value(c, t, n)) {
		ZVAL_NULL(&data);
		add_value(c, code, &data);
		return;
	}
	pimsync_attribute *attr = zend_hash_find_ptr(&c->s->meta->attributes, code);
	if (attr && (attr->input == PIMSYNC_INPUT_SELECT || attr->input == PIMSYNC_INPUT_MULTISELECT) && !attr->table_options) {
		/* a source model's options (tax classes, countries, layouts…): the file names their labels, which pimsync does not read */
		value_issue(c, code, "source_model_options", column, "attribute %s takes its options from a source model, whose labels pimsync"
		            " does not read (yet); the value was left out", ZSTR_VAL(code));
		return;
	}
	if (attr && attr->input == PIMSYNC_INPUT_MULTISELECT) {
		split_list(&data, t, n, multi_sep);
	} else if (attr && attr->input == PIMSYNC_INPUT_BOOLEAN) {
		/* Magento's export writes Yes/No; its import takes the option labels and 1/0 */
		if ((n == 3 && strncasecmp(t, "yes", 3) == 0) || (n == 1 && *t == '1')) {
			ZVAL_TRUE(&data);
		} else if ((n == 2 && strncasecmp(t, "no", 2) == 0) || (n == 1 && *t == '0')) {
			ZVAL_FALSE(&data);
		} else {
			zend_string *shown = pimsync_utf8_sanitized(t, n, 60, 0);
			value_issue(c, code, "not_a_boolean", column, "\"%s\" is not Yes, No, 1 or 0; the value was left out", ZSTR_VAL(shown));
			zend_string_release(shown);
			return;
		}
	} else {
		ZVAL_STRINGL(&data, t, n);
	}
	add_value(c, code, &data);
}

/* additional_attributes: code=value pairs between multiple value separators
 * (a piece without "=" continues the value before it: "a=x,y" is a = "x,y"),
 * a multiselect's values "|"-separated; with fields_enclosure code="value"
 * pairs, quotes doubled inside, a multiselect's values "a"|"b". */
static void additional_attributes(row_ctx *c, const char *t, size_t n)
{
	const char sep = c->s->settings->multiple_value_separator;
	const char *column = "additional_attributes";
	smart_str *v = &c->s->scratch;
	size_t i = 0;

	while (i < n) {
		size_t code_from = i;
		while (i < n && t[i] != '=' && t[i] != sep) i++;
		if (i >= n || t[i] == sep) {
			/* no "=": text Magento skips (or, unwrapped, the tail of the value before, handled below) */
			i++;
			continue;
		}
		zend_string *raw_code = zend_string_init(t + code_from, i - code_from, 0);
		zend_string *code = zend_string_tolower(raw_code);
		zend_string_release(raw_code);
		i++; /* '=' */
		if (v->s) ZSTR_LEN(v->s) = 0;
		pimsync_attribute *attr = zend_hash_find_ptr(&c->s->meta->attributes, code);
		bool multi = attr && attr->input == PIMSYNC_INPUT_MULTISELECT;
		if (c->s->settings->fields_enclosure) {
			if (i >= n || t[i] != '"') {
				value_issue(c, code, "malformed", column, "the value of %s is not wrapped in quotes (fields_enclosure is on); the value was left out",
				            ZSTR_VAL(code));
				while (i < n && t[i] != sep) i++;
				zend_string_release(code);
				continue;
			}
			/* "value" with "" inside; a multiselect's "a"|"b" joined by sep for the list below */
			bool closed = false;
			i++;
			while (i < n) {
				if (t[i] == '"' && i + 1 < n && t[i + 1] == '"') { smart_str_appendc(v, '"'); i += 2; continue; }
				if (t[i] == '"' && multi && i + 2 < n && t[i + 1] == '|' && t[i + 2] == '"') { smart_str_appendc(v, '\x1f'); i += 3; continue; }
				if (t[i] == '"') { closed = true; i++; break; }
				smart_str_appendc(v, t[i++]);
			}
			if (!closed) {
				value_issue(c, code, "malformed", column, "the quoted value of %s is not closed; the value was left out", ZSTR_VAL(code));
				zend_string_release(code);
				break;
			}
			if (i < n && t[i] == sep) i++;
		} else {
			/* up to the next piece that has an "=" */
			size_t from = i, end = n;
			for (size_t j = i; j < n; j++) {
				if (t[j] != sep) continue;
				size_t k = j + 1;
				while (k < n && t[k] != sep && t[k] != '=') k++;
				if (k < n && t[k] == '=') { end = j; break; }
			}
			for (size_t j = from; j < end; j++) smart_str_appendc(v, multi && t[j] == '|' ? '\x1f' : t[j]);
			i = end < n ? end + 1 : n;
		}
		smart_str_0(v);
		if (ZSTR_LEN(code) == 0) {
			value_issue(c, NULL, "malformed", column, "a pair without an attribute code; the value was left out");
		} else {
			attribute_value(c, code, column, v->s ? ZSTR_VAL(v->s) : "", v->s ? ZSTR_LEN(v->s) : 0, '\x1f');
		}
		zend_string_release(code);
	}
}

/* visibility: Magento's labels (Catalog\Model\Product\Visibility) => 1 to 4 */
static void visibility_value(row_ctx *c, const char *t, size_t n)
{
	static const char *const labels[] = {"Not Visible Individually", "Catalog", "Search", "Catalog, Search"};
	zend_string *code = zend_string_init("visibility", sizeof("visibility") - 1, 0);
	zval data;
	if (n && is_empty_value(c, t, n)) {
		value_issue(c, code, "not_removable", "visibility", "a product always has a visibility; the value was left as it is");
	} else if (n) {
		int found = 0;
		for (int v = 0; v < 4; v++) {
			if (strlen(labels[v]) == n && strncasecmp(labels[v], t, n) == 0) found = v + 1;
		}
		if (found) {
			ZVAL_LONG(&data, found);
			add_value(c, code, &data);
		} else {
			zend_string *shown = pimsync_utf8_sanitized(t, n, 60, 0);
			value_issue(c, code, "unknown_visibility", "visibility", "\"%s\" is not a visibility (Not Visible Individually, Catalog, Search,"
			            " \"Catalog, Search\"); the value was left out", ZSTR_VAL(shown));
			zend_string_release(shown);
		}
	}
	zend_string_release(code);
}

/* related_skus, crosssell_skus, upsell_skus => associations by Magento link type */
static void link_list(row_ctx *c, zval *associations, const char *type, const char *t, size_t n)
{
	zval products, lists;
	if (n == 0) return;
	if (Z_TYPE_P(associations) == IS_UNDEF) array_init(associations);
	if (is_empty_value(c, t, n)) array_init(&products); /* no links of that type */
	else split_list(&products, t, n, c->s->settings->multiple_value_separator);
	array_init_size(&lists, 1);
	add_assoc_zval(&lists, "products", &products);
	add_assoc_zval(associations, type, &lists);
}

/* categories: paths between multiple value separators, each a category code (see pimsync_mcsv_each_category) */
static void category_list(row_ctx *c, zval *product, const char *t, size_t n)
{
	zval list;
	if (n == 0) return;
	if (is_empty_value(c, t, n)) array_init(&list);
	else split_list(&list, t, n, c->s->settings->multiple_value_separator);
	add_assoc_zval(product, "categories", &list);
}

static zend_result fail_row(row_ctx *c, zval *product, pimsync_error *err, const char *format, ...) ZEND_ATTRIBUTE_FORMAT(printf, 4, 5);
static zend_result fail_row(row_ctx *c, zval *product, pimsync_error *err, const char *format, ...)
{
	char why[600];
	va_list args;
	va_start(args, format);
	vsnprintf(why, sizeof(why), format, args);
	va_end(args);
	pimsync_error_set(err, "line " ZEND_LONG_FMT ": %s", c->line, why);
	if (Z_TYPE_P(product) != IS_UNDEF) zval_ptr_dtor(product);
	ZVAL_UNDEF(product);
	return FAILURE;
}

/* The default row's own columns: attribute set, type, status, categories, links. */
static zend_result default_columns(row_ctx *c, zval *product, zval *associations, pimsync_error *err)
{
	pimsync_magento_csv_source *s = c->s;
	pimsync_csv_reader *r = &s->reader;
	const char *t;
	size_t n;
#define CELL(k) (s->known_at[k] != NO_FIELD ? (t = pimsync_csv_field(r, s->known_at[k], &n)) : (t = "", n = 0, t))

	CELL(MCSV_PRODUCT_TYPE);
	if (n && !(n == 6 && memcmp(t, "simple", 6) == 0)) {
		zend_string *shown = pimsync_utf8_sanitized(t, n, 40, 0);
		zend_result fr = fail_row(c, product, err, "product_type \"%s\" is not imported by pimsync (only simple products are, yet)", ZSTR_VAL(shown));
		zend_string_release(shown);
		return fr;
	}
	CELL(MCSV_ATTRIBUTE_SET_CODE);
	if (n && !is_empty_value(c, t, n)) {
		if (!zend_hash_str_exists(&s->meta->attribute_sets, t, n)) {
			zend_string *shown = pimsync_utf8_sanitized(t, n, 60, 0);
			zend_result fr = fail_row(c, product, err, "attribute_set_code \"%s\" is not an attribute set of Magento's", ZSTR_VAL(shown));
			zend_string_release(shown);
			return fr;
		}
		add_assoc_stringl(product, "family", t, n);
	}
	CELL(MCSV_STATUS);
	if (n) {
		/* never a guessed status: a cell that does not read parks the product */
		if (n == 1 && *t == '1') add_assoc_bool(product, "enabled", true);
		else if (n == 1 && (*t == '2' || *t == '0')) add_assoc_bool(product, "enabled", false);
		else {
			zend_string *shown = pimsync_utf8_sanitized(t, n, 40, 0);
			zend_result fr = fail_row(c, product, err, "column \"%s\": \"%s\" is not a status (1 enabled, 2 disabled)",
			                          ZSTR_VAL(s->header.names[s->known_at[MCSV_STATUS]]), ZSTR_VAL(shown));
			zend_string_release(shown);
			return fr;
		}
	}
	CELL(MCSV_VISIBILITY);
	visibility_value(c, t, n);
	CELL(MCSV_CATEGORIES);
	category_list(c, product, t, n);
	CELL(MCSV_RELATED_SKUS);
	link_list(c, associations, "related", t, n);
	CELL(MCSV_CROSSSELL_SKUS);
	link_list(c, associations, "cross_sell", t, n);
	CELL(MCSV_UPSELL_SKUS);
	link_list(c, associations, "up_sell", t, n);
	CELL(MCSV_PRODUCT_WEBSITES);
	if (n && !is_empty_value(c, t, n)) {
		zval codes, *code;
		split_list(&codes, t, n, s->settings->multiple_value_separator);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(codes), code) {
			if (!zend_hash_exists(&s->meta->websites, Z_STR_P(code))) {
				zend_result fr = fail_row(c, product, err, "product_websites names website \"%.100s\", which is not in Magento's store_website table",
				                          Z_STRVAL_P(code));
				zval_ptr_dtor(&codes);
				return fr;
			}
		} ZEND_HASH_FOREACH_END();
		add_assoc_zval(product, "websites", &codes);
	}
#undef CELL
	return SUCCESS;
}

/* One row's attribute and stock columns, and its additional_attributes. */
static void row_values(row_ctx *c)
{
	pimsync_magento_csv_source *s = c->s;
	pimsync_csv_reader *r = &s->reader;
	const char *t;
	size_t n;
	for (uint32_t i = 0; i < s->header.n; i++) {
		uint8_t role = s->column_role[i];
		if (role != ROLE_ATTRIBUTE && role != ROLE_STOCK) continue;
		t = pimsync_csv_field(r, i, &n);
		if (role == ROLE_STOCK && c->store) continue; /* stock is global: a store view row's stock cells mean nothing */
		zend_string *code = attribute_of(s->header.names[i]);
		attribute_value(c, code, ZSTR_VAL(s->header.names[i]), t, n, s->settings->multiple_value_separator);
		zend_string_release(code);
	}
	if (s->known_at[MCSV_ADDITIONAL_ATTRIBUTES] != NO_FIELD) {
		t = pimsync_csv_field(r, s->known_at[MCSV_ADDITIONAL_ATTRIBUTES], &n);
		if (n) additional_attributes(c, t, n);
	}
}

zend_result pimsync_mcsv_convert(pimsync_magento_csv_source *s, zval *product, pimsync_issue_list *issues, pimsync_error *err)
{
	pimsync_csv_reader *r = &s->reader;
	zval values, associations;
	row_ctx c = { s, NULL, issues, NULL, s->row_line[0] };

	ZVAL_UNDEF(product);
	ZVAL_UNDEF(&associations);
	for (uint32_t row = 0; row < s->nrows; row++) {
		const char *raw = ZSTR_VAL(s->group.s) + s->row_start[row], *t;
		size_t n;
		c.line = s->row_line[row];
		if (pimsync_csv_split_row(r, raw, s->row_len[row], &s->header, c.line, err) == FAILURE) goto failed;
		if (row == 0) {
			t = pimsync_csv_field(r, s->known_at[MCSV_SKU], &n);
			if (!s->group_sku) {
				pimsync_error_set(err, "line " ZEND_LONG_FMT ": the sku cell is empty", c.line);
				goto failed;
			}
			if (s->duplicate_of) {
				pimsync_error_set(err, "line " ZEND_LONG_FMT ": SKU \"%.100s\" was already read from line " ZEND_LONG_FMT
				                  " on: the rows of one SKU must be consecutive (its default row, then its store view rows); this"
				                  " second group is a duplicate and was not written", c.line, t, s->duplicate_of);
				goto failed;
			}
			if (s->known_at[MCSV_STORE_VIEW_CODE] != NO_FIELD) {
				pimsync_csv_field(r, s->known_at[MCSV_STORE_VIEW_CODE], &n);
				if (n) {
					pimsync_error_set(err, "line " ZEND_LONG_FMT ": the first row of SKU \"%.100s\" is a store view row: its default"
					                  " row (store_view_code empty) must come first", c.line, pimsync_csv_field(r, s->known_at[MCSV_SKU], &n));
					goto failed;
				}
			}
			array_init(product);
			t = pimsync_csv_field(r, s->known_at[MCSV_SKU], &n);
			add_assoc_stringl(product, "identifier", t, n);
			array_init(&values);
			c.values = Z_ARRVAL(values);
			add_assoc_zval(product, "values", &values);
			if (default_columns(&c, product, &associations, err) == FAILURE) goto failed;
			c.values = Z_ARRVAL_P(zend_hash_str_find(Z_ARRVAL_P(product), "values", sizeof("values") - 1));
		} else {
			t = pimsync_csv_field(r, s->known_at[MCSV_STORE_VIEW_CODE], &n);
			if (!zend_hash_str_exists(&s->meta->stores, t, n)) {
				zend_string *shown = pimsync_utf8_sanitized(t, n, 60, 0);
				pimsync_error_set(err, "line " ZEND_LONG_FMT ": store_view_code \"%s\" is not a store view of Magento's", c.line, ZSTR_VAL(shown));
				zend_string_release(shown);
				goto failed;
			}
			if (c.store) zend_string_release(c.store);
			c.store = zend_string_init(t, n, 0);
			/* visibility is the store view's too; status, categories, websites, links and stock are the product's */
			if (s->known_at[MCSV_VISIBILITY] != NO_FIELD) {
				t = pimsync_csv_field(r, s->known_at[MCSV_VISIBILITY], &n);
				visibility_value(&c, t, n);
			}
			if (s->known_at[MCSV_STATUS] != NO_FIELD && (pimsync_csv_field(r, s->known_at[MCSV_STATUS], &n), n)) {
				value_issue(&c, NULL, "not_synced", ZSTR_VAL(s->header.names[s->known_at[MCSV_STATUS]]),
				            "a store view's status is not synced (pimsync writes the status at store 0); the cell was not applied");
			}
		}
		row_values(&c);
	}
	if (c.store) zend_string_release(c.store);
	if (Z_TYPE(associations) != IS_UNDEF) add_assoc_zval(product, "associations", &associations);
	return SUCCESS;
failed:
	if (c.store) zend_string_release(c.store);
	zval_ptr_dtor(&associations);
	if (Z_TYPE_P(product) != IS_UNDEF) zval_ptr_dtor(product);
	ZVAL_UNDEF(product);
	return FAILURE;
}

/* ---- categories by path ---- */

typedef struct {
	HashTable seen;           /* path => true */
	zend_string *admin_locale;
	void (*cb)(void *ctx, const char *json, size_t len);
	void *ctx;
} category_pass;

/* "A\/B" => "A/B": CategoryProcessor's unquoteDelimiter */
static zend_string *unquoted_name(const char *t, size_t n)
{
	smart_str out = {0};
	for (size_t i = 0; i < n; i++) {
		if (t[i] == '\\' && i + 1 < n && t[i + 1] == '/') continue;
		smart_str_appendc(&out, t[i]);
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

/* Each category of one path, parents first. */
static void emit_path(category_pass *p, const char *t, size_t n)
{
	size_t name_from = 0;
	for (size_t i = 0; i <= n; i++) {
		if (i < n && !(t[i] == '/' && (i == 0 || t[i - 1] != '\\'))) continue;
		zend_string *code = zend_string_init(t, i, 0);
		if (!zend_hash_exists(&p->seen, code)) {
			zval item, labels;
			smart_str json = {0};
			zend_hash_add_empty_element(&p->seen, code);
			array_init_size(&item, 3);
			add_assoc_str(&item, "code", zend_string_copy(code));
			if (name_from) add_assoc_stringl(&item, "parent", t, name_from - 1);
			else add_assoc_null(&item, "parent");
			array_init_size(&labels, 1);
			add_assoc_str(&labels, ZSTR_VAL(p->admin_locale), unquoted_name(t + name_from, i - name_from));
			add_assoc_zval(&item, "labels", &labels);
			php_json_encode(&json, &item, PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_INVALID_UTF8_SUBSTITUTE);
			smart_str_0(&json);
			p->cb(p->ctx, ZSTR_VAL(json.s), ZSTR_LEN(json.s));
			smart_str_free(&json);
			zval_ptr_dtor(&item);
		}
		zend_string_release(code);
		name_from = i + 1;
	}
}

zend_result pimsync_mcsv_each_category(const pimsync_magento_csv_settings *settings, zend_string *admin_locale,
                                       void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err)
{
	pimsync_magento_csv_source s;
	category_pass p;
	const char *raw;
	size_t len;
	int got;

	/* a pass of its own: the tree is written before the first product */
	if (pimsync_mcsv_open(&s, settings, NULL, NULL, err) == FAILURE) return FAILURE;
	if (s.known_at[MCSV_CATEGORIES] == NO_FIELD) {
		pimsync_mcsv_close(&s);
		return SUCCESS;
	}
	zend_hash_init(&p.seen, 64, NULL, NULL, 0);
	p.admin_locale = admin_locale;
	p.cb = cb;
	p.ctx = ctx;
	while ((got = pimsync_csv_next(&s.reader, &raw, &len, err)) != 0) {
		if (got < 0) break;
		/* a row that does not read is parked when its product is read; its paths are not created */
		if (got == 2 || pimsync_csv_split(&s.reader, raw, len, err) == FAILURE || s.reader.nfields != s.header.n) continue;
		const char *t = pimsync_csv_field(&s.reader, s.known_at[MCSV_CATEGORIES], &len);
		zval paths, *path;
		if (!len || (ZSTR_LEN(settings->empty_value) == len && memcmp(t, ZSTR_VAL(settings->empty_value), len) == 0)) continue;
		split_list(&paths, t, len, settings->multiple_value_separator);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(paths), path) emit_path(&p, Z_STRVAL_P(path), Z_STRLEN_P(path)); ZEND_HASH_FOREACH_END();
		zval_ptr_dtor(&paths);
	}
	zend_hash_destroy(&p.seen);
	pimsync_mcsv_close(&s);
	return got < 0 ? FAILURE : SUCCESS;
}

void pimsync_mcsv_close(pimsync_magento_csv_source *s)
{
	pimsync_csv_close(&s->reader);
	pimsync_csv_header_free(&s->header);
	if (s->column_role) efree(s->column_role);
	if (s->row_start) efree(s->row_start);
	if (s->row_len) efree(s->row_len);
	if (s->row_line) efree(s->row_line);
	if (s->group_sku) zend_string_release(s->group_sku);
	smart_str_free(&s->group);
	smart_str_free(&s->ahead);
	smart_str_free(&s->scratch);
	zend_hash_destroy(&s->first_line);
	memset(s, 0, sizeof(*s));
	s->reader.fd = -1;
}
