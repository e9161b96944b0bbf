#include "php.h"
#include "zend_smart_str.h"
#include "main/php_open_temporary_file.h"
#include <dirent.h>
#include <unistd.h>
#include "run_lock.h"
#include "product_record.h"

static bool text_cb(void *ctx, HashTable *row)
{
	zval *v = zend_hash_index_find(row, 0);
	smart_str *out = ctx;
	if (v && Z_TYPE_P(v) != IS_NULL) {
		zend_string *s = zval_get_string(v);
		smart_str_append(out, s);
		zend_string_release(s);
	}
	return false;
}

/* Names the lock after the database, so runs on two databases of one server
 * do not exclude each other; the temporary files after the server too, so
 * two servers' databases of one name never share them on one host. */
static zend_result name_lock(pimsync_run_lock *lock, pimsync_db *db)
{
	smart_str database = {0}, server = {0};
	if (pimsync_db_each_row(db, "SELECT DATABASE()", 17, text_cb, &database) == FAILURE
	    || pimsync_db_each_row(db, "SELECT CONCAT(@@hostname, ':', @@port, '/', COALESCE(DATABASE(), ''))", 69, text_cb, &server) == FAILURE) {
		smart_str_free(&database);
		smart_str_free(&server);
		return FAILURE;
	}
	smart_str_0(&database);
	smart_str_0(&server);
	const char *dbname = database.s ? ZSTR_VAL(database.s) : "";
	size_t dblen = database.s ? ZSTR_LEN(database.s) : 0;
	if (dblen + sizeof("pimsync::sync") - 1 <= 64) {
		snprintf(lock->name, sizeof(lock->name), "pimsync:%s:sync", dbname);
	} else {
		snprintf(lock->name, sizeof(lock->name), "pimsync:%.30s#%016" PRIx64 ":sync", dbname, pimsync_hash_bytes(dbname, dblen, 0));
	}
	uint64_t h = pimsync_hash_bytes(server.s ? ZSTR_VAL(server.s) : "", server.s ? ZSTR_LEN(server.s) : 0, 0);
	snprintf(lock->temp_prefix, sizeof(lock->temp_prefix), "pimsync-%08" PRIx32 "-", (uint32_t) h);
	smart_str_free(&database);
	smart_str_free(&server);
	return SUCCESS;
}

/* What the refused caller needs to know: which run holds the lock. */
static void describe_holder(pimsync_run_lock *lock, pimsync_db *db, zend_long waited, pimsync_error *err)
{
	pimsync_error keep = *db->err;
	smart_str holder = {0}, sql = {0};

	/* the holder may be creating pimsync_run right now: no row is no error */
	static const char running[] = "SELECT CONCAT('run #', run_id, ' (', mode, ', started ', started_at, ' UTC)') FROM pimsync_run"
	                              " WHERE status = 'running' ORDER BY run_id DESC LIMIT 1";
	pimsync_db_each_row(db, running, sizeof(running) - 1, text_cb, &holder);
	smart_str_appends(&sql, "SELECT IS_USED_LOCK(");
	pimsync_sql_quote(db, &sql, lock->name, strlen(lock->name));
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	smart_str connection = {0};
	pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), text_cb, &connection);
	smart_str_0(&holder);
	smart_str_0(&connection);
	*db->err = keep;
	pimsync_error_set(err, "another pimsync run holds the lock \"%s\" on this database: %s%s%s%s; this run was not started%s",
	                  lock->name, holder.s ? ZSTR_VAL(holder.s) : "no run row is open yet (a run that is starting, or another client holding the lock)",
	                  connection.s ? ", on database connection " : "", connection.s ? ZSTR_VAL(connection.s) : "",
	                  waited ? " (waited for it)" : "",
	                  waited ? "" : ". Wait for it to finish, or let the run wait (--wait SECONDS, sync option lock_wait)");
	smart_str_free(&holder);
	smart_str_free(&connection);
	smart_str_free(&sql);
}

