/* PimSync\Engine: binding of the sync run (sync_run.c). */
#include "php_pimsync.h"
#include "ext/pdo/php_pdo.h"
#include "ext/pdo/php_pdo_driver.h"
#include "errors.h"
#include "objects.h"
#include "sync_config.h"
#include "sync_run.h"
#include "pdo_bridge.h"
#include "run_lock.h"
#include "structure_sync.h"
#include "local_images.h"

zend_class_entry *pimsync_ce_engine;
static zend_object_handlers engine_handlers;

void php_pimsync_report_create(zval *out, pimsync_run_stats *s);

zend_object *pimsync_engine_object_create(zend_class_entry *ce)
{
	pimsync_engine_object *intern = zend_object_alloc(sizeof(pimsync_engine_object), ce);
	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &engine_handlers;
	ZVAL_UNDEF(&intern->pdo);
	ZVAL_UNDEF(&intern->config);
	return &intern->std;
}

static void engine_free(zend_object *obj)
{
	pimsync_engine_object *intern = pimsync_engine_from_obj(obj);
	zval_ptr_dtor(&intern->pdo);
	zval_ptr_dtor(&intern->config);
	zend_object_std_dtor(obj);
}

static HashTable *engine_get_gc(zend_object *obj, zval **table, int *n)
{
	pimsync_engine_object *intern = pimsync_engine_from_obj(obj);
	*table = &intern->pdo; /* pdo and config are adjacent */
	*n = 2;
	return zend_std_get_properties(obj);
}

static pimsync_engine_object *engine_ready(zval *this_zv)
{
	pimsync_engine_object *intern = pimsync_engine_from_obj(Z_OBJ_P(this_zv));
	if (Z_ISUNDEF(intern->pdo)) {
		zend_throw_error(NULL, "PimSync\\Engine was not constructed");
		return NULL;
	}
	return intern;
}

void pimsync_engine_object_construct(INTERNAL_FUNCTION_PARAMETERS)
{
	zval *pdo, *config;
	pimsync_engine_object *intern = pimsync_engine_from_obj(Z_OBJ_P(ZEND_THIS));

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(pdo, php_pdo_get_dbh_ce())
		Z_PARAM_OBJECT_OF_CLASS(config, pimsync_ce_config)
	ZEND_PARSE_PARAMETERS_END();

	zval_ptr_dtor(&intern->pdo);
	zval_ptr_dtor(&intern->config);
	ZVAL_COPY(&intern->pdo, pdo);
	ZVAL_COPY(&intern->config, config);
}

ZEND_METHOD(PimSync_Engine, __construct)
{
	pimsync_engine_object_construct(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

ZEND_METHOD(PimSync_Engine, installSchema)
{
	pimsync_error err;
	pimsync_engine_object *intern;

	ZEND_PARSE_PARAMETERS_NONE();
	if (!(intern = engine_ready(ZEND_THIS))) RETURN_THROWS();
	if (pimsync_install_schema(Z_OBJ(intern->pdo), &err) == FAILURE) {
		php_pimsync_throw(pimsync_ce_database_exception, "Cannot create the pimsync tables: %s", err.message);
		RETURN_THROWS();
	}
}

/* "Y-m-d H:i:s": the form Akeneo's updated filter takes, sent as given. */
static bool is_datetime_text(const char *s, size_t len)
{
	static const char shape[] = "dddd-dd-dd dd:dd:dd";
	if (len != sizeof(shape) - 1) return false;
	for (size_t i = 0; i < len; i++) {
		if (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != shape[i]) return false;
	}
	return true;
}

/* Reads the sync() options array; throws ValueError on an unknown or bad one. */
static bool parse_options(HashTable *options, pimsync_run_options *opts)
{
	zend_string *key;
	zval *v;

	ZEND_HASH_FOREACH_STR_KEY_VAL(options, key, v) {
		if (!key) {
			zend_argument_value_error(1, "must be an array with string keys");
			return false;
		}
		if (zend_string_equals_literal(key, "mode")) {
			if (Z_TYPE_P(v) != IS_STRING || (!zend_string_equals_literal(Z_STR_P(v), "full") && !zend_string_equals_literal(Z_STR_P(v), "delta"))) {
				zend_argument_value_error(1, "option \"mode\" must be \"full\" or \"delta\"");
				return false;
			}
			opts->full = zend_string_equals_literal(Z_STR_P(v), "full");
		} else if (zend_string_equals_literal(key, "since")) {
			if (Z_TYPE_P(v) != IS_STRING || !is_datetime_text(Z_STRVAL_P(v), Z_STRLEN_P(v))) {
				zend_argument_value_error(1, "option \"since\" must be a \"Y-m-d H:i:s\" string");
				return false;
			}
			opts->since = Z_STR_P(v);
		} else if (zend_string_equals_literal(key, "batch_size")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 1 || Z_LVAL_P(v) > 10000) {
				zend_argument_value_error(1, "option \"batch_size\" must be an integer from 1 to 10000");
				return false;
			}
			opts->batch_size = Z_LVAL_P(v);
		} else if (zend_string_equals_literal(key, "progress")) {
			char *error = NULL;
			if (zend_fcall_info_init(v, 0, &opts->progress_fci, &opts->progress_fcc, NULL, &error) == FAILURE) {
				zend_argument_value_error(1, "option \"progress\" must be a valid callback: %s", error ? error : "");
				if (error) efree(error);
				return false;
			}
			opts->has_progress = true;
		} else if (zend_string_equals_literal(key, "sleep")) {
			if (!zend_is_callable(v, 0, NULL)) {
				zend_argument_value_error(1, "option \"sleep\" must be callable");
				return false;
			}
			ZVAL_COPY_VALUE(&opts->sleep, v);
		} else if (zend_string_equals_literal(key, "lock_wait")) {
			if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < 0 || Z_LVAL_P(v) > 86400) {
				zend_argument_value_error(1, "option \"lock_wait\" must be an integer number of seconds from 0 to 86400");
				return false;
			}
			opts->lock_wait = Z_LVAL_P(v);
		} else if (zend_string_equals_literal(key, "plan")) {
			if (Z_TYPE_P(v) != IS_TRUE && Z_TYPE_P(v) != IS_FALSE) {
				zend_argument_value_error(1, "option \"plan\" must be a boolean");
				return false;
			}
			opts->plan = Z_TYPE_P(v) == IS_TRUE;
		} else {
			zend_argument_value_error(1, "has an unknown option \"%s\" (known: mode, since, batch_size, progress, sleep, lock_wait, plan)",
			                          ZSTR_VAL(key));
			return false;
		}
	} ZEND_HASH_FOREACH_END();
	return true;
}

