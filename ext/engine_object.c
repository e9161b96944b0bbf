/* PimSync\Engine: binding of the sync run. */
#include "php_pimsync.h"
#include "errors.h"
#include "objects.h"

zend_class_entry *pimsync_ce_engine;

ZEND_METHOD(PimSync_Engine, __construct) {}
ZEND_METHOD(PimSync_Engine, installSchema) {}
ZEND_METHOD(PimSync_Engine, sync) { php_pimsync_throw(pimsync_ce_exception, "not yet"); RETURN_THROWS(); }
ZEND_METHOD(PimSync_Engine, status) { RETURN_EMPTY_ARRAY(); }

void php_pimsync_engine_minit(zend_class_entry *ce) { pimsync_ce_engine = ce; }
