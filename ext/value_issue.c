#include "php.h"
#include "zend_smart_str.h"
#include "value_issue.h"
#include "sql_writer.h"

static const char *const action_names[] = { "left_out", "adjusted", "filled", "hidden", "refused", "written_disabled", "kept" };

const char *pimsync_issue_action_name(pimsync_issue_action action)
{
	return action_names[action];
}

void pimsync_issue_add(pimsync_issue_list *l, zend_string *attribute, zend_long store_id, const char *kind,
                       pimsync_issue_action action, zend_string *message)
{
	if (l->n == l->cap) {
		l->cap = l->cap ? l->cap * 2 : 4;
		l->items = erealloc(l->items, l->cap * sizeof(pimsync_value_issue));
	}
	pimsync_value_issue *i = &l->items[l->n++];
	i->attribute = zend_string_copy(attribute);
	i->store_id = store_id;
	i->kind = kind;
	i->action = action;
	i->message = message;
	if (action == PIMSYNC_ISSUE_LEFT_OUT) l->left_out = true;
}

void pimsync_issue_addf(pimsync_issue_list *l, zend_string *attribute, zend_long store_id, const char *kind,
                        pimsync_issue_action action, const char *format, ...)
{
	va_list args;
	va_start(args, format);
	zend_string *message = zend_vstrpprintf(0, format, args);
	va_end(args);
	pimsync_issue_add(l, attribute, store_id, kind, action, message);
}

void pimsync_issue_list_free(pimsync_issue_list *l)
{
	for (uint32_t i = 0; i < l->n; i++) {
		zend_string_release(l->items[i].attribute);
		zend_string_release(l->items[i].message);
	}
	if (l->items) efree(l->items);
	memset(l, 0, sizeof(*l));
}

void pimsync_issue_rows_init(pimsync_bulk *rows, pimsync_db *db)
{
	pimsync_bulk_init(rows, db, NULL, "pimsync_value_issue",
	                  "INSERT INTO pimsync_value_issue (run_id, sku, attribute_code, store_id, kind, action, message) VALUES ", "");
}

zend_result pimsync_issue_rows_add(pimsync_bulk *rows, zend_long run_id, zend_string *sku, const pimsync_issue_list *l)
{
	for (uint32_t i = 0; i < l->n; i++) {
		const pimsync_value_issue *issue = &l->items[i];
		smart_str *row = pimsync_bulk_row(rows);
		smart_str_append_long(row, run_id);
		smart_str_appendc(row, ',');
		pimsync_sql_quote(rows->db, row, ZSTR_VAL(sku), ZSTR_LEN(sku));
		smart_str_appendc(row, ',');
		pimsync_sql_quote(rows->db, row, ZSTR_VAL(issue->attribute), MIN(ZSTR_LEN(issue->attribute), 255));
		smart_str_appendc(row, ',');
		if (issue->store_id == PIMSYNC_ISSUE_NO_STORE) smart_str_appends(row, "NULL");
		else smart_str_append_long(row, issue->store_id);
		smart_str_appends(row, ",'");
		smart_str_appends(row, issue->kind);
		smart_str_appends(row, "','");
		smart_str_appends(row, pimsync_issue_action_name(issue->action));
		smart_str_appends(row, "',");
		pimsync_sql_quote(rows->db, row, ZSTR_VAL(issue->message), ZSTR_LEN(issue->message));
		if (pimsync_bulk_row_end(rows) == FAILURE) return FAILURE;
	}
	return SUCCESS;
}
