/* Measurement families and Akeneo's conversion (see measure_units.h).
 *
 * The conversion follows Akeneo's MeasureConverter
 * (src/Akeneo/Tool/Bundle/MeasureBundle/Convert/MeasureConverter.php):
 * convertBaseToStandard applies the source unit's operations in order;
 * convertStandardToResult applies the target unit's operations in reverse
 * order with mul<->div and add<->sub swapped; each step is a bcmath call at
 * scale 12, and a division (or a reversed multiplication) by zero is skipped. */
#include "php.h"
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"
#include "ext/standard/php_math.h"
#include "measure_units.h"

static void unit_dtor(zval *zv)
{
	pimsync_measure_unit *u = Z_PTR_P(zv);
	for (uint32_t i = 0; i < u->nops; i++) zend_string_release(u->ops[i].value);
	if (u->ops) efree(u->ops);
	zend_string_release(u->code);
	if (u->symbol) zend_string_release(u->symbol);
	efree(u);
}

static void family_free(pimsync_measure_family *f)
{
	zend_hash_destroy(&f->units);
	zend_string_release(f->code);
	zend_string_release(f->standard);
	efree(f);
}

static void family_dtor(zval *zv)
{
	family_free(Z_PTR_P(zv));
}

static pimsync_measure_family *family_new(zend_string *code, zend_string *standard)
{
	pimsync_measure_family *f = emalloc(sizeof(*f));
	f->code = zend_string_copy(code);
	f->standard = zend_string_copy(standard);
	zend_hash_init(&f->units, 16, NULL, unit_dtor, 0);
	return f;
}

/* One operation from Akeneo's operator name and operand text. */
static const char *operation_set(pimsync_measure_operation *op, const char *name, size_t name_len,
                                 const char *value, size_t value_len)
{
	static const struct { const char *name; pimsync_decimal_op op; } names[] = {
		{"mul", PIMSYNC_DECIMAL_MUL}, {"div", PIMSYNC_DECIMAL_DIV}, {"add", PIMSYNC_DECIMAL_ADD}, {"sub", PIMSYNC_DECIMAL_SUB},
	};
	bool known = false;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		if (name_len == 3 && memcmp(name, names[i].name, 3) == 0) {
			op->op = names[i].op;
			known = true;
		}
	}
	if (!known) return "operator must be mul, div, add or sub";
	if (!pimsync_decimal_parse(&op->operand, value, value_len)) return "value must be a decimal number such as \"0.001\"";
	op->value = zend_string_init(value, value_len, 0);
	return NULL;
}

static pimsync_measure_unit *unit_new(pimsync_measure_family *f, zend_string *code, zend_string *symbol, uint32_t nops)
{
	pimsync_measure_unit *u = ecalloc(1, sizeof(*u));
	u->code = zend_string_copy(code);
	u->symbol = symbol ? zend_string_copy(symbol) : NULL;
	u->family = f;
	u->ops = nops ? ecalloc(nops, sizeof(pimsync_measure_operation)) : NULL;
	return u;
}

