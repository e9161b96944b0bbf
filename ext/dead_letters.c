/* Open, resolved and gone dead letters; see dead_letters.h. */
#include "php.h"
#include "zend_smart_str.h"
#include "dead_letters.h"
#include "magento_sku.h"
#include "utf8_text.h"

static void ids_dtor(zval *zv)
{
	zend_string_release(Z_PTR_P(zv));
}

/* Appends a dead letter id to the "id,id" list kept under key. */
static void add_id(HashTable *ht, zend_string *key, zval *id)
{
	zend_string *ids = zend_hash_find_ptr(ht, key), *id_str = zval_get_string(id);
	if (ids) {
		zend_hash_update_ptr(ht, key, zend_string_concat3(ZSTR_VAL(ids), ZSTR_LEN(ids), ",", 1, ZSTR_VAL(id_str), ZSTR_LEN(id_str)));
	} else {
		zend_hash_add_new_ptr(ht, key, zend_string_copy(id_str));
	}
	zend_string_release(id_str);
}

static bool load_row(void *ctx, HashTable *row)
{
	pimsync_dead_letters *dl = ctx;
	zval *id = zend_hash_index_find(row, 0), *sku = zend_hash_index_find(row, 1), *source_id = zend_hash_index_find(row, 2);

	if (source_id && Z_TYPE_P(source_id) == IS_STRING && Z_STRLEN_P(source_id)) {
		add_id(&dl->by_id, Z_STR_P(source_id), id);
	} else if (sku && Z_TYPE_P(sku) == IS_STRING) {
		zend_string *key = pimsync_sku_key(Z_STR_P(sku));
		add_id(&dl->by_sku, key, id);
		zend_string_release(key);
	}
	return true;
}

zend_result pimsync_dead_letters_load(pimsync_dead_letters *dl, pimsync_db *db, zend_long run_id, zend_string *source_key)
{
	smart_str sql = {0};
	zend_result r;

	dl->db = db;
	dl->run_id = run_id;
	zend_hash_init(&dl->by_id, 8, NULL, ids_dtor, 0);
	zend_hash_init(&dl->by_sku, 8, NULL, ids_dtor, 0);
	zend_hash_init(&dl->seen, 8, NULL, NULL, 0);
	zend_hash_init(&dl->requested, 8, NULL, NULL, 0);
	smart_str_appends(&sql, "SELECT d.dead_letter_id, d.sku, d.source_id FROM pimsync_dead_letter d"
		" JOIN pimsync_run r ON r.run_id = d.run_id WHERE d.status = 'open' AND r.source_key = ");
	pimsync_sql_quote(db, &sql, ZSTR_VAL(source_key), ZSTR_LEN(source_key));
	smart_str_0(&sql);
	r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), load_row, dl);
	smart_str_free(&sql);
	return r;
}

void pimsync_dead_letters_free(pimsync_dead_letters *dl)
{
	zend_hash_destroy(&dl->by_id);
	zend_hash_destroy(&dl->by_sku);
	zend_hash_destroy(&dl->seen);
	zend_hash_destroy(&dl->requested);
}

void pimsync_dead_letters_read(pimsync_dead_letters *dl, zend_string *source_id)
{
	if (!source_id || !zend_hash_num_elements(&dl->by_id)) return;
	zend_hash_del(&dl->requested, source_id);
	if (zend_hash_exists(&dl->by_id, source_id)) zend_hash_add_empty_element(&dl->seen, source_id);
}

uint32_t pimsync_dead_letters_to_request(pimsync_dead_letters *dl, zend_string ***ids)
{
	zend_string *id;
	uint32_t n = 0;

	*ids = NULL;
	if (!zend_hash_num_elements(&dl->by_id)) return 0;
	*ids = safe_emalloc(zend_hash_num_elements(&dl->by_id), sizeof(zend_string *), 0);
	ZEND_HASH_FOREACH_STR_KEY(&dl->by_id, id) {
		if (zend_hash_exists(&dl->seen, id)) continue;
		(*ids)[n++] = id;
		zend_hash_add_empty_element(&dl->requested, id);
	} ZEND_HASH_FOREACH_END();
	return n;
}

/* Collects the open dead letter ids one passing record closes. */
static void collect(pimsync_dead_letters *dl, smart_str *ids, zend_string *sku, zend_string *source_id)
{
	zend_string *found;

	if (source_id && (found = zend_hash_find_ptr(&dl->by_id, source_id))) {
		if (ids->s) smart_str_appendc(ids, ',');
		smart_str_append(ids, found);
	}
	if (sku && zend_hash_num_elements(&dl->by_sku)) {
		zend_string *key = pimsync_sku_key(sku);
		if ((found = zend_hash_find_ptr(&dl->by_sku, key))) {
			if (ids->s) smart_str_appendc(ids, ',');
			smart_str_append(ids, found);
		}
		zend_string_release(key);
	}
}

static zend_result set_status(pimsync_dead_letters *dl, const char *status, smart_str *ids)
{
	smart_str sql = {0};
	zend_result r;

	if (!ids->s) return SUCCESS;
	smart_str_appends(&sql, "UPDATE pimsync_dead_letter SET status = '");
	smart_str_appends(&sql, status);
	smart_str_appends(&sql, "', resolved_run_id = ");
	smart_str_append_long(&sql, dl->run_id);
	smart_str_appends(&sql, " WHERE status = 'open' AND dead_letter_id IN (");
	smart_str_append_smart_str(&sql, ids);
	smart_str_appendc(&sql, ')');
	r = pimsync_db_exec_str(dl->db, &sql, NULL);
	smart_str_free(&sql);
	return r;
}

zend_result pimsync_dead_letters_resolve(pimsync_dead_letters *dl, pimsync_record *recs, uint32_t n)
{
	smart_str ids = {0};
	zend_result r;

	/* nearly always: no open dead letter, no statement */
	if (!dl || (!zend_hash_num_elements(&dl->by_id) && !zend_hash_num_elements(&dl->by_sku))) return SUCCESS;
	for (uint32_t i = 0; i < n; i++) collect(dl, &ids, recs[i].sku, recs[i].source_id);
	r = set_status(dl, "resolved", &ids);
	smart_str_free(&ids);
	return r;
}

zend_result pimsync_dead_letters_resolve_one(pimsync_dead_letters *dl, zend_string *sku, zend_string *source_id)
{
	smart_str ids = {0};
	zend_result r;

	if (!zend_hash_num_elements(&dl->by_id) && !zend_hash_num_elements(&dl->by_sku)) return SUCCESS;
	collect(dl, &ids, sku, source_id);
	r = set_status(dl, "resolved", &ids);
	smart_str_free(&ids);
	return r;
}

zend_result pimsync_dead_letters_close_gone(pimsync_dead_letters *dl, zend_long *gone)
{
	smart_str ids = {0};
	zend_string *id;
	zend_result r;

	*gone = 0;
	ZEND_HASH_FOREACH_STR_KEY(&dl->requested, id) {
		collect(dl, &ids, NULL, id);
		(*gone)++;
	} ZEND_HASH_FOREACH_END();
	r = set_status(dl, "gone", &ids);
	smart_str_free(&ids);
	return r;
}

/* ---- the row ---- */


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
	dl->payload_bytes = dl->payload_len;
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
		smart_str_append_unsigned(&sql, MAX(dl->payload_bytes, dl->payload_len));
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
