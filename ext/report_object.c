/* PimSync\Report: what one run did. */
#include "php_pimsync.h"
#include "errors.h"
#include "objects.h"

zend_class_entry *pimsync_ce_report;

ZEND_METHOD(PimSync_Report, __construct) {}
ZEND_METHOD(PimSync_Report, toArray) { RETURN_EMPTY_ARRAY(); }

void php_pimsync_report_minit(zend_class_entry *ce) { pimsync_ce_report = ce; }
