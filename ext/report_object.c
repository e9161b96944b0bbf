/* PimSync\Report: what one run did, as readonly properties. */
#include "php_pimsync.h"
#include "errors.h"
#include "objects.h"
#include "run_report.h"

zend_class_entry *pimsync_ce_report;

static void set_prop(zval *obj, const char *name, zval *value)
{
	zend_update_property(pimsync_ce_report, Z_OBJ_P(obj), name, strlen(name), value);
}

/* Report properties and the report array's keys, in the order toArray() gives them */
static const struct { const char *key, *prop; } report_map[] = {
	{"run_id", "runId"}, {"status", "status"}, {"mode", "mode"}, {"source", "source"},
	{"counts", "counts"}, {"rows_written", "rowsWritten"}, {"phase_seconds", "phaseSeconds"},
	{"elapsed_s", "elapsedSeconds"}, {"errors", "errors"}, {"warnings", "warnings"},
	{"message", "message"}, {"load_data", "loadData"}, {"value_issues", "valueIssues"},
	{"categories", "categories"}, {"links", "links"}, {"changed_entities", "changedEntities"}, {"structure", "structure"},
	{"configurables", "configurables"},
	{"images", "images"},
	{"refused_by_owner", "refusedByOwner"},
	{"validation", "validation"},
	{"plan", "plan"},
	{"transformations", "transformations"},
};

void php_pimsync_report_create(zval *out, pimsync_run_stats *s)
{
	zval data, *v;
	zval none;

	ZVAL_NULL(&none);
	pimsync_stats_to_array(s, &data, true);
	object_init_ex(out, pimsync_ce_report);
	for (size_t i = 0; i < sizeof(report_map) / sizeof(report_map[0]); i++) {
		v = zend_hash_str_find(Z_ARRVAL(data), report_map[i].key, strlen(report_map[i].key));
		set_prop(out, report_map[i].prop, v ? v : &none); /* structure: only when that phase ran */
	}
	zval_ptr_dtor(&data);
}

ZEND_METHOD(PimSync_Report, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(PimSync_Report, toArray)
{
	zval rv, *v;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	for (size_t i = 0; i < sizeof(report_map) / sizeof(report_map[0]); i++) {
		v = zend_read_property(pimsync_ce_report, Z_OBJ_P(ZEND_THIS), report_map[i].prop, strlen(report_map[i].prop), 1, &rv);
		Z_TRY_ADDREF_P(v);
		add_assoc_zval(return_value, report_map[i].key, v);
	}
}

void php_pimsync_report_minit(zend_class_entry *ce)
{
	pimsync_ce_report = ce;
}
