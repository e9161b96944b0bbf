#include "php.h"
#include "zend_smart_str.h"
#include "product_models.h"
#include "product_record.h"
#include "json_decode.h"

/* a sub-model's parent is a root: no chain is longer */
#define MAX_CHAIN 3
/* decoded items kept: variants of one model mostly come together in a feed */
#define DECODED_KEPT 512

static void model_dtor(zval *zv)
{
	pimsync_product_model *model = Z_PTR_P(zv);
	zend_string_release(model->code);
	if (model->parent) zend_string_release(model->parent);
	if (model->family_variant) zend_string_release(model->family_variant);
	if (model->family) zend_string_release(model->family);
	zend_string_release(model->raw);
	zend_string_release(model->position);
	efree(model);
}

static void variant_dtor(zval *zv)
{
	pimsync_family_variant *v = Z_PTR_P(zv);
	zend_string_release(v->code);
	for (uint32_t i = 0; i < v->naxes; i++) zend_string_release(v->axes[i]);
	if (v->axes) efree(v->axes);
	efree(v);
}

void pimsync_models_init(pimsync_product_models *m)
{
	memset(m, 0, sizeof(*m));
	zend_hash_init(&m->models, 64, NULL, model_dtor, 0);
	zend_hash_init(&m->variants, 16, NULL, variant_dtor, 0);
	zend_hash_init(&m->families, 16, NULL, NULL, 0);
	zend_hash_init(&m->decoded, DECODED_KEPT, NULL, ZVAL_PTR_DTOR, 0);
}

void pimsync_models_free(pimsync_product_models *m)
{
	zend_hash_destroy(&m->models);
	zend_hash_destroy(&m->variants);
	zend_hash_destroy(&m->families);
	zend_hash_destroy(&m->decoded);
}

