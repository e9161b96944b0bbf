#include "php.h"
#include <sys/stat.h>
#include "record_source.h"

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
	pimsync_error_set(err, "the akeneo_api source is not available in this build");
	return FAILURE;
}

int pimsync_source_next(pimsync_record_source *s, const char **data, size_t *len, zend_string **position, pimsync_error *err)
{
	if (s->kind == PIMSYNC_SOURCE_JSONL) {
		int r = pimsync_jsonl_next(&s->jsonl, data, len, err);
		if (r == 1) *position = zend_strpprintf(0, "line " ZEND_LONG_FMT, s->jsonl.line_no);
		return r;
	}
	return 0;
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
	smart_str_free(&s->item);
}
