#include "php.h"
#include "zend_smart_str.h"
#include <time.h>
#include "run_report.h"

static const char *const phase_names[PIMSYNC_PHASE_COUNT] = {
	"prepare", "read", "map", "diff", "write", "finish"
};

double pimsync_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

void pimsync_stats_init(pimsync_run_stats *s)
{
	memset(s, 0, sizeof(*s));
	zend_hash_init(&s->rows, 16, NULL, NULL, 0);
	zend_hash_init(&s->warnings, 8, NULL, ZVAL_PTR_DTOR, 0);
	array_init(&s->errors);
	array_init(&s->changed);
	zend_hash_init(&s->issue_kinds, 8, NULL, NULL, 0);
	zend_hash_init(&s->refused_by_owner, 8, NULL, NULL, 0);
	array_init(&s->issue_sample);
	ZVAL_NULL(&s->structure);
	zend_hash_init(&s->validation_findings, 8, NULL, NULL, 0);
	ZVAL_NULL(&s->transformations);
	s->started = pimsync_now();
}

void pimsync_stats_free(pimsync_run_stats *s)
{
	zend_hash_destroy(&s->rows);
	zend_hash_destroy(&s->warnings);
	zval_ptr_dtor(&s->errors);
	zval_ptr_dtor(&s->changed);
	zend_hash_destroy(&s->issue_kinds);
	zend_hash_destroy(&s->refused_by_owner);
	zval_ptr_dtor(&s->issue_sample);
	zval_ptr_dtor(&s->categories);
	zval_ptr_dtor(&s->structure);
	zval_ptr_dtor(&s->transformations);
	if (s->mode) zend_string_release(s->mode);
	if (s->source) zend_string_release(s->source);
	if (s->fatal) zend_string_release(s->fatal);
	if (s->images_stream) zend_string_release(s->images_stream);
	zend_hash_destroy(&s->validation_findings);
	if (s->plan) pimsync_plan_free(s->plan);
}

void pimsync_stats_rows(pimsync_run_stats *s, const char *table, zend_long rows)
{
	zval *v = zend_hash_str_find(&s->rows, table, strlen(table));
	if (v) {
		Z_LVAL_P(v) += rows;
	} else {
		zval n;
		ZVAL_LONG(&n, rows);
		zend_hash_str_add(&s->rows, table, strlen(table), &n);
	}
}

void pimsync_stats_warn(pimsync_run_stats *s, const char *key, zend_string *position, const char *format, ...)
{
	zval *w = zend_hash_str_find(&s->warnings, key, strlen(key));
	if (w) {
		zval *count = zend_hash_str_find(Z_ARRVAL_P(w), "count", sizeof("count") - 1);
		Z_LVAL_P(count)++;
		return;
	}
	va_list args;
	zval entry;
	char *message;
	va_start(args, format);
	zend_vspprintf(&message, 0, format, args);
	va_end(args);
	array_init(&entry);
	add_assoc_string(&entry, "message", message);
	add_assoc_long(&entry, "count", 1);
	if (position) add_assoc_str(&entry, "first_position", zend_string_copy(position));
	else add_assoc_null(&entry, "first_position");
	efree(message);
	zend_hash_str_add(&s->warnings, key, strlen(key), &entry);
}

void pimsync_stats_error(pimsync_run_stats *s, zend_string *position, zend_string *sku, const char *reason)
{
	zval entry;
	array_init(&entry);
	if (position) add_assoc_str(&entry, "position", zend_string_copy(position));
	else add_assoc_null(&entry, "position");
	if (sku) add_assoc_str(&entry, "sku", zend_string_copy(sku));
	else add_assoc_null(&entry, "sku");
	add_assoc_string(&entry, "reason", reason);
	add_next_index_zval(&s->errors, &entry);
	s->failed++;
}

void pimsync_stats_value_issue(pimsync_run_stats *s, zend_string *sku, const pimsync_value_issue *issue)
{
	zval *count = zend_hash_str_find(&s->issue_kinds, issue->kind, strlen(issue->kind));
	if (count) {
		Z_LVAL_P(count)++;
	} else {
		zval one;
		ZVAL_LONG(&one, 1);
		zend_hash_str_add(&s->issue_kinds, issue->kind, strlen(issue->kind), &one);
	}
	s->value_issues++;
	if (issue->action == PIMSYNC_ISSUE_REFUSED) pimsync_stats_refused(s, ZSTR_VAL(issue->attribute), 1);
	/* a plan tells refusals by owner (above) from values a rule keeps out */
	if (s->plan && strcmp(issue->kind, "not_owner") != 0
	    && (issue->action == PIMSYNC_ISSUE_REFUSED || issue->action == PIMSYNC_ISSUE_LEFT_OUT)) {
		pimsync_plan_rule(s->plan, issue->kind);
	}
	if (zend_hash_num_elements(Z_ARRVAL(s->issue_sample)) >= PIMSYNC_ISSUE_SAMPLE) return;
	zval entry;
	array_init_size(&entry, 6);
	add_assoc_str(&entry, "sku", zend_string_copy(sku));
	add_assoc_str(&entry, "attribute", zend_string_copy(issue->attribute));
	if (issue->store_id == PIMSYNC_ISSUE_NO_STORE) add_assoc_null(&entry, "store_id");
	else add_assoc_long(&entry, "store_id", issue->store_id);
	add_assoc_string(&entry, "kind", (char *) issue->kind);
	add_assoc_string(&entry, "action", (char *) pimsync_issue_action_name(issue->action));
	add_assoc_str(&entry, "message", zend_string_copy(issue->message));
	add_next_index_zval(&s->issue_sample, &entry);
}

