/* Product links: the batch stage that writes Akeneo associations into
 * catalog_product_link, and the end-of-run phase that writes pending ones.
 * Owns pimsync_product_link, pimsync_link_pending and pimsync_product_uuid. */
#include "php.h"
#include "zend_smart_str.h"
#include "product_links.h"
#include "sql_writer.h"
#include "magento_sku.h"

/* catalog_product_link_type.code of each pimsync_link_type
 * (Magento\Catalog\Model\Product\Link: 1 relation, 4 up_sell, 5 cross_sell) */
static const char *const type_codes[PIMSYNC_LINK_TYPES] = {"relation", "up_sell", "cross_sell"};
const char *const pimsync_link_type_names[PIMSYNC_LINK_TYPES] = {"related", "up_sell", "cross_sell"};
/* pimsync_link_pending.target_kind of each pimsync_link_target_kind */
static const char *const kind_names[PIMSYNC_LINK_TARGET_KINDS] = {"sku", "uuid", "model"};

#define PENDING_CHUNK 500 /* linking products per transaction of the pending phase */
#define KEY_MAX 320

static zend_long col_long(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v && Z_TYPE_P(v) != IS_NULL ? zval_get_long(v) : -1;
}

static zend_string *col_str(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v && Z_TYPE_P(v) != IS_NULL ? zval_get_string(v) : ZSTR_EMPTY_ALLOC();
}

static int type_of_id(const pimsync_links *l, zend_long link_type_id)
{
	for (int t = 0; t < PIMSYNC_LINK_TYPES; t++) if (l->type_id[t] && l->type_id[t] == link_type_id) return t;
	return -1;
}

static int kind_of_name(const zend_string *name)
{
	for (int k = 0; k < PIMSYNC_LINK_TARGET_KINDS; k++) if (zend_string_equals_cstr(name, kind_names[k], strlen(kind_names[k]))) return k;
	return -1;
}

/* (product, type, linked product) as a hash key; product is a link id or an entity id. */
static size_t link_key(char *buf, zend_long product, int type, zend_long linked)
{
	return (size_t) snprintf(buf, KEY_MAX, ZEND_LONG_FMT "/%d/" ZEND_LONG_FMT, product, type, linked);
}

/* A pending row's primary key (linking entity, Magento link type id, target
 * kind, target) as a hash key, with the values as the table holds them. */
static size_t pending_key(char *buf, zend_long entity_id, zend_long link_type_id, const char *kind, const zend_string *target)
{
	return (size_t) snprintf(buf, KEY_MAX, ZEND_LONG_FMT "/" ZEND_LONG_FMT "/%s/%s", entity_id, link_type_id, kind, ZSTR_VAL(target));
}

/* ---- set-up ---- */

static bool type_cb(void *ctx, HashTable *row)
{
	pimsync_links *l = ctx;
	zend_string *code = col_str(row, 1);
	for (int t = 0; t < PIMSYNC_LINK_TYPES; t++) {
		if (!zend_string_equals_cstr(code, type_codes[t], strlen(type_codes[t]))) continue;
		l->type_id[t] = col_long(row, 0);
		l->position_id[t] = col_long(row, 2) > 0 ? col_long(row, 2) : 0;
	}
	zend_string_release(code);
	return true;
}

