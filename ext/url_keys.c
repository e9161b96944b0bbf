#include "php.h"
#include "zend_smart_str.h"
#include "url_keys.h"
#include "url_format.h"
#include "magento_collation.h"
#include "magento_sku.h"
#include "value_normalize.h"

/* url_rewrite.request_path and the url_key value (catalog_product_entity_varchar)
 * are varchar(255). Formatted keys are ASCII: bytes are characters. */
#define REQUEST_PATH_MAX 255
#define KEY_MIN_ROOM 64

void pimsync_url_keys_init(pimsync_url_keys *u, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta, const char *link)
{
	size_t suffix = pimsync_utf8_length(ZSTR_VAL(cfg->url_suffix), ZSTR_LEN(cfg->url_suffix));
	memset(u, 0, sizeof(*u));
	u->db = db;
	u->cfg = cfg;
	u->meta = meta;
	u->link = link;
	u->key_max = suffix + KEY_MIN_ROOM < REQUEST_PATH_MAX ? REQUEST_PATH_MAX - suffix : KEY_MIN_ROOM;
	zend_hash_init(&u->owners, 1024, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&u->paths, 64, NULL, NULL, 0);
}

void pimsync_url_keys_free(pimsync_url_keys *u)
{
	zend_hash_destroy(&u->owners);
	zend_hash_destroy(&u->paths);
}

static void own(HashTable *owners, zend_string *key, zend_string *sku, bool replace)
{
	zend_string *k = pimsync_collation_key(key);
	zval owner;
	ZVAL_STR(&owner, pimsync_sku_key(sku));
	if (replace) zend_hash_update(owners, k, &owner);
	else if (!zend_hash_add(owners, k, &owner)) zval_ptr_dtor(&owner);
	zend_string_release(k);
}

static bool owner_cb(void *ctx, HashTable *row)
{
	pimsync_url_keys *u = ctx;
	zend_string *key = zval_get_string(zend_hash_index_find(row, 0));
	zend_string *sku = zval_get_string(zend_hash_index_find(row, 1));
	own(&u->owners, key, sku, false);
	zend_string_release(key);
	zend_string_release(sku);
	return true;
}

static bool path_cb(void *ctx, HashTable *row)
{
	pimsync_url_keys *u = ctx;
	zend_string *path = zval_get_string(zend_hash_index_find(row, 0));
	zend_string *k = pimsync_collation_key(path);
	zend_hash_add_empty_element(&u->paths, k);
	zend_string_release(k);
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

/* At most max characters, without a dash left at the end. Takes s. */
static zend_string *cut(zend_string *s, size_t max)
{
	size_t n = ZSTR_LEN(s);
	if (n <= max) return s;
	n = max;
	while (n && ZSTR_VAL(s)[n - 1] == '-') n--;
	zend_string *c = zend_string_init(ZSTR_VAL(s), n, 0);
	zend_string_release(s);
	return c;
}

static zend_string *formatted(pimsync_url_keys *u, zend_string *text)
{
	return cut(pimsync_url_format(ZSTR_VAL(text), ZSTR_LEN(text)), u->key_max);
}

/* The key Magento would make from the name at that store; NULL when there
 * is no name, or it has no letter or digit Magento keeps (all CJK, emoji). */
static zend_string *key_from_name(pimsync_url_keys *u, pimsync_record *rec, zend_long store_id)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		pimsync_value *v = &rec->values[i];
		if (v->attr != u->meta->name || v->store_id != store_id || !v->value) continue;
		zend_string *key = formatted(u, v->value);
		if (ZSTR_LEN(key)) return key;
		zend_string_release(key);
		return NULL;
	}
	return NULL;
}

/* Where Magento leaves such a product without a url key (and its import
 * refuses the second one, both wanting ".html"), it gets one made from the
 * SKU, or, when the SKU has no letter or digit either, from its hash. */
static zend_string *key_from_sku(pimsync_url_keys *u, pimsync_record *rec, const char **from)
{
	zend_string *key = formatted(u, rec->sku);
	*from = "SKU";
	if (ZSTR_LEN(key)) return key;
	zend_string_release(key);
	*from = "product's hash";
	return zend_strpprintf(0, "product-%08" PRIx64, rec->record_hash & 0xffffffffu);
}

