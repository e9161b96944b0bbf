#include "php.h"
#include "delta_state.h"
#include "magento_sku.h"

static void state_dtor(zval *zv)
{
	pimsync_sku_state *s = Z_PTR_P(zv);
	zend_string_release(s->sku);
	efree(s);
}

static bool load_cb(void *ctx, HashTable *row)
{
	pimsync_delta_state *st = ctx;
	zend_string *sku = zval_get_string(zend_hash_index_find(row, 0));
	pimsync_state_put(st, sku, zval_get_long(zend_hash_index_find(row, 1)),
	                  (uint64_t) zval_get_long(zend_hash_index_find(row, 2)),
	                  (uint64_t) zval_get_long(zend_hash_index_find(row, 3)));
	zend_string_release(sku);
	return true;
}

zend_result pimsync_state_load(pimsync_delta_state *st, pimsync_db *db)
{
	static const char sql[] = "SELECT sku, entity_id, raw_hash, record_hash FROM pimsync_product_state";
	zend_hash_init(&st->by_sku, 1024, NULL, state_dtor, 0);
	zend_hash_init(&st->by_raw, 1024, NULL, NULL, 0);
	return pimsync_db_each_row(db, sql, sizeof(sql) - 1, load_cb, st);
}

void pimsync_state_free(pimsync_delta_state *st)
{
	zend_hash_destroy(&st->by_raw);
	zend_hash_destroy(&st->by_sku);
}

pimsync_sku_state *pimsync_state_find_raw(pimsync_delta_state *st, uint64_t raw_hash)
{
	return zend_hash_index_find_ptr(&st->by_raw, (zend_ulong) raw_hash);
}

/* Magento compares SKUs under its collation ("ABC" is "abc"): so do we */
static zend_string *sku_key(zend_string *sku)
{
	return pimsync_sku_key(sku);
}

pimsync_sku_state *pimsync_state_find(pimsync_delta_state *st, zend_string *sku)
{
	zend_string *key = sku_key(sku);
	pimsync_sku_state *s = zend_hash_find_ptr(&st->by_sku, key);
	zend_string_release(key);
	return s;
}

pimsync_sku_state *pimsync_state_put(pimsync_delta_state *st, zend_string *sku, zend_long entity_id,
                                     uint64_t raw_hash, uint64_t record_hash)
{
	zend_string *key = sku_key(sku);
	pimsync_sku_state *s = zend_hash_find_ptr(&st->by_sku, key);
	if (!s) {
		s = ecalloc(1, sizeof(*s));
		s->sku = zend_string_copy(sku);
		zend_hash_add_new_ptr(&st->by_sku, key, s);
	} else if (s->raw_hash != raw_hash && s->raw_hash) {
		zend_hash_index_del(&st->by_raw, (zend_ulong) s->raw_hash);
	}
	zend_string_release(key);
	s->entity_id = entity_id;
	s->raw_hash = raw_hash;
	s->record_hash = record_hash;
	/* raw hash 0: bytes not remembered (values were left out), never matched */
	if (raw_hash) zend_hash_index_update_ptr(&st->by_raw, (zend_ulong) raw_hash, s);
	return s;
}