zend_result pimsync_links_init(pimsync_links *l, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                               pimsync_run_stats *stats, zend_long run_id, pimsync_error *err)
{
	static const char sql[] = "SELECT t.link_type_id, t.code, a.product_link_attribute_id FROM catalog_product_link_type t"
		" LEFT JOIN catalog_product_link_attribute a ON a.link_type_id = t.link_type_id AND a.product_link_attribute_code = 'position'";
	zend_string *akeneo_type;
	zval *to;

	memset(l, 0, sizeof(*l));
	l->db = db;
	l->meta = meta;
	l->stats = stats;
	l->run_id = run_id;
	l->link = meta->row_id ? "row_id" : "entity_id";
	if (pimsync_db_each_row(db, sql, sizeof(sql) - 1, type_cb, l) == FAILURE) return FAILURE;
	ZEND_HASH_FOREACH_STR_KEY_VAL(cfg->associations, akeneo_type, to) {
		if (Z_TYPE_P(to) != IS_STRING) continue;
		for (int t = 0; t < PIMSYNC_LINK_TYPES; t++) {
			if (!zend_string_equals_cstr(Z_STR_P(to), pimsync_link_type_names[t], strlen(pimsync_link_type_names[t]))) continue;
			if (!l->type_id[t] || !l->position_id[t]) {
				pimsync_error_set(err, "%s: associations.%s maps to %s, but Magento's catalog_product_link_type has no \"%s\" type"
				                  " with a position attribute (catalog_product_link_attribute)", ZSTR_VAL(cfg->origin),
				                  akeneo_type ? ZSTR_VAL(akeneo_type) : "?", Z_STRVAL_P(to), type_codes[t]);
				return FAILURE;
			}
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

void pimsync_links_commit(pimsync_links *l)
{
	pimsync_run_stats *s = l->stats;
	s->links_written += l->attempt.written;
	s->links_removed += l->attempt.removed;
	s->links_repositioned += l->attempt.repositioned;
	s->links_resolved += l->attempt.resolved;
	memset(&l->attempt, 0, sizeof(l->attempt));
}

void pimsync_links_rollback(pimsync_links *l)
{
	memset(&l->attempt, 0, sizeof(l->attempt));
}

/* ---- targets: codes to entity ids ---- */

typedef struct {
	pimsync_links *l;
	HashTable skus;       /* pimsync_sku_key(sku) => sku, to look up */
	HashTable uuids;      /* uuid => true, to look up */
	HashTable uuid_sku;   /* uuid => sku (string) */
	HashTable sku_entity; /* pimsync_sku_key(sku) => entity id */
} link_targets;

static void targets_init(link_targets *t, pimsync_links *l)
{
	t->l = l;
	zend_hash_init(&t->skus, 64, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&t->uuids, 16, NULL, NULL, 0);
	zend_hash_init(&t->uuid_sku, 16, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&t->sku_entity, 64, NULL, NULL, 0);
}

static void targets_free(link_targets *t)
{
	zend_hash_destroy(&t->skus);
	zend_hash_destroy(&t->uuids);
	zend_hash_destroy(&t->uuid_sku);
	zend_hash_destroy(&t->sku_entity);
}

static void targets_want_sku(link_targets *t, zend_string *sku)
{
	zend_string *key = pimsync_sku_key(sku);
	if (!zend_hash_exists(&t->skus, key)) {
		zval v;
		ZVAL_STR_COPY(&v, sku);
		zend_hash_add_new(&t->skus, key, &v);
	}
	zend_string_release(key);
}

static void targets_want(link_targets *t, pimsync_link_target_kind kind, zend_string *target)
{
	if (kind == PIMSYNC_LINK_TO_UUID) zend_hash_add_empty_element(&t->uuids, target);
	else targets_want_sku(t, target);
}

static bool uuid_cb(void *ctx, HashTable *row)
{
	link_targets *t = ctx;
	zend_string *uuid = col_str(row, 0);
	zval sku;
	ZVAL_STR(&sku, col_str(row, 1));
	targets_want_sku(t, Z_STR(sku));
	zend_hash_update(&t->uuid_sku, uuid, &sku);
	zend_string_release(uuid);
	return true;
}

static bool sku_cb(void *ctx, HashTable *row)
{
	link_targets *t = ctx;
	zend_string *sku = col_str(row, 1), *key = pimsync_sku_key(sku);
	zend_long id = col_long(row, 0);
	zval *have = zend_hash_find(&t->sku_entity, key);
	/* Magento does not make sku unique: the oldest product, as the writer picks it */
	if (!have) {
		zval v;
		ZVAL_LONG(&v, id);
		zend_hash_add_new(&t->sku_entity, key, &v);
	} else if (id < Z_LVAL_P(have)) {
		ZVAL_LONG(have, id);
	}
	zend_string_release(key);
	zend_string_release(sku);
	return true;
}

/* Runs head + quoted strings (keys, or values when by_value) + tail, 1000 at a time. */
static zend_result query_strings(pimsync_db *db, const char *head, const char *tail, HashTable *list, bool by_value,
                                 pimsync_db_row_cb cb, void *ctx)
{
	smart_str sql = {0};
	zend_string *key;
	zval *v;
	uint32_t k = 0;
	zend_result r = SUCCESS;

	ZEND_HASH_FOREACH_STR_KEY_VAL(list, key, v) {
		zend_string *s = by_value ? Z_STR_P(v) : key;
		smart_str_appends(&sql, k++ ? "," : head);
		pimsync_sql_quote(db, &sql, ZSTR_VAL(s), ZSTR_LEN(s));
		if (k == 1000) {
			smart_str_appends(&sql, tail);
			smart_str_0(&sql);
			r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), cb, ctx);
			ZSTR_LEN(sql.s) = 0;
			k = 0;
			if (r == FAILURE) break;
		}
	} ZEND_HASH_FOREACH_END();
	if (r == SUCCESS && k) {
		smart_str_appends(&sql, tail);
		smart_str_0(&sql);
		r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), cb, ctx);
	}
	smart_str_free(&sql);
	return r;
}

/* hold: the products found are share-locked to the end of the transaction,
 * for links that go in without the server's foreign-key lookups */
static zend_result targets_load(link_targets *t, bool hold)
{
	pimsync_links *l = t->l;
	const char *live = l->meta->row_id ? (hold ? ") AND created_in <= UNIX_TIMESTAMP() AND updated_in > UNIX_TIMESTAMP() LOCK IN SHARE MODE"
	                                          : ") AND created_in <= UNIX_TIMESTAMP() AND updated_in > UNIX_TIMESTAMP()")
	                                   : (hold ? ") LOCK IN SHARE MODE" : ")");
	if (query_strings(l->db, "SELECT uuid, sku FROM pimsync_product_uuid WHERE uuid IN (", ")", &t->uuids, false, uuid_cb, t) == FAILURE) {
		return FAILURE;
	}
	return query_strings(l->db, "SELECT entity_id, sku FROM catalog_product_entity WHERE sku IN (", live, &t->skus, true, sku_cb, t);
}

/* The entity id a target names, 0 when Magento does not have it (yet). */
static zend_long targets_find(link_targets *t, pimsync_link_target_kind kind, zend_string *target)
{
	zend_string *sku = target, *key;
	zval *v;
	if (kind == PIMSYNC_LINK_TO_UUID) {
		if (!(v = zend_hash_find(&t->uuid_sku, target))) return 0;
		sku = Z_STR_P(v);
	}
	key = pimsync_sku_key(sku);
	v = zend_hash_find(&t->sku_entity, key);
	zend_string_release(key);
	return v ? Z_LVAL_P(v) : 0;
}

/* ---- writing ---- */

/* The statements of one stage, in the order they are sent. */
typedef struct {
	pimsync_links *l;
	pimsync_bulk del_int, del_decimal, del_varchar, del_links; /* links removed, by link_id, with their attribute rows */
	pimsync_bulk del_owned, del_pending;
	pimsync_bulk ins_links, ins_owned, ins_pending, positions;
	/* a new product's links: plain rows, without the server's foreign-key lookups
	 * (the product is this transaction's, the targets and link types share-locked) */
	pimsync_bulk new_links, new_owned, new_positions_rows;
	HashTable new_positions; /* link_key(product link id, type, linked) => position, of links inserted */
	HashTable fresh_products; /* product link ids of the batch's new products */
	smart_str new_products;  /* product link ids with inserted links, comma-separated */
	HashTable new_product_set;
} link_writes;

