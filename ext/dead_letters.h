/* The life of a parked record after its run: pimsync_dead_letter rows stay
 * "open" until a record with the same source id (Akeneo uuid or identifier)
 * or, for rows without one, the same SKU passes in a later run of the same
 * source ("resolved"), or until the source no longer serves it ("gone").
 * "discarded" (set by hand or by a future dlq command) is never touched.
 *
 * Delta runs of the Akeneo API ask for the open ones by id, because the
 * updated-since window moves past a run that parked records.
 *
 * The row itself: a record that cannot be written at all, kept with its
 * exact source bytes for review and replay, whatever they are (invalid
 * UTF-8, binary, tens of megabytes). The payload is a LONGBLOB sent as hex
 * literals, so neither the connection's character set nor sql_mode can
 * change a byte; sku and reason are text columns, so they are made valid
 * UTF-8 and cut at a character boundary to fit. */
#ifndef PIMSYNC_DEAD_LETTERS_H
#define PIMSYNC_DEAD_LETTERS_H

#include "php.h"
#include "pdo_bridge.h"
#include "product_record.h"

#define PIMSYNC_DEAD_LETTER_POSITION_CHARS 64 /* VARCHAR(64) */
#define PIMSYNC_DEAD_LETTER_SKU_CHARS 64      /* VARCHAR(64) */
#define PIMSYNC_DEAD_LETTER_REASON_BYTES 65535 /* TEXT */

typedef struct {
	zend_long run_id;
	zend_string *position;   /* "line 12", "item 340" */
	zend_string *sku;        /* NULL when the record was not read far enough */
	zend_string *reason;
	const char *payload;     /* the record's bytes (borrowed), NULL when there are none */
	size_t payload_len;
	size_t payload_bytes;    /* the record's whole length: payload_len, unless the source kept only its start */
	zend_string *source_id;  /* the record's id at the source (borrowed), to request it again; NULL if none */
} pimsync_dead_letter;

/* Fills dl with position, sku and reason made fit for their columns (valid
 * UTF-8, cut at a character) and the payload as given. */
void pimsync_dead_letter_init(pimsync_dead_letter *dl, zend_long run_id, zend_string *position, zend_string *sku,
                              const char *payload, size_t payload_len, const char *reason);
void pimsync_dead_letter_free(pimsync_dead_letter *dl);

/* Inserts the row. Every statement stays under max_allowed_packet: a larger
 * payload is appended in chunks within one transaction. The server cannot
 * hold a value larger than max_allowed_packet, so beyond that the payload is
 * cut; payload_bytes keeps the record's full length and *stored says how
 * many bytes the row holds. On FAILURE no row was written. */
zend_result pimsync_dead_letter_store(pimsync_db *db, const pimsync_dead_letter *dl, size_t *stored);

typedef struct {
	pimsync_db *db;
	zend_long run_id;
	HashTable by_id;      /* source id => "dead_letter_id,…" of its open dead letters */
	HashTable by_sku;     /* pimsync_sku_key => "dead_letter_id,…" of open ones without a source id */
	HashTable seen;       /* source ids of by_id this run has read */
	HashTable requested;  /* source ids asked for again, not returned yet */
} pimsync_dead_letters;

/* Reads the open dead letters of the runs of source_key. */
zend_result pimsync_dead_letters_load(pimsync_dead_letters *dl, pimsync_db *db, zend_long run_id, zend_string *source_key);
void pimsync_dead_letters_free(pimsync_dead_letters *dl);

/* A record with this source id (may be NULL) was read by this run. */
void pimsync_dead_letters_read(pimsync_dead_letters *dl, zend_string *source_id);

/* The source ids of open dead letters this run has not read: *ids gets an
 * emalloc'd array of borrowed strings (free the array only). */
uint32_t pimsync_dead_letters_to_request(pimsync_dead_letters *dl, zend_string ***ids);

/* Inside the batch transaction: the open dead letters of these written
 * records are resolved. dl may be NULL (nothing to do). */
zend_result pimsync_dead_letters_resolve(pimsync_dead_letters *dl, pimsync_record *recs, uint32_t n);
/* The same for one record found unchanged (its bytes or meaning as written before). */
zend_result pimsync_dead_letters_resolve_one(pimsync_dead_letters *dl, zend_string *sku, zend_string *source_id);

/* After a complete read: the ids asked for again that the source did not
 * return are marked gone; *gone gets how many ids. */
zend_result pimsync_dead_letters_close_gone(pimsync_dead_letters *dl, zend_long *gone);

#endif