static zend_string *string_at(HashTable *h, const char *key)
{
	zval *v = zend_hash_str_find(h, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_STRING && Z_STRLEN_P(v) ? Z_STR_P(v) : NULL;
}

/* ---- the keys a model is filed under, read without decoding it ---- */

static const char *skip_ws(const char *p, const char *end)
{
	while (p < end && (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')) p++;
	return p;
}

/* Past the string opening at p; *escaped says whether it held a backslash. NULL: unterminated. */
static const char *skip_string(const char *p, const char *end, bool *escaped)
{
	*escaped = false;
	for (p++; p < end; p++) {
		if (*p == '\\') {
			*escaped = true;
			p++;
		} else if (*p == '"') {
			return p + 1;
		}
	}
	return NULL;
}

/* Past one JSON value at p: strings and brackets are followed, so a key
 * nested in "values" is never taken for a top-level one. NULL: malformed. */
static const char *skip_value(const char *p, const char *end)
{
	bool escaped;
	uint32_t depth = 0;

	do {
		if (p >= end) return NULL;
		if (*p == '"') {
			if (!(p = skip_string(p, end, &escaped))) return NULL;
			continue;
		}
		if (*p == '{' || *p == '[') depth++;
		else if (*p == '}' || *p == ']') {
			if (depth == 0) return NULL;
			depth--;
		} else if (depth == 0) {
			/* a number or a literal: up to the next delimiter */
			while (p < end && *p != ',' && *p != '}' && *p != ']' && *p != ' ' && *p != '\n' && *p != '\r' && *p != '\t') p++;
			return p;
		}
		p++;
	} while (depth > 0);
	return p;
}

enum { KEY_CODE, KEY_PARENT, KEY_FAMILY, KEY_VARIANT, KEY_VALUES, KEYS };
static const char *const wanted[KEYS] = {"code", "parent", "family", "family_variant", "values"};

/* The top-level code, parent, family and family_variant of a model item
 * (NULL when absent, null or empty) and whether "values" is an object. false
 * when the bytes are not one object, or a key or wanted value holds an escape:
 * the decoder reads those. A model's values are decoded only when a product
 * needs them: an unchanged catalog's 30,000 models cost their bytes alone. */
static bool scan_keys(const char *json, size_t len, zend_string **out, bool *values_ok)
{
	const char *p = json, *end = json + len;
	bool escaped;

	memset(out, 0, KEYS * sizeof(*out));
	*values_ok = true;
	p = skip_ws(p, end);
	if (p >= end || *p != '{') return false;
	p = skip_ws(p + 1, end);
	if (p < end && *p == '}') return skip_ws(p + 1, end) == end;
	for (;;) {
		if (p >= end || *p != '"') goto fail;
		const char *key = p + 1, *after = skip_string(p, end, &escaped);
		if (!after || escaped) goto fail;
		size_t key_len = after - 1 - key;
		int k = KEYS;
		for (int i = 0; i < KEYS; i++) {
			if (strlen(wanted[i]) == key_len && !memcmp(wanted[i], key, key_len)) k = i;
		}
		p = skip_ws(after, end);
		if (p >= end || *p != ':') goto fail;
		p = skip_ws(p + 1, end);
		if (k == KEY_VALUES) *values_ok = p < end && (*p == '{' || (end - p >= 4 && !memcmp(p, "null", 4)));
		if (k < KEY_VALUES && p < end && *p == '"') {
			const char *v = p + 1;
			if (!(after = skip_string(p, end, &escaped)) || escaped) goto fail;
			if (out[k]) zend_string_release(out[k]);
			out[k] = after - 1 > v ? zend_string_init(v, after - 1 - v, 0) : NULL;
			p = after;
		} else if (!(p = skip_value(p, end))) {
			goto fail;
		}
		p = skip_ws(p, end);
		if (p < end && *p == ',') {
			p = skip_ws(p + 1, end);
			continue;
		}
		if (p < end && *p == '}' && skip_ws(p + 1, end) == end) return true;
		goto fail;
	}
fail:
	for (int i = 0; i < KEYS; i++) if (out[i]) zend_string_release(out[i]);
	return false;
}

/* The same keys from the decoded item, for bytes the scan leaves to it. */
static zend_result decode_keys(const char *json, size_t len, zend_string **out, bool *values_ok, pimsync_error *err)
{
	zval item;
	memset(out, 0, KEYS * sizeof(*out));
	if (pimsync_json_decode(json, len, 64, &item, err) == FAILURE) return FAILURE;
	if (Z_TYPE(item) != IS_ARRAY) {
		zval_ptr_dtor(&item);
		pimsync_error_set(err, "a product model must be a JSON object");
		return FAILURE;
	}
	for (int i = 0; i < KEY_VALUES; i++) {
		zend_string *v = string_at(Z_ARRVAL(item), wanted[i]);
		out[i] = v ? zend_string_copy(v) : NULL;
	}
	zval *values = zend_hash_str_find(Z_ARRVAL(item), "values", sizeof("values") - 1);
	*values_ok = !values || Z_TYPE_P(values) == IS_ARRAY || Z_TYPE_P(values) == IS_NULL;
	zval_ptr_dtor(&item);
	return SUCCESS;
}

zend_result pimsync_models_add_json(pimsync_product_models *m, const char *json, size_t len, zend_string *position,
                                    pimsync_error *err)
{
	zend_string *keys[KEYS];
	bool values_ok;

	if (!scan_keys(json, len, keys, &values_ok) && decode_keys(json, len, keys, &values_ok, err) == FAILURE) return FAILURE;
	if (!keys[KEY_CODE] || !values_ok || zend_hash_exists(&m->models, keys[KEY_CODE])) {
		if (!keys[KEY_CODE]) pimsync_error_set(err, "a product model without a \"code\"");
		else if (!values_ok) pimsync_error_set(err, "\"values\" must be an object");
		else pimsync_error_set(err, "duplicate product model: code \"%.200s\" was already read", ZSTR_VAL(keys[KEY_CODE]));
		for (int i = 0; i < KEYS; i++) if (keys[i]) zend_string_release(keys[i]);
		return FAILURE;
	}
	pimsync_product_model *model = emalloc(sizeof(*model));
	model->code = keys[KEY_CODE];
	model->parent = keys[KEY_PARENT];
	model->family = keys[KEY_FAMILY];
	model->family_variant = keys[KEY_VARIANT];
	model->raw = zend_string_init(json, len, 0);
	model->position = zend_string_copy(position);
	model->raw_hash = pimsync_hash_bytes(json, len, 0);
	zend_hash_add_new_ptr(&m->models, model->code, model);
	if (model->family) zend_hash_add_empty_element(&m->families, model->family);
	return SUCCESS;
}

HashTable *pimsync_models_item(pimsync_product_models *m, pimsync_product_model *model, pimsync_error *err)
{
	zval *kept = zend_hash_find(&m->decoded, model->code), item;

	if (kept) return Z_ARRVAL_P(kept);
	if (pimsync_json_decode(ZSTR_VAL(model->raw), ZSTR_LEN(model->raw), 64, &item, err) == FAILURE) return NULL;
	if (Z_TYPE(item) != IS_ARRAY) { /* the scan found one object: it cannot decode as anything else */
		zval_ptr_dtor(&item);
		pimsync_error_set(err, "a product model must be a JSON object");
		return NULL;
	}
	if (zend_hash_num_elements(&m->decoded) >= DECODED_KEPT) zend_hash_clean(&m->decoded);
	return Z_ARRVAL_P(zend_hash_add_new(&m->decoded, model->code, &item));
}

zend_result pimsync_models_add_variant_json(pimsync_product_models *m, const char *json, size_t len, pimsync_error *err)
{
	zval item, *sets, *set;
	zend_string *code;
	smart_str axes_key = {0};

	if (pimsync_json_decode(json, len, 64, &item, err) == FAILURE) return FAILURE;
	if (Z_TYPE(item) != IS_ARRAY || !(code = string_at(Z_ARRVAL(item), "code"))) {
		zval_ptr_dtor(&item);
		pimsync_error_set(err, "a family variant must be a JSON object with a \"code\"");
		return FAILURE;
	}
	sets = zend_hash_str_find(Z_ARRVAL(item), "variant_attribute_sets", sizeof("variant_attribute_sets") - 1);
	if (!sets || Z_TYPE_P(sets) != IS_ARRAY || !zend_hash_num_elements(Z_ARRVAL_P(sets))) {
		zval_ptr_dtor(&item);
		pimsync_error_set(err, "family variant %.200s: \"variant_attribute_sets\" must be a list of {level, axes, attributes}",
		                  ZSTR_VAL(code));
		return FAILURE;
	}
	pimsync_family_variant *v = ecalloc(1, sizeof(*v));
	v->code = zend_string_copy(code);
	/* level 1's axes first, whatever order the list has */
	for (zend_long level = 1; level <= 2; level++) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(sets), set) {
			zval *lv, *axes, *axis;
			if (Z_TYPE_P(set) != IS_ARRAY || !(lv = zend_hash_str_find(Z_ARRVAL_P(set), "level", 5))
			    || zval_get_long(lv) != level) continue;
			v->levels = (uint32_t) level;
			axes = zend_hash_str_find(Z_ARRVAL_P(set), "axes", 4);
			if (!axes || Z_TYPE_P(axes) != IS_ARRAY) continue;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(axes), axis) {
				if (Z_TYPE_P(axis) != IS_STRING || !Z_STRLEN_P(axis)) continue;
				v->axes = erealloc(v->axes, (v->naxes + 1) * sizeof(zend_string *));
				v->axes[v->naxes++] = zend_string_copy(Z_STR_P(axis));
				smart_str_append(&axes_key, Z_STR_P(axis));
				smart_str_appendc(&axes_key, '\n');
			} ZEND_HASH_FOREACH_END();
		} ZEND_HASH_FOREACH_END();
	}
	zval_ptr_dtor(&item);
	smart_str_0(&axes_key);
	v->hash = axes_key.s ? pimsync_hash_bytes(ZSTR_VAL(axes_key.s), ZSTR_LEN(axes_key.s), 0) : 0;
	smart_str_free(&axes_key);
	zend_hash_update_ptr(&m->variants, v->code, v);
	return SUCCESS;
}

