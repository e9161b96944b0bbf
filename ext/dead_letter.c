#include "php.h"
#include "zend_smart_str.h"
#include "dead_letter.h"
#include "utf8_text.h"

/* Bytes per appended chunk: a hex literal doubles them, and the engine's
 * memory holds one chunk's statement at a time. */
#define CHUNK_MAX ((size_t) 8 * 1024 * 1024)
/* Room for the statement around the literal. */
#define STATEMENT_SLACK 1024

void pimsync_dead_letter_init(pimsync_dead_letter *dl, zend_long run_id, zend_string *position, zend_string *sku,
                              const char *payload, size_t payload_len, const char *reason)
{
	dl->run_id = run_id;
	dl->position = pimsync_utf8_sanitized(ZSTR_VAL(position), ZSTR_LEN(position), 0, PIMSYNC_DEAD_LETTER_POSITION_CHARS);
	dl->sku = sku ? pimsync_utf8_sanitized(ZSTR_VAL(sku), ZSTR_LEN(sku), 0, PIMSYNC_DEAD_LETTER_SKU_CHARS) : NULL;
	dl->reason = pimsync_utf8_sanitized(reason, strlen(reason), PIMSYNC_DEAD_LETTER_REASON_BYTES, 0);
	dl->payload = payload;
	dl->payload_len = payload ? payload_len : 0;
	dl->source_id = NULL;
}

void pimsync_dead_letter_free(pimsync_dead_letter *dl)
{
	zend_string_release(dl->position);
	if (dl->sku) zend_string_release(dl->sku);
	zend_string_release(dl->reason);
}

static void append_hex(smart_str *sql, const char *bytes, size_t len)
{
	static const char digits[] = "0123456789abcdef";
	char *out;

	if (len == 0) {
		smart_str_appends(sql, "''"); /* X'' is a binary empty string too, but '' reads plainer */
		return;
	}
	smart_str_appends(sql, "X'");
	out = smart_str_extend(sql, len * 2);
	for (size_t i = 0; i < len; i++) {
		unsigned char c = (unsigned char) bytes[i];
		out[2 * i] = digits[c >> 4];
		out[2 * i + 1] = digits[c & 15];
	}
	smart_str_appendc(sql, '\'');
}

/* Payload bytes one statement of head_len other bytes can carry. */
static size_t chunk_room(const pimsync_db *db, size_t head_len)
{
	size_t packet = (size_t) db->max_packet, used = head_len + STATEMENT_SLACK;
	return packet > used ? MIN((packet - used) / 2, CHUNK_MAX) : 0;
}

zend_result pimsync_dead_letter_store(pimsync_db *db, const pimsync_dead_letter *dl, size_t *stored)
{
	smart_str sql = {0};
	/* CONCAT() refuses a result above max_allowed_packet, and no client could read it back */
	size_t keep = MIN(dl->payload_len, (size_t) db->max_packet), done, room;
	bool chunked;
	zend_result r;
	zval id;

	smart_str_appends(&sql, "INSERT INTO pimsync_dead_letter (run_id, position, sku, reason, source_id, payload, payload_bytes) VALUES (");
	smart_str_append_long(&sql, dl->run_id);
	smart_str_appendc(&sql, ',');
	pimsync_sql_quote(db, &sql, ZSTR_VAL(dl->position), ZSTR_LEN(dl->position));
	smart_str_appendc(&sql, ',');
	if (dl->sku) pimsync_sql_quote(db, &sql, ZSTR_VAL(dl->sku), ZSTR_LEN(dl->sku));
	else smart_str_appends(&sql, "NULL");
	smart_str_appendc(&sql, ',');
	pimsync_sql_quote(db, &sql, ZSTR_VAL(dl->reason), ZSTR_LEN(dl->reason));
	smart_str_appendc(&sql, ',');
	if (dl->source_id) pimsync_sql_quote(db, &sql, ZSTR_VAL(dl->source_id), MIN(ZSTR_LEN(dl->source_id), 255));
	else smart_str_appends(&sql, "NULL");
	smart_str_appendc(&sql, ',');
	room = chunk_room(db, ZSTR_LEN(sql.s) + 32);
	done = MIN(keep, room);
	chunked = done < keep;
	if (dl->payload) {
		append_hex(&sql, dl->payload, done);
		smart_str_appendc(&sql, ',');
		smart_str_append_unsigned(&sql, dl->payload_len);
	} else {
		smart_str_appends(&sql, "NULL,NULL");
	}
	smart_str_appendc(&sql, ')');

	r = chunked ? pimsync_db_begin(db) : SUCCESS;
	if (r == SUCCESS) r = pimsync_db_exec_str(db, &sql, NULL);
	if (r == SUCCESS && chunked) r = pimsync_db_fetch_one(db, "SELECT LAST_INSERT_ID()", &id);
	if (r == SUCCESS && chunked) {
		zend_long row = zval_get_long(&id);
		zval_ptr_dtor(&id);
		room = chunk_room(db, 128);
		while (r == SUCCESS && done < keep) {
			size_t n = MIN(keep - done, room);
			smart_str_free(&sql);
			smart_str_appends(&sql, "UPDATE pimsync_dead_letter SET payload = CONCAT(payload, ");
			append_hex(&sql, dl->payload + done, n);
			smart_str_appends(&sql, ") WHERE dead_letter_id = ");
			smart_str_append_long(&sql, row);
			r = pimsync_db_exec_str(db, &sql, NULL);
			done += n;
		}
		if (r == SUCCESS) r = pimsync_db_commit(db);
		if (r == FAILURE) pimsync_db_rollback(db);
	}
	smart_str_free(&sql);
	*stored = r == SUCCESS ? done : 0;
	return r;
}
