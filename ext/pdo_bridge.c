/* Calls on the caller's PDO object. A PDOException thrown by a call is turned
 * into a pimsync_error (with the SQL excerpt) and cleared, so the run decides
 * what to do: roll the batch back, retry it, or give up. */
#include "php.h"
#include "zend_exceptions.h"
#include "zend_interfaces.h"
#include "ext/pdo/php_pdo.h"
#include "ext/pdo/php_pdo_driver.h"
#include "pdo_bridge.h"
#include "main/php_open_temporary_file.h"
#include <fcntl.h>
#include <unistd.h>

/* Calls $pdo->name(args…). On failure fills db->err with the PDO message. */
/* 1213 deadlock and 1205 lock wait timeout are worth retrying the batch;
 * 2006 and 2013 mean the server is gone and no record is to blame. */
static void classify(pimsync_db *db, zval *driver_code)
{
	if (!driver_code || Z_TYPE_P(driver_code) != IS_LONG) return;
	db->transient = Z_LVAL_P(driver_code) == 1213 || Z_LVAL_P(driver_code) == 1205;
	db->gone = Z_LVAL_P(driver_code) == 2006 || Z_LVAL_P(driver_code) == 2013;
}

static zend_result call_method_ex(pimsync_db *db, zend_object *obj, const char *name, zval *retval,
                                  uint32_t argc, zval *args, const char *sql, size_t sql_len, bool false_is_error)
{
	zend_function *fn = zend_hash_str_find_ptr_lc(&obj->ce->function_table, name, strlen(name));
	db->transient = false;
	db->gone = false;
	if (!fn) {
		pimsync_error_set(db->err, "%s has no method %s()", ZSTR_VAL(obj->ce->name), name);
		return FAILURE;
	}
	zend_call_known_instance_method(fn, obj, retval, argc, args);
	if (EG(exception)) {
		zval rv, rv_info, *msg, *info;
		zend_object *ex = EG(exception);
		msg = zend_read_property_ex(ex->ce, ex, ZSTR_KNOWN(ZEND_STR_MESSAGE), 1, &rv);
		const char *text = Z_TYPE_P(msg) == IS_STRING ? Z_STRVAL_P(msg) : "unknown error";
		/* the driver's own error code, never digits found in the message (a SKU may hold "2013") */
		info = zend_read_property(ex->ce, ex, "errorInfo", sizeof("errorInfo") - 1, 1, &rv_info);
		if (info && Z_TYPE_P(info) == IS_ARRAY) classify(db, zend_hash_index_find(Z_ARRVAL_P(info), 1));
		if (sql) {
			pimsync_error_set(db->err, "%s (in SQL: %.*s%s)", text, (int) MIN(sql_len, 160), sql,
			                  sql_len > 160 ? "…" : "");
		} else {
			pimsync_error_set(db->err, "%s", text);
		}
		zend_clear_exception();
		zval_ptr_dtor(retval);
		ZVAL_UNDEF(retval);
		return FAILURE;
	}
	if (false_is_error && Z_TYPE_P(retval) == IS_FALSE) {
		/* ERRMODE_SILENT or WARNING: ask errorInfo() */
		zval info;
		zend_call_method_with_0_params(obj, obj->ce, NULL, "errorinfo", &info);
		zval *text = Z_TYPE(info) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL(info), 2) : NULL;
		zval *driver_code = Z_TYPE(info) == IS_ARRAY ? zend_hash_index_find(Z_ARRVAL(info), 1) : NULL;
		classify(db, driver_code);
		pimsync_error_set(db->err, "%s failed: %s (in SQL: %.*s)", name,
		                  text && Z_TYPE_P(text) == IS_STRING ? Z_STRVAL_P(text) : "unknown error",
		                  (int) MIN(sql_len, 160), sql ? sql : "");
		zval_ptr_dtor(&info);
		return FAILURE;
	}
	return SUCCESS;
}

