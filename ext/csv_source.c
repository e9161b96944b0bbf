/* See csv_source.h. */
#include "php.h"
#include "zend_smart_str.h"
#include "csv_source.h"
#include "utf8_text.h"
#include "product_record.h"

#define NO_COLUMN UINT32_MAX

/* The header's field named column, or NO_COLUMN. */
static uint32_t header_field(pimsync_csv_source *s, zend_string *column)
{
	for (uint32_t i = 0; i < s->header.n; i++) {
		if (zend_string_equals(s->header.names[i], column)) return i;
	}
	return NO_COLUMN;
}

static zend_result read_header(pimsync_csv_source *s, pimsync_error *err)
{
	return pimsync_csv_read_header(&s->reader, "naming the columns", &s->header, err);
}

/* The field of a mapped column; FAILURE (err) when the header lacks it. */
static zend_result resolve(pimsync_csv_source *s, zend_string *column, const char *named_by, const char *code,
                           uint32_t *at, pimsync_error *err)
{
	*at = header_field(s, column);
	if (*at != NO_COLUMN) return SUCCESS;
	pimsync_error_set(err, "%s: the header (line " ZEND_LONG_FMT ") has no column \"%.100s\", which source.columns.%s%s names",
	                  s->reader.path, s->header.line, ZSTR_VAL(column), named_by, code ? code : "");
	return FAILURE;
}

static zend_result open_and_resolve(pimsync_csv_source *s, const pimsync_csv_settings *settings, pimsync_error *err)
{
	s->settings = settings;
	s->enabled_at = NO_COLUMN;
	if (pimsync_csv_open(&s->reader, ZSTR_VAL(settings->path), &settings->format, err) == FAILURE) return FAILURE;
	if (read_header(s, err) == FAILURE) return FAILURE;
	if (resolve(s, settings->sku.column, "sku", NULL, &s->sku_at, err) == FAILURE) return FAILURE;
	if (settings->enabled.column
	    && resolve(s, settings->enabled.column, "enabled", NULL, &s->enabled_at, err) == FAILURE) return FAILURE;
	s->attribute_at = safe_emalloc(settings->nattributes + 1, sizeof(uint32_t), 0);
	for (uint32_t i = 0; i < settings->nattributes; i++) {
		const pimsync_csv_column *col = &settings->attributes[i];
		if (resolve(s, col->column, "attributes.", ZSTR_VAL(col->attribute), &s->attribute_at[i], err) == FAILURE) return FAILURE;
	}
	return SUCCESS;
}

zend_result pimsync_csv_source_open(pimsync_csv_source *s, const pimsync_csv_settings *settings, pimsync_error *err)
{
	memset(s, 0, sizeof(*s));
	s->reader.fd = -1;
	if (open_and_resolve(s, settings, err) == SUCCESS) return SUCCESS;
	pimsync_csv_source_close(s); /* a source that failed to open is not closed by its caller */
	return FAILURE;
}

int pimsync_csv_source_next(pimsync_csv_source *s, const char **raw, size_t *len, zend_long *line, pimsync_error *err)
{
	int got = pimsync_csv_next(&s->reader, raw, len, err);
	*line = s->reader.record_line;
	return got;
}

/* ---- cells ---- */

static bool is_space(char c)
{
	return c == ' ' || c == '\t';
}

/* A number as the settings write it ("1.234,5" with a decimal comma and a
 * thousands dot) as plain digits in s->number ("1234.5"). Thousands
 * separators must group by three: "12.5" with a thousands dot is no number,
 * which catches a file whose separators the config has the wrong way round. */
