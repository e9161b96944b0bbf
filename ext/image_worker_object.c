/* PimSync\ImageWorker: binding of the image worker (image_worker.c). It
 * keeps the caller's PDO and Config as PimSync\Engine does (the same C
 * struct), reads the options and throws. */
#include <unistd.h>
#include "php_pimsync.h"
#include "errors.h"
#include "objects.h"
#include "sync_config.h"
#include "image_worker.h"

zend_class_entry *pimsync_ce_image_worker;

ZEND_METHOD(PimSync_ImageWorker, __construct)
{
	pimsync_engine_object_construct(INTERNAL_FUNCTION_PARAM_PASSTHRU);
}

/* An integer option within [min, max]; false (thrown) otherwise. */
static bool option_long(HashTable *o, const char *name, zend_long min, zend_long max, zend_long *out)
{
	zval *v = zend_hash_str_find_deref(o, name, strlen(name));
	if (!v || Z_TYPE_P(v) == IS_NULL) return true;
	if (Z_TYPE_P(v) != IS_LONG || Z_LVAL_P(v) < min || Z_LVAL_P(v) > max) {
		zend_value_error("Option \"%s\" must be an integer from " ZEND_LONG_FMT " to " ZEND_LONG_FMT, name, min, max);
		return false;
	}
	*out = Z_LVAL_P(v);
	return true;
}

static bool option_seconds(HashTable *o, const char *name, double *out)
{
	zval *v = zend_hash_str_find_deref(o, name, strlen(name));
	if (!v || Z_TYPE_P(v) == IS_NULL) return true;
	if ((Z_TYPE_P(v) != IS_LONG && Z_TYPE_P(v) != IS_DOUBLE) || zval_get_double(v) < 0 || zval_get_double(v) > 86400 * 365) {
		zend_value_error("Option \"%s\" must be a number of seconds from 0", name);
		return false;
	}
	*out = zval_get_double(v);
	return true;
}

static const char *const known_options[] = {"once", "max_jobs", "max_seconds", "block_ms", "batch", "consumer", "redis_wait", "log", NULL};

ZEND_METHOD(PimSync_ImageWorker, work)
{
	HashTable *options = NULL;
	pimsync_engine_object *intern;
	pimsync_worker_options opts = {.block_ms = 2000, .batch = 16, .redis_wait = 30};
	pimsync_fatal_kind kind = PIMSYNC_FATAL_GENERIC;
	pimsync_error err;
	zend_string *key;
	zval *v;
	static zend_class_entry **const fatal_classes[] = {
		&pimsync_ce_exception, &pimsync_ce_database_exception, &pimsync_ce_schema_exception,
		&pimsync_ce_source_exception, &pimsync_ce_http_exception, &pimsync_ce_config_exception,
		&pimsync_ce_locked_exception,
	};

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT(options)
	ZEND_PARSE_PARAMETERS_END();
	intern = pimsync_engine_from_obj(Z_OBJ_P(ZEND_THIS));
	if (Z_ISUNDEF(intern->pdo)) {
		zend_throw_error(NULL, "PimSync\\ImageWorker was not constructed");
		RETURN_THROWS();
	}
	if (options) {
		ZEND_HASH_FOREACH_STR_KEY(options, key) {
			bool known = false;
			for (int i = 0; key && known_options[i]; i++) known = known || zend_string_equals_cstr(key, known_options[i], strlen(known_options[i]));
			if (!known) {
				zend_value_error("Unknown option \"%s\"", key ? ZSTR_VAL(key) : "(integer key)");
				RETURN_THROWS();
			}
		} ZEND_HASH_FOREACH_END();
		if (!option_long(options, "max_jobs", 0, ZEND_LONG_MAX, &opts.max_jobs) || !option_long(options, "block_ms", 0, 600000, &opts.block_ms)
		    || !option_long(options, "batch", 1, 1000, &opts.batch) || !option_seconds(options, "max_seconds", &opts.max_seconds)
		    || !option_seconds(options, "redis_wait", &opts.redis_wait)) {
			RETURN_THROWS();
		}
		opts.once = (v = zend_hash_str_find_deref(options, ZEND_STRL("once"))) && zend_is_true(v);
		if ((v = zend_hash_str_find_deref(options, ZEND_STRL("consumer"))) && Z_TYPE_P(v) != IS_NULL) {
			if (Z_TYPE_P(v) != IS_STRING || Z_STRLEN_P(v) == 0 || Z_STRLEN_P(v) > 200) {
				zend_value_error("Option \"consumer\" must be a non-empty string of up to 200 bytes");
				RETURN_THROWS();
			}
			opts.consumer = zend_string_copy(Z_STR_P(v));
		}
		if ((v = zend_hash_str_find_deref(options, ZEND_STRL("log"))) && Z_TYPE_P(v) != IS_NULL) {
			if (!zend_is_callable(v, 0, NULL)) {
				zend_value_error("Option \"log\" must be a callable");
				RETURN_THROWS();
			}
			opts.log = v;
		}
	}
	if (!opts.consumer) {
		/* one name per process: a worker that restarts is a new consumer, its old jobs claimed like a dead one's */
		char host[256] = "localhost";
		gethostname(host, sizeof(host) - 1);
		host[sizeof(host) - 1] = '\0';
		opts.consumer = zend_strpprintf(0, "%s:%ld", host, (long) getpid());
	}
	memset(&err, 0, sizeof(err));
	if (pimsync_image_worker_run(Z_OBJ(intern->pdo), pimsync_config_from_obj(Z_OBJ(intern->config))->config, &opts, return_value,
	                             &kind, &err) == FAILURE) {
		if (!EG(exception)) php_pimsync_throw(*fatal_classes[kind], "The image worker stopped: %s", err.message);
	}
	zend_string_release(opts.consumer);
	if (EG(exception)) {
		zval_ptr_dtor(return_value);
		ZVAL_NULL(return_value);
		RETURN_THROWS();
	}
}

void php_pimsync_image_worker_minit(zend_class_entry *ce)
{
	pimsync_ce_image_worker = ce;
	ce->create_object = pimsync_engine_object_create;
}