static zend_result call_method(pimsync_db *db, zend_object *obj, const char *name, zval *retval,
                               uint32_t argc, zval *args, const char *sql, size_t sql_len)
{
	return call_method_ex(db, obj, name, retval, argc, args, sql, sql_len, true);
}

bool pimsync_db_error_is_transient(const pimsync_db *db)
{
	return db->transient;
}

zend_result pimsync_db_exec(pimsync_db *db, const char *sql, size_t len, zend_long *affected)
{
	zval arg, ret;
	zend_result r;
	ZVAL_STRINGL(&arg, sql, len);
	r = call_method(db, db->pdo, "exec", &ret, 1, &arg, sql, len);
	zval_ptr_dtor(&arg);
	db->statements++;
	if (r == SUCCESS) {
		if (affected) *affected = Z_TYPE(ret) == IS_LONG ? Z_LVAL(ret) : 0;
		zval_ptr_dtor(&ret);
	}
	return r;
}

zend_result pimsync_db_each_row(pimsync_db *db, const char *sql, size_t len, pimsync_db_row_cb cb, void *ctx)
{
	zval arg, stmt, mode, row;
	zend_result r = SUCCESS;

	ZVAL_STRINGL(&arg, sql, len);
	r = call_method(db, db->pdo, "query", &stmt, 1, &arg, sql, len);
	zval_ptr_dtor(&arg);
	db->statements++;
	if (r == FAILURE) return FAILURE;
	if (Z_TYPE(stmt) != IS_OBJECT) {
		zval_ptr_dtor(&stmt);
		pimsync_error_set(db->err, "query did not return a statement (in SQL: %.*s)", (int) MIN(len, 160), sql);
		return FAILURE;
	}
	ZVAL_LONG(&mode, PDO_FETCH_NUM);
	for (;;) {
		/* fetch() returns false at the end: that is not an error */
		if (call_method_ex(db, Z_OBJ(stmt), "fetch", &row, 1, &mode, sql, len, false) == FAILURE) {
			r = FAILURE;
			break;
		}
		if (Z_TYPE(row) != IS_ARRAY) {
			zval_ptr_dtor(&row);
			break;
		}
		bool go_on = cb(ctx, Z_ARRVAL(row));
		zval_ptr_dtor(&row);
		if (!go_on) break;
	}
	zval_ptr_dtor(&stmt);
	return r;
}

static bool fetch_one_cb(void *ctx, HashTable *row)
{
	zval *out = ctx, *v = zend_hash_index_find(row, 0);
	if (v && Z_TYPE_P(v) != IS_NULL) {
		ZVAL_STR(out, zval_get_string(v));
	}
	return false;
}

zend_result pimsync_db_fetch_one(pimsync_db *db, const char *sql, zval *out)
{
	ZVAL_NULL(out);
	return pimsync_db_each_row(db, sql, strlen(sql), fetch_one_cb, out);
}

zend_long pimsync_db_last_insert_id(pimsync_db *db)
{
	zval id;
	zend_long r = 0;
	if (pimsync_db_fetch_one(db, "SELECT LAST_INSERT_ID()", &id) == SUCCESS) r = zval_get_long(&id);
	zval_ptr_dtor(&id);
	return r;
}

static zend_result call0(pimsync_db *db, const char *name)
{
	zval ret;
	zend_result r = call_method(db, db->pdo, name, &ret, 0, NULL, name, strlen(name));
	if (r == SUCCESS) zval_ptr_dtor(&ret);
	return r;
}

static bool in_transaction(pimsync_db *db)
{
	zval in_tx;
	bool in = false;
	if (call_method(db, db->pdo, "inTransaction", &in_tx, 0, NULL, NULL, 0) == SUCCESS) {
		in = Z_TYPE(in_tx) == IS_TRUE;
		zval_ptr_dtor(&in_tx);
	}
	return in;
}

