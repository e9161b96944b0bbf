/* The extension's exception hierarchy and the helper that throws them.
 * Every failure reaches PHP as one of these, never as a warning and false. */
#ifndef PIMSYNC_ERRORS_H
#define PIMSYNC_ERRORS_H

#include "php.h"

extern zend_class_entry *pimsync_ce_exception;          /* PimSync\Exception */
extern zend_class_entry *pimsync_ce_config_exception;   /* PimSync\ConfigException */
extern zend_class_entry *pimsync_ce_schema_exception;   /* PimSync\SchemaException */
extern zend_class_entry *pimsync_ce_database_exception; /* PimSync\DatabaseException */
extern zend_class_entry *pimsync_ce_source_exception;   /* PimSync\SourceException */
extern zend_class_entry *pimsync_ce_http_exception;     /* PimSync\HttpException */
extern zend_class_entry *pimsync_ce_locked_exception;   /* PimSync\LockedException */

/* Throw ce with a printf-style message. */
void php_pimsync_throw(zend_class_entry *ce, const char *format, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

/* A fixed-size error buffer for the C layers that do not touch zvals. */
#define PIMSYNC_ERR_MAX 512
typedef struct {
	char message[PIMSYNC_ERR_MAX];
} pimsync_error;

void pimsync_error_set(pimsync_error *err, const char *format, ...)
	ZEND_ATTRIBUTE_FORMAT(printf, 2, 3);

#endif