static bool read_number(pimsync_csv_source *s, const char *t, size_t n, bool whole)
{
	const char dec = s->settings->decimal_separator, thou = s->settings->thousands_separator;
	size_t i = 0, digits = 0, group = 0;
	bool grouped = false;

	if (s->number.s) ZSTR_LEN(s->number.s) = 0;
	while (n && is_space(t[n - 1])) n--;
	while (i < n && is_space(t[i])) i++;
	if (i < n && (t[i] == '-' || t[i] == '+')) {
		if (t[i] == '-') smart_str_appendc(&s->number, '-');
		i++;
	}
	for (; i < n; i++) {
		if (t[i] >= '0' && t[i] <= '9') {
			smart_str_appendc(&s->number, t[i]);
			digits++;
			group++;
		} else if (thou && t[i] == thou) {
			if (!digits || (grouped ? group != 3 : group > 3)) return false;
			grouped = true;
			group = 0;
		} else {
			break;
		}
	}
	if (!digits || (grouped && group != 3)) return false;
	if (i < n && t[i] == dec) {
		if (whole) return false;
		smart_str_appendc(&s->number, '.');
		size_t fraction = 0;
		for (i++; i < n && t[i] >= '0' && t[i] <= '9'; i++, fraction++) smart_str_appendc(&s->number, t[i]);
		if (!fraction) return false;
	}
	smart_str_0(&s->number);
	return i == n;
}

static bool read_boolean(const char *t, size_t n, bool *out)
{
	static const char *const yes[] = {"1", "true", "yes", "y", NULL}, *const no[] = {"0", "false", "no", "n", NULL};
	while (n && is_space(t[n - 1])) n--;
	while (n && is_space(*t)) { t++; n--; }
	for (int i = 0; yes[i]; i++) {
		if (strlen(yes[i]) == n && strncasecmp(t, yes[i], n) == 0) { *out = true; return true; }
		if (strlen(no[i]) == n && strncasecmp(t, no[i], n) == 0) { *out = false; return true; }
	}
	return false;
}

/* 1 or 2 digits (4 for a year) at t[*i]. */
static bool date_digits(const char *t, size_t n, size_t *i, int min, int max, int *out)
{
	int v = 0, k = 0;
	while (*i < n && k < max && t[*i] >= '0' && t[*i] <= '9') v = v * 10 + (t[(*i)++] - '0'), k++;
	*out = v;
	return k >= min;
}

/* A date written as date_format ("d.m.Y") as ISO ("2024-12-31", with
 * " 13:05:00" when the format has a time). 0: not that format; -1: that
 * format but not a day of the calendar (31.02.2024). */