static bool has_issue(pimsync_record *rec, zend_long store_id)
{
	for (uint32_t i = 0; i < rec->issues.n; i++) {
		if (rec->issues.items[i].store_id == store_id && strcmp(rec->issues.items[i].kind, "url_key") == 0) return true;
	}
	return false;
}

/* A new product without a url key: one per store from its name there, and
 * at least the admin one. Run again when a batch is retried: reports once. */
static void generate(pimsync_url_keys *u, pimsync_record *rec)
{
	pimsync_attribute *name = u->meta->name, *url_key = u->meta->url_key;
	uint32_t n = rec->nvalues;
	bool admin = false, admin_name = false;
	for (uint32_t i = 0; i < n; i++) {
		pimsync_value *v = &rec->values[i];
		if (v->attr != name || !v->value) continue;
		admin_name = admin_name || v->store_id == 0;
		zend_string *key = formatted(u, v->value);
		if (ZSTR_LEN(key) == 0) {
			zend_string_release(key); /* that store falls back to the admin key */
			continue;
		}
		pimsync_record_add_value(rec, url_key, v->store_id, key);
		admin = admin || v->store_id == 0;
	}
	if (!admin) {
		const char *from;
		zend_string *key = key_from_sku(u, rec, &from);
		if (admin_name && !has_issue(rec, 0)) {
			pimsync_issue_addf(&rec->issues, url_key->code, 0, "url_key", PIMSYNC_ISSUE_FILLED,
			                   "the name has no letter or digit Magento keeps in a url key; url key \"%s\" was made from the %s",
			                   ZSTR_VAL(key), from);
		}
		pimsync_record_add_value(rec, url_key, 0, key);
	}
	pimsync_record_finish(rec);
}

/* The feed's url keys, formatted as Magento formats them: "My URL Key" is
 * "my-url-key". One that formats to nothing is filled from the name (of
 * that store, then of the admin store), else from the SKU. */
static void normalize_feed_keys(pimsync_url_keys *u, pimsync_record *rec)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		pimsync_value *v = &rec->values[i];
		if (v->attr != u->meta->url_key || !v->value) continue;
		zend_string *whole = pimsync_url_format(ZSTR_VAL(v->value), ZSTR_LEN(v->value));
		zend_string *key = cut(zend_string_copy(whole), u->key_max);
		if (ZSTR_LEN(key) == 0) {
			zend_string_release(key);
			const char *from = "name";
			key = key_from_name(u, rec, v->store_id);
			if (!key && v->store_id != 0) key = key_from_name(u, rec, 0);
			if (!key) key = key_from_sku(u, rec, &from);
			pimsync_issue_addf(&rec->issues, u->meta->url_key->code, v->store_id, "url_key", PIMSYNC_ISSUE_FILLED,
			                   "url key \"%s\" has no letter or digit Magento keeps; \"%s\" was made from the %s",
			                   ZSTR_VAL(v->value), ZSTR_VAL(key), from);
		} else if (ZSTR_LEN(key) < ZSTR_LEN(whole)) {
			pimsync_issue_addf(&rec->issues, u->meta->url_key->code, v->store_id, "url_key", PIMSYNC_ISSUE_ADJUSTED,
			                   "url key cut to %zu characters, so that it and the suffix fit url_rewrite's 255",
			                   ZSTR_LEN(key));
		}
		zend_string_release(whole);
		zend_string_release(v->value);
		v->value = key;
	}
}

static bool held_by_other(pimsync_url_keys *u, HashTable *claimed, zend_string *key, zend_string *sku_key)
{
	zend_string *k = pimsync_collation_key(key);
	zval *owner = zend_hash_find(&u->owners, k), *batch_owner = zend_hash_find(claimed, k);
	bool taken = (owner && !zend_string_equals(Z_STR_P(owner), sku_key))
		|| (batch_owner && !zend_string_equals(Z_STR_P(batch_owner), sku_key));
	zend_string_release(k);
	if (!taken && zend_hash_num_elements(&u->paths)) {
		zend_string *path = zend_string_concat2(ZSTR_VAL(key), ZSTR_LEN(key), ZSTR_VAL(u->cfg->url_suffix), ZSTR_LEN(u->cfg->url_suffix));
		zend_string *pk = pimsync_collation_key(path);
		taken = zend_hash_exists(&u->paths, pk);
		zend_string_release(pk);
		zend_string_release(path);
	}
	return taken;
}