void pimsync_stats_refused(pimsync_run_stats *s, const char *field, zend_long n)
{
	if (s->plan) pimsync_plan_refused(s->plan, field, n);
	zval *count = zend_hash_str_find(&s->refused_by_owner, field, strlen(field));
	if (count) {
		Z_LVAL_P(count) += n;
	} else {
		zval first;
		ZVAL_LONG(&first, n);
		zend_hash_str_add(&s->refused_by_owner, field, strlen(field), &first);
	}
}

void pimsync_stats_changed(pimsync_run_stats *s, zend_long entity_id, const char *action, zend_string *attribute_code)
{
	zval *entry = zend_hash_index_find(Z_ARRVAL(s->changed), entity_id), *attrs;
	if (!entry) {
		zval e, list;
		array_init_size(&e, 2);
		add_assoc_string(&e, "action", action);
		array_init(&list);
		add_assoc_zval(&e, "attributes", &list);
		entry = zend_hash_index_add(Z_ARRVAL(s->changed), entity_id, &e);
	}
	if (attribute_code) {
		/* one entry per code, whichever store views changed */
		zval *v;
		attrs = zend_hash_str_find(Z_ARRVAL_P(entry), "attributes", sizeof("attributes") - 1);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(attrs), v) {
			if (zend_string_equals(Z_STR_P(v), attribute_code)) return;
		} ZEND_HASH_FOREACH_END();
		add_next_index_str(attrs, zend_string_copy(attribute_code));
	}
}

const char *pimsync_stats_status(const pimsync_run_stats *s)
{
	if (s->fatal) return "failed";
	return s->failed ? "partial" : "success";
}

