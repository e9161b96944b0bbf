#include "php.h"
#include <sys/stat.h>
#include "record_source.h"
#include "akeneo_client.h"
#include "product_record.h"
#include "product_models.h"
#include "json_decode.h"

static zend_string *source_str(pimsync_config *cfg, const char *key)
{
	zval *v = zend_hash_str_find(cfg->source, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}

zend_string *pimsync_source_describe(pimsync_config *cfg)
{
	zend_string *s = source_str(cfg, cfg->source_kind == PIMSYNC_SOURCE_AKENEO_API ? "base_url" : "path");
	return s ? zend_string_copy(s) : zend_string_init("?", 1, 0);
}

zend_string *pimsync_source_key(pimsync_config *cfg, zend_long *delta_overlap)
{
	pimsync_akeneo_settings settings;
	const char *bad_key;
	pimsync_error err;
	zend_string *key;

	*delta_overlap = 0;
	if (cfg->source_kind != PIMSYNC_SOURCE_AKENEO_API) {
		key = zend_string_copy(source_str(cfg, "path"));
	} else if (pimsync_akeneo_settings_from_array(cfg->source, &settings, &bad_key, &err) == SUCCESS) {
		/* the settings reader trims base_url and knows the defaults */
		smart_str k = {0};
		smart_str_append(&k, settings.base_url);
		smart_str_appends(&k, settings.use_uuid ? "/api/rest/v1/products-uuid" : "/api/rest/v1/products");
		if (settings.scope) {
			smart_str_appends(&k, "?scope=");
			smart_str_append(&k, settings.scope);
		}
		*delta_overlap = settings.delta_overlap_seconds;
		pimsync_akeneo_settings_dtor(&settings);
		key = smart_str_extract(&k);
	} else {
		key = pimsync_source_describe(cfg); /* validated config: not reached */
	}
	if (ZSTR_LEN(key) > 255) {
		/* the column holds 255: keep the start readable, the end unique */
		zend_string *cut = zend_strpprintf(0, "%.238s#%016" PRIx64, ZSTR_VAL(key), pimsync_hash_bytes(ZSTR_VAL(key), ZSTR_LEN(key), 0));
		zend_string_release(key);
		key = cut;
	}
	return key;
}

/* Retry waits go to the caller's sleep callable (tests make them instant). */
void pimsync_source_sleep_through_php(void *ctx, zend_long ms)
{
	zval arg, ret;
	if (EG(exception)) return;
	ZVAL_LONG(&arg, ms);
	if (call_user_function(NULL, NULL, (zval *) ctx, &ret, 1, &arg) == SUCCESS) zval_ptr_dtor(&ret);
}

/* source.max_line_bytes; 0 when not set */
static size_t max_line_bytes(pimsync_config *cfg)
{
	zval *v = zend_hash_str_find(cfg->source, "max_line_bytes", sizeof("max_line_bytes") - 1);
	return v && Z_TYPE_P(v) == IS_LONG ? (size_t) Z_LVAL_P(v) : 0;
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
	s->csv.reader.fd = -1;
	s->mcsv.reader.fd = -1;
	if (s->kind == PIMSYNC_SOURCE_MAGENTO_CSV) {
		struct stat sb;
		if (pimsync_mcsv_open(&s->mcsv, &cfg->magento_csv, entities->meta, entities->stats, err) == FAILURE) return FAILURE;
		if (fstat(s->mcsv.reader.fd, &sb) == 0) s->bytes_total = (zend_long) sb.st_size;
		return SUCCESS;
	}
	if (s->kind == PIMSYNC_SOURCE_CSV) {
		struct stat sb;
		if (pimsync_csv_source_open(&s->csv, &cfg->csv, err) == FAILURE) return FAILURE;
		if (fstat(s->csv.reader.fd, &sb) == 0) s->bytes_total = (zend_long) sb.st_size;
		return SUCCESS;
	}
	if (s->kind == PIMSYNC_SOURCE_JSONL) {
		zend_string *path = source_str(cfg, "path"), *options = source_str(cfg, "options_path");
		struct stat sb;
		size_t max_line = max_line_bytes(cfg);
		if (options && pimsync_entities_load_option_labels(entities, ZSTR_VAL(options), max_line, err) == FAILURE) return FAILURE;
		if (pimsync_jsonl_open(&s->jsonl, ZSTR_VAL(path), max_line, err) == FAILURE) return FAILURE;
		if (fstat(s->jsonl.fd, &sb) == 0) s->bytes_total = (zend_long) sb.st_size;
		return SUCCESS;
	}
	pimsync_akeneo_settings settings;
	const char *bad_key;
	if (pimsync_akeneo_settings_from_array(cfg->source, &settings, &bad_key, err) == FAILURE) return FAILURE;
	if (!Z_ISUNDEF(opts->sleep)) {
		settings.sleep_ms = pimsync_source_sleep_through_php;
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
	if (s->kind == PIMSYNC_SOURCE_MAGENTO_CSV) {
		zend_long line;
		int r = pimsync_mcsv_next(&s->mcsv, data, len, &line, err);
		if (r > 0) *position = zend_strpprintf(0, "line " ZEND_LONG_FMT, line);
		return r;
	}
	if (s->kind == PIMSYNC_SOURCE_CSV) {
		zend_long line;
		int r = pimsync_csv_source_next(&s->csv, data, len, &line, err);
		if (r > 0) *position = zend_strpprintf(0, "line " ZEND_LONG_FMT, line);
		return r;
	}
	if (s->kind == PIMSYNC_SOURCE_JSONL) {
		int r = pimsync_jsonl_next(&s->jsonl, data, len, err);
		if (r > 0) *position = zend_strpprintf(0, "line " ZEND_LONG_FMT, s->jsonl.line_no);
		return r;
	}
	smart_str_free(&s->item);
	int r;
	while ((r = pimsync_akeneo_next_product(s->api, &s->item, err)) == 0
	       && (s->again_pos < s->again_n || s->children_pos < s->children_n)) {
		if (s->again_pos < s->again_n) {
			uint32_t n = MIN(s->again_n - s->again_pos, PIMSYNC_AKENEO_IDS_PER_REQUEST);
			if (pimsync_akeneo_list_products_by_id(s->api, s->again + s->again_pos, n, err) == FAILURE) return -1;
			s->again_pos += n;
		} else {
			uint32_t n = MIN(s->children_n - s->children_pos, PIMSYNC_AKENEO_IDS_PER_REQUEST);
			if (pimsync_akeneo_list_products_by_parent(s->api, s->children_of + s->children_pos, n, err) == FAILURE) return -1;
			s->children_pos += n;
		}
	}
	if (r == 1) {
		smart_str_0(&s->item);
		*data = ZSTR_VAL(s->item.s);
		*len = ZSTR_LEN(s->item.s);
		*position = zend_strpprintf(0, "item " ZEND_LONG_FMT, ++s->items);
	}
	return r;
}

zend_result pimsync_source_decode(pimsync_record_source *s, const char *data, size_t len, zval *product,
                                  pimsync_issue_list *issues, pimsync_error *err)
{
	if (s->kind == PIMSYNC_SOURCE_CSV) return pimsync_csv_source_convert(&s->csv, data, len, product, issues, err);
	if (s->kind == PIMSYNC_SOURCE_MAGENTO_CSV) return pimsync_mcsv_convert(&s->mcsv, product, issues, err); /* the group just handed over */
	return pimsync_json_decode(data, len, 64, product, err);
}

uint64_t pimsync_source_fingerprint(pimsync_record_source *s)
{
	return s->kind == PIMSYNC_SOURCE_CSV ? s->csv.header.hash : s->kind == PIMSYNC_SOURCE_MAGENTO_CSV ? s->mcsv.header.hash : 0;
}

zend_string *pimsync_source_record_id(pimsync_record_source *s)
{
	return s->api ? pimsync_akeneo_item_id(s->api) : NULL;
}

void pimsync_source_request_ids(pimsync_record_source *s, zend_string *const *ids, uint32_t n)
{
	if (!s->api || !n) return;
	s->again = erealloc(s->again, (s->again_n + n) * sizeof(zend_string *));
	for (uint32_t i = 0; i < n; i++) s->again[s->again_n++] = zend_string_copy(ids[i]);
}

void pimsync_source_request_children(pimsync_record_source *s, zend_string *const *codes, uint32_t n)
{
	if (!s->api || !n) return;
	s->children_of = erealloc(s->children_of, (s->children_n + n) * sizeof(zend_string *));
	for (uint32_t i = 0; i < n; i++) s->children_of[s->children_n++] = zend_string_copy(codes[i]);
}

zend_result pimsync_source_measurement_families(pimsync_record_source *s, smart_str *out, pimsync_error *err)
{
	if (!s->api) {
		pimsync_error_set(err, "only the Akeneo API source reports measurement families");
		return FAILURE;
	}
	return pimsync_akeneo_get_measurement_families(s->api, out, err);
}

int pimsync_source_each_category(pimsync_record_source *s, pimsync_config *cfg, void (*cb)(void *ctx, const char *json, size_t len),
                                 void *ctx, pimsync_run_stats *stats, pimsync_error *err)
{
	if (s->api) return pimsync_akeneo_each_category(s->api, cb, ctx, err) == SUCCESS ? 1 : -1;
	if (s->kind == PIMSYNC_SOURCE_MAGENTO_CSV) {
		/* the categories column's paths, created as Magento's import creates them */
		return pimsync_mcsv_each_category(&cfg->magento_csv, cfg->admin_locale, cb, ctx, err) == SUCCESS ? 1 : -1;
	}
	zend_string *path = source_str(cfg, "categories_path");
	if (!path) return 0;
	return pimsync_jsonl_each(ZSTR_VAL(path), max_line_bytes(cfg), stats, "category_line_too_long", "categories_path",
	                          "that category is not in this run", cb, ctx, err) == SUCCESS ? 1 : -1;
}

bool pimsync_source_has_models(pimsync_config *cfg)
{
	if (!cfg->configurables) return false;
	return cfg->source_kind == PIMSYNC_SOURCE_AKENEO_API || source_str(cfg, "product_models_path") != NULL;
}

typedef struct {
	pimsync_product_models *models;
	pimsync_run_stats *stats;
	pimsync_model_park_fn park;
	void *park_ctx;
	zend_long n;
	bool stopped;
	const char *kind;     /* "line" / "item" */
	const char *family;   /* the family whose variants are read */
} models_read;

static void add_model(void *ctx, const char *json, size_t len)
{
	models_read *r = ctx;
	pimsync_error why;
	if (r->stopped) return;
	zend_string *position = zend_strpprintf(0, "model %s " ZEND_LONG_FMT, r->kind, ++r->n);
	if (pimsync_models_add_json(r->models, json, len, position, &why) == FAILURE
	    && !r->park(r->park_ctx, position, json, len, why.message)) r->stopped = true;
	zend_string_release(position);
}

static void add_variant(void *ctx, const char *json, size_t len)
{
	models_read *r = ctx;
	pimsync_error why;
	r->n++;
	if (pimsync_models_add_variant_json(r->models, json, len, &why) == FAILURE) {
		pimsync_stats_warn(r->stats, "family_variant_unreadable", NULL, "family variant %s " ZEND_LONG_FMT "%s%s could not be read: %s",
		                   r->kind, r->n, r->family ? " of family " : "", r->family ? r->family : "", why.message);
	}
}

zend_result pimsync_source_read_models(pimsync_record_source *s, pimsync_config *cfg, zend_string *since,
                                       pimsync_product_models *models, pimsync_run_stats *stats,
                                       pimsync_model_park_fn park, void *park_ctx, pimsync_error *err)
{
	models_read r = { models, stats, park, park_ctx, 0, false, "line", NULL };
	models->loaded = true;
	if (s->kind == PIMSYNC_SOURCE_JSONL) {
		static const char *const files[] = { "product_models_path", "family_variants_path" };
		static const char *const lost[] = { "that product model is not in this run", "that family variant is not in this run" };
		for (int f = 0; f < 2 && !r.stopped; f++) {
			r.n = 0;
			if (pimsync_jsonl_each(ZSTR_VAL(source_str(cfg, files[f])), max_line_bytes(cfg), stats, "model_line_too_long", files[f],
			                       lost[f], f ? add_variant : add_model, &r, err) == FAILURE) return FAILURE;
		}
		return SUCCESS;
	}
	r.kind = "item";
	if (pimsync_akeneo_each_product_model(s->api, since, add_model, &r, err) == FAILURE || r.stopped) {
		return r.stopped ? SUCCESS : FAILURE;
	}
	zend_string *family;
	ZEND_HASH_FOREACH_STR_KEY(&models->families, family) {
		r.n = 0;
		r.family = ZSTR_VAL(family);
		if (pimsync_akeneo_each_family_variant(s->api, ZSTR_VAL(family), add_variant, &r, err) == FAILURE) return FAILURE;
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

int pimsync_source_fetch_model(pimsync_record_source *s, zend_string *code, pimsync_product_models *models,
                               pimsync_run_stats *stats, pimsync_error *err)
{
	smart_str item = {0};
	int got;

	if (!s->api) return 0;
	got = pimsync_akeneo_get_product_model(s->api, ZSTR_VAL(code), &item, err);
	if (got == 1) {
		zend_string *position = zend_strpprintf(0, "model %s", ZSTR_VAL(code));
		pimsync_error why;
		smart_str_0(&item);
		/* an unreadable one is as good as absent: the product is written unlinked */
		if (pimsync_models_add_json(models, ZSTR_VAL(item.s), ZSTR_LEN(item.s), position, &why) == FAILURE) got = 0;
		zend_string_release(position);
		/* its family's variants, when no model of the listing named that family */
		pimsync_product_model *model = pimsync_models_find(models, code);
		if (model && model->family && !pimsync_models_variant(models, model)) {
			models_read r = { models, stats, NULL, NULL, 0, false, "item", ZSTR_VAL(model->family) };
			if (pimsync_akeneo_each_family_variant(s->api, ZSTR_VAL(model->family), add_variant, &r, err) == FAILURE) got = -1;
		}
	}
	smart_str_free(&item);
	return got;
}

size_t pimsync_source_partial_length(pimsync_record_source *s)
{
	if (s->kind == PIMSYNC_SOURCE_CSV) return s->csv.reader.kept_of;
	if (s->kind == PIMSYNC_SOURCE_MAGENTO_CSV) return s->mcsv.reader.kept_of;
	return s->kind == PIMSYNC_SOURCE_JSONL ? s->jsonl.kept_of : 0;
}

zend_long pimsync_source_bytes_read(pimsync_record_source *s)
{
	if (s->kind == PIMSYNC_SOURCE_CSV) return s->csv.reader.bytes;
	if (s->kind == PIMSYNC_SOURCE_MAGENTO_CSV) return s->mcsv.reader.bytes;
	return s->kind == PIMSYNC_SOURCE_JSONL ? s->jsonl.bytes : 0;
}

zend_long pimsync_source_bytes_total(pimsync_record_source *s)
{
	return s->bytes_total;
}

void pimsync_source_close(pimsync_record_source *s)
{
	if (s->kind == PIMSYNC_SOURCE_JSONL) pimsync_jsonl_close(&s->jsonl);
	if (s->kind == PIMSYNC_SOURCE_CSV) pimsync_csv_source_close(&s->csv);
	if (s->kind == PIMSYNC_SOURCE_MAGENTO_CSV) pimsync_mcsv_close(&s->mcsv);
	if (s->api) pimsync_akeneo_close(s->api);
	smart_str_free(&s->item);
	for (uint32_t i = 0; i < s->again_n; i++) zend_string_release(s->again[i]);
	if (s->again) efree(s->again);
	for (uint32_t i = 0; i < s->children_n; i++) zend_string_release(s->children_of[i]);
	if (s->children_of) efree(s->children_of);
}
