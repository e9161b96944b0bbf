#include "php.h"
#include <sys/stat.h>
#include "record_source.h"
#include "akeneo_client.h"

static zend_string *source_str(pimsync_config *cfg, const char *key)
{
	zval *v = zend_hash_str_find(cfg->source, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}

zend_string *pimsync_source_describe(pimsync_config *cfg)
{
	zend_string *s = source_str(cfg, cfg->source_kind == PIMSYNC_SOURCE_JSONL ? "path" : "base_url");
	return s ? zend_string_copy(s) : zend_string_init("?", 1, 0);
}

/* Retry waits go to the caller's sleep callable (tests make them instant). */
static void sleep_through_php(void *ctx, zend_long ms)
{
	zval arg, ret;
	if (EG(exception)) return;
	ZVAL_LONG(&arg, ms);
	if (call_user_function(NULL, NULL, (zval *) ctx, &ret, 1, &arg) == SUCCESS) zval_ptr_dtor(&ret);
}

static void add_option(void *ctx, const char *json, size_t len)
{
	pimsync_entities_add_option_json(ctx, json, len);
}

/* Option labels come from /attributes/{code}/options, asked once per attribute. */
static void fetch_option_labels(pimsync_catalog_entities *e, void *ctx, const char *attribute_code)
{
	pimsync_record_source *s = ctx;
	pimsync_error err;
	if (pimsync_akeneo_each_option(s->api, attribute_code, add_option, e, &err) == FAILURE) {
		pimsync_stats_warn(e->stats, "option_labels", NULL, "option labels of %s could not be read: %s", attribute_code, err.message);
	}
}

zend_result pimsync_source_open(pimsync_record_source *s, pimsync_config *cfg, pimsync_run_options *opts,
                                pimsync_catalog_entities *entities, pimsync_error *err)
{
	memset(s, 0, sizeof(*s));
	s->kind = cfg->source_kind;
	s->jsonl.fd = -1;
	if (s->kind == PIMSYNC_SOURCE_JSONL) {
		zend_string *path = source_str(cfg, "path"), *options = source_str(cfg, "options_path");
		struct stat sb;
		if (options && pimsync_entities_load_option_labels(entities, ZSTR_VAL(options), err) == FAILURE) return FAILURE;
		if (pimsync_jsonl_open(&s->jsonl, ZSTR_VAL(path), err) == FAILURE) return FAILURE;
		if (fstat(s->jsonl.fd, &sb) == 0) s->bytes_total = (zend_long) sb.st_size;
		return SUCCESS;
	}
	pimsync_akeneo_settings settings;
	const char *bad_key;
	if (pimsync_akeneo_settings_from_array(cfg->source, &settings, &bad_key, err) == FAILURE) return FAILURE;
	if (!Z_ISUNDEF(opts->sleep)) {
		settings.sleep_ms = sleep_through_php;
		settings.sleep_ctx = &opts->sleep;
	}
	s->api = pimsync_akeneo_open(&settings, err);
	pimsync_akeneo_settings_dtor(&settings);
	if (!s->api) return FAILURE;
	if (pimsync_akeneo_list_products(s->api, opts->since, err) == FAILURE) return FAILURE;
	entities->fetch_labels = fetch_option_labels;
	entities->fetch_ctx = s;
	return SUCCESS;
}

int pimsync_source_next(pimsync_record_source *s, const char **data, size_t *len, zend_string **position, pimsync_error *err)
{
	if (s->kind == PIMSYNC_SOURCE_JSONL) {
		int r = pimsync_jsonl_next(&s->jsonl, data, len, err);
		if (r == 1) *position = zend_strpprintf(0, "line " ZEND_LONG_FMT, s->jsonl.line_no);
		return r;
	}
	smart_str_free(&s->item);
	int r = pimsync_akeneo_next_product(s->api, &s->item, err);
	if (r == 1) {
		smart_str_0(&s->item);
		*data = ZSTR_VAL(s->item.s);
		*len = ZSTR_LEN(s->item.s);
		*position = zend_strpprintf(0, "item " ZEND_LONG_FMT, ++s->items);
	}
	return r;
}

zend_result pimsync_source_measurement_families(pimsync_record_source *s, smart_str *out, pimsync_error *err)
{
	if (!s->api) {
		pimsync_error_set(err, "only the Akeneo API source reports measurement families");
		return FAILURE;
	}
	return pimsync_akeneo_get_measurement_families(s->api, out, err);
}

zend_long pimsync_source_bytes_read(pimsync_record_source *s)
{
	return s->kind == PIMSYNC_SOURCE_JSONL ? s->jsonl.bytes : 0;
}

zend_long pimsync_source_bytes_total(pimsync_record_source *s)
{
	return s->bytes_total;
}

void pimsync_source_close(pimsync_record_source *s)
{
	if (s->kind == PIMSYNC_SOURCE_JSONL) pimsync_jsonl_close(&s->jsonl);
	if (s->api) pimsync_akeneo_close(s->api);
	smart_str_free(&s->item);
}
