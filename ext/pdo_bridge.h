/* Every SQL statement of the extension goes through the caller's PDO object
 * (pdo_mysql): its connection, its credentials, its transaction. We call the
 * object's own methods, so any PDO the caller configured works unchanged. */
#ifndef PIMSYNC_PDO_BRIDGE_H
#define PIMSYNC_PDO_BRIDGE_H

#include "php.h"
#include "zend_smart_str.h"
#include "errors.h"

typedef struct pimsync_db {
	zend_object *pdo;
	bool no_backslash_escapes; /* sql_mode NO_BACKSLASH_ESCAPES: quotes are doubled instead */
	bool narrow_connection;    /* SET NAMES utf8 (Magento's default): literals say _utf8mb4 so 4-byte UTF-8 survives */
	zend_long max_packet;      /* @@max_allowed_packet */
	zend_long statements;      /* executed, for the report */
	bool transient;            /* the last failure was a deadlock or lock wait timeout */
	bool gone;                 /* the last failure was a lost connection (2006, 2013) */
	bool local_infile;         /* LOAD DATA LOCAL INFILE works on this connection */
	char *infile_path;         /* our temporary file for it (emalloc'd), NULL until used */
	const char *temp_prefix;   /* its name starts so (run_lock.h), "pimsync" when unset */
	signed char read_committed; /* pimsync_db_begin_read_committed: 0 not asked yet, 1 allowed, -1 not */
	bool planning;             /* inside pimsync_db_plan_begin: transactions are savepoints of the plan's one */
	bool savepoint;            /* planning: a savepoint is open */
	pimsync_error *err;        /* where a failure is described */
} pimsync_db;

/* Checks the driver is MySQL/MariaDB with a utf8mb4/utf8 connection and reads
 * the session settings that escaping and statement sizes depend on. */
zend_result pimsync_db_open(pimsync_db *db, zend_object *pdo, pimsync_error *err);

/* Runs a statement; *affected gets the row count when not NULL. */
zend_result pimsync_db_exec(pimsync_db *db, const char *sql, size_t len, zend_long *affected);
static inline zend_result pimsync_db_exec_str(pimsync_db *db, smart_str *sql, zend_long *affected)
{
	smart_str_0(sql);
	return pimsync_db_exec(db, ZSTR_VAL(sql->s), ZSTR_LEN(sql->s), affected);
}

/* Runs a query and calls row_cb with each row as a list (PDO::FETCH_NUM).
 * row_cb returns false to stop early. */
typedef bool (*pimsync_db_row_cb)(void *ctx, HashTable *row);
zend_result pimsync_db_each_row(pimsync_db *db, const char *sql, size_t len, pimsync_db_row_cb cb, void *ctx);

/* Runs a query returning one value (first column of first row) into *out
 * (a string zval, or null). */
zend_result pimsync_db_fetch_one(pimsync_db *db, const char *sql, zval *out);
/* LAST_INSERT_ID() of the connection, 0 when it cannot be read. */
zend_long pimsync_db_last_insert_id(pimsync_db *db);

zend_result pimsync_db_begin(pimsync_db *db);
/* BEGIN of a transaction at READ COMMITTED (that one only: SET TRANSACTION
 * before it), so its reads of absent rows take no gap locks. Plain BEGIN when
 * the server logs statements (log_bin with binlog_format STATEMENT refuses
 * InnoDB writes at READ COMMITTED); asked once per connection. */
zend_result pimsync_db_begin_read_committed(pimsync_db *db);
zend_result pimsync_db_commit(pimsync_db *db);
void pimsync_db_rollback(pimsync_db *db);

/* Plan mode: one transaction around everything the run writes, rolled back
 * at the end. Inside it, begin/commit/rollback are a savepoint, its release
 * and a rollback to it, so a batch still sees what earlier batches did. A
 * begin finding the plan's transaction gone (the server rolls the whole
 * transaction back on a deadlock) fails as a lost connection would: nothing
 * more may be written, as it would no longer be rolled back. */
zend_result pimsync_db_plan_begin(pimsync_db *db);
void pimsync_db_plan_end(pimsync_db *db);

/* Appends a quoted SQL string literal, escaped for the session's sql_mode. */
void pimsync_sql_quote(const pimsync_db *db, smart_str *sql, const char *s, size_t len);

/* Turns on LOAD DATA LOCAL INFILE when both the PDO (MYSQL_ATTR_LOCAL_INFILE,
 * or MYSQL_ATTR_LOCAL_INFILE_DIRECTORY naming the temp directory) and the
 * server (local_infile) allow it, proven by loading one row from our temp
 * file into a temporary table. Stays off otherwise; never an error. */
void pimsync_db_enable_load_data(pimsync_db *db);
/* Loads tab-separated rows (LOAD DATA's default format) into table (columns). */
zend_result pimsync_db_load_data(pimsync_db *db, const char *table, const char *columns, smart_str *rows,
                                 zend_long *affected);
/* FAILURE, with the server's first warning as the error, when the last
 * statement left warnings (notes are not warnings). */
zend_result pimsync_db_fail_on_warning(pimsync_db *db, const char *table);
/* Removes the temporary file, if any. */
void pimsync_db_close(pimsync_db *db);

/* True when the last failure was a deadlock or lock wait timeout (retryable). */
bool pimsync_db_error_is_transient(const pimsync_db *db);

#endif