/* by_unit lists every unit by code, families in table order. */
static void reindex(pimsync_measures *m)
{
	pimsync_measure_family *f;
	pimsync_measure_unit *u;
	zend_hash_clean(&m->by_unit);
	ZEND_HASH_FOREACH_PTR(&m->families, f) {
		ZEND_HASH_FOREACH_PTR(&f->units, u) {
			pimsync_measure_unit *first = zend_hash_find_ptr(&m->by_unit, u->code);
			u->same_code = NULL;
			if (!first) {
				zend_hash_add_ptr(&m->by_unit, u->code, u);
				continue;
			}
			while (first->same_code) first = first->same_code;
			first->same_code = u;
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
}

static void measures_init(pimsync_measures *m)
{
	zend_hash_init(&m->families, 32, NULL, family_dtor, 0);
	zend_hash_init(&m->by_unit, 256, NULL, NULL, 0);
}

void pimsync_measures_init_standard(pimsync_measures *m)
{
	measures_init(m);
	for (const pimsync_standard_family *sf = pimsync_standard_families; sf->code; sf++) {
		zend_string *code = zend_string_init(sf->code, strlen(sf->code), 0);
		zend_string *standard = zend_string_init(sf->standard, strlen(sf->standard), 0);
		pimsync_measure_family *f = family_new(code, standard);
		for (const pimsync_standard_unit *su = sf->units; su->code; su++) {
			/* "mul 0.45359237, div 16": one "operator value" per comma */
			uint32_t nops = 1;
			for (const char *p = su->ops; *p; p++) nops += *p == ',';
			zend_string *ucode = zend_string_init(su->code, strlen(su->code), 0);
			zend_string *symbol = zend_string_init(su->symbol, strlen(su->symbol), 0);
			pimsync_measure_unit *u = unit_new(f, ucode, symbol, nops);
			const char *p = su->ops;
			while (u->nops < nops) {
				const char *space = strchr(p, ' '), *end = strchr(p, ',');
				if (!end) end = p + strlen(p);
				const char *bad = operation_set(&u->ops[u->nops], p, space - p, space + 1, end - space - 1);
				ZEND_ASSERT(!bad);
				(void) bad;
				u->nops++;
				p = *end ? end + 2 : end;
			}
			zend_hash_add_ptr(&f->units, ucode, u);
			zend_string_release(ucode);
			zend_string_release(symbol);
		}
		zend_hash_add_ptr(&m->families, code, f);
		zend_string_release(code);
		zend_string_release(standard);
	}
	reindex(m);
}

void pimsync_measures_free(pimsync_measures *m)
{
	zend_hash_destroy(&m->by_unit);
	zend_hash_destroy(&m->families);
}

/* ---- families the PIM reports ---- */

static zval *str_field(HashTable *h, const char *key)
{
	zval *v = zend_hash_str_find(h, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) > 0 ? v : NULL;
}

/* An operand as text: Akeneo sends strings; a hand-written file may hold numbers. */
static zend_string *operand_text(zval *v)
{
	smart_str s = {0};
	switch (Z_TYPE_P(v)) {
	case IS_STRING: return zend_string_copy(Z_STR_P(v));
	case IS_LONG: return zend_long_to_str(Z_LVAL_P(v));
	case IS_DOUBLE:
		smart_str_append_double(&s, Z_DVAL_P(v), (int) PG(serialize_precision), false);
		smart_str_0(&s);
		return s.s;
	default: return NULL;
	}
}

static bool ZEND_ATTRIBUTE_FORMAT(printf, 5, 6)
family_fail(pimsync_error *err, const char *origin, zend_string *family, zend_string *unit, const char *format, ...)
{
	char message[PIMSYNC_ERR_MAX];
	va_list args;
	va_start(args, format);
	vsnprintf(message, sizeof(message), format, args);
	va_end(args);
	if (unit) {
		pimsync_error_set(err, "%s: measurement family \"%s\", unit \"%s\": %s", origin, ZSTR_VAL(family), ZSTR_VAL(unit), message);
	} else if (family) {
		pimsync_error_set(err, "%s: measurement family \"%s\": %s", origin, ZSTR_VAL(family), message);
	} else {
		pimsync_error_set(err, "%s: %s", origin, message);
	}
	return false;
}

static bool unit_from_array(pimsync_measure_family *f, zend_string *key, zval *def, const char *origin, pimsync_error *err)
{
	zval *code, *symbol, *ops, *op;
	if (Z_TYPE_P(def) != IS_ARRAY) return family_fail(err, origin, f->code, key, "must be an object");
	code = str_field(Z_ARRVAL_P(def), "code");
	if (!code && !key) return family_fail(err, origin, f->code, NULL, "a unit has no code");
	zend_string *ucode = code ? Z_STR_P(code) : key;
	if (zend_hash_exists(&f->units, ucode)) return family_fail(err, origin, f->code, ucode, "listed twice");
	ops = zend_hash_str_find(Z_ARRVAL_P(def), "convert_from_standard", sizeof("convert_from_standard") - 1);
	if (!ops || Z_TYPE_P(ops) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL_P(ops))) {
		return family_fail(err, origin, f->code, ucode, "convert_from_standard must be a list of {operator, value}");
	}
	symbol = str_field(Z_ARRVAL_P(def), "symbol");
	pimsync_measure_unit *u = unit_new(f, ucode, symbol ? Z_STR_P(symbol) : NULL, zend_hash_num_elements(Z_ARRVAL_P(ops)));
	zend_hash_add_ptr(&f->units, ucode, u);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(ops), op) {
		zval *name = Z_TYPE_P(op) == IS_ARRAY ? str_field(Z_ARRVAL_P(op), "operator") : NULL;
		zval *value = Z_TYPE_P(op) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(op), "value", sizeof("value") - 1) : NULL;
		zend_string *text = value ? operand_text(value) : NULL;
		if (!name || !text) {
			if (text) zend_string_release(text);
			return family_fail(err, origin, f->code, ucode, "each operation needs an operator and a value");
		}
		const char *bad = operation_set(&u->ops[u->nops], Z_STRVAL_P(name), Z_STRLEN_P(name), ZSTR_VAL(text), ZSTR_LEN(text));
		if (bad) {
			family_fail(err, origin, f->code, ucode, "%s (got %s \"%s\")", bad, Z_STRVAL_P(name), ZSTR_VAL(text));
			zend_string_release(text);
			return false;
		}
		zend_string_release(text);
		u->nops++;
	} ZEND_HASH_FOREACH_END();
	return true;
}

