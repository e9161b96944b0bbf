#include "php.h"
#include "zend_smart_str.h"
#include "image_outbox.h"
#include "sql_writer.h"

#define FLUSH_PAGE 500

zend_result pimsync_outbox_open(pimsync_image_outbox *ob, pimsync_db *db, pimsync_run_stats *stats,
                                const pimsync_images_config *images, zend_long run_id)
{
	pimsync_redis_settings settings = {
		.host = ZSTR_VAL(images->redis_host), .port = (int) images->redis_port,
		.username = images->redis_username ? ZSTR_VAL(images->redis_username) : NULL,
		.password = images->redis_password ? ZSTR_VAL(images->redis_password) : NULL,
		.db = (long) images->redis_db, .connect_timeout = images->connect_timeout, .timeout = images->timeout,
	};
	zval name;
	zend_long waiting;

	memset(ob, 0, sizeof(*ob));
	ob->db = db;
	ob->stats = stats;
	ob->run_id = run_id;
	ob->group = zend_string_copy(images->group);
	pimsync_redis_init(&ob->redis, &settings);
	if (images->stream) {
		ob->stream = zend_string_copy(images->stream);
	} else {
		/* one stream per catalog: two shops on one Redis never share jobs */
		if (pimsync_db_fetch_one(db, "SELECT DATABASE()", &name) == FAILURE) return FAILURE;
		ob->stream = zend_strpprintf(0, "pimsync:images:%s", Z_TYPE(name) == IS_STRING ? Z_STRVAL(name) : "");
		zval_ptr_dtor(&name);
	}
	if (pimsync_outbox_waiting(ob, &waiting) == FAILURE) return FAILURE;
	ob->backlog = waiting > 0;
	return SUCCESS;
}

void pimsync_outbox_close(pimsync_image_outbox *ob)
{
	pimsync_redis_close(&ob->redis);
	if (ob->stream) zend_string_release(ob->stream);
	if (ob->group) zend_string_release(ob->group);
	ob->stream = ob->group = NULL;
}

zend_result pimsync_outbox_waiting(pimsync_image_outbox *ob, zend_long *n)
{
	zval count;
	if (pimsync_db_fetch_one(ob->db, "SELECT COUNT(*) FROM pimsync_image_outbox", &count) == FAILURE) return FAILURE;
	*n = zval_get_long(&count);
	zval_ptr_dtor(&count);
	return SUCCESS;
}

zend_result pimsync_outbox_write(pimsync_image_outbox *ob, const pimsync_outbox_job *jobs, uint32_t n)
{
	pimsync_bulk bulk;
	zend_result r = SUCCESS;
	if (!n) return SUCCESS;
	pimsync_bulk_init(&bulk, ob->db, ob->stats, "pimsync_image_outbox",
	                  "INSERT INTO pimsync_image_outbox (run_id, seq, entity_id, sku, generation, chunk, chunks, job, reason) VALUES ", "");
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		smart_str *row = pimsync_bulk_row(&bulk);
		smart_str_append_long(row, ob->run_id);
		smart_str_appendc(row, ',');
		smart_str_append_long(row, jobs[i].seq);
		smart_str_appendc(row, ',');
		smart_str_append_long(row, jobs[i].entity_id);
		smart_str_appendc(row, ',');
		pimsync_sql_quote(ob->db, row, ZSTR_VAL(jobs[i].sku), ZSTR_LEN(jobs[i].sku));
		smart_str_appends(row, ",'");
		smart_str_appends(row, jobs[i].generation);
		smart_str_appends(row, "',");
		smart_str_append_long(row, jobs[i].chunk);
		smart_str_appendc(row, ',');
		smart_str_append_long(row, jobs[i].chunks);
		smart_str_appendc(row, ',');
		pimsync_sql_quote(ob->db, row, ZSTR_VAL(jobs[i].json), ZSTR_LEN(jobs[i].json));
		smart_str_appendc(row, ',');
		/* a Redis known to be down: the row says so from the start */
		if (ob->reason[0]) pimsync_sql_quote(ob->db, row, ob->reason, strlen(ob->reason));
		else smart_str_appends(row, "NULL");
		r = pimsync_bulk_row_end(&bulk);
	}
	if (r == SUCCESS) r = pimsync_bulk_flush(&bulk);
	pimsync_bulk_free(&bulk);
	return r;
}

/* The consumer group exists on this connection's server (a Redis restarted
 * without its data lost it): made before the first job goes. */
static bool group_ready(pimsync_image_outbox *ob, pimsync_error *err)
{
	if (!pimsync_redis_ready(&ob->redis, err)) return false;
	if (ob->group_connects == ob->redis.connects) return true;
	if (pimsync_redis_group_create(&ob->redis, ZSTR_VAL(ob->stream), ZSTR_VAL(ob->group), err) == FAILURE) return false;
	ob->group_connects = ob->redis.connects;
	return true;
}

