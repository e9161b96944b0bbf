/* PimSync\Config: binding of the configuration loader (config.c). */
#include "php_pimsync.h"
#include "ext/standard/file.h"
#include "errors.h"
#include "objects.h"
#include "sync_config.h"
#include "ext/pdo/php_pdo.h"
#include "ext/pdo/php_pdo_driver.h"
#include "pdo_bridge.h"
#include "magento_meta.h"
#include "ownership.h"
#include "sync_run.h"

zend_class_entry *pimsync_ce_config;
static zend_object_handlers config_handlers;

static zend_object *config_create(zend_class_entry *ce)
{
	pimsync_config_object *intern = zend_object_alloc(sizeof(pimsync_config_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &config_handlers;
	return &intern->std;
}

static void config_free(zend_object *obj)
{
	pimsync_config_object *intern = pimsync_config_from_obj(obj);
	pimsync_config_free(intern->config);
	zend_object_std_dtor(obj);
}

/* Builds the PHP object around a parsed config, or throws ConfigException. */
static void config_return(zval *return_value, const char *json, size_t len, zend_string *origin, const char *base_dir)
{
	pimsync_error err;
	pimsync_config *cfg = pimsync_config_parse(json, len, origin, base_dir, &err);
	if (!cfg) {
		php_pimsync_throw(pimsync_ce_config_exception, "%s", err.message);
		return;
	}
	object_init_ex(return_value, pimsync_ce_config);
	pimsync_config_from_obj(Z_OBJ_P(return_value))->config = cfg;
	zend_update_property_str(pimsync_ce_config, Z_OBJ_P(return_value), "origin", sizeof("origin") - 1, origin);
}

ZEND_METHOD(PimSync_Config, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(PimSync_Config, fromFile)
{
	zend_string *path, *contents;
	php_stream *stream;
	char *dir;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_PATH_STR(path)
	ZEND_PARSE_PARAMETERS_END();

	stream = php_stream_open_wrapper_ex(ZSTR_VAL(path), "rb", 0, NULL, NULL);
	if (!stream) {
		php_pimsync_throw(pimsync_ce_config_exception, "Cannot open config file %s: %s",
		                  ZSTR_VAL(path), strerror(errno));
		RETURN_THROWS();
	}
	contents = php_stream_copy_to_mem(stream, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(stream);
	if (!contents) {
		contents = ZSTR_EMPTY_ALLOC();
	}
	dir = estrndup(ZSTR_VAL(path), ZSTR_LEN(path));
	zend_dirname(dir, ZSTR_LEN(path));
	config_return(return_value, ZSTR_VAL(contents), ZSTR_LEN(contents), path, dir);
	efree(dir);
	zend_string_release(contents);
}

ZEND_METHOD(PimSync_Config, fromString)
{
	zend_string *json, *origin = NULL;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_STR(json)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR(origin)
	ZEND_PARSE_PARAMETERS_END();

	if (origin) {
		config_return(return_value, ZSTR_VAL(json), ZSTR_LEN(json), origin, NULL);
		return;
	}
	origin = zend_string_init("inline", sizeof("inline") - 1, 0);
	config_return(return_value, ZSTR_VAL(json), ZSTR_LEN(json), origin, NULL);
	zend_string_release(origin);
}

ZEND_METHOD(PimSync_Config, toArray)
{
	ZEND_PARSE_PARAMETERS_NONE();
	pimsync_config_object *intern = pimsync_config_from_obj(Z_OBJ_P(ZEND_THIS));
	RETURN_COPY(&intern->config->normalized);
}

ZEND_METHOD(PimSync_Config, ownershipMatrix)
{
	zval *pdo = NULL;
	pimsync_config *cfg;
	pimsync_error err;
	pimsync_db db;
	pimsync_meta meta;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_OBJECT_OF_CLASS_OR_NULL(pdo, php_pdo_get_dbh_ce())
	ZEND_PARSE_PARAMETERS_END();

	cfg = pimsync_config_from_obj(Z_OBJ_P(ZEND_THIS))->config;
	if (!pdo) {
		pimsync_ownership_matrix(&cfg->ownership, cfg->attributes, NULL, return_value);
		return;
	}
	if (pimsync_db_open(&db, Z_OBJ_P(pdo), &err) == FAILURE) {
		php_pimsync_throw(pimsync_ce_database_exception, "%s", err.message);
		RETURN_THROWS();
	}
	/* the metadata read includes pimsync's own maps (families, options): their tables must exist, as for Engine::status() */
	if (pimsync_install_schema(Z_OBJ_P(pdo), &err) == FAILURE) {
		pimsync_db_close(&db);
		php_pimsync_throw(pimsync_ce_database_exception, "%s", err.message);
		RETURN_THROWS();
	}
	if (pimsync_meta_load(&meta, &db) == FAILURE) {
		pimsync_meta_free(&meta);
		pimsync_db_close(&db);
		php_pimsync_throw(pimsync_ce_schema_exception, "%s", err.message);
		RETURN_THROWS();
	}
	pimsync_ownership_matrix(&cfg->ownership, cfg->attributes, &meta, return_value);
	pimsync_meta_free(&meta);
	pimsync_db_close(&db);
}

void php_pimsync_config_minit(zend_class_entry *ce)
{
	pimsync_ce_config = ce;
	ce->create_object = config_create;
	memcpy(&config_handlers, &std_object_handlers, sizeof(config_handlers));
	config_handlers.offset = XtOffsetOf(pimsync_config_object, std);
	config_handlers.free_obj = config_free;
	config_handlers.clone_obj = NULL;
}