static void writes_init(link_writes *w, pimsync_links *l)
{
	pimsync_db *db = l->db;
	pimsync_run_stats *s = l->stats;
	memset(w, 0, sizeof(*w));
	w->l = l;
	pimsync_bulk_init(&w->del_int, db, NULL, "catalog_product_link_attribute_int",
	                  "DELETE FROM catalog_product_link_attribute_int WHERE link_id IN (", ")");
	pimsync_bulk_init(&w->del_decimal, db, NULL, "catalog_product_link_attribute_decimal",
	                  "DELETE FROM catalog_product_link_attribute_decimal WHERE link_id IN (", ")");
	pimsync_bulk_init(&w->del_varchar, db, NULL, "catalog_product_link_attribute_varchar",
	                  "DELETE FROM catalog_product_link_attribute_varchar WHERE link_id IN (", ")");
	pimsync_bulk_init(&w->del_links, db, s, "catalog_product_link (deleted)", "DELETE FROM catalog_product_link WHERE link_id IN (", ")");
	pimsync_bulk_init(&w->del_owned, db, NULL, "pimsync_product_link",
	                  "DELETE FROM pimsync_product_link WHERE (product_id, link_type_id, linked_product_id) IN (", ")");
	pimsync_bulk_init(&w->del_pending, db, NULL, "pimsync_link_pending",
	                  "DELETE FROM pimsync_link_pending WHERE (product_id, link_type_id, target_kind, target) IN (", ")");
	/* IGNORE: a link a merchant added meanwhile is the same link */
	pimsync_bulk_init(&w->ins_links, db, s, "catalog_product_link",
	                  "INSERT IGNORE INTO catalog_product_link (product_id, linked_product_id, link_type_id) VALUES ", "");
	pimsync_bulk_init(&w->ins_owned, db, NULL, "pimsync_product_link",
	                  "INSERT INTO pimsync_product_link (product_id, link_type_id, linked_product_id, run_id) VALUES ",
	                  " ON DUPLICATE KEY UPDATE run_id = VALUES(run_id)");
	pimsync_bulk_init(&w->ins_pending, db, NULL, "pimsync_link_pending",
	                  "INSERT INTO pimsync_link_pending (product_id, link_type_id, target_kind, target, position, sku, run_id) VALUES ",
	                  " ON DUPLICATE KEY UPDATE position = VALUES(position), sku = VALUES(sku), run_id = VALUES(run_id)");
	pimsync_bulk_init(&w->positions, db, s, "catalog_product_link_attribute_int",
	                  "INSERT INTO catalog_product_link_attribute_int (product_link_attribute_id, link_id, value) VALUES ",
	                  " ON DUPLICATE KEY UPDATE value = VALUES(value)");
	pimsync_bulk_init(&w->new_links, db, s, "catalog_product_link",
	                  "INSERT INTO catalog_product_link (product_id, linked_product_id, link_type_id) VALUES ", "");
	pimsync_bulk_use_load_data(&w->new_links, "product_id, linked_product_id, link_type_id");
	pimsync_bulk_parents_held(&w->new_links);
	pimsync_bulk_init(&w->new_owned, db, NULL, "pimsync_product_link",
	                  "INSERT INTO pimsync_product_link (product_id, link_type_id, linked_product_id, run_id) VALUES ", "");
	pimsync_bulk_use_load_data(&w->new_owned, "product_id, link_type_id, linked_product_id, run_id");
	pimsync_bulk_init(&w->new_positions_rows, db, s, "catalog_product_link_attribute_int",
	                  "INSERT INTO catalog_product_link_attribute_int (product_link_attribute_id, link_id, value) VALUES ", "");
	pimsync_bulk_use_load_data(&w->new_positions_rows, "product_link_attribute_id, link_id, value");
	pimsync_bulk_parents_held(&w->new_positions_rows);
	zend_hash_init(&w->new_positions, 64, NULL, NULL, 0);
	zend_hash_init(&w->fresh_products, 64, NULL, NULL, 0);
	zend_hash_init(&w->new_product_set, 64, NULL, NULL, 0);
}

static void writes_free(link_writes *w)
{
	pimsync_bulk *all[] = {&w->del_int, &w->del_decimal, &w->del_varchar, &w->del_links, &w->del_owned, &w->del_pending,
	                       &w->ins_links, &w->ins_owned, &w->ins_pending, &w->positions,
	                       &w->new_links, &w->new_owned, &w->new_positions_rows};
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) pimsync_bulk_free(all[i]);
	zend_hash_destroy(&w->new_positions);
	zend_hash_destroy(&w->fresh_products);
	zend_hash_destroy(&w->new_product_set);
	smart_str_free(&w->new_products);
}

static zend_result remove_link(link_writes *w, zend_long link_id)
{
	pimsync_bulk *each[] = {&w->del_int, &w->del_decimal, &w->del_varchar, &w->del_links};
	for (size_t i = 0; i < sizeof(each) / sizeof(each[0]); i++) {
		smart_str_append_long(pimsync_bulk_row(each[i]), link_id);
		if (pimsync_bulk_row_end(each[i]) == FAILURE) return FAILURE;
	}
	return SUCCESS;
}

static zend_result set_position_in(pimsync_bulk *b, zend_long attribute_id, zend_long link_id, zend_long position)
{
	pimsync_bulk_row(b);
	pimsync_bulk_long(b, attribute_id);
	pimsync_bulk_long(b, link_id);
	pimsync_bulk_long(b, position);
	return pimsync_bulk_row_end(b);
}

static zend_result set_position(link_writes *w, int type, zend_long link_id, zend_long position)
{
	return set_position_in(&w->positions, w->l->position_id[type], link_id, position);
}