/* XADDs values in order; a connection lost on the way is opened again once. */
static uint32_t push(pimsync_image_outbox *ob, zend_string *const *values, uint32_t n, bool *attempted)
{
	pimsync_error err;
	uint32_t sent = 0;
	*attempted = false;
	for (int round = 0; round < 2 && sent < n; round++) {
		bool backing_off = !ob->redis.ctx && pimsync_now() < ob->redis.retry_at;
		if (!group_ready(ob, &err)) {
			*attempted |= !backing_off; /* a connection was tried and failed */
			snprintf(ob->reason, sizeof(ob->reason), "%s", err.message);
			break;
		}
		*attempted = true;
		sent += pimsync_redis_xadd_many(&ob->redis, ZSTR_VAL(ob->stream), "job", values + sent, n - sent, &err);
		if (sent < n) snprintf(ob->reason, sizeof(ob->reason), "%s", err.message);
		if (ob->redis.ctx) break; /* still connected: Redis refused, trying again now would not help */
	}
	if (sent == n) ob->reason[0] = '\0';
	ob->enqueued += sent;
	return sent;
}

static void warn_db(pimsync_image_outbox *ob, const char *what)
{
	pimsync_stats_warn(ob->stats, "image_outbox_write", NULL,
	                   "image jobs on the stream could not be %s in pimsync_image_outbox (they may be sent again): %s", what,
	                   ob->db->err->message);
}

/* Rows (run_id, seq) of keys[from..to) deleted, or marked with the reason. */
static void settle(pimsync_image_outbox *ob, const zend_long (*keys)[2], uint32_t from, uint32_t to, bool sent, bool attempted)
{
	smart_str sql = {0};
	if (from >= to) return;
	if (sent) {
		smart_str_appends(&sql, "DELETE FROM pimsync_image_outbox WHERE (run_id, seq) IN (");
	} else {
		smart_str_appends(&sql, "UPDATE pimsync_image_outbox SET reason = ");
		pimsync_sql_quote(ob->db, &sql, ob->reason, strlen(ob->reason));
		smart_str_appends(&sql, attempted ? ", attempts = attempts + 1" : "");
		smart_str_appends(&sql, " WHERE (run_id, seq) IN (");
	}
	for (uint32_t i = from; i < to; i++) {
		smart_str_appends(&sql, i > from ? ",(" : "(");
		smart_str_append_long(&sql, keys[i][0]);
		smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, keys[i][1]);
		smart_str_appendc(&sql, ')');
	}
	smart_str_appendc(&sql, ')');
	if (pimsync_db_exec_str(ob->db, &sql, NULL) == FAILURE) warn_db(ob, sent ? "deleted" : "marked");
	smart_str_free(&sql);
}

void pimsync_outbox_send(pimsync_image_outbox *ob, const pimsync_outbox_job *jobs, uint32_t n)
{
	bool attempted;
	if (ob->backlog || !n) {
		/* older jobs first: these rows are among the waiting ones now */
		pimsync_outbox_flush(ob);
		return;
	}
	zend_string **values = safe_emalloc(n, sizeof(zend_string *), 0);
	zend_long (*keys)[2] = safe_emalloc(n, sizeof(*keys), 0);
	for (uint32_t i = 0; i < n; i++) {
		values[i] = jobs[i].json;
		keys[i][0] = ob->run_id;
		keys[i][1] = jobs[i].seq;
	}
	uint32_t sent = push(ob, values, n, &attempted);
	settle(ob, (const zend_long (*)[2]) keys, 0, sent, true, true);
	if (sent < n) {
		settle(ob, (const zend_long (*)[2]) keys, sent, n, false, attempted);
		ob->backlog = true;
	}
	efree(values);
	efree(keys);
}

typedef struct {
	zend_string **values;
	zend_long (*keys)[2];
	uint32_t n;
} page;

static bool page_cb(void *ctx, HashTable *row)
{
	page *p = ctx;
	p->keys[p->n][0] = zval_get_long(zend_hash_index_find(row, 0));
	p->keys[p->n][1] = zval_get_long(zend_hash_index_find(row, 1));
	p->values[p->n++] = zval_get_string(zend_hash_index_find(row, 2));
	return true;
}

void pimsync_outbox_flush(pimsync_image_outbox *ob)
{
	static const char sql[] = "SELECT run_id, seq, job FROM pimsync_image_outbox ORDER BY run_id, seq LIMIT 500";
	pimsync_error err;
	page p;
	p.values = safe_emalloc(FLUSH_PAGE, sizeof(zend_string *), 0);
	p.keys = safe_emalloc(FLUSH_PAGE, sizeof(*p.keys), 0);
	while (ob->backlog) {
		bool attempted;
		/* cheap while Redis is down: within the backoff nothing is read or tried */
		if (!pimsync_redis_ready(&ob->redis, &err)) {
			snprintf(ob->reason, sizeof(ob->reason), "%s", err.message);
			break;
		}
		p.n = 0;
		if (pimsync_db_each_row(ob->db, sql, sizeof(sql) - 1, page_cb, &p) == FAILURE) {
			warn_db(ob, "read");
			break;
		}
		if (!p.n) {
			ob->backlog = false;
			break;
		}
		uint32_t sent = push(ob, p.values, p.n, &attempted);
		settle(ob, (const zend_long (*)[2]) p.keys, 0, sent, true, true);
		if (sent < p.n) settle(ob, (const zend_long (*)[2]) p.keys, sent, p.n, false, attempted);
		for (uint32_t i = 0; i < p.n; i++) zend_string_release(p.values[i]);
		if (sent < p.n) break;
	}
	efree(p.values);
	efree(p.keys);
}