pimsync_product_model *pimsync_models_find(pimsync_product_models *m, zend_string *code)
{
	return code ? zend_hash_find_ptr(&m->models, code) : NULL;
}

pimsync_product_model *pimsync_models_root(pimsync_product_models *m, pimsync_product_model *model)
{
	for (int depth = 0; model && depth < MAX_CHAIN; depth++) {
		if (!model->parent) return model;
		model = pimsync_models_find(m, model->parent);
	}
	return NULL;
}

pimsync_family_variant *pimsync_models_variant(pimsync_product_models *m, pimsync_product_model *model)
{
	return model && model->family_variant ? zend_hash_find_ptr(&m->variants, model->family_variant) : NULL;
}

uint64_t pimsync_models_chain_hash(pimsync_product_models *m, zend_string *parent)
{
	pimsync_product_model *model = pimsync_models_find(m, parent);
	uint64_t parts[MAX_CHAIN + 1];
	uint32_t n = 0;

	for (int depth = 0; model && depth < MAX_CHAIN; depth++) {
		parts[n++] = model->raw_hash;
		if (!model->parent) {
			pimsync_family_variant *v = pimsync_models_variant(m, model);
			parts[n++] = v ? v->hash : 0;
			return pimsync_hash_bytes(parts, n * sizeof(uint64_t), 0x6d6f64656c73ULL) | 1;
		}
		model = pimsync_models_find(m, model->parent);
	}
	return 0;
}

pimsync_product_model *pimsync_models_inherit(pimsync_product_models *m, pimsync_product_model *parent, HashTable *values,
                                              pimsync_error *err)
{
	for (int depth = 0; parent && depth < MAX_CHAIN; depth++) {
		HashTable *item = pimsync_models_item(m, parent, err);
		if (!item) return parent;
		zval *theirs = zend_hash_str_find(item, "values", sizeof("values") - 1), *entries;
		zend_string *code;
		if (theirs && Z_TYPE_P(theirs) == IS_ARRAY) {
			ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(theirs), code, entries) {
				if (!code || zend_hash_exists(values, code)) continue;
				Z_TRY_ADDREF_P(entries);
				zend_hash_add_new(values, code, entries);
			} ZEND_HASH_FOREACH_END();
		}
		parent = parent->parent ? pimsync_models_find(m, parent->parent) : NULL;
	}
	return NULL;
}

zend_string *pimsync_models_scan_parent(const char *json, size_t len)
{
	static const char key[] = "\"parent\"";
	const char *p = json, *end = json + len;

	while ((p = zend_memnstr(p, key, sizeof(key) - 1, end))) {
		const char *q = p + sizeof(key) - 1;
		p = q;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')) q++;
		if (q >= end || *q != ':') continue;
		q++;
		while (q < end && (*q == ' ' || *q == '\t' || *q == '\r' || *q == '\n')) q++;
		if (q < end && *q == '"') {
			const char *s = ++q;
			while (q < end && *q != '"' && *q != '\\') q++;
			/* an escaped code is left to the decoder */
			return q < end && *q == '"' && q > s ? zend_string_init(s, q - s, 0) : NULL;
		}
		return NULL;
	}
	return NULL;
}