zend_result pimsync_db_begin(pimsync_db *db)
{
	static const char sql[] = "SAVEPOINT pimsync_plan";
	if (!db->planning) return call0(db, "beginTransaction");
	if (!in_transaction(db)) {
		pimsync_error_set(db->err, "the plan's transaction has ended (the server rolls a whole transaction back on a deadlock):"
		                  " the plan stops here, nothing was written; run it again");
		db->gone = true;
		return FAILURE;
	}
	if (pimsync_db_exec(db, sql, sizeof(sql) - 1, NULL) == FAILURE) return FAILURE;
	db->savepoint = true;
	return SUCCESS;
}

zend_result pimsync_db_commit(pimsync_db *db)
{
	static const char sql[] = "RELEASE SAVEPOINT pimsync_plan";
	if (!db->planning) return call0(db, "commit");
	if (pimsync_db_exec(db, sql, sizeof(sql) - 1, NULL) == FAILURE) return FAILURE;
	db->savepoint = false;
	return SUCCESS;
}

zend_result pimsync_db_plan_begin(pimsync_db *db)
{
	/* READ COMMITTED, as the batches that ask for it: a long plan takes no gap locks on what it only reads */
	if (pimsync_db_begin_read_committed(db) == FAILURE) return FAILURE;
	db->planning = true;
	db->savepoint = false;
	return SUCCESS;
}

void pimsync_db_plan_end(pimsync_db *db)
{
	if (!db->planning) return;
	db->planning = false;
	db->savepoint = false;
	pimsync_db_rollback(db);
}

zend_result pimsync_db_begin_read_committed(pimsync_db *db)
{
	static const char sql[] = "SET TRANSACTION ISOLATION LEVEL READ COMMITTED";
	if (!db->read_committed) {
		zval statement_log;
		if (pimsync_db_fetch_one(db, "SELECT @@log_bin = 1 AND @@binlog_format = 'STATEMENT'", &statement_log) == FAILURE) {
			return FAILURE;
		}
		db->read_committed = zval_get_long(&statement_log) ? -1 : 1;
		zval_ptr_dtor(&statement_log);
	}
	/* a plan's savepoint inherits the plan's transaction, whose isolation is set */
	if (db->read_committed > 0 && !db->planning && pimsync_db_exec(db, sql, sizeof(sql) - 1, NULL) == FAILURE) return FAILURE;
	return pimsync_db_begin(db);
}

void pimsync_db_rollback(pimsync_db *db)
{
	pimsync_error keep = *db->err; /* the reason for the rollback matters more than its outcome */
	bool transient = db->transient, gone = db->gone;
	if (db->planning) {
		static const char sql[] = "ROLLBACK TO SAVEPOINT pimsync_plan";
		if (db->savepoint && in_transaction(db)) pimsync_db_exec(db, sql, sizeof(sql) - 1, NULL);
		db->savepoint = false;
	} else if (in_transaction(db)) {
		call0(db, "rollBack");
	}
	*db->err = keep;
	db->transient = transient;
	db->gone = gone;
}

void pimsync_sql_quote(const pimsync_db *db, smart_str *sql, const char *s, size_t len)
{
	const char *end = s + len, *run = s;
	smart_str_alloc(sql, len + 10, 0);
	if (db->narrow_connection) smart_str_appendl(sql, "_utf8mb4", 8);
	smart_str_appendc(sql, '\'');
	for (; s < end; s++) {
		const char *rep = NULL;
		switch (*s) {
		case '\'': rep = db->no_backslash_escapes ? "''" : "\\'"; break;
		case '\\': rep = db->no_backslash_escapes ? NULL : "\\\\"; break;
		case '\0': rep = db->no_backslash_escapes ? NULL : "\\0"; break;
		case '\n': rep = db->no_backslash_escapes ? NULL : "\\n"; break;
		case '\r': rep = db->no_backslash_escapes ? NULL : "\\r"; break;
		case '\032': rep = db->no_backslash_escapes ? NULL : "\\Z"; break;
		case '"': rep = db->no_backslash_escapes ? NULL : "\\\""; break;
		default: break;
		}
		if (rep) {
			smart_str_appendl(sql, run, s - run);
			smart_str_appends(sql, rep);
			run = s + 1;
		}
	}
	smart_str_appendl(sql, run, end - run);
	smart_str_appendc(sql, '\'');
}