static pimsync_measure_family *family_from_array(zval *def, const char *origin, pimsync_error *err)
{
	zval *code, *standard, *units, *unit;
	zend_string *key;
	if (Z_TYPE_P(def) != IS_ARRAY) {
		family_fail(err, origin, NULL, NULL, "each measurement family must be an object");
		return NULL;
	}
	if (!(code = str_field(Z_ARRVAL_P(def), "code"))) {
		family_fail(err, origin, NULL, NULL, "a measurement family has no code");
		return NULL;
	}
	if (!(standard = str_field(Z_ARRVAL_P(def), "standard_unit_code"))) {
		family_fail(err, origin, Z_STR_P(code), NULL, "standard_unit_code is required");
		return NULL;
	}
	units = zend_hash_str_find(Z_ARRVAL_P(def), "units", sizeof("units") - 1);
	if (!units || Z_TYPE_P(units) != IS_ARRAY || zend_hash_num_elements(Z_ARRVAL_P(units)) == 0) {
		family_fail(err, origin, Z_STR_P(code), NULL, "units must list the family's units");
		return NULL;
	}
	pimsync_measure_family *f = family_new(Z_STR_P(code), Z_STR_P(standard));
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(units), key, unit) {
		if (!unit_from_array(f, key, unit, origin, err)) {
			family_free(f);
			return NULL;
		}
	} ZEND_HASH_FOREACH_END();
	if (!zend_hash_exists(&f->units, f->standard)) {
		family_fail(err, origin, f->code, NULL, "its standard unit %s is not among its units", ZSTR_VAL(f->standard));
		family_free(f);
		return NULL;
	}
	return f;
}