ZEND_METHOD(PimSync_Engine, sync)
{
	HashTable *options = NULL;
	pimsync_engine_object *intern;
	pimsync_run_options opts;
	pimsync_run_stats stats;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	if (!(intern = engine_ready(ZEND_THIS))) RETURN_THROWS();

	memset(&opts, 0, sizeof(opts));
	opts.full = true;
	ZVAL_UNDEF(&opts.sleep);
	if (options && !parse_options(options, &opts)) RETURN_THROWS();

	pimsync_stats_init(&stats);
	pimsync_sync_run(Z_OBJ(intern->pdo), pimsync_config_from_obj(Z_OBJ(intern->config))->config, &opts, &stats);
	if (!EG(exception) && stats.fatal) {
		static zend_class_entry **const kinds[] = {
			&pimsync_ce_exception, &pimsync_ce_database_exception, &pimsync_ce_schema_exception,
			&pimsync_ce_source_exception, &pimsync_ce_http_exception, &pimsync_ce_config_exception,
			&pimsync_ce_locked_exception,
		};
		if (stats.run_id) {
			php_pimsync_throw(*kinds[stats.fatal_kind], "Run " ZEND_LONG_FMT " failed: %s", stats.run_id, ZSTR_VAL(stats.fatal));
		} else {
			php_pimsync_throw(*kinds[stats.fatal_kind], "The sync could not start: %s", ZSTR_VAL(stats.fatal));
		}
	}
	if (!EG(exception)) php_pimsync_report_create(return_value, &stats);
	pimsync_stats_free(&stats);
}

static zend_class_entry **const fatal_classes[] = {
	&pimsync_ce_exception, &pimsync_ce_database_exception, &pimsync_ce_schema_exception,
	&pimsync_ce_source_exception, &pimsync_ce_http_exception, &pimsync_ce_config_exception,
	&pimsync_ce_locked_exception,
};

ZEND_METHOD(PimSync_Engine, structure)
{
	bool plan = false;
	pimsync_engine_object *intern;
	pimsync_fatal_kind kind;
	pimsync_error err;
	zval sleep;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_BOOL(plan)
	ZEND_PARSE_PARAMETERS_END();
	if (!(intern = engine_ready(ZEND_THIS))) RETURN_THROWS();
	ZVAL_UNDEF(&sleep);
	memset(&err, 0, sizeof(err));
	if (pimsync_structure_run(Z_OBJ(intern->pdo), pimsync_config_from_obj(Z_OBJ(intern->config))->config, plan, &sleep,
	                          return_value, &kind, &err) == FAILURE) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		if (!EG(exception)) php_pimsync_throw(*fatal_classes[kind], "The structure sync failed: %s", err.message);
		RETURN_THROWS();
	}
}

typedef struct {
	zval *list;
} status_ctx;

static bool status_cb(void *ctx, HashTable *row)
{
	static const char *const cols[] = {"run_id", "status", "mode", "source", "started_at", "finished_at", "seen",
		"created", "updated", "unchanged", "disabled", "failed", "elapsed_s", "message"};
	status_ctx *c = ctx;
	zval entry, *v;
	array_init(&entry);
	for (zend_ulong i = 0; i < sizeof(cols) / sizeof(cols[0]); i++) {
		v = zend_hash_index_find(row, i);
		if (v) {
			Z_TRY_ADDREF_P(v);
			add_assoc_zval(&entry, cols[i], v);
		}
	}
	add_next_index_zval(c->list, &entry);
	return true;
}

