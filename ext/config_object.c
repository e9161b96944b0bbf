/* PimSync\Config: binding of the configuration loader. */
#include "php_pimsync.h"
#include "errors.h"
#include "objects.h"

zend_class_entry *pimsync_ce_config;

ZEND_METHOD(PimSync_Config, __construct) {}
ZEND_METHOD(PimSync_Config, fromFile) { php_pimsync_throw(pimsync_ce_exception, "not yet"); RETURN_THROWS(); }
ZEND_METHOD(PimSync_Config, fromString) { php_pimsync_throw(pimsync_ce_exception, "not yet"); RETURN_THROWS(); }
ZEND_METHOD(PimSync_Config, toArray) { RETURN_EMPTY_ARRAY(); }

void php_pimsync_config_minit(zend_class_entry *ce) { pimsync_ce_config = ce; }
