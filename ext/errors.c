#include "php_pimsync.h"
#include "zend_exceptions.h"
#include "errors.h"

zend_class_entry *pimsync_ce_exception;
zend_class_entry *pimsync_ce_config_exception;
zend_class_entry *pimsync_ce_schema_exception;
zend_class_entry *pimsync_ce_database_exception;
zend_class_entry *pimsync_ce_source_exception;
zend_class_entry *pimsync_ce_http_exception;

void php_pimsync_throw(zend_class_entry *ce, const char *format, ...)
{
	va_list args;
	char *message;

	va_start(args, format);
	zend_vspprintf(&message, 0, format, args);
	va_end(args);
	zend_throw_exception(ce, message, 0);
	efree(message);
}

void pimsync_error_set(pimsync_error *err, const char *format, ...)
{
	va_list args;

	va_start(args, format);
	vsnprintf(err->message, sizeof(err->message), format, args);
	va_end(args);
}
