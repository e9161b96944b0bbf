/* Multi-row statements: INSERT … VALUES (…),(…) ON DUPLICATE KEY UPDATE, or
 * DELETE … WHERE (…) IN ((…),(…)). Rows are appended in place and the
 * statement is sent when it reaches a size that stays well under
 * max_allowed_packet, so no statement is ever refused for its size. */
#ifndef PIMSYNC_SQL_WRITER_H
#define PIMSYNC_SQL_WRITER_H

#include "php.h"
#include "zend_smart_str.h"
#include "pdo_bridge.h"
#include "run_report.h"

typedef struct pimsync_bulk {
	pimsync_db *db;
	pimsync_run_stats *stats;  /* rows are counted here under table when sent (may be NULL) */
	const char *table;
	const char *head;          /* up to and including "VALUES " or "IN (" */
	const char *tail;          /* after the last row: "ON DUPLICATE KEY UPDATE …" or ")" */
	smart_str sql;
	zend_long pending;         /* rows in sql not yet sent */
	zend_long affected;        /* what the server reported, summed */
	size_t limit;
	const char *columns;       /* set: rows go as tab-separated text through LOAD DATA LOCAL INFILE */
	uint32_t fields;           /* fields in the current row */
	bool strict;               /* a warning from the server fails the statement */
	bool parents_held;         /* sent with the server's foreign-key checks off */
} pimsync_bulk;

void pimsync_bulk_init(pimsync_bulk *b, pimsync_db *db, pimsync_run_stats *stats, const char *table,
                       const char *head, const char *tail);
/* For plain inserts: when the connection allows LOAD DATA LOCAL INFILE, rows
 * go as tab-separated text, which the server takes faster than INSERT.
 * Rows must then be built with the field functions below. */
void pimsync_bulk_use_load_data(pimsync_bulk *b, const char *columns);
/* Any warning the server gives for this bulk's statements (a value it
 * clamped, truncated or re-encoded; a duplicate LOAD DATA LOCAL skipped)
 * fails the statement as an error would: LOAD DATA and a session without
 * strict sql_mode (Magento's is '') turn such errors into warnings. */
void pimsync_bulk_strict(pimsync_bulk *b);
/* For rows whose parent rows this transaction holds (rows it inserted, rows it
 * share-locked): the server's per-row foreign-key lookups are switched off
 * around this bulk's statements, and the session's setting is put back after
 * each. The lookups are a sixth of a first import's time; a row whose parent
 * is not held must never go through such a bulk. */
void pimsync_bulk_parents_held(pimsync_bulk *b);
/* Share-locks, to the end of the transaction, the rows of table whose
 * id_column is a key of ids: the parents a parents-held bulk relies on. The
 * ids found leave ids, so what is left is not in the table. */
/* The integer keys of ids as "1,2,3" ("NULL" when there are none, so IN () stays valid). */
void pimsync_sql_append_keys(smart_str *sql, HashTable *ids);
zend_result pimsync_db_hold_rows(pimsync_db *db, const char *table, const char *id_column, HashTable *ids);
/* Starts a row: returns the buffer to append the row's values to, after "(". */
smart_str *pimsync_bulk_row(pimsync_bulk *b);
/* Field appenders that follow the bulk's format (SQL literal or LOAD DATA text). */
void pimsync_bulk_long(pimsync_bulk *b, zend_long v);
void pimsync_bulk_str(pimsync_bulk *b, const char *s, size_t len);
/* Ends the row with ")" and sends the statement when it is large enough. */
zend_result pimsync_bulk_row_end(pimsync_bulk *b);
zend_result pimsync_bulk_flush(pimsync_bulk *b);
void pimsync_bulk_free(pimsync_bulk *b);

#endif
