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

void php_pimsync_report_create(zval *out, pimsync_run_stats *s)
{
	zval data, *v;
	static const struct { const char *key, *prop; } map[] = {
		{"run_id", "runId"}, {"status", "status"}, {"mode", "mode"}, {"source", "source"},
		{"counts", "counts"}, {"rows_written", "rowsWritten"}, {"phase_seconds", "phaseSeconds"},
		{"elapsed_s", "elapsedSeconds"}, {"changed_entities", "changedEntities"}, {"errors", "errors"},
		{"warnings", "warnings"}, {"message", "message"}, {"load_data", "loadData"}, {"value_issues", "valueIssues"},
		{"categories", "categories"},
		{"links", "links"},
		{"structure", "structure"},
		{"configurables", "configurables"},
		{"images", "images"},
		{"refused_by_owner", "refusedByOwner"},
	};
	zval none;

	ZVAL_NULL(&none);
	pimsync_stats_to_array(s, &data, true);
	object_init_ex(out, pimsync_ce_report);
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		v = zend_hash_str_find(Z_ARRVAL(data), map[i].key, strlen(map[i].key));
		set_prop(out, map[i].prop, v ? v : &none); /* structure: only when that phase ran */
	}
	zval_ptr_dtor(&data);
}

ZEND_METHOD(PimSync_Report, __construct)
{
	ZEND_PARSE_PARAMETERS_NONE();
}

ZEND_METHOD(PimSync_Report, toArray)
{
	static const struct { const char *key, *prop; } map[] = {
		{"run_id", "runId"}, {"status", "status"}, {"mode", "mode"}, {"source", "source"},
		{"counts", "counts"}, {"rows_written", "rowsWritten"}, {"phase_seconds", "phaseSeconds"},
		{"elapsed_s", "elapsedSeconds"}, {"errors", "errors"}, {"warnings", "warnings"},
		{"message", "message"}, {"load_data", "loadData"}, {"value_issues", "valueIssues"},
		{"categories", "categories"}, {"links", "links"}, {"changed_entities", "changedEntities"}, {"structure", "structure"},
		{"configurables", "configurables"},
		{"images", "images"},
		{"refused_by_owner", "refusedByOwner"},
	};
	zval rv, *v;

	ZEND_PARSE_PARAMETERS_NONE();
	array_init(return_value);
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++) {
		v = zend_read_property(pimsync_ce_report, Z_OBJ_P(ZEND_THIS), map[i].prop, strlen(map[i].prop), 1, &rv);
		Z_TRY_ADDREF_P(v);
		add_assoc_zval(return_value, map[i].key, v);
	}
}

void php_pimsync_report_minit(zend_class_entry *ce)
{
	pimsync_ce_report = ce;
}