/* A new link; its id is read back after the insert, for its position. */
static zend_result add_link(link_writes *w, zend_long product_link_id, int type, zend_long linked, zend_long position)
{
	char key[KEY_MAX];
	size_t len = link_key(key, product_link_id, type, linked);
	zval pos;
	pimsync_bulk *b = zend_hash_index_exists(&w->fresh_products, (zend_ulong) product_link_id) ? &w->new_links : &w->ins_links;
	pimsync_bulk_row(b);
	pimsync_bulk_long(b, product_link_id);
	pimsync_bulk_long(b, linked);
	pimsync_bulk_long(b, w->l->type_id[type]);
	ZVAL_LONG(&pos, position);
	zend_hash_str_update(&w->new_positions, key, len, &pos);
	if (zend_hash_index_add_empty_element(&w->new_product_set, (zend_ulong) product_link_id)) {
		smart_str_appends(&w->new_products, w->new_products.s ? "," : "");
		smart_str_append_long(&w->new_products, product_link_id);
	}
	return pimsync_bulk_row_end(b);
}

static zend_result own_link(link_writes *w, zend_long entity_id, int type, zend_long linked, bool fresh)
{
	pimsync_bulk *b = fresh ? &w->new_owned : &w->ins_owned;
	pimsync_bulk_row(b);
	pimsync_bulk_long(b, entity_id);
	pimsync_bulk_long(b, w->l->type_id[type]);
	pimsync_bulk_long(b, linked);
	pimsync_bulk_long(b, w->l->run_id);
	return pimsync_bulk_row_end(b);
}

static zend_result disown_link(link_writes *w, zend_long entity_id, int type, zend_long linked)
{
	smart_str *row = pimsync_bulk_row(&w->del_owned);
	smart_str_append_long(row, entity_id);
	smart_str_appendc(row, ',');
	smart_str_append_long(row, w->l->type_id[type]);
	smart_str_appendc(row, ',');
	smart_str_append_long(row, linked);
	return pimsync_bulk_row_end(&w->del_owned);
}

static zend_result keep_pending(link_writes *w, zend_long entity_id, zend_string *sku, const pimsync_link_ref *link)
{
	pimsync_db *db = w->l->db;
	smart_str *row = pimsync_bulk_row(&w->ins_pending);
	smart_str_append_long(row, entity_id);
	smart_str_appendc(row, ',');
	smart_str_append_long(row, w->l->type_id[link->type]);
	smart_str_appends(row, ",'");
	smart_str_appends(row, kind_names[link->kind]);
	smart_str_appends(row, "',");
	pimsync_sql_quote(db, row, ZSTR_VAL(link->target), ZSTR_LEN(link->target));
	smart_str_appendc(row, ',');
	smart_str_append_long(row, link->position);
	smart_str_appendc(row, ',');
	pimsync_sql_quote(db, row, ZSTR_VAL(sku), ZSTR_LEN(sku));
	smart_str_appendc(row, ',');
	smart_str_append_long(row, w->l->run_id);
	return pimsync_bulk_row_end(&w->ins_pending);
}

static zend_result drop_pending(link_writes *w, zend_long entity_id, zend_long link_type_id, const char *kind, size_t kind_len,
                                const char *target, size_t target_len)
{
	smart_str *row = pimsync_bulk_row(&w->del_pending);
	smart_str_append_long(row, entity_id);
	smart_str_appendc(row, ',');
	smart_str_append_long(row, link_type_id);
	smart_str_appendc(row, ',');
	pimsync_sql_quote(w->l->db, row, kind, kind_len);
	smart_str_appendc(row, ',');
	pimsync_sql_quote(w->l->db, row, target, target_len);
	return pimsync_bulk_row_end(&w->del_pending);
}

typedef struct {
	link_writes *w;
	zval found; /* [type, link_id, position, product link id] of each inserted link */
} new_links_ctx;

static bool new_link_cb(void *ctx, HashTable *row)
{
	new_links_ctx *c = ctx;
	char key[KEY_MAX];
	int type = type_of_id(c->w->l, col_long(row, 2));
	if (type < 0) return true;
	size_t len = link_key(key, col_long(row, 1), type, col_long(row, 3));
	zval *pos = zend_hash_str_find(&c->w->new_positions, key, len);
	if (pos) {
		add_next_index_long(&c->found, type);
		add_next_index_long(&c->found, col_long(row, 0));
		add_next_index_long(&c->found, Z_LVAL_P(pos));
		add_next_index_long(&c->found, col_long(row, 1));
	}
	return true;
}

static void append_type_ids(const pimsync_links *l, smart_str *sql)
{
	uint32_t k = 0;
	for (int t = 0; t < PIMSYNC_LINK_TYPES; t++) {
		if (!l->type_id[t]) continue;
		if (k++) smart_str_appendc(sql, ',');
		smart_str_append_long(sql, l->type_id[t]);
	}
	if (!k) smart_str_appendc(sql, '0');
}

/* Sends everything, deletions first; the inserted links' ids are read back for their positions. */
static zend_result writes_flush(link_writes *w)
{
	pimsync_bulk *first[] = {&w->del_int, &w->del_decimal, &w->del_varchar, &w->del_links, &w->del_owned, &w->del_pending,
	                         &w->ins_links, &w->ins_owned, &w->ins_pending, &w->new_links, &w->new_owned};
	for (size_t i = 0; i < sizeof(first) / sizeof(first[0]); i++) {
		if (pimsync_bulk_flush(first[i]) == FAILURE) return FAILURE;
	}
	if (w->new_products.s) {
		smart_str sql = {0};
		smart_str_appends(&sql, "SELECT link_id, product_id, link_type_id, linked_product_id FROM catalog_product_link WHERE product_id IN (");
		smart_str_append_smart_str(&sql, &w->new_products);
		smart_str_appends(&sql, ") AND link_type_id IN (");
		append_type_ids(w->l, &sql);
		smart_str_appendc(&sql, ')');
		smart_str_0(&sql);
		new_links_ctx c = { .w = w };
		array_init(&c.found);
		zend_result r = pimsync_db_each_row(w->l->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), new_link_cb, &c);
		smart_str_free(&sql);
		HashTable *found = Z_ARRVAL(c.found);
		for (uint32_t i = 0; r == SUCCESS && i + 3 < zend_hash_num_elements(found); i += 4) {
			int type = (int) Z_LVAL_P(zend_hash_index_find(found, i));
			bool fresh = zend_hash_index_exists(&w->fresh_products, (zend_ulong) Z_LVAL_P(zend_hash_index_find(found, i + 3)));
			r = set_position_in(fresh ? &w->new_positions_rows : &w->positions, w->l->position_id[type],
			                    Z_LVAL_P(zend_hash_index_find(found, i + 1)), Z_LVAL_P(zend_hash_index_find(found, i + 2)));
		}
		zval_ptr_dtor(&c.found);
		if (r == FAILURE) return FAILURE;
	}
	if (pimsync_bulk_flush(&w->new_positions_rows) == FAILURE) return FAILURE;
	return pimsync_bulk_flush(&w->positions);
}

