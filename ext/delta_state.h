/* What pimsync knows of every SKU it has written: the entity, the hash of
 * the source bytes (an unchanged line is skipped without parsing) and the
 * hash of the mapped record (an unchanged product is skipped without reading
 * Magento). Loaded once per run from pimsync_product_state. */
#ifndef PIMSYNC_DELTA_STATE_H
#define PIMSYNC_DELTA_STATE_H

#include "php.h"
#include "pdo_bridge.h"

typedef struct {
	zend_string *sku;
	zend_long entity_id;
	uint64_t raw_hash;
	uint64_t record_hash;     /* PIMSYNC_STATE_ABSENT: disabled as absent, rewritten when it returns;
	                           * PIMSYNC_STATE_LEFT_OUT: written with values left out, retried next run */
	zend_long seen_line;      /* where this run saw it, 0 if not yet */
} pimsync_sku_state;

#define PIMSYNC_STATE_ABSENT 0
#define PIMSYNC_STATE_LEFT_OUT 1

typedef struct {
	HashTable by_sku;         /* sku => pimsync_sku_state* (owned) */
	HashTable by_raw;         /* raw hash => pimsync_sku_state* (borrowed) */
} pimsync_delta_state;

zend_result pimsync_state_load(pimsync_delta_state *st, pimsync_db *db);
void pimsync_state_free(pimsync_delta_state *st);
pimsync_sku_state *pimsync_state_find_raw(pimsync_delta_state *st, uint64_t raw_hash);
pimsync_sku_state *pimsync_state_find(pimsync_delta_state *st, zend_string *sku);
/* Records the new hashes after a commit (adds the SKU when new). */
pimsync_sku_state *pimsync_state_put(pimsync_delta_state *st, zend_string *sku, zend_long entity_id,
                                     uint64_t raw_hash, uint64_t record_hash);

#endif
