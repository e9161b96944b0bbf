/* pimsync: module entry, class registration and the free functions.
 * The arginfo header is included here only; the methods live in one
 * binding file per class (config_object.c, engine_object.c, report_object.c). */
#include "php_pimsync.h"
#include "ext/standard/info.h"
#include "ext/spl/spl_exceptions.h"
#include "ext/pdo/php_pdo.h"
#include "errors.h"
#include "objects.h"
#include "product_record.h"
#include "akeneo_client.h"
#include "pimsync_arginfo.h"

PHP_FUNCTION(PimSync_version)
{
	ZEND_PARSE_PARAMETERS_NONE();
	RETURN_STRING(PHP_PIMSYNC_VERSION);
}

static PHP_MINIT_FUNCTION(pimsync)
{
	pimsync_ce_exception = register_class_PimSync_Exception(spl_ce_RuntimeException);
	pimsync_ce_config_exception = register_class_PimSync_ConfigException(pimsync_ce_exception);
	pimsync_ce_schema_exception = register_class_PimSync_SchemaException(pimsync_ce_exception);
	pimsync_ce_database_exception = register_class_PimSync_DatabaseException(pimsync_ce_exception);
	pimsync_ce_source_exception = register_class_PimSync_SourceException(pimsync_ce_exception);
	pimsync_ce_http_exception = register_class_PimSync_HttpException(pimsync_ce_source_exception);
	pimsync_ce_locked_exception = register_class_PimSync_LockedException(pimsync_ce_exception);

	php_pimsync_config_minit(register_class_PimSync_Config());
	php_pimsync_engine_minit(register_class_PimSync_Engine());
	php_pimsync_report_minit(register_class_PimSync_Report());
	php_pimsync_image_worker_minit(register_class_PimSync_ImageWorker());
	pimsync_hash_minit();
	php_pimsync_akeneo_client_minit();
	return SUCCESS;
}

static PHP_MINFO_FUNCTION(pimsync)
{
	php_info_print_table_start();
	php_info_print_table_row(2, "pimsync support", "enabled");
	php_info_print_table_row(2, "version", PHP_PIMSYNC_VERSION);
	php_info_print_table_end();
}

static const zend_module_dep pimsync_deps[] = {
	ZEND_MOD_REQUIRED("pdo")
	ZEND_MOD_REQUIRED("json")
	ZEND_MOD_REQUIRED("hash")
	ZEND_MOD_REQUIRED("spl")
	ZEND_MOD_END
};

zend_module_entry pimsync_module_entry = {
	STANDARD_MODULE_HEADER_EX, NULL,
	pimsync_deps,
	"pimsync",
	ext_functions,
	PHP_MINIT(pimsync),
	NULL,
	NULL,
	NULL,
	PHP_MINFO(pimsync),
	PHP_PIMSYNC_VERSION,
	STANDARD_MODULE_PROPERTIES
};

#ifdef COMPILE_DL_PIMSYNC
# ifdef ZTS
ZEND_TSRMLS_CACHE_DEFINE()
# endif
ZEND_GET_MODULE(pimsync)
#endif