/* ---- the batch stage ---- */

typedef struct {
	pimsync_links *l;
	HashTable current;   /* link_key(product link id, type, linked) => link_id: Magento's links of the changed products */
	HashTable positions; /* link_id => its position */
	HashTable owned;     /* link_key(entity id, type, linked) => true: the links pimsync wrote for them */
	HashTable pending;   /* pending_key(entity id, type, kind, target) => position: what waited for them */
} batch_links;

static bool current_cb(void *ctx, HashTable *row)
{
	batch_links *b = ctx;
	char key[KEY_MAX];
	int type = type_of_id(b->l, col_long(row, 2));
	zval id, pos;
	if (type < 0) return true;
	ZVAL_LONG(&id, col_long(row, 0));
	zend_hash_str_update(&b->current, key, link_key(key, col_long(row, 1), type, col_long(row, 3)), &id);
	ZVAL_LONG(&pos, col_long(row, 4));
	zend_hash_index_update(&b->positions, (zend_ulong) Z_LVAL(id), &pos);
	return true;
}

static bool owned_cb(void *ctx, HashTable *row)
{
	batch_links *b = ctx;
	char key[KEY_MAX];
	int type = type_of_id(b->l, col_long(row, 1));
	if (type >= 0) zend_hash_str_add_empty_element(&b->owned, key, link_key(key, col_long(row, 0), type, col_long(row, 2)));
	return true;
}

static bool pending_cb(void *ctx, HashTable *row)
{
	batch_links *b = ctx;
	char key[KEY_MAX];
	zend_string *kind_name = col_str(row, 2), *target = col_str(row, 3);
	zval pos;
	ZVAL_LONG(&pos, col_long(row, 4));
	/* a row the record no longer names (or of a type no longer synced) is left over, so removed */
	zend_hash_str_update(&b->pending, key, pending_key(key, col_long(row, 0), col_long(row, 1), ZSTR_VAL(kind_name), target), &pos);
	zend_string_release(kind_name);
	zend_string_release(target);
	return true;
}

/* What Magento and pimsync hold now for the batch's changed products. */
static zend_result read_current(batch_links *b, pimsync_record *recs, uint32_t n)
{
	smart_str links = {0}, entities = {0}, sql = {0};
	zend_result r = SUCCESS;
	for (uint32_t i = 0; i < n; i++) {
		/* a record whose links the source does not own (ownership.h): what Magento and pimsync hold stays */
		if (recs[i].kind != PIMSYNC_RECORD_CHANGED || recs[i].keep_links) continue;
		smart_str_appends(&links, links.s ? "," : "");
		smart_str_append_long(&links, recs[i].link_id);
		smart_str_appends(&entities, entities.s ? "," : "");
		smart_str_append_long(&entities, recs[i].entity_id);
	}
	if (!links.s) return SUCCESS;
	smart_str_appends(&sql, "SELECT l.link_id, l.product_id, l.link_type_id, l.linked_product_id, p.value FROM catalog_product_link l"
	                        " LEFT JOIN catalog_product_link_attribute_int p ON p.link_id = l.link_id AND p.product_link_attribute_id IN (");
	for (int t = 0, k = 0; t < PIMSYNC_LINK_TYPES; t++) {
		if (!b->l->position_id[t]) continue;
		if (k++) smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, b->l->position_id[t]);
	}
	if (!b->l->position_id[0] && !b->l->position_id[1] && !b->l->position_id[2]) smart_str_appendc(&sql, '0');
	smart_str_appends(&sql, ") WHERE l.product_id IN (");
	smart_str_append_smart_str(&sql, &links);
	smart_str_appends(&sql, ") AND l.link_type_id IN (");
	append_type_ids(b->l, &sql);
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	r = pimsync_db_each_row(b->l->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), current_cb, b);
	ZSTR_LEN(sql.s) = 0;
	if (r == SUCCESS) {
		smart_str_appends(&sql, "SELECT product_id, link_type_id, linked_product_id FROM pimsync_product_link WHERE product_id IN (");
		smart_str_append_smart_str(&sql, &entities);
		smart_str_appendc(&sql, ')');
		smart_str_0(&sql);
		r = pimsync_db_each_row(b->l->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), owned_cb, b);
		ZSTR_LEN(sql.s) = 0;
	}
	if (r == SUCCESS) {
		smart_str_appends(&sql, "SELECT product_id, link_type_id, target_kind, target, position FROM pimsync_link_pending WHERE product_id IN (");
		smart_str_append_smart_str(&sql, &entities);
		smart_str_appendc(&sql, ')');
		smart_str_0(&sql);
		r = pimsync_db_each_row(b->l->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), pending_cb, b);
	}
	smart_str_free(&sql);
	smart_str_free(&links);
	smart_str_free(&entities);
	return r;
}