typedef struct {
	zval charset, sql_mode, packet;
} session_vars;

static bool session_cb(void *ctx, HashTable *row)
{
	session_vars *v = ctx;
	zval *c = zend_hash_index_find(row, 0), *m = zend_hash_index_find(row, 1), *p = zend_hash_index_find(row, 2);
	if (c) ZVAL_STR(&v->charset, zval_get_string(c));
	if (m) ZVAL_STR(&v->sql_mode, zval_get_string(m));
	if (p) ZVAL_LONG(&v->packet, zval_get_long(p));
	return false;
}

zend_result pimsync_db_open(pimsync_db *db, zend_object *pdo, pimsync_error *err)
{
	static const char sql[] = "SELECT @@character_set_connection, @@sql_mode, @@max_allowed_packet";
	session_vars v;
	zval attr, driver;
	memset(db, 0, sizeof(*db));
	db->pdo = pdo;
	db->err = err;

	ZVAL_LONG(&attr, PDO_ATTR_DRIVER_NAME);
	if (call_method(db, pdo, "getAttribute", &driver, 1, &attr, NULL, 0) == FAILURE) return FAILURE;
	if (Z_TYPE(driver) != IS_STRING || !zend_string_equals_literal(Z_STR(driver), "mysql")) {
		pimsync_error_set(err, "pimsync needs a pdo_mysql connection to MariaDB or MySQL, got driver \"%s\"",
		                  Z_TYPE(driver) == IS_STRING ? Z_STRVAL(driver) : "?");
		zval_ptr_dtor(&driver);
		return FAILURE;
	}
	zval_ptr_dtor(&driver);

	ZVAL_NULL(&v.charset);
	ZVAL_NULL(&v.sql_mode);
	ZVAL_LONG(&v.packet, 0);
	if (pimsync_db_each_row(db, sql, sizeof(sql) - 1, session_cb, &v) == FAILURE) return FAILURE;
	bool utf8 = Z_TYPE(v.charset) == IS_STRING && strncmp(Z_STRVAL(v.charset), "utf8", 4) == 0;
	if (!utf8) {
		pimsync_error_set(err, "the PDO connection uses character set \"%s\"; pimsync writes UTF-8: "
		                  "add ;charset=utf8mb4 to the DSN", Z_TYPE(v.charset) == IS_STRING ? Z_STRVAL(v.charset) : "?");
	} else {
		db->no_backslash_escapes = Z_TYPE(v.sql_mode) == IS_STRING && strstr(Z_STRVAL(v.sql_mode), "NO_BACKSLASH_ESCAPES");
		/* the bytes we send are UTF-8 either way; a utf8(mb3) connection would read 4-byte sequences as "?" */
		db->narrow_connection = !zend_string_equals_literal(Z_STR(v.charset), "utf8mb4");
		db->max_packet = Z_LVAL(v.packet) > 0 ? Z_LVAL(v.packet) : 1024 * 1024;
	}
	zval_ptr_dtor(&v.charset);
	zval_ptr_dtor(&v.sql_mode);
	return utf8 ? SUCCESS : FAILURE;
}

static bool local_infile_cb(void *ctx, HashTable *row)
{
	*(bool *) ctx = zval_get_long(zend_hash_index_find(row, 0)) == 1;
	return false;
}

static zend_result write_file(const char *path, const char *data, size_t len)
{
	int fd = open(path, O_WRONLY | O_TRUNC | O_CLOEXEC);
	if (fd < 0) return FAILURE;
	while (len > 0) {
		ssize_t n = write(fd, data, len);
		if (n < 0 && errno == EINTR) continue;
		if (n <= 0) { close(fd); return FAILURE; }
		data += n;
		len -= (size_t) n;
	}
	return close(fd) == 0 ? SUCCESS : FAILURE;
}

