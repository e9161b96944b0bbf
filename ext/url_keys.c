#include "php.h"
#include "zend_smart_str.h"
#include "url_keys.h"
#include "value_normalize.h"

#define URL_KEY_ROUNDS 4

void pimsync_url_keys_init(pimsync_url_keys *u, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta, const char *link)
{
	memset(u, 0, sizeof(*u));
	u->db = db;
	u->cfg = cfg;
	u->meta = meta;
	u->link = link;
	zend_hash_init(&u->owners, 1024, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&u->paths, 64, NULL, NULL, 0);
}

void pimsync_url_keys_free(pimsync_url_keys *u)
{
	zend_hash_destroy(&u->owners);
	zend_hash_destroy(&u->paths);
}

static bool owner_cb(void *ctx, HashTable *row)
{
	pimsync_url_keys *u = ctx;
	zend_string *key = zval_get_string(zend_hash_index_find(row, 0));
	zval owner;
	ZVAL_STR(&owner, zval_get_string(zend_hash_index_find(row, 1)));
	if (!zend_hash_add(&u->owners, key, &owner)) zval_ptr_dtor(&owner);
	zend_string_release(key);
	return true;
}

static bool path_cb(void *ctx, HashTable *row)
{
	pimsync_url_keys *u = ctx;
	zend_string *path = zval_get_string(zend_hash_index_find(row, 0));
	zend_hash_add_empty_element(&u->paths, path);
	zend_string_release(path);
	return true;
}

/* One read of every url key, the first time a batch needs one: a lookup by
 * value has no index in Magento's varchar table, so per-batch queries would
 * scan all url keys again and again. */
static zend_result load(pimsync_url_keys *u)
{
	smart_str sql = {0};
	zend_result r;

	smart_str_appends(&sql, "SELECT v.value, e.sku FROM catalog_product_entity_varchar v JOIN catalog_product_entity e ON e.");
	smart_str_appends(&sql, u->link);
	smart_str_appends(&sql, " = v.");
	smart_str_appends(&sql, u->link);
	smart_str_appends(&sql, " WHERE v.attribute_id = ");
	smart_str_append_long(&sql, u->meta->url_key->id);
	smart_str_appends(&sql, " AND v.value IS NOT NULL");
	smart_str_0(&sql);
	r = pimsync_db_each_row(u->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), owner_cb, u);
	smart_str_free(&sql);
	if (r == SUCCESS && u->cfg->url_rewrites) {
		static const char paths[] = "SELECT request_path FROM url_rewrite WHERE entity_type <> 'product'";
		r = pimsync_db_each_row(u->db, paths, sizeof(paths) - 1, path_cb, u);
	}
	if (r == SUCCESS) {
		u->loaded = true;
	} else {
		/* a partial map would let duplicates through: start again next time */
		zend_hash_clean(&u->owners);
		zend_hash_clean(&u->paths);
	}
	return r;
}

static void generate(pimsync_url_keys *u, pimsync_record *rec)
{
	pimsync_attribute *name = u->meta->name, *url_key = u->meta->url_key;
	uint32_t n = rec->nvalues;
	bool admin = false;
	for (uint32_t i = 0; i < n; i++) {
		pimsync_value *v = &rec->values[i];
		if (v->attr != name || !v->value) continue;
		zend_string *slug = pimsync_url_slug(ZSTR_VAL(v->value), ZSTR_LEN(v->value));
		if (ZSTR_LEN(slug) == 0) {
			zend_string_release(slug);
			continue;
		}
		pimsync_record_add_value(rec, url_key, v->store_id, slug);
		admin = admin || v->store_id == 0;
	}
	if (!admin) {
		zend_string *slug = pimsync_url_slug(ZSTR_VAL(rec->sku), ZSTR_LEN(rec->sku));
		if (ZSTR_LEN(slug) == 0) {
			zend_string_release(slug);
			slug = zend_strpprintf(0, "product-%08" PRIx64, rec->record_hash & 0xffffffffu);
		}
		pimsync_record_add_value(rec, url_key, 0, slug);
	}
	pimsync_record_finish(rec);
}

static bool held_by_other(pimsync_url_keys *u, HashTable *claimed, zend_string *key, zend_string *sku)
{
	zval *owner = zend_hash_find(&u->owners, key);
	zend_string *batch_owner = zend_hash_find_ptr(claimed, key);
	if ((owner && !zend_string_equals(Z_STR_P(owner), sku)) || (batch_owner && !zend_string_equals(batch_owner, sku))) {
		return true;
	}
	if (zend_hash_num_elements(&u->paths)) {
		zend_string *path = zend_string_concat2(ZSTR_VAL(key), ZSTR_LEN(key), ZSTR_VAL(u->cfg->url_suffix), ZSTR_LEN(u->cfg->url_suffix));
		bool taken = zend_hash_exists(&u->paths, path);
		zend_string_release(path);
		return taken;
	}
	return false;
}

/* "<key>-<sku>" the first time, then a counter after it. */
static zend_string *next_candidate(zend_string *key, zend_string *sku, int round)
{
	zend_string *sku_slug = pimsync_url_slug(ZSTR_VAL(sku), ZSTR_LEN(sku));
	zend_string *suffix = zend_strpprintf(0, "-%s", ZSTR_VAL(sku_slug));
	zend_string *next;
	size_t len = ZSTR_LEN(key), slen = ZSTR_LEN(suffix);
	if (len > slen && memcmp(ZSTR_VAL(key) + len - slen, ZSTR_VAL(suffix), slen) == 0) {
		next = zend_strpprintf(0, "%s-%d", ZSTR_VAL(key), round + 2);
	} else {
		next = zend_strpprintf(0, "%s%s", ZSTR_VAL(key), ZSTR_VAL(suffix));
	}
	zend_string_release(sku_slug);
	zend_string_release(suffix);
	return next;
}