void pimsync_stats_to_array(pimsync_run_stats *s, zval *out, bool with_entities)
{
	zval counts, rows, phases, warnings;
	double elapsed = pimsync_now() - s->started;

	array_init(out);
	add_assoc_long(out, "run_id", s->run_id);
	add_assoc_string(out, "status", (char *) pimsync_stats_status(s));
	add_assoc_str(out, "mode", zend_string_copy(s->mode));
	add_assoc_str(out, "source", zend_string_copy(s->source));

	array_init(&counts);
	add_assoc_long(&counts, "seen", s->seen);
	add_assoc_long(&counts, "created", s->created);
	add_assoc_long(&counts, "updated", s->updated);
	add_assoc_long(&counts, "unchanged", s->unchanged);
	add_assoc_long(&counts, "disabled", s->disabled);
	add_assoc_long(&counts, "failed", s->failed);
	add_assoc_zval(out, "counts", &counts);
	{
		/* apart from counts: the products above are the feed's, these its product models' */
		zval conf;
		array_init(&conf);
		add_assoc_long(&conf, "created", s->configurables_created);
		add_assoc_long(&conf, "updated", s->configurables_updated);
		add_assoc_long(&conf, "unchanged", s->configurables_unchanged);
		add_assoc_long(&conf, "disabled", s->configurables_disabled);
		add_assoc_long(&conf, "failed", s->configurables_failed);
		add_assoc_long(&conf, "children_linked", s->children_linked);
		add_assoc_long(&conf, "children_unlinked", s->children_unlinked);
		add_assoc_zval(out, "configurables", &conf);
	}

	array_init(&rows);
	zend_hash_copy(Z_ARRVAL(rows), &s->rows, NULL);
	add_assoc_zval(out, "rows_written", &rows);

	array_init(&phases);
	for (int i = 0; i < PIMSYNC_PHASE_COUNT; i++) {
		add_assoc_double(&phases, phase_names[i], round(s->phase_seconds[i] * 1000) / 1000);
	}
	add_assoc_zval(out, "phase_seconds", &phases);
	add_assoc_double(out, "elapsed_s", round(elapsed * 1000) / 1000);
	add_assoc_bool(out, "load_data", s->load_data);

	array_init(&warnings);
	zend_hash_copy(Z_ARRVAL(warnings), &s->warnings, zval_add_ref);
	add_assoc_zval(out, "warnings", &warnings);
	Z_ADDREF(s->errors);
	add_assoc_zval(out, "errors", &s->errors);
	{
		zval issues, kinds;
		array_init(&issues);
		add_assoc_long(&issues, "count", s->value_issues);
		array_init(&kinds);
		zend_hash_copy(Z_ARRVAL(kinds), &s->issue_kinds, NULL);
		add_assoc_zval(&issues, "by_kind", &kinds);
		Z_ADDREF(s->issue_sample);
		add_assoc_zval(&issues, "sample", &s->issue_sample);
		add_assoc_zval(out, "value_issues", &issues);
	}
	{
		zval refused;
		array_init(&refused);
		zend_hash_copy(Z_ARRVAL(refused), &s->refused_by_owner, NULL);
		add_assoc_zval(out, "refused_by_owner", &refused);
	}
	if (Z_TYPE(s->categories) == IS_ARRAY) {
		Z_ADDREF(s->categories);
		add_assoc_zval(out, "categories", &s->categories);
	} else {
		add_assoc_null(out, "categories");
	}
	{
		zval links;
		array_init_size(&links, 5);
		add_assoc_long(&links, "written", s->links_written);
		add_assoc_long(&links, "removed", s->links_removed);
		add_assoc_long(&links, "repositioned", s->links_repositioned);
		add_assoc_long(&links, "resolved", s->links_resolved);
		add_assoc_long(&links, "pending", s->links_pending);
		add_assoc_zval(out, "links", &links);
	}
	add_assoc_long(out, "changed_entity_count", zend_hash_num_elements(Z_ARRVAL(s->changed)));
	if (with_entities) {
		Z_ADDREF(s->changed);
		add_assoc_zval(out, "changed_entities", &s->changed);
	}
	if (s->fatal) add_assoc_str(out, "message", zend_string_copy(s->fatal));
	else add_assoc_null(out, "message");
	if (s->images_on) {
		zval images;
		array_init_size(&images, 5);
		add_assoc_long(&images, "products", s->image_products);
		add_assoc_long(&images, "jobs", s->image_jobs);
		add_assoc_long(&images, "enqueued", s->image_enqueued);
		add_assoc_long(&images, "outbox", s->image_outbox);
		if (s->images_stream) add_assoc_str(&images, "stream", zend_string_copy(s->images_stream));
		else add_assoc_null(&images, "stream");
		add_assoc_zval(out, "images", &images);
	} else {
		add_assoc_null(out, "images");
	}
	Z_TRY_ADDREF(s->transformations);
	add_assoc_zval(out, "transformations", &s->transformations);
	if (Z_TYPE(s->structure) == IS_ARRAY) {
		Z_ADDREF(s->structure);
		add_assoc_zval(out, "structure", &s->structure);
	}
	if (s->validation_on) {
		zval v, by_rule;
		array_init_size(&v, 7);
		add_assoc_long(&v, "checked", s->validated);
		add_assoc_long(&v, "passed", s->validation_passed);
		/* the share of records that met every rule at the first attempt (DESIGN.md, KPIs) */
		if (s->validated) add_assoc_double(&v, "first_time_pass_rate", (double) s->validation_passed / (double) s->validated);
		else add_assoc_null(&v, "first_time_pass_rate");
		add_assoc_long(&v, "values_rejected", s->validation_values_rejected);
		add_assoc_long(&v, "records_rejected", s->validation_records_rejected);
		add_assoc_long(&v, "written_disabled", s->validation_written_disabled);
		array_init(&by_rule);
		zend_string *rule;
		zval *n;
		ZEND_HASH_FOREACH_STR_KEY_VAL(&s->validation_findings, rule, n) { add_assoc_long_ex(&by_rule, ZSTR_VAL(rule), ZSTR_LEN(rule), Z_LVAL_P(n)); } ZEND_HASH_FOREACH_END();
		add_assoc_zval(&v, "findings_by_rule", &by_rule);
		add_assoc_zval(out, "validation", &v);
	} else {
		add_assoc_null(out, "validation");
	}
	if (s->plan) {
		zval plan, products;
		array_init(&plan);
		array_init_size(&products, 5);
		add_assoc_long(&products, "create", s->created);
		add_assoc_long(&products, "update", s->updated);
		add_assoc_long(&products, "disable", s->disabled);
		add_assoc_long(&products, "unchanged", s->unchanged);
		add_assoc_long(&products, "park", s->failed);
		add_assoc_zval(&plan, "products", &products);
		pimsync_plan_add_to(s->plan, &plan);
		add_assoc_zval(out, "plan", &plan);
	} else {
		add_assoc_null(out, "plan");
	}
}
