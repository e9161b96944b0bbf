#include "php.h"
#include "option_labels.h"

void pimsync_option_labels_add(const pimsync_db *db, smart_str *rows, zend_long option_id, zend_long store_id, zend_string *value)
{
	smart_str_appends(rows, rows->s && ZSTR_LEN(rows->s) ? ", (" : "(");
	smart_str_append_long(rows, option_id);
	smart_str_appends(rows, ", ");
	smart_str_append_long(rows, store_id);
	smart_str_appends(rows, ", ");
	pimsync_sql_quote(db, rows, ZSTR_VAL(value), ZSTR_LEN(value));
	smart_str_appendc(rows, ')');
}

zend_result pimsync_option_labels_flush(pimsync_db *db, smart_str *rows)
{
	smart_str sql = {0};
	zend_result r;
	if (!rows->s || !ZSTR_LEN(rows->s)) return SUCCESS;
	smart_str_appends(&sql, "INSERT INTO pimsync_option_label (option_id, store_id, value) VALUES ");
	smart_str_append_smart_str(&sql, rows);
	smart_str_appends(&sql, " ON DUPLICATE KEY UPDATE value = VALUES(value)");
	r = pimsync_db_exec_str(db, &sql, NULL);
	smart_str_free(&sql);
	ZSTR_LEN(rows->s) = 0;
	return r;
}

static bool label_cb(void *ctx, HashTable *row)
{
	zval value;
	ZVAL_STR(&value, zval_get_string(zend_hash_index_find(row, 2)));
	zend_hash_index_update(ctx, pimsync_option_label_key(zval_get_long(zend_hash_index_find(row, 0)),
	                                                     zval_get_long(zend_hash_index_find(row, 1))), &value);
	return true;
}

zend_result pimsync_option_labels_load(pimsync_db *db, zend_long attribute_id, HashTable *out)
{
	char sql[256];
	snprintf(sql, sizeof(sql), "SELECT l.option_id, l.store_id, l.value FROM pimsync_option_label l"
	         " JOIN eav_attribute_option o ON o.option_id = l.option_id WHERE o.attribute_id = " ZEND_LONG_FMT, attribute_id);
	return pimsync_db_each_row(db, sql, strlen(sql), label_cb, out);
}
