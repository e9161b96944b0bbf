#include "php.h"
#include "sql_writer.h"

#define BULK_MAX_BYTES (1024 * 1024)
#define BULK_MAX_ROWS 2000

void pimsync_bulk_init(pimsync_bulk *b, pimsync_db *db, pimsync_run_stats *stats, const char *table,
                       const char *head, const char *tail)
{
	memset(b, 0, sizeof(*b));
	b->db = db;
	b->stats = stats;
	b->table = table;
	b->head = head;
	b->tail = tail;
	/* a quarter of the packet leaves room for the one row that crosses the limit
	 * (a 64 KB text escaped to at most 128 KB) */
	b->limit = MIN((size_t) BULK_MAX_BYTES, (size_t) db->max_packet / 4);
}

smart_str *pimsync_bulk_row(pimsync_bulk *b)
{
	if (b->pending == 0) {
		if (b->sql.s) ZSTR_LEN(b->sql.s) = 0;
		smart_str_appends(&b->sql, b->head);
		smart_str_appendc(&b->sql, '(');
	} else {
		smart_str_appends(&b->sql, ",(");
	}
	return &b->sql;
}

zend_result pimsync_bulk_row_end(pimsync_bulk *b)
{
	smart_str_appendc(&b->sql, ')');
	b->pending++;
	if (ZSTR_LEN(b->sql.s) >= b->limit || b->pending >= BULK_MAX_ROWS) {
		return pimsync_bulk_flush(b);
	}
	return SUCCESS;
}

zend_result pimsync_bulk_flush(pimsync_bulk *b)
{
	zend_long affected = 0;
	if (b->pending == 0) return SUCCESS;
	smart_str_appends(&b->sql, b->tail);
	if (pimsync_db_exec_str(b->db, &b->sql, &affected) == FAILURE) {
		b->pending = 0;
		return FAILURE;
	}
	if (b->stats) pimsync_stats_rows(b->stats, b->table, b->pending);
	b->affected += affected;
	b->pending = 0;
	return SUCCESS;
}

void pimsync_bulk_free(pimsync_bulk *b)
{
	smart_str_free(&b->sql);
}