zend_result pimsync_run_lock_acquire(pimsync_run_lock *lock, pimsync_db *db, zend_long wait_seconds, pimsync_error *err)
{
	smart_str sql = {0}, got = {0};
	zend_result r;

	memset(lock, 0, sizeof(*lock));
	if (name_lock(lock, db) == FAILURE) {
		*err = *db->err;
		return FAILURE;
	}
	/* GET_LOCK succeeds again for the session that holds it: a sync started on
	 * the connection of a running one (from its progress callback) is refused */
	smart_str_appends(&sql, "SELECT IF(IS_USED_LOCK(");
	pimsync_sql_quote(db, &sql, lock->name, strlen(lock->name));
	smart_str_appends(&sql, ") = CONNECTION_ID(), 2, GET_LOCK(");
	pimsync_sql_quote(db, &sql, lock->name, strlen(lock->name));
	smart_str_appendc(&sql, ',');
	smart_str_append_long(&sql, wait_seconds);
	smart_str_appends(&sql, "))");
	smart_str_0(&sql);
	r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), text_cb, &got);
	smart_str_free(&sql);
	smart_str_0(&got);
	if (r == FAILURE) {
		*err = *db->err;
	} else if (got.s && zend_string_equals_literal(got.s, "1")) {
		lock->held = true;
	} else if (got.s && zend_string_equals_literal(got.s, "2")) {
		lock->busy = true;
		pimsync_error_set(err, "a pimsync run is already running on this database connection (lock \"%s\"): a run cannot be"
		                  " started, or a dead run closed, from inside another", lock->name);
		r = FAILURE;
	} else {
		lock->busy = true;
		describe_holder(lock, db, wait_seconds, err);
		r = FAILURE;
	}
	smart_str_free(&got);
	return r;
}

void pimsync_run_lock_release(pimsync_run_lock *lock, pimsync_db *db)
{
	if (!lock->held) return;
	pimsync_error keep = *db->err;
	smart_str sql = {0};
	smart_str_appends(&sql, "DO RELEASE_LOCK(");
	pimsync_sql_quote(db, &sql, lock->name, strlen(lock->name));
	smart_str_appendc(&sql, ')');
	pimsync_db_exec_str(db, &sql, NULL); /* a lost connection has released it already */
	smart_str_free(&sql);
	*db->err = keep;
	lock->held = false;
}

/* Files the dead runs' connections left in the temporary directory (the
 * LOAD DATA file): with the lock held, no live run of this database uses one
 * here. */
static zend_long remove_temp_files(pimsync_run_lock *lock)
{
	const char *dir = php_get_temporary_directory();
	size_t plen = strlen(lock->temp_prefix);
	zend_long removed = 0;
	DIR *d = dir ? opendir(dir) : NULL;
	struct dirent *e;

	if (!d) return 0;
	while ((e = readdir(d))) {
		if (strncmp(e->d_name, lock->temp_prefix, plen) != 0) continue;
		char path[MAXPATHLEN];
		if (snprintf(path, sizeof(path), "%s/%s", dir, e->d_name) >= (int) sizeof(path)) continue;
		if (unlink(path) == 0) removed++;
	}
	closedir(d);
	return removed;
}

zend_result pimsync_run_lock_close_dead_runs(pimsync_run_lock *lock, pimsync_db *db, zend_long run_id, zend_long *aborted,
                                            zend_long *removed)
{
	smart_str sql = {0};
	zend_result r;

	*removed = remove_temp_files(lock);
	smart_str_appends(&sql, "UPDATE pimsync_run SET status = 'aborted', finished_at = UTC_TIMESTAMP(), message = 'the run stopped"
	                        " without closing its row (killed, out of memory, or its database connection lost); closed by ");
	if (run_id) {
		smart_str_appends(&sql, "run ");
		smart_str_append_long(&sql, run_id);
	} else {
		smart_str_appends(&sql, "a status check");
	}
	smart_str_appends(&sql, ", which found it running while holding the run lock. Its committed batches stay; later runs read"
	                        " its records again' WHERE status = 'running' AND run_id <> ");
	smart_str_append_long(&sql, run_id);
	r = pimsync_db_exec_str(db, &sql, aborted);
	smart_str_free(&sql);
	return r;
}
