/* PimSync\AkeneoClient: the PHP binding of akeneo_client.c, for tests and
 * bin/pimsync. Zvals stop here; the client below takes C types. */
#include "php_pimsync.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "errors.h"
#include "akeneo_client.h"
#include "akeneo_client_arginfo.h"

static zend_class_entry *pimsync_ce_akeneo_client;
static zend_object_handlers akeneo_client_handlers;

typedef struct {
	pimsync_akeneo_client *client; /* owned; NULL until __construct succeeds */
	zval sleep;                    /* the "sleep" callable, UNDEF when real sleeping */
	bool busy;                     /* a listing is running (callbacks must not start another) */
	zend_object std;
} pimsync_akeneo_client_object;

static inline pimsync_akeneo_client_object *akeneo_from_obj(zend_object *obj)
{
	return (pimsync_akeneo_client_object *)((char *)obj - XtOffsetOf(pimsync_akeneo_client_object, std));
}

#define Z_AKENEO_P(zv) akeneo_from_obj(Z_OBJ_P(zv))

static zend_object *akeneo_client_create(zend_class_entry *ce)
{
	pimsync_akeneo_client_object *intern = zend_object_alloc(sizeof(*intern), ce);

	zend_object_std_init(&intern->std, ce);
	object_properties_init(&intern->std, ce);
	intern->std.handlers = &akeneo_client_handlers;
	ZVAL_UNDEF(&intern->sleep);
	return &intern->std;
}

static void akeneo_client_free(zend_object *obj)
{
	pimsync_akeneo_client_object *intern = akeneo_from_obj(obj);

	pimsync_akeneo_close(intern->client);
	intern->client = NULL;
	zval_ptr_dtor(&intern->sleep);
	ZVAL_UNDEF(&intern->sleep);
	zend_object_std_dtor(obj);
}

/* The stored callable may close over $this: let the cycle collector see it. */
static HashTable *akeneo_client_get_gc(zend_object *obj, zval **table, int *n)
{
	pimsync_akeneo_client_object *intern = akeneo_from_obj(obj);

	*table = &intern->sleep;
	*n = Z_ISUNDEF(intern->sleep) ? 0 : 1;
	return zend_std_get_properties(obj);
}

/* The sleep_ms hook: hands the delay to the PHP callable. */
static void akeneo_client_sleep(void *ctx, zend_long ms)
{
	pimsync_akeneo_client_object *intern = ctx;
	zval arg, retval;

	if (EG(exception)) {
		return;
	}
	ZVAL_LONG(&arg, ms);
	if (call_user_function(NULL, NULL, &intern->sleep, &retval, 1, &arg) == SUCCESS) {
		zval_ptr_dtor(&retval);
	}
}

/* Throws err as ce unless a PHP exception (from a callback) is already on its way. */
static void throw_error(zend_class_entry *ce, const pimsync_error *err)
{
	if (!EG(exception)) {
		php_pimsync_throw(ce, "%s", err->message);
	}
}

static pimsync_akeneo_client_object *usable(zval *this_zv)
{
	pimsync_akeneo_client_object *intern = Z_AKENEO_P(this_zv);

	if (!intern->client) {
		zend_throw_error(NULL, "PimSync\\AkeneoClient is not constructed");
		return NULL;
	}
	if (intern->busy) {
		zend_throw_error(NULL, "PimSync\\AkeneoClient is busy: a listing is running on this client");
		return NULL;
	}
	return intern;
}

ZEND_METHOD(PimSync_AkeneoClient, __construct)
{
	pimsync_akeneo_client_object *intern = Z_AKENEO_P(ZEND_THIS);
	HashTable *settings, *copy;
	pimsync_akeneo_settings s;
	pimsync_error err;
	const char *bad_key;
	zval *sleep;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_ARRAY_HT(settings)
	ZEND_PARSE_PARAMETERS_END();

	if (intern->client) {
		zend_throw_error(NULL, "PimSync\\AkeneoClient is already constructed");
		RETURN_THROWS();
	}
	/* "sleep" is the binding's own key; the C settings reader knows only the config keys. */
	copy = zend_array_dup(settings);
	sleep = zend_hash_str_find_deref(copy, "sleep", sizeof("sleep") - 1);
	if (sleep) {
		if (!zend_is_callable(sleep, 0, NULL)) {
			zend_array_release(copy);
			php_pimsync_throw(pimsync_ce_config_exception, "settings.sleep must be a callable(int $ms)");
			RETURN_THROWS();
		}
		zval_ptr_dtor(&intern->sleep);
		ZVAL_COPY(&intern->sleep, sleep);
		zend_hash_str_del(copy, "sleep", sizeof("sleep") - 1);
	}
	if (pimsync_akeneo_settings_from_array(copy, &s, &bad_key, &err) == FAILURE) {
		zend_array_release(copy); /* bad_key may point into copy: not used past here */
		php_pimsync_throw(pimsync_ce_config_exception, "%s", err.message);
		RETURN_THROWS();
	}
	zend_array_release(copy);
	if (!Z_ISUNDEF(intern->sleep)) {
		s.sleep_ms = akeneo_client_sleep;
		s.sleep_ctx = intern;
	}
	intern->client = pimsync_akeneo_open(&s, &err);
	pimsync_akeneo_settings_dtor(&s);
	if (!intern->client) {
		throw_error(pimsync_ce_http_exception, &err);
		RETURN_THROWS();
	}
}

