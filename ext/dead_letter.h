/* pimsync_dead_letter: a record that cannot be written at all, kept with its
 * exact source bytes for review and replay, whatever they are (invalid
 * UTF-8, binary, tens of megabytes). The payload is a LONGBLOB sent as hex
 * literals, so neither the connection's character set nor sql_mode can
 * change a byte; sku and reason are text columns, so they are made valid
 * UTF-8 and cut at a character boundary to fit. */
#ifndef PIMSYNC_DEAD_LETTER_H
#define PIMSYNC_DEAD_LETTER_H

#include "php.h"
#include "pdo_bridge.h"

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

#endif
