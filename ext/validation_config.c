#include <math.h>
#include "php.h"
#include "validation_config.h"

const char *const pimsync_rule_kind_names[PIMSYNC_RULE_KINDS] = {
	"range", "ratio", "length", "no_html", "contains", "allowed", "required", "category_exists", "sku_pattern",
	"drift", "unique",
};

static zend_string **string_list(HashTable *h, const char *key, uint32_t *n, bool lower)
{
	zval *list = zend_hash_str_find(h, key, strlen(key)), *item;
	zend_string **out;
	*n = 0;
	if (!list || Z_TYPE_P(list) != IS_ARRAY || !zend_hash_num_elements(Z_ARRVAL_P(list))) return NULL;
	out = safe_emalloc(zend_hash_num_elements(Z_ARRVAL_P(list)), sizeof(zend_string *), 0);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), item) {
		out[(*n)++] = lower ? zend_string_tolower(Z_STR_P(item)) : zend_string_copy(Z_STR_P(item));
	} ZEND_HASH_FOREACH_END();
	return out;
}

static zend_string *opt_str(HashTable *h, const char *key)
{
	zval *v = zend_hash_str_find(h, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_STRING ? zend_string_copy(Z_STR_P(v)) : NULL;
}

static double opt_number(HashTable *h, const char *key, double dflt)
{
	zval *v = zend_hash_str_find(h, key, strlen(key));
	return v && (Z_TYPE_P(v) == IS_LONG || Z_TYPE_P(v) == IS_DOUBLE) ? zval_get_double(v) : dflt;
}

void pimsync_validation_config_bind(pimsync_validation_config *vc, HashTable *validation)
{
	zval *rules = zend_hash_str_find(validation, "rules", sizeof("rules") - 1), *item;
	memset(vc, 0, sizeof(*vc));
	if (!rules || Z_TYPE_P(rules) != IS_ARRAY || !zend_hash_num_elements(Z_ARRVAL_P(rules))) return;
	vc->rules = ecalloc(zend_hash_num_elements(Z_ARRVAL_P(rules)), sizeof(pimsync_rule));
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(rules), item) {
		HashTable *h = Z_ARRVAL_P(item);
		pimsync_rule *r = &vc->rules[vc->n++];
		zend_string *kind = Z_STR_P(zend_hash_str_find(h, "kind", sizeof("kind") - 1));
		zend_string *action = Z_STR_P(zend_hash_str_find(h, "action", sizeof("action") - 1));
		for (int k = 0; k < PIMSYNC_RULE_KINDS; k++) {
			if (zend_string_equals_cstr(kind, pimsync_rule_kind_names[k], strlen(pimsync_rule_kind_names[k]))) r->kind = k;
		}
		r->action = zend_string_equals_literal(action, "reject_record") ? PIMSYNC_RULE_REJECT_RECORD
			: zend_string_equals_literal(action, "write_disabled") ? PIMSYNC_RULE_WRITE_DISABLED : PIMSYNC_RULE_REJECT_VALUE;
		r->name = opt_str(h, "rule");
		r->issue_kind = zend_strpprintf(0, "%s:%s", r->kind == PIMSYNC_RULE_SKU_PATTERN ? "L0"
			: r->kind >= PIMSYNC_RULE_DRIFT ? "L2" : "L1", ZSTR_VAL(r->name));
		r->attribute = opt_str(h, "attribute");
		r->reference = opt_str(h, "reference");
		r->pattern = opt_str(h, "pattern");
		r->min = opt_number(h, "min", -INFINITY);
		r->max = opt_number(h, "max", INFINITY);
		r->tolerance = opt_number(h, "tolerance", 0);
		r->words = string_list(h, r->kind == PIMSYNC_RULE_CONTAINS ? "any_of" : r->kind == PIMSYNC_RULE_ALLOWED ? "values" : "attributes",
		                       &r->nwords, r->kind == PIMSYNC_RULE_CONTAINS);
		r->sets = string_list(h, "attribute_sets", &r->nsets, false);
		r->types = string_list(h, "types", &r->ntypes, false);
	} ZEND_HASH_FOREACH_END();
}

static void release_list(zend_string **list, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) zend_string_release(list[i]);
	if (list) efree(list);
}

void pimsync_validation_config_free(pimsync_validation_config *vc)
{
	for (uint32_t i = 0; i < vc->n; i++) {
		pimsync_rule *r = &vc->rules[i];
		zend_string *strs[] = {r->name, r->issue_kind, r->attribute, r->reference, r->pattern};
		for (size_t k = 0; k < sizeof(strs) / sizeof(strs[0]); k++) if (strs[k]) zend_string_release(strs[k]);
		release_list(r->words, r->nwords);
		release_list(r->sets, r->nsets);
		release_list(r->types, r->ntypes);
	}
	if (vc->rules) efree(vc->rules);
	memset(vc, 0, sizeof(*vc));
}
