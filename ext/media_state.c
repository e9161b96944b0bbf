#include "php.h"
#include "zend_smart_str.h"
#include "media_state.h"
#include "sql_writer.h"

static bool state_cb(void *ctx, HashTable *row)
{
	zval *id = zend_hash_index_find(row, 0), *generation = zend_hash_index_find(row, 1), copy;
	ZVAL_STR(&copy, zval_get_string(generation));
	zend_hash_index_update((HashTable *) ctx, zval_get_long(id), &copy);
	return true;
}

zend_result pimsync_media_state_read(pimsync_db *db, const zend_long *entity_ids, uint32_t n, HashTable *out)
{
	smart_str sql = {0};
	zend_result r = SUCCESS;
	/* 1000 ids a statement: far under any max_allowed_packet */
	for (uint32_t from = 0; from < n && r == SUCCESS; from += 1000) {
		smart_str_appends(&sql, "SELECT entity_id, generation FROM pimsync_media_state WHERE entity_id IN (");
		for (uint32_t i = from; i < n && i < from + 1000; i++) {
			if (i > from) smart_str_appendc(&sql, ',');
			smart_str_append_long(&sql, entity_ids[i]);
		}
		smart_str_appendc(&sql, ')');
		smart_str_0(&sql);
		r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), state_cb, out);
		smart_str_free(&sql);
	}
	return r;
}

zend_result pimsync_media_state_write(pimsync_db *db, pimsync_run_stats *stats, zend_long run_id,
                                      const pimsync_media_state_row *rows, uint32_t n)
{
	pimsync_bulk bulk;
	zend_result r = SUCCESS;
	if (!n) return SUCCESS;
	pimsync_bulk_init(&bulk, db, stats, "pimsync_media_state",
	                  "INSERT INTO pimsync_media_state (entity_id, sku, generation, images, jobs, run_id) VALUES ",
	                  " ON DUPLICATE KEY UPDATE sku = VALUES(sku), generation = VALUES(generation), images = VALUES(images),"
	                  " jobs = VALUES(jobs), run_id = VALUES(run_id)");
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		smart_str *row = pimsync_bulk_row(&bulk);
		smart_str_append_long(row, rows[i].entity_id);
		smart_str_appendc(row, ',');
		pimsync_sql_quote(db, row, ZSTR_VAL(rows[i].sku), ZSTR_LEN(rows[i].sku));
		smart_str_appends(row, ",'");
		smart_str_appends(row, rows[i].generation);
		smart_str_appends(row, "',");
		smart_str_append_long(row, rows[i].images);
		smart_str_appendc(row, ',');
		smart_str_append_long(row, rows[i].jobs);
		smart_str_appendc(row, ',');
		smart_str_append_long(row, run_id);
		r = pimsync_bulk_row_end(&bulk);
	}
	if (r == SUCCESS) r = pimsync_bulk_flush(&bulk);
	pimsync_bulk_free(&bulk);
	return r;
}