zend_result pimsync_measures_add_array(pimsync_measures *m, HashTable *families, const char *origin, pimsync_error *err)
{
	HashTable built;
	zval *def;
	pimsync_measure_family *f;

	/* all or nothing: a half-read table would convert some units and not others */
	zend_hash_init(&built, 32, NULL, family_dtor, 0);
	ZEND_HASH_FOREACH_VAL(families, def) {
		if (!(f = family_from_array(def, origin, err))) {
			zend_hash_destroy(&built);
			return FAILURE;
		}
		if (!zend_hash_add_ptr(&built, f->code, f)) {
			family_fail(err, origin, f->code, NULL, "listed twice");
			family_free(f);
			zend_hash_destroy(&built);
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_PTR(&built, f) {
		/* same code: replaces the standard family where it stood */
		zend_hash_update_ptr(&m->families, f->code, f);
	} ZEND_HASH_FOREACH_END();
	built.pDestructor = NULL;
	zend_hash_destroy(&built);
	reindex(m);
	return SUCCESS;
}

zend_result pimsync_measures_add_json(pimsync_measures *m, const char *json, size_t len, const char *origin, pimsync_error *err)
{
	php_json_parser parser;
	zval doc;
	php_json_parser_init(&parser, &doc, json, len, PHP_JSON_OBJECT_AS_ARRAY, 64);
	if (php_json_parse(&parser) != 0) {
		pimsync_error_set(err, "%s: not valid JSON (error %d)", origin, (int) php_json_parser_error_code(&parser));
		return FAILURE;
	}
	if (Z_TYPE(doc) != IS_ARRAY || !zend_array_is_list(Z_ARRVAL(doc))) {
		zval_ptr_dtor(&doc);
		pimsync_error_set(err, "%s: must be a JSON list of measurement families, as GET /api/rest/v1/measurement-families returns", origin);
		return FAILURE;
	}
	zend_result r = pimsync_measures_add_array(m, Z_ARRVAL(doc), origin, err);
	zval_ptr_dtor(&doc);
	return r;
}

/* A families file is a few kilobytes; this bounds what a wrong path could make us read. */
#define MEASURES_FILE_MAX (64 * 1024 * 1024)

zend_result pimsync_measures_add_file(pimsync_measures *m, const char *path, pimsync_error *err)
{
	/* non-blocking: a FIFO without a writer must not hang the open */
	int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
	smart_str body = {0};
	char chunk[8192];
	ssize_t n;
	struct stat sb;
	if (fd < 0) {
		pimsync_error_set(err, "cannot open measurement families file %s: %s", path, strerror(errno));
		return FAILURE;
	}
	if (fstat(fd, &sb) != 0 || !S_ISREG(sb.st_mode) || sb.st_size > MEASURES_FILE_MAX) {
		pimsync_error_set(err, "measurement families file %s is not a regular file of at most 64 MB", path);
		close(fd);
		return FAILURE;
	}
	while ((n = read(fd, chunk, sizeof(chunk))) != 0) {
		if (n < 0 && errno == EINTR) continue;
		if (n < 0 || (body.s && ZSTR_LEN(body.s) + (size_t) n > MEASURES_FILE_MAX)) {
			pimsync_error_set(err, "cannot read measurement families file %s: %s", path, n < 0 ? strerror(errno) : "over 64 MB");
			close(fd);
			smart_str_free(&body);
			return FAILURE;
		}
		smart_str_appendl(&body, chunk, (size_t) n);
	}
	close(fd);
	smart_str_0(&body);
	zend_result r = pimsync_measures_add_json(m, body.s ? ZSTR_VAL(body.s) : "", body.s ? ZSTR_LEN(body.s) : 0, path, err);
	smart_str_free(&body);
	return r;
}

/* ---- lookup and conversion ---- */

const pimsync_measure_unit *pimsync_measures_find(const pimsync_measures *m, zend_string *code)
{
	zend_string *key;
	pimsync_measure_unit *u = zend_hash_find_ptr((HashTable *) &m->by_unit, code);
	if (u) return u;
	ZEND_HASH_FOREACH_STR_KEY_PTR((HashTable *) &m->by_unit, key, u) {
		if (zend_string_equals_ci(key, code)) return u;
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

static const pimsync_measure_unit *family_unit(const pimsync_measure_family *f, zend_string *code)
{
	zend_string *key;
	pimsync_measure_unit *u = zend_hash_find_ptr((HashTable *) &f->units, code);
	if (u) return u;
	ZEND_HASH_FOREACH_STR_KEY_PTR((HashTable *) &f->units, key, u) {
		if (zend_string_equals_ci(key, code)) return u;
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

bool pimsync_measures_pair(const pimsync_measures *m, zend_string *from, zend_string *to,
                           const pimsync_measure_unit **from_unit, const pimsync_measure_unit **to_unit, pimsync_error *why)
{
	const pimsync_measure_unit *f = pimsync_measures_find(m, from), *t;
	if (!f) {
		pimsync_error_set(why, "unknown unit %s", ZSTR_VAL(from));
		return false;
	}
	/* a code in several families (MINUTE: Duration and Angle): the first family with both wins */
	for (const pimsync_measure_unit *u = f; u; u = u->same_code) {
		if ((t = family_unit(u->family, to))) {
			*from_unit = u;
			*to_unit = t;
			return true;
		}
	}
	if (!(t = pimsync_measures_find(m, to))) {
		pimsync_error_set(why, "%s cannot be converted to unknown unit %s", ZSTR_VAL(from), ZSTR_VAL(to));
		return false;
	}
	pimsync_error_set(why, "%s (%s) cannot be converted to %s (%s)", ZSTR_VAL(f->code), ZSTR_VAL(f->family->code),
	                  ZSTR_VAL(t->code), ZSTR_VAL(t->family->code));
	return false;
}

static bool amount_from_double(double d, pimsync_decimal *out)
{
	if (!zend_finite(d)) return false;
	zend_string *text = _php_math_number_format_ex(d, PIMSYNC_MEASURE_SCALE, ".", 1, "", 0);
	bool ok = pimsync_decimal_parse(out, ZSTR_VAL(text), ZSTR_LEN(text));
	zend_string_release(text);
	return ok;
}

bool pimsync_measure_amount(const zval *amount, pimsync_decimal *out)
{
	zend_long l;
	double d;
	switch (Z_TYPE_P(amount)) {
	case IS_LONG:
		pimsync_decimal_from_long(out, Z_LVAL_P(amount));
		return true;
	case IS_DOUBLE:
		return amount_from_double(Z_DVAL_P(amount), out);
	case IS_STRING:
		if (pimsync_decimal_parse(out, Z_STRVAL_P(amount), Z_STRLEN_P(amount))) return true;
		/* "1e3", " 12": numeric to PHP, so Akeneo's converter reads them as numbers */
		switch (is_numeric_string(Z_STRVAL_P(amount), Z_STRLEN_P(amount), &l, &d, false)) {
		case IS_LONG: pimsync_decimal_from_long(out, l); return true;
		case IS_DOUBLE: return amount_from_double(d, out);
		default: return false;
		}
	default:
		return false;
	}
}

bool pimsync_measure_convert(const pimsync_measure_unit *from, const pimsync_measure_unit *to, pimsync_decimal *value,
                             pimsync_error *why)
{
	/* to the standard unit: the operations in order */
	for (uint32_t i = 0; i < from->nops; i++) {
		const pimsync_measure_operation *op = &from->ops[i];
		if (op->op == PIMSYNC_DECIMAL_DIV && pimsync_decimal_is_zero(&op->operand)) continue;
		if (!pimsync_decimal_apply(value, value, op->op, &op->operand, PIMSYNC_MEASURE_SCALE)) goto overflow;
	}
	/* to the target: its operations backwards, each one inverted */
	for (uint32_t i = to->nops; i-- > 0;) {
		const pimsync_measure_operation *op = &to->ops[i];
		pimsync_decimal_op inverse;
		switch (op->op) {
		case PIMSYNC_DECIMAL_MUL: inverse = PIMSYNC_DECIMAL_DIV; break;
		case PIMSYNC_DECIMAL_DIV: inverse = PIMSYNC_DECIMAL_MUL; break;
		case PIMSYNC_DECIMAL_ADD: inverse = PIMSYNC_DECIMAL_SUB; break;
		default: inverse = PIMSYNC_DECIMAL_ADD; break;
		}
		if (inverse == PIMSYNC_DECIMAL_DIV && pimsync_decimal_is_zero(&op->operand)) continue;
		if (!pimsync_decimal_apply(value, value, inverse, &op->operand, PIMSYNC_MEASURE_SCALE)) goto overflow;
	}
	return true;
overflow:
	pimsync_error_set(why, "%s to %s: the amount is too large to convert", ZSTR_VAL(from->code), ZSTR_VAL(to->code));
	return false;
}

static const char *operator_name(pimsync_decimal_op op)
{
	switch (op) {
	case PIMSYNC_DECIMAL_MUL: return "mul";
	case PIMSYNC_DECIMAL_DIV: return "div";
	case PIMSYNC_DECIMAL_ADD: return "add";
	default: return "sub";
	}
}

void pimsync_measures_fingerprint(const pimsync_measures *m, smart_str *out)
{
	pimsync_measure_family *f;
	pimsync_measure_unit *u;
	ZEND_HASH_FOREACH_PTR((HashTable *) &m->families, f) {
		smart_str_append(out, f->code);
		smart_str_appendc(out, ':');
		smart_str_append(out, f->standard);
		ZEND_HASH_FOREACH_PTR(&f->units, u) {
			smart_str_appendc(out, ';');
			smart_str_append(out, u->code);
			for (uint32_t i = 0; i < u->nops; i++) {
				smart_str_appendc(out, i ? ',' : '=');
				smart_str_appends(out, operator_name(u->ops[i].op));
				smart_str_appendc(out, ' ');
				smart_str_append(out, u->ops[i].value);
			}
		} ZEND_HASH_FOREACH_END();
		smart_str_appendc(out, '\n');
	} ZEND_HASH_FOREACH_END();
}

void pimsync_measures_to_array(const pimsync_measures *m, zval *out)
{
	pimsync_measure_family *f;
	pimsync_measure_unit *u;
	array_init(out);
	ZEND_HASH_FOREACH_PTR((HashTable *) &m->families, f) {
		zval family, units;
		array_init(&family);
		array_init(&units);
		add_assoc_str(&family, "code", zend_string_copy(f->code));
		add_assoc_str(&family, "standard_unit_code", zend_string_copy(f->standard));
		ZEND_HASH_FOREACH_PTR(&f->units, u) {
			zval unit, ops;
			array_init(&unit);
			array_init(&ops);
			add_assoc_str(&unit, "code", zend_string_copy(u->code));
			for (uint32_t i = 0; i < u->nops; i++) {
				zval op;
				array_init(&op);
				add_assoc_string(&op, "operator", operator_name(u->ops[i].op));
				add_assoc_str(&op, "value", zend_string_copy(u->ops[i].value));
				add_next_index_zval(&ops, &op);
			}
			add_assoc_zval(&unit, "convert_from_standard", &ops);
			if (u->symbol) add_assoc_str(&unit, "symbol", zend_string_copy(u->symbol));
			else add_assoc_null(&unit, "symbol");
			zend_hash_update(Z_ARRVAL(units), u->code, &unit);
		} ZEND_HASH_FOREACH_END();
		add_assoc_zval(&family, "units", &units);
		add_next_index_zval(out, &family);
	} ZEND_HASH_FOREACH_END();
}