static int read_date(zend_string *format, const char *t, size_t n, char *out, size_t out_size)
{
	int y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0;
	bool time = false;
	size_t i = 0;

	while (n && is_space(t[n - 1])) n--;
	while (n && is_space(*t)) { t++; n--; }
	for (size_t f = 0; f < ZSTR_LEN(format); f++) {
		char fc = ZSTR_VAL(format)[f];
		bool ok;
		switch (fc) {
		case 'Y': ok = date_digits(t, n, &i, 4, 4, &y); break;
		case 'm': case 'n': ok = date_digits(t, n, &i, 1, 2, &mo); break;
		case 'd': case 'j': ok = date_digits(t, n, &i, 1, 2, &d); break;
		case 'H': ok = date_digits(t, n, &i, 1, 2, &h); time = true; break;
		case 'i': ok = date_digits(t, n, &i, 1, 2, &mi); time = true; break;
		case 's': ok = date_digits(t, n, &i, 1, 2, &sec); time = true; break;
		default: ok = i < n && t[i++] == fc;
		}
		if (!ok) return 0;
	}
	if (i != n) return 0;
	static const int month_days[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
	bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
	if (mo < 1 || mo > 12 || d < 1 || d > month_days[mo - 1] || (mo == 2 && d == 29 && !leap) || h > 23 || mi > 59 || sec > 59) {
		return -1;
	}
	if (time) snprintf(out, out_size, "%04d-%02d-%02d %02d:%02d:%02d", y, mo, d, h, mi, sec);
	else snprintf(out, out_size, "%04d-%02d-%02d", y, mo, d);
	return 1;
}

typedef struct {
	pimsync_csv_source *s;
	pimsync_issue_list *issues;
	zend_long line;
	zend_string *column;
	zend_string *attribute;
} cell_ctx;

/* A value issue: the cell (its first 60 bytes, whole characters) is left out. */
static void ZEND_ATTRIBUTE_FORMAT(printf, 5, 6)
cell_issue(cell_ctx *c, const char *kind, const char *t, size_t n, const char *format, ...)
{
	char why[300];
	va_list args;
	zend_string *shown = pimsync_utf8_sanitized(t, n, 60, 0);
	va_start(args, format);
	vsnprintf(why, sizeof(why), format, args);
	va_end(args);
	pimsync_issue_addf(c->issues, c->attribute, PIMSYNC_ISSUE_NO_STORE, kind, PIMSYNC_ISSUE_LEFT_OUT,
	                   "line " ZEND_LONG_FMT ", column \"%.100s\": \"%s%s\" %s; the value was left out", c->line,
	                   ZSTR_VAL(c->column), ZSTR_VAL(shown), ZSTR_LEN(shown) < n ? "…" : "", why);
	zend_string_release(shown);
}

static bool cell_number(cell_ctx *c, const char *t, size_t n, bool whole, zval *out)
{
	const pimsync_csv_settings *st = c->s->settings;
	if (!read_number(c->s, t, n, whole)) {
		char thou[16];
		if (st->thousands_separator) snprintf(thou, sizeof(thou), "\"%c\"", st->thousands_separator);
		else snprintf(thou, sizeof(thou), "none");
		cell_issue(c, whole ? "not_an_integer" : "not_a_number", t, n, "is not %s (decimal separator \"%c\", thousands separator %s)",
		           whole ? "a whole number" : "a number", st->decimal_separator, thou);
		return false;
	}
	ZVAL_STRINGL(out, ZSTR_VAL(c->s->number.s), ZSTR_LEN(c->s->number.s));
	return true;
}

/* The data of one cell for its column's type, in out; false: no value
 * (an empty cell to skip, or one that does not read, as an issue). */
static bool cell_data(cell_ctx *c, const pimsync_csv_column *col, const char *t, size_t n, zval *out)
{
	zend_string *mapped_text = NULL;
	bool got = false;

	if (col->map) {
		zval *m = zend_symtable_str_find(col->map, t, n);
		if (m && (Z_TYPE_P(m) == IS_NULL || Z_TYPE_P(m) == IS_TRUE || Z_TYPE_P(m) == IS_FALSE)) {
			ZVAL_COPY_VALUE(out, m); /* no refcount: null, true, false */
			return true;
		}
		if (m) {
			/* a mapped text or number is read like the cell it replaces */
			mapped_text = zval_get_string(m);
			t = ZSTR_VAL(mapped_text);
			n = ZSTR_LEN(mapped_text);
		}
	}
	if (n == 0) {
		if (col->empty_null) ZVAL_NULL(out);
		if (mapped_text) zend_string_release(mapped_text);
		return col->empty_null;
	}
	switch (col->type) {
	case PIMSYNC_CSV_TEXT:
	case PIMSYNC_CSV_SELECT:
		ZVAL_STRINGL(out, t, n);
		got = true;
		break;
	case PIMSYNC_CSV_DECIMAL:
		got = cell_number(c, t, n, false, out);
		break;
	case PIMSYNC_CSV_INTEGER:
		got = cell_number(c, t, n, true, out);
		break;
	case PIMSYNC_CSV_BOOLEAN: {
		bool b;
		if ((got = read_boolean(t, n, &b))) ZVAL_BOOL(out, b);
		else cell_issue(c, "not_a_boolean", t, n, "is not yes or no (1/0, true/false, yes/no, y/n, or a value of the column's map)");
		break;
	}
	case PIMSYNC_CSV_DATE: {
		char iso[32];
		int r = read_date(c->s->settings->date_format, t, n, iso, sizeof(iso));
		if (r > 0) {
			ZVAL_STRING(out, iso);
			got = true;
		} else {
			cell_issue(c, "invalid_date", t, n, r < 0 ? "is not a day of the calendar" : "is not a date written as %s",
			           ZSTR_VAL(c->s->settings->date_format));
		}
		break;
	}
	case PIMSYNC_CSV_METRIC:
	case PIMSYNC_CSV_PRICE: {
		zval amount;
		if (!(got = cell_number(c, t, n, false, &amount))) break;
		zval item;
		array_init_size(&item, 2);
		add_assoc_zval(&item, "amount", &amount);
		if (col->type == PIMSYNC_CSV_METRIC) {
			add_assoc_str(&item, "unit", zend_string_copy(col->unit));
			ZVAL_COPY_VALUE(out, &item);
		} else {
			/* Akeneo's price collection: one price per currency */
			add_assoc_str(&item, "currency", zend_string_copy(col->currency));
			array_init_size(out, 1);
			add_next_index_zval(out, &item);
		}
		break;
	}
	default:
		break;
	}
	if (mapped_text) zend_string_release(mapped_text);
	return got;
}

/* values[code] = [{"locale": null, "scope": null, "data": data}]: an ERP value is global. */
static void add_value(HashTable *values, zend_string *code, zval *data)
{
	zval entry, list;
	array_init_size(&entry, 3);
	add_assoc_null(&entry, "locale");
	add_assoc_null(&entry, "scope");
	add_assoc_zval(&entry, "data", data);
	array_init_size(&list, 1);
	add_next_index_zval(&list, &entry);
	zend_hash_update(values, code, &list);
}

zend_result pimsync_csv_source_convert(pimsync_csv_source *s, const char *raw, size_t len, zval *product,
                                       pimsync_issue_list *issues, pimsync_error *err)
{
	pimsync_csv_reader *r = &s->reader;
	const pimsync_csv_settings *st = s->settings;
	const char *t;
	size_t n;
	zval values;

	if (pimsync_csv_split_row(r, raw, len, &s->header, r->record_line, err) == FAILURE) return FAILURE;
	array_init(product);
	t = pimsync_csv_field(r, s->sku_at, &n);
	add_assoc_stringl(product, "identifier", t, n);

	if (s->enabled_at != NO_COLUMN) {
		/* the status is always written: a guess would enable a product the ERP blocked, so a row whose
		 * status cannot be read is parked rather than written with one */
		bool enabled;
		zval *mapped;
		t = pimsync_csv_field(r, s->enabled_at, &n);
		if (st->enabled.map && (mapped = zend_symtable_str_find(st->enabled.map, t, n))) {
			enabled = Z_TYPE_P(mapped) == IS_TRUE;
		} else if (!read_boolean(t, n, &enabled)) {
			zend_string *shown = pimsync_utf8_sanitized(t, n, 60, 0);
			pimsync_error_set(err, "line " ZEND_LONG_FMT ", column \"%.100s\": \"%s\" is not a status (1/0, true/false, yes/no, y/n%s)",
			                  r->record_line, ZSTR_VAL(st->enabled.column), ZSTR_VAL(shown), st->enabled.map ? ", or a value of its map" : "");
			zend_string_release(shown);
			zval_ptr_dtor(product);
			ZVAL_UNDEF(product);
			return FAILURE;
		}
		add_assoc_bool(product, "enabled", enabled);
	}
	cell_ctx c = { s, issues, r->record_line, NULL, NULL };
	array_init_size(&values, st->nattributes);
	for (uint32_t i = 0; i < st->nattributes; i++) {
		const pimsync_csv_column *col = &st->attributes[i];
		zval data;
		t = pimsync_csv_field(r, s->attribute_at[i], &n);
		c.column = col->column;
		c.attribute = col->attribute;
		if (cell_data(&c, col, t, n, &data)) add_value(Z_ARRVAL(values), col->attribute, &data);
	}
	add_assoc_zval(product, "values", &values);
	return SUCCESS;
}

void pimsync_csv_source_close(pimsync_csv_source *s)
{
	pimsync_csv_close(&s->reader);
	pimsync_csv_header_free(&s->header);
	if (s->attribute_at) efree(s->attribute_at);
	smart_str_free(&s->number);
	s->attribute_at = NULL;
}