static void claim(HashTable *claimed, zend_string *key, zend_string *sku_key)
{
	zend_string *k = pimsync_collation_key(key);
	zval owner;
	ZVAL_STR_COPY(&owner, sku_key);
	if (!zend_hash_add(claimed, k, &owner)) zval_ptr_dtor(&owner);
	zend_string_release(k);
}

/* Round 1 "<base>-<sku>", then "<base>-<sku>-2", "-3"…; for a SKU with no
 * letter or digit "<base>-2"…. Within max: the base is cut (and a SKU part
 * longer than half of max), never the counter. */
static zend_string *candidate(zend_string *base, zend_string *sku_slug, zend_ulong round, size_t max)
{
	char counter[24] = "";
	size_t slen = MIN(ZSTR_LEN(sku_slug), max / 2), blen = ZSTR_LEN(base), clen = 0;
	if (round > 1 || !slen) clen = (size_t) snprintf(counter, sizeof(counter), "-" ZEND_ULONG_FMT, slen ? round : round + 1);
	while (slen && ZSTR_VAL(sku_slug)[slen - 1] == '-') slen--;
	blen = MIN(blen, max - clen - (slen ? slen + 1 : 0));
	while (blen && ZSTR_VAL(base)[blen - 1] == '-') blen--;
	zend_string *next = zend_string_alloc(blen + (slen ? slen + 1 : 0) + clen, 0);
	char *p = ZSTR_VAL(next);
	memcpy(p, ZSTR_VAL(base), blen);
	p += blen;
	if (slen) {
		*p++ = '-';
		memcpy(p, ZSTR_VAL(sku_slug), slen);
		p += slen;
	}
	memcpy(p, counter, clen);
	p += clen;
	*p = '\0';
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

/* The first free key of the sequence; always ends: the keys held are finite
 * and every round's candidate is a different string. */
static zend_string *free_key(pimsync_url_keys *u, HashTable *claimed, zend_string *base, pimsync_record *rec,
                             zend_string *sku_key, zend_string **sku_slug)
{
	if (!held_by_other(u, claimed, base, sku_key)) return zend_string_copy(base);
	if (!*sku_slug) *sku_slug = pimsync_url_format(ZSTR_VAL(rec->sku), ZSTR_LEN(rec->sku));
	for (zend_ulong round = 1;; round++) {
		zend_string *next = candidate(base, *sku_slug, round, u->key_max);
		if (!held_by_other(u, claimed, next, sku_key)) return next;
		zend_string_release(next);
	}
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
		if (rec->has_url_key) normalize_feed_keys(u, rec);
		else if (rec->kind == PIMSYNC_RECORD_NEW) generate(u, rec);
		for (uint32_t j = 0; j < rec->nvalues && !any; j++) {
			pimsync_value *v = &rec->values[j];
			any = v->attr == u->meta->url_key && v->value && !unchanged_key(&current, rec, v);
		}
	}
	if (!any || (!u->loaded && load(u) == FAILURE)) {
		zend_hash_destroy(&current);
		return any ? FAILURE : SUCCESS;
	}

	zend_hash_init(&claimed, n * 2, NULL, ZVAL_PTR_DTOR, 0); /* collation key of a url key => SKU key, within this batch */
	for (uint32_t i = 0; i < n; i++) {
		pimsync_record *rec = &recs[i];
		zend_string *sku_key = pimsync_sku_key(rec->sku), *sku_slug = NULL;
		for (uint32_t j = 0; j < rec->nvalues; j++) {
			pimsync_value *v = &rec->values[j];
			if (v->attr != u->meta->url_key || !v->value) continue;
			if (!unchanged_key(&current, rec, v)) {
				zend_string *key = free_key(u, &claimed, v->value, rec, sku_key, &sku_slug);
				zend_string_release(v->value);
				v->value = key;
			}
			claim(&claimed, v->value, sku_key);
		}
		zend_string_release(sku_key);
		if (sku_slug) zend_string_release(sku_slug);
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
			if (v->attr == u->meta->url_key && v->value) own(&u->owners, v->value, recs[i].sku, true);
		}
	}
}