void pimsync_db_enable_load_data(pimsync_db *db)
{
	pimsync_error keep = *db->err; /* a refused probe is not the run's error */
	zend_string *opened = NULL;
	bool server_on = false;
	smart_str rows = {0};
	int fd;

	db->local_infile = false;
	if (pimsync_db_each_row(db, "SELECT @@local_infile", 21, local_infile_cb, &server_on) == FAILURE || !server_on) goto out;

	fd = php_open_temporary_fd_ex(NULL, db->temp_prefix ? db->temp_prefix : "pimsync", &opened, PHP_TMP_FILE_DEFAULT);
	if (fd < 0) goto out;
	close(fd);
	db->infile_path = estrndup(ZSTR_VAL(opened), ZSTR_LEN(opened));
	zend_string_release(opened);
	if (pimsync_db_exec(db, "CREATE TEMPORARY TABLE pimsync_load_probe (a INT)", 49, NULL) == FAILURE) goto out;
	db->local_infile = true;
	smart_str_appends(&rows, "1\n");
	if (pimsync_db_load_data(db, "pimsync_load_probe", "a", &rows, NULL) == FAILURE) db->local_infile = false;
	smart_str_free(&rows);
	pimsync_db_exec(db, "DROP TEMPORARY TABLE pimsync_load_probe", 39, NULL);
out:
	*db->err = keep;
}

zend_result pimsync_db_load_data(pimsync_db *db, const char *table, const char *columns, smart_str *rows,
                                 zend_long *affected)
{
	smart_str sql = {0};
	zend_result r;

	if (!db->infile_path || write_file(db->infile_path, rows->s ? ZSTR_VAL(rows->s) : "", rows->s ? ZSTR_LEN(rows->s) : 0) == FAILURE) {
		pimsync_error_set(db->err, "cannot write the LOAD DATA file %s: %s", db->infile_path ? db->infile_path : "?", strerror(errno));
		return FAILURE;
	}
	smart_str_appends(&sql, "LOAD DATA LOCAL INFILE ");
	pimsync_sql_quote(db, &sql, db->infile_path, strlen(db->infile_path));
	smart_str_appends(&sql, " INTO TABLE ");
	smart_str_appends(&sql, table);
	smart_str_appends(&sql, " CHARACTER SET utf8mb4 (");
	smart_str_appends(&sql, columns);
	smart_str_appendc(&sql, ')');
	r = pimsync_db_exec_str(db, &sql, affected);
	smart_str_free(&sql);
	return r;
}

typedef struct {
	zend_string *level, *message;
	zend_long code;
} warning_row;

static bool warning_cb(void *ctx, HashTable *row)
{
	warning_row *w = ctx;
	zval *level = zend_hash_index_find(row, 0), *code = zend_hash_index_find(row, 1), *msg = zend_hash_index_find(row, 2);
	zend_string *l = level ? zval_get_string(level) : ZSTR_EMPTY_ALLOC();
	/* 1592: "unsafe for statement-based binary logging" says nothing about the value */
	if (zend_string_equals_literal(l, "Note") || (code && zval_get_long(code) == 1592)) {
		zend_string_release(l);
		return true;
	}
	w->level = l;
	w->code = code ? zval_get_long(code) : 0;
	w->message = msg ? zval_get_string(msg) : ZSTR_EMPTY_ALLOC();
	return false;
}

zend_result pimsync_db_fail_on_warning(pimsync_db *db, const char *table)
{
	static const char sql[] = "SHOW WARNINGS LIMIT 20";
	warning_row w = {0};
	if (pimsync_db_each_row(db, sql, sizeof(sql) - 1, warning_cb, &w) == FAILURE) return FAILURE;
	if (!w.level) return SUCCESS;
	pimsync_error_set(db->err, "the database would have changed a value written to %s instead of storing it: %s %ld: %s",
	                  table, ZSTR_VAL(w.level), (long) w.code, ZSTR_VAL(w.message));
	db->transient = db->gone = false;
	zend_string_release(w.level);
	zend_string_release(w.message);
	return FAILURE;
}

void pimsync_db_close(pimsync_db *db)
{
	if (db->infile_path) {
		unlink(db->infile_path);
		efree(db->infile_path);
		db->infile_path = NULL;
	}
}