ZEND_METHOD(PimSync_AkeneoClient, products)
{
	pimsync_akeneo_client_object *intern;
	zend_string *since = NULL;
	pimsync_error err;
	smart_str buf = {0};
	int got;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(since)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = usable(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (pimsync_akeneo_list_products(intern->client, since, &err) == FAILURE) {
		zend_value_error("%s", err.message);
		RETURN_THROWS();
	}
	intern->busy = true;
	array_init(return_value);
	while ((got = pimsync_akeneo_next_product(intern->client, &buf, &err)) == 1) {
		add_next_index_str(return_value, smart_str_extract(&buf));
	}
	intern->busy = false;
	smart_str_free(&buf);
	if (got < 0) {
		throw_error(pimsync_ce_http_exception, &err);
		RETURN_THROWS();
	}
}

ZEND_METHOD(PimSync_AkeneoClient, eachProduct)
{
	pimsync_akeneo_client_object *intern;
	zend_fcall_info fci;
	zend_fcall_info_cache fcc;
	zend_string *since = NULL;
	pimsync_error err;
	smart_str buf = {0};
	zend_long count = 0;
	int got;

	ZEND_PARSE_PARAMETERS_START(1, 2)
		Z_PARAM_FUNC(fci, fcc)
		Z_PARAM_OPTIONAL
		Z_PARAM_STR_OR_NULL(since)
	ZEND_PARSE_PARAMETERS_END();

	if (!(intern = usable(ZEND_THIS))) {
		RETURN_THROWS();
	}
	if (pimsync_akeneo_list_products(intern->client, since, &err) == FAILURE) {
		zend_value_error("%s", err.message);
		RETURN_THROWS();
	}
	intern->busy = true;
	while ((got = pimsync_akeneo_next_product(intern->client, &buf, &err)) == 1) {
		zval arg, retval;

		ZVAL_STR(&arg, smart_str_extract(&buf));
		fci.retval = &retval;
		fci.params = &arg;
		fci.param_count = 1;
		zend_call_function(&fci, &fcc);
		zval_ptr_dtor(&arg);
		zval_ptr_dtor(&retval);
		count++;
		if (EG(exception)) {
			break;
		}
	}
	intern->busy = false;
	smart_str_free(&buf);
	if (EG(exception)) {
		RETURN_THROWS();
	}
	if (got < 0) {
		throw_error(pimsync_ce_http_exception, &err);
		RETURN_THROWS();
	}
	RETURN_LONG(count);
}

static void collect_option(void *ctx, const char *json, size_t len)
{
	add_next_index_stringl((zval *)ctx, json, len);
}

ZEND_METHOD(PimSync_AkeneoClient, options)
{
	pimsync_akeneo_client_object *intern;
	zend_string *code;
	pimsync_error err;

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_PATH_STR(code)
	ZEND_PARSE_PARAMETERS_END();

	if (ZSTR_LEN(code) == 0) {
		zend_argument_value_error(1, "must not be empty");
		RETURN_THROWS();
	}
	if (!(intern = usable(ZEND_THIS))) {
		RETURN_THROWS();
	}
	array_init(return_value);
	intern->busy = true;
	if (pimsync_akeneo_each_option(intern->client, ZSTR_VAL(code), collect_option, return_value, &err) == FAILURE) {
		intern->busy = false;
		throw_error(pimsync_ce_http_exception, &err);
		RETURN_THROWS();
	}
	intern->busy = false;
}

ZEND_METHOD(PimSync_AkeneoClient, stats)
{
	pimsync_akeneo_client_object *intern = Z_AKENEO_P(ZEND_THIS);
	const pimsync_akeneo_stats *st;

	ZEND_PARSE_PARAMETERS_NONE();

	if (!intern->client) {
		zend_throw_error(NULL, "PimSync\\AkeneoClient is not constructed");
		RETURN_THROWS();
	}
	st = pimsync_akeneo_stats_get(intern->client);
	array_init_size(return_value, 5);
	add_assoc_long(return_value, "requests", st->requests);
	add_assoc_long(return_value, "retries", st->retries);
	add_assoc_long(return_value, "token_refreshes", st->token_refreshes);
	add_assoc_long(return_value, "pages", st->pages);
	add_assoc_long(return_value, "items", st->items);
}

void php_pimsync_akeneo_client_minit(void)
{
	pimsync_ce_akeneo_client = register_class_PimSync_AkeneoClient();
	pimsync_ce_akeneo_client->create_object = akeneo_client_create;

	memcpy(&akeneo_client_handlers, zend_get_std_object_handlers(), sizeof(zend_object_handlers));
	akeneo_client_handlers.offset = XtOffsetOf(pimsync_akeneo_client_object, std);
	akeneo_client_handlers.free_obj = akeneo_client_free;
	akeneo_client_handlers.get_gc = akeneo_client_get_gc;
	akeneo_client_handlers.clone_obj = NULL; /* one connection and token per object */
}
