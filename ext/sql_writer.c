#include "php.h"
#include "sql_writer.h"

#define BULK_MAX_BYTES (1024 * 1024)
#define BULK_MAX_ROWS 2000
#define LOAD_DATA_MAX_BYTES (8 * 1024 * 1024)

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

void pimsync_bulk_use_load_data(pimsync_bulk *b, const char *columns)
{
	if (!b->db->local_infile) return;
	b->columns = columns;
	b->limit = LOAD_DATA_MAX_BYTES;
}

void pimsync_bulk_strict(pimsync_bulk *b)
{
	b->strict = true;
}

void pimsync_bulk_parents_held(pimsync_bulk *b)
{
	b->parents_held = true;
}

static bool held_cb(void *ctx, HashTable *row)
{
	zval *id = zend_hash_index_find(row, 0);
	if (id) zend_hash_index_del((HashTable *) ctx, (zend_ulong) zval_get_long(id));
	return true;
}

void pimsync_sql_append_keys(smart_str *sql, HashTable *ids)
{
	zend_ulong id;
	uint32_t k = 0;
	ZEND_HASH_FOREACH_NUM_KEY(ids, id) {
		if (k++) smart_str_appendc(sql, ',');
		smart_str_append_long(sql, (zend_long) id);
	} ZEND_HASH_FOREACH_END();
	if (!k) smart_str_appends(sql, "NULL");
}

zend_result pimsync_db_hold_rows(pimsync_db *db, const char *table, const char *id_column, HashTable *ids)
{
	smart_str sql = {0};
	if (!zend_hash_num_elements(ids)) return SUCCESS;
	smart_str_append_printf(&sql, "SELECT %s FROM %s WHERE %s IN (", id_column, table, id_column);
	pimsync_sql_append_keys(&sql, ids);
	smart_str_appends(&sql, ") LOCK IN SHARE MODE");
	smart_str_0(&sql);
	zend_result r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), held_cb, ids);
	smart_str_free(&sql);
	return r;
}

static zend_result send_statement(pimsync_bulk *b, zend_long *affected)
{
	zend_result r;
	if (b->columns) {
		r = pimsync_db_load_data(b->db, b->table, b->columns, &b->sql, affected);
	} else {
		smart_str_appends(&b->sql, b->tail);
		r = pimsync_db_exec_str(b->db, &b->sql, affected);
	}
	/* before any other statement: the next one clears the warnings */
	if (r == SUCCESS && b->strict) r = pimsync_db_fail_on_warning(b->db, b->table);
	return r;
}

static zend_result send_parents_held(pimsync_bulk *b, zend_long *affected)
{
	static const char off[] = "SET @pimsync_fk_checks = @@foreign_key_checks, foreign_key_checks = 0";
	static const char back[] = "SET foreign_key_checks = @pimsync_fk_checks";
	if (pimsync_db_exec(b->db, off, sizeof(off) - 1, NULL) == FAILURE) return FAILURE;
	zend_result r = send_statement(b, affected);
	/* put back even when the statement failed (the session is the caller's),
	 * keeping that failure's message and whether it is worth a retry */
	pimsync_error keep = *b->db->err;
	bool transient = b->db->transient, gone = b->db->gone;
	zend_result restored = pimsync_db_exec(b->db, back, sizeof(back) - 1, NULL);
	if (r == SUCCESS) return restored;
	*b->db->err = keep;
	b->db->transient = transient;
	b->db->gone = gone;
	return FAILURE;
}

smart_str *pimsync_bulk_row(pimsync_bulk *b)
{
	b->fields = 0;
	if (b->columns) {
		if (b->pending == 0 && b->sql.s) ZSTR_LEN(b->sql.s) = 0;
		return &b->sql;
	}
	if (b->pending == 0) {
		if (b->sql.s) ZSTR_LEN(b->sql.s) = 0;
		smart_str_appends(&b->sql, b->head);
		smart_str_appendc(&b->sql, '(');
	} else {
		smart_str_appends(&b->sql, ",(");
	}
	return &b->sql;
}

static inline void field_separator(pimsync_bulk *b)
{
	if (b->fields++) smart_str_appendc(&b->sql, b->columns ? '\t' : ',');
}

void pimsync_bulk_long(pimsync_bulk *b, zend_long v)
{
	field_separator(b);
	smart_str_append_long(&b->sql, v);
}

/* LOAD DATA's default format: backslash escapes for the bytes that delimit. */
static void append_tsv(smart_str *out, const char *s, size_t len)
{
	const char *end = s + len, *run = s;
	for (; s < end; s++) {
		const char *rep;
		switch (*s) {
		case '\\': rep = "\\\\"; break;
		case '\t': rep = "\\t"; break;
		case '\n': rep = "\\n"; break;
		case '\r': rep = "\\r"; break;
		case '\0': rep = "\\0"; break;
		default: continue;
		}
		smart_str_appendl(out, run, s - run);
		smart_str_appends(out, rep);
		run = s + 1;
	}
	smart_str_appendl(out, run, end - run);
}

void pimsync_bulk_str(pimsync_bulk *b, const char *s, size_t len)
{
	field_separator(b);
	if (b->columns) append_tsv(&b->sql, s, len);
	else pimsync_sql_quote(b->db, &b->sql, s, len);
}

zend_result pimsync_bulk_row_end(pimsync_bulk *b)
{
	smart_str_appendc(&b->sql, b->columns ? '\n' : ')');
	b->pending++;
	if (ZSTR_LEN(b->sql.s) >= b->limit || b->pending >= BULK_MAX_ROWS) {
		return pimsync_bulk_flush(b);
	}
	return SUCCESS;
}

zend_result pimsync_bulk_flush(pimsync_bulk *b)
{
	zend_long affected = 0;
	zend_result r;
	if (b->pending == 0) return SUCCESS;
	r = b->parents_held ? send_parents_held(b, &affected) : send_statement(b, &affected);
	if (r == SUCCESS) {
		if (b->stats) pimsync_stats_rows(b->stats, b->table, b->pending);
		b->affected += affected;
	}
	b->pending = 0;
	return r;
}

void pimsync_bulk_free(pimsync_bulk *b)
{
	smart_str_free(&b->sql);
}
