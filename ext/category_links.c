#include "php.h"
#include "zend_smart_str.h"
#include "category_links.h"

static bool marker_cb(void *ctx, HashTable *row)
{
	(void) row;
	*(bool *) ctx = true;
	return false;
}

zend_result pimsync_category_links_adopt(pimsync_db *db, HashTable *managed)
{
	static const char marker[] = "SELECT 1 FROM pimsync_category_link WHERE product_id = 0 AND category_id = 0";
	bool done = false;
	zval *id;
	uint32_t k = 0;
	smart_str sql = {0};
	zend_result r;

	if (pimsync_db_each_row(db, marker, sizeof(marker) - 1, marker_cb, &done) == FAILURE) return FAILURE;
	if (done) return SUCCESS;
	if (pimsync_db_begin(db) == FAILURE) return FAILURE;
	r = SUCCESS;
	ZEND_HASH_FOREACH_VAL(managed, id) {
		smart_str_appends(&sql, k++ ? "," :
			"INSERT IGNORE INTO pimsync_category_link (product_id, category_id)"
			" SELECT c.product_id, c.category_id FROM catalog_category_product c"
			" JOIN pimsync_product_state s ON s.entity_id = c.product_id WHERE c.category_id IN (");
		smart_str_append_long(&sql, zval_get_long(id));
	} ZEND_HASH_FOREACH_END();
	if (k) {
		smart_str_appendc(&sql, ')');
		r = pimsync_db_exec_str(db, &sql, NULL);
	}
	smart_str_free(&sql);
	static const char mark[] = "INSERT IGNORE INTO pimsync_category_link (product_id, category_id) VALUES (0, 0)";
	if (r == SUCCESS) r = pimsync_db_exec(db, mark, sizeof(mark) - 1, NULL);
	if (r == SUCCESS) r = pimsync_db_commit(db);
	if (r == FAILURE) pimsync_db_rollback(db);
	return r;
}

typedef struct {
	HashTable *owned;
	zend_ulong (*key)(zend_long, zend_long);
} read_ctx;

static bool owned_cb(void *ctx, HashTable *row)
{
	read_ctx *c = ctx;
	zend_hash_index_add_empty_element(c->owned, c->key(zval_get_long(zend_hash_index_find(row, 0)),
	                                                   zval_get_long(zend_hash_index_find(row, 1))));
	return true;
}

zend_result pimsync_category_links_read(pimsync_db *db, const zend_long *product_ids, uint32_t n,
                                        zend_ulong (*key)(zend_long, zend_long), HashTable *owned)
{
	smart_str sql = {0};
	read_ctx c = { owned, key };
	zend_result r;

	if (!n) return SUCCESS;
	smart_str_appends(&sql, "SELECT product_id, category_id FROM pimsync_category_link WHERE product_id IN (");
	for (uint32_t i = 0; i < n; i++) {
		if (i) smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, product_ids[i]);
	}
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), owned_cb, &c);
	smart_str_free(&sql);
	return r;
}

void pimsync_category_links_record_init(pimsync_bulk *b, pimsync_db *db)
{
	pimsync_bulk_init(b, db, NULL, "pimsync_category_link",
	                  "INSERT IGNORE INTO pimsync_category_link (product_id, category_id) VALUES ", "");
}

void pimsync_category_links_forget_init(pimsync_bulk *b, pimsync_db *db)
{
	pimsync_bulk_init(b, db, NULL, "pimsync_category_link",
	                  "DELETE FROM pimsync_category_link WHERE (product_id, category_id) IN (", ")");
}
