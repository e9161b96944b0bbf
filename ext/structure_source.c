#include "php.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"
#include "structure_source.h"
#include "record_source.h"
#include "akeneo_client.h"
#include "jsonl_reader.h"

typedef struct {
	zval *target;        /* list, or map by code */
	bool by_code;
	const char *what;    /* "attribute", for warnings */
	pimsync_run_stats *stats;
} collect_ctx;

static void collect(void *ctx, const char *json, size_t len)
{
	collect_ctx *c = ctx;
	php_json_parser parser;
	zval item, *code;

	php_json_parser_init(&parser, &item, json, len, PHP_JSON_OBJECT_AS_ARRAY, 32);
	if (php_json_parse(&parser) != 0) {
		pimsync_stats_warn(c->stats, "structure_item", NULL, "an Akeneo %s that is not valid JSON was skipped", c->what);
		return;
	}
	if (Z_TYPE(item) != IS_ARRAY || !(code = zend_hash_str_find(Z_ARRVAL(item), "code", sizeof("code") - 1))
	    || Z_TYPE_P(code) != IS_STRING || Z_STRLEN_P(code) == 0) {
		pimsync_stats_warn(c->stats, "structure_item", NULL, "an Akeneo %s without a code was skipped", c->what);
		zval_ptr_dtor(&item);
		return;
	}
	if (c->by_code) zend_hash_update(Z_ARRVAL_P(c->target), Z_STR_P(code), &item);
	else add_next_index_zval(c->target, &item);
}

static zend_string *source_path(pimsync_config *cfg, const char *key)
{
	zval *v = zend_hash_str_find(cfg->source, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}

static zend_result read_file(const char *path, size_t max_line, collect_ctx *c, pimsync_error *err)
{
	char skipped[96];
	snprintf(skipped, sizeof(skipped), "the %s on it was skipped", c->what);
	return pimsync_jsonl_each(path, max_line, c->stats, "structure_line_too_long", path, skipped, collect, c, err);
}

static bool is_select(zval *attribute)
{
	zval *type = zend_hash_str_find(Z_ARRVAL_P(attribute), "type", sizeof("type") - 1);
	return type && Z_TYPE_P(type) == IS_STRING
		&& (zend_string_equals_literal(Z_STR_P(type), "pim_catalog_simpleselect")
		    || zend_string_equals_literal(Z_STR_P(type), "pim_catalog_multiselect"));
}

static void add_option(void *ctx, const char *json, size_t len)
{
	pimsync_entities_add_option_json(ctx, json, len);
}

static zend_result read_api(pimsync_akeneo_structure *out, pimsync_config *cfg, zval *sleep, pimsync_catalog_entities *entities,
                            pimsync_run_stats *stats, pimsync_error *err)
{
	pimsync_akeneo_settings settings;
	const char *bad_key;
	pimsync_akeneo_client *api;
	collect_ctx attrs = { &out->attributes, false, "attribute", stats };
	collect_ctx groups = { &out->groups, true, "attribute group", stats };
	collect_ctx families = { &out->families, false, "family", stats };
	zend_result r;
	zval *attribute;

	if (pimsync_akeneo_settings_from_array(cfg->source, &settings, &bad_key, err) == FAILURE) return FAILURE;
	if (sleep && !Z_ISUNDEF_P(sleep)) {
		settings.sleep_ms = pimsync_source_sleep_through_php;
		settings.sleep_ctx = sleep;
	}
	api = pimsync_akeneo_open(&settings, err);
	pimsync_akeneo_settings_dtor(&settings);
	if (!api) return FAILURE;
	r = pimsync_akeneo_each_item(api, "attributes", collect, &attrs, err);
	if (r == SUCCESS) r = pimsync_akeneo_each_item(api, "attribute-groups", collect, &groups, err);
	if (r == SUCCESS) r = pimsync_akeneo_each_item(api, "families", collect, &families, err);
	if (r == SUCCESS) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL(out->attributes), attribute) {
			if (!is_select(attribute)) continue;
			zval *code = zend_hash_str_find(Z_ARRVAL_P(attribute), "code", sizeof("code") - 1);
			if ((r = pimsync_akeneo_each_option(api, Z_STRVAL_P(code), add_option, entities, err)) == FAILURE) break;
		} ZEND_HASH_FOREACH_END();
	}
	pimsync_akeneo_close(api);
	return r;
}

zend_result pimsync_structure_read(pimsync_akeneo_structure *out, pimsync_config *cfg, zval *sleep,
                                   pimsync_catalog_entities *entities, pimsync_run_stats *stats, pimsync_error *err)
{
	array_init(&out->attributes);
	array_init(&out->groups);
	array_init(&out->families);
	if (cfg->source_kind == PIMSYNC_SOURCE_AKENEO_API) return read_api(out, cfg, sleep, entities, stats, err);

	zend_string *attributes = source_path(cfg, "attributes_path"), *groups = source_path(cfg, "attribute_groups_path");
	zend_string *families = source_path(cfg, "families_path"), *options = source_path(cfg, "options_path");
	zval *max_line_zv = zend_hash_str_find(cfg->source, "max_line_bytes", sizeof("max_line_bytes") - 1);
	size_t max_line = max_line_zv && Z_TYPE_P(max_line_zv) == IS_LONG ? (size_t) Z_LVAL_P(max_line_zv) : 0;
	collect_ctx attrs = { &out->attributes, false, "attribute", stats };
	collect_ctx group_items = { &out->groups, true, "attribute group", stats };
	collect_ctx family_items = { &out->families, false, "family", stats };

	if (!attributes) {
		pimsync_error_set(err, "%s: source.attributes_path is required for the structure sync (a JSON-lines file of"
		                  " Akeneo attributes, as GET /api/rest/v1/attributes returns them)", ZSTR_VAL(cfg->origin));
		return FAILURE;
	}
	if (read_file(ZSTR_VAL(attributes), max_line, &attrs, err) == FAILURE) return FAILURE;
	if (groups && read_file(ZSTR_VAL(groups), max_line, &group_items, err) == FAILURE) return FAILURE;
	if (families && read_file(ZSTR_VAL(families), max_line, &family_items, err) == FAILURE) return FAILURE;
	if (options && pimsync_entities_load_option_labels(entities, ZSTR_VAL(options), max_line, err) == FAILURE) return FAILURE;
	return SUCCESS;
}

void pimsync_structure_free(pimsync_akeneo_structure *s)
{
	zval_ptr_dtor(&s->attributes);
	zval_ptr_dtor(&s->groups);
	zval_ptr_dtor(&s->families);
}