static zend_result remember_uuids(pimsync_links *l, pimsync_record *recs, uint32_t n)
{
	pimsync_bulk bulk;
	zend_result r = SUCCESS;
	pimsync_bulk_init(&bulk, l->db, NULL, "pimsync_product_uuid", "INSERT INTO pimsync_product_uuid (uuid, sku) VALUES ",
	                  " ON DUPLICATE KEY UPDATE sku = VALUES(sku)");
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		if (!recs[i].uuid) continue;
		smart_str *row = pimsync_bulk_row(&bulk);
		pimsync_sql_quote(l->db, row, ZSTR_VAL(recs[i].uuid), ZSTR_LEN(recs[i].uuid));
		smart_str_appendc(row, ',');
		pimsync_sql_quote(l->db, row, ZSTR_VAL(recs[i].sku), ZSTR_LEN(recs[i].sku));
		r = pimsync_bulk_row_end(&bulk);
	}
	if (r == SUCCESS) r = pimsync_bulk_flush(&bulk);
	pimsync_bulk_free(&bulk);
	return r;
}

static void self_link_warning(pimsync_links *l, pimsync_record *rec)
{
	pimsync_stats_warn(l->stats, "link_to_itself", rec->position,
	                   "product %s is associated with itself, which Magento does not allow; that link was not synced", ZSTR_VAL(rec->sku));
}

/* One record's links against what Magento and pimsync hold. */
static zend_result diff_record(batch_links *b, link_targets *t, link_writes *w, pimsync_record *rec)
{
	pimsync_links *l = b->l;
	char key[KEY_MAX];
	size_t len;
	HashTable seen; /* type/linked of this record, for targets named twice */
	zend_result r = SUCCESS;

	zend_hash_init(&seen, rec->nlinks, NULL, NULL, 0);
	for (uint32_t i = 0; i < rec->nlinks && r == SUCCESS; i++) {
		const pimsync_link_ref *link = &rec->links[i];
		zend_long linked = targets_find(t, link->kind, link->target);
		zval *was_pending, *current;

		len = pending_key(key, rec->entity_id, l->type_id[link->type], kind_names[link->kind], link->target);
		was_pending = zend_hash_str_find(&b->pending, key, len);
		if (!linked) {
			/* kept for when the product arrives: written only when new or moved */
			if (!was_pending || Z_LVAL_P(was_pending) != (zend_long) link->position) r = keep_pending(w, rec->entity_id, rec->sku, link);
			if (was_pending) zend_hash_str_del(&b->pending, key, len);
			continue;
		}
		if (was_pending) l->attempt.resolved++; /* its pending row is left over, so removed */
		if (linked == rec->entity_id) {
			self_link_warning(l, rec);
			continue;
		}
		len = link_key(key, 0, link->type, linked);
		if (!zend_hash_str_add_empty_element(&seen, key, len)) continue;
		len = link_key(key, rec->link_id, link->type, linked);
		current = rec->kind == PIMSYNC_RECORD_CHANGED ? zend_hash_str_find(&b->current, key, len) : NULL;
		if (current) {
			zval *pos = zend_hash_index_find(&b->positions, (zend_ulong) Z_LVAL_P(current));
			if (!pos || Z_LVAL_P(pos) != (zend_long) link->position) {
				r = set_position(w, link->type, Z_LVAL_P(current), link->position);
				l->attempt.repositioned++;
				rec->links_changed = true;
			}
		} else {
			r = add_link(w, rec->link_id, link->type, linked, link->position);
			l->attempt.written++;
			rec->links_changed = true;
		}
		len = link_key(key, rec->entity_id, link->type, linked);
		if (r == SUCCESS && zend_hash_str_del(&b->owned, key, len) == FAILURE) r = own_link(w, rec->entity_id, link->type, linked, rec->kind == PIMSYNC_RECORD_NEW);
	}
	zend_hash_destroy(&seen);
	return r;
}

/* Links pimsync wrote that the feed no longer lists, and pending links it no longer names. */
static zend_result remove_leftovers(batch_links *b, link_writes *w, pimsync_record *recs, uint32_t n)
{
	HashTable by_entity; /* entity id => record, for its link id */
	zend_string *key;
	zend_result r = SUCCESS;

	zend_hash_init(&by_entity, n, NULL, NULL, 0);
	for (uint32_t i = 0; i < n; i++) {
		if (recs[i].kind == PIMSYNC_RECORD_CHANGED) zend_hash_index_update_ptr(&by_entity, (zend_ulong) recs[i].entity_id, &recs[i]);
	}
	ZEND_HASH_FOREACH_STR_KEY(&b->owned, key) {
		zend_long entity_id, linked;
		int type;
		char current_key[KEY_MAX];
		if (sscanf(ZSTR_VAL(key), ZEND_LONG_FMT "/%d/" ZEND_LONG_FMT, &entity_id, &type, &linked) != 3) continue;
		pimsync_record *rec = zend_hash_index_find_ptr(&by_entity, (zend_ulong) entity_id);
		if (!rec) continue;
		/* a link already gone from Magento (a merchant removed it) only loses its ownership row */
		zval *current = zend_hash_str_find(&b->current, current_key, link_key(current_key, rec->link_id, type, linked));
		if (current) {
			if ((r = remove_link(w, Z_LVAL_P(current))) == FAILURE) break;
			b->l->attempt.removed++;
			rec->links_changed = true;
		}
		if ((r = disown_link(w, entity_id, type, linked)) == FAILURE) break;
	} ZEND_HASH_FOREACH_END();
	if (r == SUCCESS) {
		ZEND_HASH_FOREACH_STR_KEY(&b->pending, key) {
			zend_long entity_id, link_type_id;
			int kind_at = 0;
			if (sscanf(ZSTR_VAL(key), ZEND_LONG_FMT "/" ZEND_LONG_FMT "/%n", &entity_id, &link_type_id, &kind_at) != 2 || !kind_at) continue;
			const char *kind = ZSTR_VAL(key) + kind_at, *slash = strchr(kind, '/');
			if (!slash) continue;
			r = drop_pending(w, entity_id, link_type_id, kind, (size_t) (slash - kind), slash + 1,
			                 ZSTR_LEN(key) - (size_t) (slash + 1 - ZSTR_VAL(key)));
			if (r == FAILURE) break;
		} ZEND_HASH_FOREACH_END();
	}
	zend_hash_destroy(&by_entity);
	return r;
}