typedef struct {
	HashTable *current;
	zend_long attribute_id;
} current_ctx;

static bool current_cb(void *ctx, HashTable *row)
{
	current_ctx *c = ctx;
	zval v;
	if (zval_get_long(zend_hash_index_find(row, 3)) != c->attribute_id) return true;
	/* product id in the low bits, which PHP's hash of an integer key uses */
	zend_ulong key = ((zend_ulong) zval_get_long(zend_hash_index_find(row, 1)) << 32)
		| (zend_ulong) zval_get_long(zend_hash_index_find(row, 0));
	ZVAL_STR(&v, zval_get_string(zend_hash_index_find(row, 2)));
	zend_hash_index_update(c->current, key, &v);
	return true;
}

/* Keys of existing products that already hold them need no check: read the
 * batch's current keys by the unique (id, attribute, store) index. */
static zend_result read_current(pimsync_url_keys *u, pimsync_record *recs, uint32_t n, HashTable *current)
{
	smart_str sql = {0};
	uint32_t k = 0;
	zend_result r = SUCCESS;
	for (uint32_t i = 0; i < n; i++) {
		if (recs[i].kind != PIMSYNC_RECORD_CHANGED || !recs[i].has_url_key) continue;
		if (!k++) {
			smart_str_appends(&sql, "SELECT ");
			smart_str_appends(&sql, u->link);
			/* by id only: with "attribute_id =" MariaDB may pick the attribute index and scan every url key */
			smart_str_appends(&sql, ", store_id, value, attribute_id FROM catalog_product_entity_varchar WHERE ");
			smart_str_appends(&sql, u->link);
			smart_str_appends(&sql, " IN (");
		} else {
			smart_str_appendc(&sql, ',');
		}
		smart_str_append_long(&sql, recs[i].link_id);
	}
	if (k) {
		smart_str_appendc(&sql, ')');
		smart_str_0(&sql);
		current_ctx c = { current, u->meta->url_key->id };
		r = pimsync_db_each_row(u->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), current_cb, &c);
	}
	smart_str_free(&sql);
	return r;
}

static bool unchanged_key(HashTable *current, pimsync_record *rec, pimsync_value *v)
{
	zval *cur;
	if (rec->kind != PIMSYNC_RECORD_CHANGED) return false;
	cur = zend_hash_index_find(current, ((zend_ulong) v->store_id << 32) | (zend_ulong) rec->link_id);
	return cur && zend_string_equals(Z_STR_P(cur), v->value);
}

zend_result pimsync_url_keys_assign(pimsync_url_keys *u, pimsync_record *recs, uint32_t n)
{
	HashTable claimed, current;
	bool any = false;

	zend_hash_init(&current, 64, NULL, ZVAL_PTR_DTOR, 0);
	if (read_current(u, recs, n, &current) == FAILURE) {
		zend_hash_destroy(&current);
		return FAILURE;
	}
	for (uint32_t i = 0; i < n; i++) {
		pimsync_record *rec = &recs[i];
		if (rec->kind == PIMSYNC_RECORD_NEW && !rec->has_url_key) generate(u, rec);
		for (uint32_t j = 0; j < rec->nvalues && !any; j++) {
			pimsync_value *v = &rec->values[j];
			any = v->attr == u->meta->url_key && v->value && !unchanged_key(&current, rec, v);
		}
	}
	if (!any || (!u->loaded && load(u) == FAILURE)) {
		zend_hash_destroy(&current);
		return any ? FAILURE : SUCCESS;
	}

	zend_hash_init(&claimed, n * 2, NULL, NULL, 0); /* key => SKU, within this batch */
	for (uint32_t i = 0; i < n; i++) {
		pimsync_record *rec = &recs[i];
		for (uint32_t j = 0; j < rec->nvalues; j++) {
			pimsync_value *v = &rec->values[j];
			if (v->attr != u->meta->url_key || !v->value) continue;
			if (unchanged_key(&current, rec, v)) {
				if (!zend_hash_exists(&claimed, v->value)) zend_hash_add_ptr(&claimed, v->value, rec->sku);
				continue;
			}
			for (int round = 0; round < URL_KEY_ROUNDS && held_by_other(u, &claimed, v->value, rec->sku); round++) {
				zend_string *next = next_candidate(v->value, rec->sku, round);
				zend_string_release(v->value);
				v->value = next;
			}
			if (!zend_hash_exists(&claimed, v->value)) zend_hash_add_ptr(&claimed, v->value, rec->sku);
		}
	}
	zend_hash_destroy(&claimed);
	zend_hash_destroy(&current);
	return SUCCESS;
}

void pimsync_url_keys_commit(pimsync_url_keys *u, pimsync_record *recs, uint32_t n)
{
	if (!u->loaded) return;
	for (uint32_t i = 0; i < n; i++) {
		for (uint32_t j = 0; j < recs[i].nvalues; j++) {
			pimsync_value *v = &recs[i].values[j];
			if (v->attr != u->meta->url_key || !v->value) continue;
			zval owner;
			ZVAL_STR_COPY(&owner, recs[i].sku);
			zend_hash_update(&u->owners, v->value, &owner);
		}
	}
}
