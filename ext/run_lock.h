/* One run at a time per database: a MariaDB named lock (GET_LOCK), held by
 * the run's connection for the whole run. Every caller goes through it
 * (bin/pimsync, bin/magento, cron, any PHP code, on any host), and the server
 * frees it when the connection dies, so a crashed run never blocks the next.
 * Holding it also proves that any run row still 'running' belongs to a run
 * that died: it is closed as 'aborted', and its temporary files removed. */
#ifndef PIMSYNC_RUN_LOCK_H
#define PIMSYNC_RUN_LOCK_H

#include "php.h"
#include "pdo_bridge.h"

typedef struct {
	char name[65];          /* the GET_LOCK name: pimsync:<database>:sync, hashed when longer than 64 */
	char temp_prefix[32];   /* temporary files of runs on this server's database start with it */
	bool held;
	bool busy;              /* acquire failed because another run holds the lock */
} pimsync_run_lock;

/* Takes the lock, waiting up to wait_seconds (0: not at all). FAILURE with
 * err set; lock->busy tells a held lock from a database failure. */
zend_result pimsync_run_lock_acquire(pimsync_run_lock *lock, pimsync_db *db, zend_long wait_seconds, pimsync_error *err);
void pimsync_run_lock_release(pimsync_run_lock *lock, pimsync_db *db);

/* With the lock held, once run_id is recorded (0: no run, a status check):
 * closes the other runs left 'running' as 'aborted' and removes their
 * temporary files. *aborted gets the number of runs closed, *removed the files. */
zend_result pimsync_run_lock_close_dead_runs(pimsync_run_lock *lock, pimsync_db *db, zend_long run_id, zend_long *aborted,
                                            zend_long *removed);

#endif