/* The link types and position attributes new products' links name, share-locked
 * like their products (the run read them at its start). */
static zend_result hold_link_kinds(pimsync_links *l)
{
	HashTable types, positions;
	zend_result r;
	zend_hash_init(&types, PIMSYNC_LINK_TYPES, NULL, NULL, 0);
	zend_hash_init(&positions, PIMSYNC_LINK_TYPES, NULL, NULL, 0);
	for (int t = 0; t < PIMSYNC_LINK_TYPES; t++) {
		if (l->type_id[t]) zend_hash_index_add_empty_element(&types, (zend_ulong) l->type_id[t]);
		if (l->position_id[t]) zend_hash_index_add_empty_element(&positions, (zend_ulong) l->position_id[t]);
	}
	r = pimsync_db_hold_rows(l->db, "catalog_product_link_type", "link_type_id", &types);
	if (r == SUCCESS) r = pimsync_db_hold_rows(l->db, "catalog_product_link_attribute", "product_link_attribute_id", &positions);
	if (r == SUCCESS && (zend_hash_num_elements(&types) || zend_hash_num_elements(&positions))) {
		pimsync_error_set(l->db->err, "a product link type or its position attribute is no longer in Magento "
		                  "(catalog_product_link_type, catalog_product_link_attribute): it was deleted after this run read them");
		r = FAILURE;
	}
	zend_hash_destroy(&types);
	zend_hash_destroy(&positions);
	return r;
}

zend_result pimsync_links_write(pimsync_links *l, pimsync_record *recs, uint32_t n)
{
	batch_links b = { .l = l };
	link_targets t;
	link_writes w;
	bool any = false;
	zend_result r;

	memset(&l->attempt, 0, sizeof(l->attempt)); /* a retried batch counts once */
	for (uint32_t i = 0; i < n; i++) recs[i].links_changed = false;
	if (remember_uuids(l, recs, n) == FAILURE) return FAILURE;
	for (uint32_t i = 0; i < n && !any; i++) any = recs[i].nlinks || (recs[i].kind == PIMSYNC_RECORD_CHANGED && !recs[i].keep_links);
	if (!any) return SUCCESS;

	targets_init(&t, l);
	for (uint32_t i = 0; i < n; i++) {
		for (uint32_t j = 0; j < recs[i].nlinks; j++) targets_want(&t, recs[i].links[j].kind, recs[i].links[j].target);
	}
	zend_hash_init(&b.current, 64, NULL, NULL, 0);
	zend_hash_init(&b.positions, 64, NULL, NULL, 0);
	zend_hash_init(&b.owned, 64, NULL, NULL, 0);
	zend_hash_init(&b.pending, 16, NULL, NULL, 0);
	writes_init(&w, l);
	for (uint32_t i = 0; i < n; i++) {
		if (recs[i].kind == PIMSYNC_RECORD_NEW && recs[i].nlinks) zend_hash_index_add_empty_element(&w.fresh_products, (zend_ulong) recs[i].link_id);
	}
	bool hold = zend_hash_num_elements(&w.fresh_products) > 0;
	r = targets_load(&t, hold);
	if (r == SUCCESS && hold) r = hold_link_kinds(l);
	if (r == SUCCESS) r = read_current(&b, recs, n);
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) r = diff_record(&b, &t, &w, &recs[i]);
	if (r == SUCCESS) r = remove_leftovers(&b, &w, recs, n);
	if (r == SUCCESS) r = writes_flush(&w);
	for (uint32_t i = 0; i < n; i++) if (recs[i].links_changed && recs[i].kind == PIMSYNC_RECORD_CHANGED) recs[i].rows_changed++;
	writes_free(&w);
	zend_hash_destroy(&b.current);
	zend_hash_destroy(&b.positions);
	zend_hash_destroy(&b.owned);
	zend_hash_destroy(&b.pending);
	targets_free(&t);
	return r;
}

/* ---- pending links, after the batches ---- */

typedef struct {
	zend_long entity_id, position;
	int type, kind;
	zend_string *sku, *kind_name, *target;
} pending_row;

typedef struct {
	pending_row *rows;
	uint32_t n, cap;
	smart_str entities;   /* the chunk's linking products, comma-separated */
	zend_long last;       /* highest of them */
	HashTable link_ids;   /* entity id => its live link id (row_id or entity_id) */
} pending_chunk;

static bool chunk_product_cb(void *ctx, HashTable *row)
{
	pending_chunk *c = ctx;
	c->last = col_long(row, 0);
	smart_str_appends(&c->entities, c->entities.s ? "," : "");
	smart_str_append_long(&c->entities, c->last);
	return true;
}

static bool chunk_row_cb(void *ctx, HashTable *row)
{
	pending_chunk *c = ctx;
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 64;
		c->rows = erealloc(c->rows, c->cap * sizeof(pending_row));
	}
	pending_row *p = &c->rows[c->n++];
	p->entity_id = col_long(row, 0);
	p->sku = col_str(row, 1);
	p->type = (int) col_long(row, 2); /* Magento's id until mapped below */
	p->kind_name = col_str(row, 3);
	p->kind = kind_of_name(p->kind_name);
	p->target = col_str(row, 4);
	p->position = col_long(row, 5);
	return true;
}

static bool chunk_link_id_cb(void *ctx, HashTable *row)
{
	pending_chunk *c = ctx;
	zval id;
	ZVAL_LONG(&id, col_long(row, 1));
	zend_hash_index_update(&c->link_ids, (zend_ulong) col_long(row, 0), &id);
	return true;
}

static void chunk_free(pending_chunk *c)
{
	for (uint32_t i = 0; i < c->n; i++) {
		zend_string_release(c->rows[i].sku);
		zend_string_release(c->rows[i].kind_name);
		zend_string_release(c->rows[i].target);
	}
	if (c->rows) efree(c->rows);
	smart_str_free(&c->entities);
	zend_hash_destroy(&c->link_ids);
}