/* A run row 'running' while nobody holds the run lock belongs to a dead run:
 * the status shows it as the next run would leave it, aborted. */
static zend_result close_dead_runs(pimsync_db *db, pimsync_error *err)
{
	pimsync_run_lock lock;
	pimsync_error busy;
	zend_long aborted, removed;
	zend_result r = SUCCESS;

	if (pimsync_run_lock_acquire(&lock, db, 0, &busy) == FAILURE) {
		if (lock.busy) return SUCCESS; /* a live run: its row is right */
		*err = busy;
		return FAILURE;
	}
	r = pimsync_run_lock_close_dead_runs(&lock, db, 0, &aborted, &removed);
	pimsync_run_lock_release(&lock, db);
	return r;
}

ZEND_METHOD(PimSync_Engine, status)
{
	zend_long limit = 10;
	pimsync_engine_object *intern;
	pimsync_error err;
	pimsync_db db;
	char sql[256];
	status_ctx c = { return_value };

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG(limit)
	ZEND_PARSE_PARAMETERS_END();
	if (limit < 1 || limit > 1000) {
		zend_argument_value_error(1, "must be between 1 and 1000");
		RETURN_THROWS();
	}
	if (!(intern = engine_ready(ZEND_THIS))) RETURN_THROWS();
	array_init(return_value);
	snprintf(sql, sizeof(sql), "SELECT run_id, status, mode, source, started_at, finished_at, seen, created, updated,"
	         " unchanged, disabled, failed, elapsed_s, message FROM pimsync_run ORDER BY run_id DESC LIMIT " ZEND_LONG_FMT, limit);
	if (pimsync_db_open(&db, Z_OBJ(intern->pdo), &err) == FAILURE
	    || pimsync_install_schema(Z_OBJ(intern->pdo), &err) == FAILURE
	    || close_dead_runs(&db, &err) == FAILURE
	    || pimsync_db_each_row(&db, sql, strlen(sql), status_cb, &c) == FAILURE) {
		zval_ptr_dtor(return_value);
		php_pimsync_throw(pimsync_ce_database_exception, "Cannot read pimsync_run: %s", err.message);
		RETURN_THROWS();
	}
}

ZEND_METHOD(PimSync_Engine, applyImageJob)
{
	zend_string *json;
	pimsync_engine_object *intern;
	pimsync_fatal_kind kind = PIMSYNC_FATAL_GENERIC;
	pimsync_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(json)
	ZEND_PARSE_PARAMETERS_END();
	if (!(intern = engine_ready(ZEND_THIS))) RETURN_THROWS();
	memset(&err, 0, sizeof(err));
	if (pimsync_images_apply_local(Z_OBJ(intern->pdo), pimsync_config_from_obj(Z_OBJ(intern->config))->config, json,
	                               return_value, &kind, &err) == FAILURE) {
		if (!EG(exception)) php_pimsync_throw(*fatal_classes[kind], "The image job failed: %s", err.message);
		RETURN_THROWS();
	}
}

ZEND_METHOD(PimSync_Engine, purgeRetiredImages)
{
	zend_long hours = -1;
	bool hours_null = true;
	pimsync_engine_object *intern;
	pimsync_fatal_kind kind = PIMSYNC_FATAL_GENERIC;
	pimsync_error err;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_LONG_OR_NULL(hours, hours_null)
	ZEND_PARSE_PARAMETERS_END();
	if (!hours_null && (hours < 0 || hours > 8760)) {
		zend_argument_value_error(1, "must be between 0 and 8760");
		RETURN_THROWS();
	}
	if (!(intern = engine_ready(ZEND_THIS))) RETURN_THROWS();
	memset(&err, 0, sizeof(err));
	if (pimsync_images_purge(Z_OBJ(intern->pdo), pimsync_config_from_obj(Z_OBJ(intern->config))->config,
	                         hours_null ? -1 : hours, return_value, &kind, &err) == FAILURE) {
		if (!EG(exception)) php_pimsync_throw(*fatal_classes[kind], "The purge of retired images failed: %s", err.message);
		RETURN_THROWS();
	}
}

void php_pimsync_engine_minit(zend_class_entry *ce)
{
	pimsync_ce_engine = ce;
	ce->create_object = pimsync_engine_object_create;
	memcpy(&engine_handlers, &std_object_handlers, sizeof(engine_handlers));
	engine_handlers.offset = XtOffsetOf(pimsync_engine_object, std);
	engine_handlers.free_obj = engine_free;
	engine_handlers.get_gc = engine_get_gc;
	engine_handlers.clone_obj = NULL;
}