/* One chunk of linking products, in one transaction. *more: rows remain after it. */
static zend_result resolve_chunk(pimsync_links *l, zend_long *after, bool *more, zend_long *waiting, smart_str *example)
{
	pending_chunk c = {0};
	smart_str sql = {0};
	link_targets t;
	link_writes w;
	zend_result r;
	zend_long resolved = 0, written = 0;
	HashTable linking; /* entity ids given a link: reported changed once the chunk commits */

	zend_hash_init(&c.link_ids, 64, NULL, NULL, 0);
	smart_str_appends(&sql, "SELECT product_id FROM pimsync_link_pending WHERE product_id > ");
	smart_str_append_long(&sql, *after);
	smart_str_appends(&sql, " GROUP BY product_id ORDER BY product_id LIMIT ");
	smart_str_append_long(&sql, PENDING_CHUNK);
	smart_str_0(&sql);
	r = pimsync_db_each_row(l->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), chunk_product_cb, &c);
	smart_str_free(&sql);
	*more = false;
	if (r == FAILURE || !c.entities.s) {
		chunk_free(&c);
		return r;
	}
	*after = c.last;
	smart_str_appends(&sql, "SELECT product_id, sku, link_type_id, target_kind, target, position FROM pimsync_link_pending WHERE product_id IN (");
	smart_str_append_smart_str(&sql, &c.entities);
	smart_str_appends(&sql, ") ORDER BY product_id, link_type_id, position");
	smart_str_0(&sql);
	r = pimsync_db_each_row(l->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), chunk_row_cb, &c);
	ZSTR_LEN(sql.s) = 0;
	if (r == SUCCESS) {
		smart_str_appends(&sql, "SELECT entity_id, ");
		smart_str_appends(&sql, l->link);
		smart_str_appends(&sql, " FROM catalog_product_entity WHERE entity_id IN (");
		smart_str_append_smart_str(&sql, &c.entities);
		smart_str_appendc(&sql, ')');
		pimsync_meta_append_live(l->meta, &sql, NULL);
		smart_str_0(&sql);
		r = pimsync_db_each_row(l->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), chunk_link_id_cb, &c);
	}
	smart_str_free(&sql);
	*more = c.n > 0;

	targets_init(&t, l);
	writes_init(&w, l);
	zend_hash_init(&linking, 64, NULL, NULL, 0);
	for (uint32_t i = 0; i < c.n; i++) if (c.rows[i].kind >= 0) targets_want(&t, c.rows[i].kind, c.rows[i].target);
	if (r == SUCCESS) r = pimsync_db_begin(l->db);
	if (r == SUCCESS) r = targets_load(&t, false);
	for (uint32_t i = 0; i < c.n && r == SUCCESS; i++) {
		pending_row *p = &c.rows[i];
		zend_long magento_type = p->type;
		zval *link_id = zend_hash_index_find(&c.link_ids, (zend_ulong) p->entity_id);
		zend_long linked;
		p->type = type_of_id(l, magento_type);
		if (p->type < 0 || p->kind < 0 || !link_id) {
			/* the linking product is gone, or its type no longer synced: nothing waits any more */
			r = drop_pending(&w, p->entity_id, magento_type, ZSTR_VAL(p->kind_name), ZSTR_LEN(p->kind_name), ZSTR_VAL(p->target),
			                 ZSTR_LEN(p->target));
			continue;
		}
		linked = targets_find(&t, p->kind, p->target);
		if (!linked) {
			if (!(*waiting)++) {
				smart_str_append(example, p->sku);
				smart_str_appends(example, " → ");
				smart_str_appends(example, pimsync_link_type_names[p->type]);
				smart_str_appendc(example, ' ');
				smart_str_appends(example, kind_names[p->kind]);
				smart_str_appendc(example, ' ');
				smart_str_append(example, p->target);
			}
			continue;
		}
		r = drop_pending(&w, p->entity_id, magento_type, ZSTR_VAL(p->kind_name), ZSTR_LEN(p->kind_name), ZSTR_VAL(p->target),
		                 ZSTR_LEN(p->target));
		if (r == FAILURE || linked == p->entity_id) continue;
		/* the linking product did not change: its link is written as the feed last named it */
		r = add_link(&w, Z_LVAL_P(link_id), p->type, linked, p->position);
		if (r == SUCCESS) r = own_link(&w, p->entity_id, p->type, linked, false);
		resolved++;
		written++;
		zend_hash_index_add_empty_element(&linking, (zend_ulong) p->entity_id);
	}
	if (r == SUCCESS) r = writes_flush(&w);
	if (r == SUCCESS) r = pimsync_db_commit(l->db);
	if (r == FAILURE) {
		pimsync_db_rollback(l->db);
	} else {
		zend_ulong entity_id;
		l->stats->links_resolved += resolved;
		l->stats->links_written += written;
		ZEND_HASH_FOREACH_NUM_KEY(&linking, entity_id) {
			pimsync_stats_changed(l->stats, (zend_long) entity_id, "updated", NULL);
		} ZEND_HASH_FOREACH_END();
	}
	zend_hash_destroy(&linking);
	writes_free(&w);
	targets_free(&t);
	chunk_free(&c);
	return r;
}

zend_result pimsync_links_resolve_pending(pimsync_links *l)
{
	zend_long after = 0, waiting = 0;
	smart_str example = {0};
	bool more = true;
	zend_result r = SUCCESS;

	while (more && r == SUCCESS) r = resolve_chunk(l, &after, &more, &waiting, &example);
	l->stats->links_pending = waiting;
	if (r == SUCCESS && waiting) {
		smart_str_0(&example);
		pimsync_stats_warn(l->stats, "links_pending", NULL,
		                   ZEND_LONG_FMT " product link%s wait%s for products Magento does not have yet (first: %s); each is written"
		                   " when its product arrives (pimsync_link_pending)", waiting, waiting == 1 ? "" : "s",
		                   waiting == 1 ? "s" : "", ZSTR_VAL(example.s));
	}
	smart_str_free(&example);
	return r;
}
