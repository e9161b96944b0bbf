#include "php.h"
#include "zend_smart_str.h"
#include "product_writer.h"
#include "validation_rules.h"
#include "sql_writer.h"
#include "value_normalize.h"
#include "value_fit.h"
#include "magento_sku.h"
#include "category_links.h"
#include "configurable_links.h"

#define BATCH_ATTEMPTS 3

/* ---- small SQL helpers ---- */

static void append_id_list(smart_str *sql, const zend_long *ids, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		if (i) smart_str_appendc(sql, ',');
		smart_str_append_long(sql, ids[i]);
	}
}

static zend_long col_long(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v ? zval_get_long(v) : 0;
}

/* A key for (link id, attribute, store) in one machine word. PHP hashes an
 * integer key by its low bits, so the id that varies most goes there. */
static inline zend_ulong value_key(zend_long link_id, zend_long attribute_id, zend_long store_id)
{
	return ((zend_ulong) store_id << 48) | ((zend_ulong) attribute_id << 32) | (zend_ulong) link_id;
}

/* (product, category) likewise, product id in the low bits. */
static inline zend_ulong link_key(zend_long product_id, zend_long category_id)
{
	return ((zend_ulong) category_id << 32) | (zend_ulong) product_id;
}

static bool website_cb(void *ctx, HashTable *row)
{
	pimsync_writer *w = ctx;
	zval id;
	ZVAL_LONG(&id, col_long(row, 0));
	zend_hash_next_index_insert(&w->store_ids, &id);
	return true;
}

static bool autoinc_cb(void *ctx, HashTable *row)
{
	*(bool *) ctx = col_long(row, 0) != 2; /* 2 = interleaved: ids of one insert may have gaps */
	return false;
}

void pimsync_writer_free(pimsync_writer *w)
{
	zend_hash_destroy(&w->website_ids);
	zend_hash_destroy(&w->store_ids);
	pimsync_product_rewrites_free(&w->rewrites);
	zval_ptr_dtor(&w->pending_changes);
	pimsync_url_keys_free(&w->url_keys);
	pimsync_attribute_sets_free(&w->sets);
	pimsync_stock_writer_free(&w->stock);
}

/* Installs upgraded from a version that did not record its links: the
 * links it would have removed become pimsync's, once (category_links.h). */
static zend_result adopt_category_links(pimsync_writer *w)
{
	HashTable managed;
	zval *v;
	zend_result r;

	zend_hash_init(&managed, 64, NULL, NULL, 0);
	ZEND_HASH_FOREACH_VAL(&w->meta->categories, v) {
		zend_hash_index_add(&managed, Z_LVAL_P(v), v);
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_VAL(w->cfg->category_map, v) {
		zend_hash_index_add(&managed, zval_get_long(v), v);
	} ZEND_HASH_FOREACH_END();
	r = pimsync_category_links_adopt(w->db, &managed);
	zend_hash_destroy(&managed);
	return r;
}

zend_result pimsync_writer_init(pimsync_writer *w, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                                pimsync_run_stats *stats, pimsync_delta_state *state, zend_long run_id,
                                pimsync_error *err)
{
	zval *code, *id;
	smart_str sql = {0};
	zend_result r;

	memset(w, 0, sizeof(*w));
	w->db = db;
	w->cfg = cfg;
	w->meta = meta;
	w->stats = stats;
	w->state = state;
	w->run_id = run_id;
	w->link = meta->row_id ? "row_id" : "entity_id";
	zend_hash_init(&w->website_ids, 4, NULL, NULL, 0);
	zend_hash_init(&w->store_ids, 8, NULL, NULL, 0);
	array_init(&w->pending_changes);
	pimsync_url_keys_init(&w->url_keys, db, cfg, meta, w->link);

	ZEND_HASH_FOREACH_VAL(cfg->websites, code) {
		if (!(id = zend_hash_find(&meta->websites, Z_STR_P(code))) || Z_LVAL_P(id) == 0) {
			pimsync_error_set(err, "%s: website \"%s\" is not in Magento's store_website table",
			                  ZSTR_VAL(cfg->origin), Z_STRVAL_P(code));
			pimsync_writer_free(w);
			return FAILURE;
		}
		zend_hash_next_index_insert(&w->website_ids, id);
	} ZEND_HASH_FOREACH_END();

	smart_str_appends(&sql, "SELECT store_id FROM store WHERE store_id > 0 AND website_id IN (");
	ZEND_HASH_FOREACH_VAL(&w->website_ids, id) {
		if (ZSTR_LEN(sql.s) && ZSTR_VAL(sql.s)[ZSTR_LEN(sql.s) - 1] != '(') smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, Z_LVAL_P(id));
	} ZEND_HASH_FOREACH_END();
	smart_str_appends(&sql, ") ORDER BY store_id");
	smart_str_0(&sql);
	r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), website_cb, w);
	smart_str_free(&sql);
	w->sequential_autoinc = true;
	if (r == SUCCESS) r = pimsync_db_each_row(db, "SELECT @@innodb_autoinc_lock_mode", 33, autoinc_cb, &w->sequential_autoinc);
	if (r == SUCCESS) r = pimsync_attribute_sets_init(&w->sets, db, cfg, meta, stats);
	if (r == SUCCESS) r = pimsync_stock_writer_init(&w->stock, db, cfg, meta, stats, err);
	if (r == SUCCESS) r = adopt_category_links(w);
	if (r == SUCCESS) r = pimsync_product_rewrites_init(&w->rewrites, db, cfg, meta, stats, state, w->link, &w->store_ids);
	if (r == SUCCESS) r = pimsync_links_init(&w->links, db, cfg, meta, stats, run_id, err);
	if (r == FAILURE) {
		pimsync_writer_free(w);
		return FAILURE;
	}
	if (cfg->load_data) pimsync_db_enable_load_data(db);
	return SUCCESS;
}


static void pending_change(pimsync_writer *w, zend_long entity_id, const char *action, zend_string *code)
{
	zval entry;
	array_init_size(&entry, 3);
	add_next_index_long(&entry, entity_id);
	add_next_index_string(&entry, action);
	if (code) add_next_index_str(&entry, zend_string_copy(code));
	else add_next_index_null(&entry);
	add_next_index_zval(&w->pending_changes, &entry);
}

void pimsync_writer_changed(pimsync_writer *w, zend_long entity_id, zend_string *code)
{
	pending_change(w, entity_id, "updated", code);
}

/* ---- 1. which records exist in Magento ---- */

typedef struct {
	pimsync_record *recs;
	bool inserted;    /* reading back rows just inserted: the records stay NEW */
	HashTable by_sku; /* pimsync_sku_key() => record index */
} resolve_ctx;

static bool resolve_cb(void *ctx, HashTable *row)
{
	resolve_ctx *c = ctx;
	zend_string *raw = zval_get_string(zend_hash_index_find(row, 1)), *s = pimsync_sku_key(raw);
	zval *idx = zend_hash_find(&c->by_sku, s);
	zend_string_release(raw);
	zend_string_release(s);
	if (!idx) return true;
	pimsync_record *rec = &c->recs[Z_LVAL_P(idx)];
	/* Magento does not make sku unique: keep the oldest product */
	if (c->inserted || rec->entity_id == 0 || col_long(row, 0) < rec->entity_id) {
		if (!c->inserted) rec->kind = PIMSYNC_RECORD_CHANGED;
		rec->entity_id = col_long(row, 0);
		rec->link_id = col_long(row, 2);
		rec->current_set_id = col_long(row, 3);
	}
	return true;
}

/* Reads the ids of the records' products by SKU, in one query (only the NEW
 * records' when inserted: the rows this batch just created). */
static zend_result read_ids_by_sku(pimsync_writer *w, pimsync_record *recs, uint32_t n, bool inserted)
{
	resolve_ctx c = { .recs = recs, .inserted = inserted };
	smart_str sql = {0};
	zend_result r;
	uint32_t k = 0;

	zend_hash_init(&c.by_sku, n, NULL, NULL, 0);
	smart_str_appends(&sql, "SELECT entity_id, sku, ");
	smart_str_appends(&sql, w->link);
	smart_str_appends(&sql, ", attribute_set_id FROM catalog_product_entity WHERE sku IN (");
	for (uint32_t i = 0; i < n; i++) {
		if (inserted && recs[i].kind != PIMSYNC_RECORD_NEW) continue;
		zval idx;
		ZVAL_LONG(&idx, i);
		zend_string *lc = pimsync_sku_key(recs[i].sku); /* as Magento's collation compares SKUs */
		zend_hash_update(&c.by_sku, lc, &idx);
		zend_string_release(lc);
		if (k++) smart_str_appendc(&sql, ',');
		pimsync_sql_quote(w->db, &sql, ZSTR_VAL(recs[i].sku), ZSTR_LEN(recs[i].sku));
	}
	smart_str_appendc(&sql, ')');
	pimsync_meta_append_live(w->meta, &sql, NULL);
	smart_str_0(&sql);
	r = k ? pimsync_db_each_row(w->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), resolve_cb, &c) : SUCCESS;
	smart_str_free(&sql);
	zend_hash_destroy(&c.by_sku);
	return r;
}

static zend_result resolve_entities(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		recs[i].kind = PIMSYNC_RECORD_NEW;
		recs[i].entity_id = recs[i].link_id = recs[i].current_set_id = 0;
		recs[i].rows_changed = 0;
		recs[i].url_changed = false;
		recs[i].categories_changed = false;
	}
	return read_ids_by_sku(w, recs, n, false);
}

/* ---- 2. new entities ---- */

static zend_result insert_new_entities(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	pimsync_bulk bulk;
	zend_long first_seq = 0;
	uint32_t n_new = 0, k = 0;
	smart_str sql = {0};
	zend_result r = SUCCESS;

	for (uint32_t i = 0; i < n; i++) if (recs[i].kind == PIMSYNC_RECORD_NEW) n_new++;
	if (!n_new) return SUCCESS;

	if (w->meta->row_id) {
		/* Commerce: the entity id comes from sequence_product */
		if (w->sequential_autoinc) {
			smart_str_appends(&sql, "INSERT INTO sequence_product (sequence_value) VALUES (NULL)");
			for (uint32_t i = 1; i < n_new; i++) smart_str_appends(&sql, ",(NULL)");
			if (pimsync_db_exec_str(w->db, &sql, NULL) == FAILURE) { smart_str_free(&sql); return FAILURE; }
			zval id;
			if (pimsync_db_fetch_one(w->db, "SELECT LAST_INSERT_ID()", &id) == FAILURE) { smart_str_free(&sql); return FAILURE; }
			first_seq = zval_get_long(&id);
			zval_ptr_dtor(&id);
		}
		for (uint32_t i = 0; i < n; i++) {
			if (recs[i].kind != PIMSYNC_RECORD_NEW) continue;
			if (w->sequential_autoinc) {
				recs[i].entity_id = first_seq + k++;
			} else {
				zval id;
				static const char one[] = "INSERT INTO sequence_product (sequence_value) VALUES (NULL)";
				if (pimsync_db_exec(w->db, one, sizeof(one) - 1, NULL) == FAILURE
				    || pimsync_db_fetch_one(w->db, "SELECT LAST_INSERT_ID()", &id) == FAILURE) {
					smart_str_free(&sql);
					return FAILURE;
				}
				recs[i].entity_id = zval_get_long(&id);
				zval_ptr_dtor(&id);
			}
		}
		pimsync_stats_rows(w->stats, "sequence_product", n_new);
		pimsync_bulk_init(&bulk, w->db, w->stats, "catalog_product_entity",
			"INSERT INTO catalog_product_entity (entity_id, created_in, updated_in, attribute_set_id, type_id, sku,"
			" has_options, required_options, created_at, updated_at) VALUES ", "");
	} else {
		pimsync_bulk_init(&bulk, w->db, w->stats, "catalog_product_entity",
			"INSERT INTO catalog_product_entity (attribute_set_id, type_id, sku, has_options, required_options,"
			" created_at, updated_at) VALUES ", "");
	}
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		if (recs[i].kind != PIMSYNC_RECORD_NEW) continue;
		smart_str *row = pimsync_bulk_row(&bulk);
		if (w->meta->row_id) {
			smart_str_append_long(row, recs[i].entity_id);
			smart_str_appends(row, ",1,2147483647,");
		}
		smart_str_append_long(row, recs[i].attribute_set_id);
		smart_str_appends(row, recs[i].configurable ? ",'configurable'," : ",'simple',");
		pimsync_sql_quote(w->db, row, ZSTR_VAL(recs[i].sku), ZSTR_LEN(recs[i].sku));
		smart_str_appends(row, ",0,0,NOW(),NOW()");
		r = pimsync_bulk_row_end(&bulk);
	}
	if (r == SUCCESS) r = pimsync_bulk_flush(&bulk);
	pimsync_bulk_free(&bulk);
	smart_str_free(&sql);
	if (r == FAILURE) return FAILURE;
	/* read the ids back by sku: nothing else had these skus a moment ago */
	return read_ids_by_sku(w, recs, n, true);
}

static pimsync_value *find_value(pimsync_record *rec, pimsync_attribute *attr, zend_long store_id)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		if (rec->values[i].attr == attr && rec->values[i].store_id == store_id) return &rec->values[i];
	}
	return NULL;
}

/* ---- 4. values: read what Magento holds, write what differs ---- */

static bool current_cb(void *ctx, HashTable *row)
{
	HashTable *current = ctx;
	zval *v = zend_hash_index_find(row, 3), z;
	if (v && Z_TYPE_P(v) != IS_NULL) ZVAL_STR(&z, zval_get_string(v));
	else ZVAL_NULL(&z);
	zend_hash_index_update(current, value_key(col_long(row, 0), col_long(row, 1), col_long(row, 2)), &z);
	return true;
}

static zend_result read_current_values(pimsync_writer *w, pimsync_record *recs, uint32_t n, pimsync_backend bt,
                                       HashTable *current)
{
	smart_str sql = {0};
	zend_result r;
	uint32_t k = 0;
	bool any = false;

	for (uint32_t i = 0; i < n && !any; i++) {
		if (recs[i].kind != PIMSYNC_RECORD_CHANGED) continue;
		for (uint32_t j = 0; j < recs[i].nvalues && !any; j++) any = recs[i].values[j].attr->backend == bt;
	}
	if (!any) return SUCCESS;
	smart_str_appends(&sql, "SELECT ");
	smart_str_appends(&sql, w->link);
	smart_str_appends(&sql, ", attribute_id, store_id, value FROM catalog_product_entity_");
	smart_str_appends(&sql, pimsync_backend_names[bt]);
	smart_str_appends(&sql, " WHERE ");
	smart_str_appends(&sql, w->link);
	smart_str_appends(&sql, " IN (");
	for (uint32_t i = 0; i < n; i++) {
		if (recs[i].kind != PIMSYNC_RECORD_CHANGED) continue;
		if (k++) smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, recs[i].link_id);
	}
	/* every attribute of these products: an attribute filter can tempt the
	 * optimizer into the attribute_id index and a scan of the whole table */
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	r = pimsync_db_each_row(w->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), current_cb, current);
	smart_str_free(&sql);
	return r;
}

/* New products' value rows go in without the server's foreign-key lookups
 * (pimsync_bulk_parents_held): their products were inserted by this
 * transaction, and the attributes and store views the rows name are
 * share-locked here, so none can be deleted before the commit. One already
 * gone (deleted since the run read Magento's metadata) fails the batch by name. */
static zend_result hold_value_parents(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	HashTable attributes, stores;
	zend_result r;
	zend_hash_init(&attributes, 64, NULL, NULL, 0);
	zend_hash_init(&stores, 8, NULL, NULL, 0);
	for (uint32_t i = 0; i < n; i++) {
		if (recs[i].kind != PIMSYNC_RECORD_NEW) continue;
		for (uint32_t j = 0; j < recs[i].nvalues; j++) {
			pimsync_value *v = &recs[i].values[j];
			if (!v->value) continue;
			zend_hash_index_update_ptr(&attributes, (zend_ulong) v->attr->id, v->attr);
			zend_hash_index_add_empty_element(&stores, (zend_ulong) v->store_id);
		}
	}
	r = pimsync_db_hold_rows(w->db, "eav_attribute", "attribute_id", &attributes);
	if (r == SUCCESS) r = pimsync_db_hold_rows(w->db, "store", "store_id", &stores);
	if (r == SUCCESS && zend_hash_num_elements(&attributes)) {
		pimsync_attribute *gone = zend_hash_get_current_data_ptr(&attributes);
		pimsync_error_set(w->db->err, "attribute %s (id %ld) is no longer in Magento: it was deleted after this run read "
		                  "Magento's attributes; run the sync again", ZSTR_VAL(gone->code), (long) gone->id);
		r = FAILURE;
	} else if (r == SUCCESS && zend_hash_num_elements(&stores)) {
		zend_ulong gone;
		zend_hash_get_current_key(&stores, NULL, &gone);
		pimsync_error_set(w->db->err, "store view %ld is no longer in Magento: it was deleted after this run read "
		                  "Magento's store views; run the sync again", (long) gone);
		r = FAILURE;
	}
	zend_hash_destroy(&attributes);
	zend_hash_destroy(&stores);
	return r;
}

static zend_result write_values(pimsync_writer *w, pimsync_record *recs, uint32_t n, double *diff_seconds)
{
	if (hold_value_parents(w, recs, n) == FAILURE) return FAILURE;
	zend_result r = SUCCESS;
	for (int bt = PIMSYNC_BACKEND_VARCHAR; bt < PIMSYNC_BACKEND_COUNT && r == SUCCESS; bt++) {
		char table[64], head[160], del_head[160];
		HashTable current;
		pimsync_bulk upsert, insert, del;
		double t0 = pimsync_now();

		snprintf(table, sizeof(table), "catalog_product_entity_%s", pimsync_backend_names[bt]);
		snprintf(head, sizeof(head), "INSERT INTO %s (%s, attribute_id, store_id, value) VALUES ", table, w->link);
		snprintf(del_head, sizeof(del_head), "DELETE FROM %s WHERE (%s, attribute_id, store_id) IN (", table, w->link);
		zend_hash_init(&current, 256, NULL, ZVAL_PTR_DTOR, 0);
		r = read_current_values(w, recs, n, (pimsync_backend) bt, &current);
		*diff_seconds += pimsync_now() - t0;
		pimsync_bulk_init(&upsert, w->db, w->stats, table, head, " ON DUPLICATE KEY UPDATE value = VALUES(value)");
		/* a new product has no rows yet: a plain insert spares the server the duplicate-key path */
		pimsync_bulk_init(&insert, w->db, w->stats, table, head, "");
		pimsync_bulk_use_load_data(&insert, w->meta->row_id ? "row_id, attribute_id, store_id, value"
		                                                    : "entity_id, attribute_id, store_id, value");
		pimsync_bulk_parents_held(&insert);
		pimsync_bulk_init(&del, w->db, NULL, table, del_head, ")");
		pimsync_bulk_strict(&upsert);
		pimsync_bulk_strict(&insert);

		for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
			pimsync_record *rec = &recs[i];
			bool is_new = rec->kind == PIMSYNC_RECORD_NEW;
			for (uint32_t j = 0; j < rec->nvalues && r == SUCCESS; j++) {
				pimsync_value *v = &rec->values[j];
				if ((int) v->attr->backend != bt) continue;
				zval *cur = is_new ? NULL : zend_hash_index_find(&current, value_key(rec->link_id, v->attr->id, v->store_id));
				if (!v->value) {
					if (!cur) continue; /* nothing stored, nothing to remove */
					smart_str *row = pimsync_bulk_row(&del);
					smart_str_append_long(row, rec->link_id);
					smart_str_appendc(row, ',');
					smart_str_append_long(row, v->attr->id);
					smart_str_appendc(row, ',');
					smart_str_append_long(row, v->store_id);
					r = pimsync_bulk_row_end(&del);
				} else {
					if (cur && Z_TYPE_P(cur) == IS_STRING && zend_string_equals(Z_STR_P(cur), v->value)) continue;
					/* layer 2: a value too far from the one Magento has (another system's) is left out */
					if (cur && Z_TYPE_P(cur) == IS_STRING && w->validation && w->validation->ndrift
					    && pimsync_validation_drifts(w->validation, rec, v, Z_STR_P(cur))) continue;
					pimsync_bulk *target = is_new ? &insert : &upsert;
					pimsync_bulk_row(target);
					pimsync_bulk_long(target, rec->link_id);
					pimsync_bulk_long(target, v->attr->id);
					pimsync_bulk_long(target, v->store_id);
					pimsync_bulk_str(target, ZSTR_VAL(v->value), ZSTR_LEN(v->value));
					r = pimsync_bulk_row_end(target);
				}
				rec->rows_changed++;
				if (w->stats->plan) pimsync_plan_value(w->stats->plan, v->attr->code, v->store_id, rec->sku, cur, v->value, is_new);
				if (v->attr == w->meta->url_key || v->attr == w->meta->visibility) rec->url_changed = true;
				if (!is_new) pending_change(w, rec->entity_id, "updated", v->attr->code);
			}
		}
		if (r == SUCCESS) r = pimsync_bulk_flush(&upsert);
		if (r == SUCCESS) r = pimsync_bulk_flush(&insert);
		if (r == SUCCESS) r = pimsync_bulk_flush(&del);
		if (del.affected) {
			char key[80];
			snprintf(key, sizeof(key), "%s (deleted)", table);
			pimsync_stats_rows(w->stats, key, del.affected);
		}
		pimsync_bulk_free(&upsert);
		pimsync_bulk_free(&insert);
		pimsync_bulk_free(&del);
		zend_hash_destroy(&current);
	}
	return r;
}

/* ---- 5. websites, stock, categories ---- */

/* Ownership (ownership.h): a source that does not own websites assigns a new
 * product to none (Magento's default for a product made without one); the
 * refusal is reported once per product. */
static bool websites_refused(pimsync_writer *w, pimsync_record *rec)
{
	const pimsync_config *cfg = w->cfg;
	pimsync_system owner = cfg->ownership.field_owner[PIMSYNC_FIELD_WEBSITES];
	if (!cfg->ownership.enforced || owner == cfg->source_system) return false;
	if (!rec->websites_refused) {
		zend_string *field = zend_string_init("websites", sizeof("websites") - 1, 0);
		rec->websites_refused = true;
		pimsync_issue_addf(&rec->issues, field, PIMSYNC_ISSUE_NO_STORE, "not_owner", PIMSYNC_ISSUE_REFUSED,
		                   "websites belong to %s; this %s assignment was not applied: the new product is in no website until %s"
		                   " assigns it", pimsync_system_label(owner), cfg->source_system == PIMSYNC_SYSTEM_ERP ? "ERP" : "PIM",
		                   pimsync_system_label(owner));
		zend_string_release(field);
	}
	return true;
}

static zend_result write_websites_for_new(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	pimsync_bulk web;
	zend_result r = SUCCESS;
	zval *website;

	pimsync_bulk_init(&web, w->db, w->stats, "catalog_product_website",
	                  "INSERT IGNORE INTO catalog_product_website (product_id, website_id) VALUES ", "");
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		if (recs[i].website_ids) {
			/* the record names its websites: added to the product's, new or not, as Magento's import adds them */
			if ((recs[i].kind != PIMSYNC_RECORD_NEW && recs[i].kind != PIMSYNC_RECORD_CHANGED) || websites_refused(w, &recs[i])) continue;
			for (uint32_t k = 0; k < recs[i].nwebsites && r == SUCCESS; k++) {
				smart_str *row = pimsync_bulk_row(&web);
				smart_str_append_long(row, recs[i].entity_id);
				smart_str_appendc(row, ',');
				smart_str_append_long(row, recs[i].website_ids[k]);
				r = pimsync_bulk_row_end(&web);
			}
			continue;
		}
		if (recs[i].kind != PIMSYNC_RECORD_NEW) continue;
		if (websites_refused(w, &recs[i])) continue;
		ZEND_HASH_FOREACH_VAL(&w->website_ids, website) {
			smart_str *row = pimsync_bulk_row(&web);
			smart_str_append_long(row, recs[i].entity_id);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, Z_LVAL_P(website));
			if ((r = pimsync_bulk_row_end(&web)) == FAILURE) break;
		} ZEND_HASH_FOREACH_END();
	}
	if (r == SUCCESS) r = pimsync_bulk_flush(&web);
	pimsync_bulk_free(&web);
	return r;
}

/* Stock rows (stock_writer.h); a changed product whose stock moved is an update. */
static zend_result write_stock(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	if (pimsync_stock_write(&w->stock, recs, n) == FAILURE) return FAILURE;
	for (uint32_t i = 0; i < n; i++) {
		if (!recs[i].stock_changed || recs[i].kind != PIMSYNC_RECORD_CHANGED) continue;
		recs[i].rows_changed++;
		pending_change(w, recs[i].entity_id, "updated", w->stock.change_code);
	}
	return SUCCESS;
}

/* Values a new product needs that the feed does not carry. */
static void add_creation_defaults(pimsync_writer *w, pimsync_record *rec)
{
	if (rec->fallback_name && !find_value(rec, w->meta->name, 0)) {
		pimsync_fit fit;
		zend_string *name = pimsync_fit_value(&w->meta->columns[PIMSYNC_COL_VALUE_VARCHAR], zend_string_copy(rec->fallback_name),
		                                      w->cfg->unsupported_characters, &fit);
		if (!name) name = zend_string_copy(rec->sku); /* too long or refused characters: the SKU always fits */
		pimsync_record_add_value(rec, w->meta->name, 0, name);
		pimsync_issue_addf(&rec->issues, w->meta->name->code, 0, "name_fallback", PIMSYNC_ISSUE_FILLED,
		                   "the feed has no name for this new product; it was named from %s%s",
		                   rec->fallback_from && zend_string_equals(name, rec->fallback_name) ? ZSTR_VAL(rec->fallback_from) : "its SKU",
		                   rec->fallback_from && zend_string_equals(name, rec->fallback_name) ? " (name_fallback)" : "");
	}
	if (!find_value(rec, w->meta->visibility, 0)) {
		/* a variant product is shown through its configurable */
		pimsync_record_add_value(rec, w->meta->visibility, 0,
		                         zend_long_to_str(rec->parent_sku ? w->cfg->child_visibility : w->cfg->default_visibility));
	}
	if (!find_value(rec, w->meta->status, 0)) {
		/* Magento shows a product without a status row as enabled: a new product gets one, enabled only when its
		 * source may set the status, else disabled until the status's owner (the ERP) sends it */
		pimsync_record_add_value(rec, w->meta->status, 0, zend_long_to_str(rec->status_on_create ? 1 : 2));
	}
	if (!find_value(rec, w->meta->tax_class_id, 0)) {
		pimsync_record_add_value(rec, w->meta->tax_class_id, 0, zend_long_to_str(w->cfg->default_tax_class_id));
	}
	pimsync_record_finish(rec);
}

static bool category_cb(void *ctx, HashTable *row)
{
	HashTable *current = ctx;
	zend_hash_index_add_empty_element(current, link_key(col_long(row, 0), col_long(row, 1)));
	return true;
}

static bool rec_has_category(pimsync_record *rec, zend_long id)
{
	for (uint32_t i = 0; i < rec->ncategories; i++) if (rec->category_ids[i] == id) return true;
	return false;
}

static zend_ulong link_key_fn(zend_long product_id, zend_long category_id)
{
	return link_key(product_id, category_id);
}

/* Links the feed lists and Magento lacks are written and recorded as
 * pimsync's; a link pimsync wrote and the feed no longer lists is removed.
 * A link that was in Magento first (a merchant's) is never recorded, so it
 * stays whatever the feed says. */
static zend_result write_categories(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	HashTable current, owned;
	pimsync_bulk ins, del, record, forget;
	smart_str sql = {0};
	zend_result r = SUCCESS;
	zend_long *changed = safe_emalloc(n ? n : 1, sizeof(zend_long), 0);
	uint32_t k = 0;

	zend_hash_init(&current, 256, NULL, NULL, 0);
	zend_hash_init(&owned, 256, NULL, NULL, 0);
	for (uint32_t i = 0; i < n; i++) {
		if (recs[i].kind != PIMSYNC_RECORD_CHANGED || recs[i].keep_categories) continue;
		changed[k] = recs[i].entity_id;
		smart_str_appends(&sql, k++ ? "," : "SELECT product_id, category_id FROM catalog_category_product WHERE product_id IN (");
		smart_str_append_long(&sql, recs[i].entity_id);
	}
	if (k) {
		smart_str_appendc(&sql, ')');
		smart_str_0(&sql);
		r = pimsync_db_each_row(w->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), category_cb, &current);
		if (r == SUCCESS) r = pimsync_category_links_read(w->db, changed, k, link_key_fn, &owned);
	}
	smart_str_free(&sql);
	efree(changed);
	pimsync_bulk_init(&ins, w->db, w->stats, "catalog_category_product",
	                  "INSERT IGNORE INTO catalog_category_product (category_id, product_id, position) VALUES ", "");
	pimsync_bulk_init(&del, w->db, NULL, "catalog_category_product",
	                  "DELETE FROM catalog_category_product WHERE (product_id, category_id) IN (", ")");
	pimsync_category_links_record_init(&record, w->db);
	pimsync_category_links_forget_init(&forget, w->db);
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		pimsync_record *rec = &recs[i];
		for (uint32_t j = 0; j < rec->ncategories && r == SUCCESS; j++) {
			zend_ulong key = link_key(rec->entity_id, rec->category_ids[j]);
			if (zend_hash_index_exists(&current, key)) continue;
			smart_str *row = pimsync_bulk_row(&ins);
			smart_str_append_long(row, rec->category_ids[j]);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, rec->entity_id);
			smart_str_appends(row, ",0");
			r = pimsync_bulk_row_end(&ins);
			row = pimsync_bulk_row(&record);
			smart_str_append_long(row, rec->entity_id);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, rec->category_ids[j]);
			if (r == SUCCESS) r = pimsync_bulk_row_end(&record);
			rec->rows_changed++;
			rec->categories_changed = true;
			if (rec->kind == PIMSYNC_RECORD_CHANGED) pending_change(w, rec->entity_id, "updated", NULL);
		}
	}
	/* the links pimsync wrote that the feed dropped: removed from Magento (when
	 * still there) and from the record of what pimsync wrote */
	if (r == SUCCESS && zend_hash_num_elements(&owned)) {
		HashTable by_id; /* entity id => record index */
		zend_ulong key;
		zend_hash_init(&by_id, n, NULL, NULL, 0);
		for (uint32_t i = 0; i < n; i++) {
			if (recs[i].kind != PIMSYNC_RECORD_CHANGED || recs[i].keep_categories) continue;
			zval idx;
			ZVAL_LONG(&idx, i);
			zend_hash_index_update(&by_id, recs[i].entity_id, &idx);
		}
		ZEND_HASH_FOREACH_NUM_KEY(&owned, key) {
			zend_long category_id = (zend_long) (key >> 32), product_id = (zend_long) (key & 0xffffffffu);
			zval *idx = zend_hash_index_find(&by_id, product_id);
			if (!idx) continue;
			pimsync_record *rec = &recs[Z_LVAL_P(idx)];
			if (rec_has_category(rec, category_id)) continue;
			smart_str *row = pimsync_bulk_row(&forget);
			smart_str_append_long(row, product_id);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, category_id);
			if ((r = pimsync_bulk_row_end(&forget)) == FAILURE) break;
			if (!zend_hash_index_exists(&current, key)) continue; /* already gone from Magento */
			row = pimsync_bulk_row(&del);
			smart_str_append_long(row, product_id);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, category_id);
			if ((r = pimsync_bulk_row_end(&del)) == FAILURE) break;
			rec->rows_changed++;
			rec->categories_changed = true;
			pending_change(w, rec->entity_id, "updated", NULL);
		} ZEND_HASH_FOREACH_END();
		zend_hash_destroy(&by_id);
	}
	if (r == SUCCESS) r = pimsync_bulk_flush(&ins);
	if (r == SUCCESS) r = pimsync_bulk_flush(&del);
	if (r == SUCCESS) r = pimsync_bulk_flush(&record);
	if (r == SUCCESS) r = pimsync_bulk_flush(&forget);
	if (del.affected) pimsync_stats_rows(w->stats, "catalog_category_product (deleted)", del.affected);
	pimsync_bulk_free(&ins);
	pimsync_bulk_free(&del);
	pimsync_bulk_free(&record);
	pimsync_bulk_free(&forget);
	zend_hash_destroy(&current);
	zend_hash_destroy(&owned);
	return r;
}

/* ---- 5b. product links (product_links.h) ---- */

static zend_result write_product_links(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	if (pimsync_links_write(&w->links, recs, n) == FAILURE) return FAILURE;
	for (uint32_t i = 0; i < n; i++) {
		if (recs[i].links_changed && recs[i].kind == PIMSYNC_RECORD_CHANGED) pending_change(w, recs[i].entity_id, "updated", NULL);
	}
	return SUCCESS;
}

/* ---- 7. state, value issues and the changed-entity log ---- */

/* A record with a value left out is not "done": no raw hash (its bytes are
 * parsed again) and the marker record hash 1 (never equal to a mapped
 * record's), so the next run writes what it can and reports the rest again. */
static void stored_hashes(const pimsync_record *rec, uint64_t *raw_hash, uint64_t *record_hash)
{
	*raw_hash = rec->issues.left_out ? 0 : rec->raw_hash;
	*record_hash = rec->issues.left_out ? PIMSYNC_STATE_LEFT_OUT : rec->record_hash;
}

static void codes_dtor(zval *zv)
{
	zend_string_release((zend_string *) Z_PTR_P(zv));
}

static zend_result write_bookkeeping(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	pimsync_bulk state, log, issues;
	smart_str touched = {0};
	HashTable changed_codes; /* entity id => "code,code" of this batch's value changes */
	zval *change;

	zend_hash_init(&changed_codes, 64, NULL, codes_dtor, 0);
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(w->pending_changes), change) {
		zval *id = zend_hash_index_find(Z_ARRVAL_P(change), 0), *code = zend_hash_index_find(Z_ARRVAL_P(change), 2);
		if (Z_TYPE_P(code) != IS_STRING) continue;
		zend_string *codes = zend_hash_index_find_ptr(&changed_codes, Z_LVAL_P(id));
		if (!codes) {
			zend_hash_index_add_ptr(&changed_codes, Z_LVAL_P(id), zend_string_copy(Z_STR_P(code)));
			continue;
		}
		/* values arrive grouped by attribute: the last code is the one to compare */
		size_t len = ZSTR_LEN(codes), clen = Z_STRLEN_P(code);
		if (len >= clen && memcmp(ZSTR_VAL(codes) + len - clen, Z_STRVAL_P(code), clen) == 0
		    && (len == clen || ZSTR_VAL(codes)[len - clen - 1] == ',')) continue;
		zend_string *joined = zend_string_concat3(ZSTR_VAL(codes), len, ",", 1, Z_STRVAL_P(code), clen);
		zend_hash_index_update_ptr(&changed_codes, Z_LVAL_P(id), joined);
	} ZEND_HASH_FOREACH_END();
	zend_result r = SUCCESS;
	uint32_t k = 0;

	pimsync_bulk_init(&state, w->db, NULL, "pimsync_product_state",
	                  "INSERT INTO pimsync_product_state (sku, entity_id, raw_hash, record_hash, last_run_id) VALUES ",
	                  " ON DUPLICATE KEY UPDATE entity_id = VALUES(entity_id), raw_hash = VALUES(raw_hash),"
	                  " record_hash = VALUES(record_hash), last_run_id = VALUES(last_run_id)");
	pimsync_bulk_init(&log, w->db, NULL, "pimsync_run_entity",
	                  "INSERT INTO pimsync_run_entity (run_id, entity_id, action, attributes) VALUES ",
	                  " ON DUPLICATE KEY UPDATE action = VALUES(action)");
	pimsync_issue_rows_init(&issues, w->db);
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		pimsync_record *rec = &recs[i];
		uint64_t raw_hash, record_hash;
		stored_hashes(rec, &raw_hash, &record_hash);
		smart_str *row = pimsync_bulk_row(&state);
		pimsync_sql_quote(w->db, row, ZSTR_VAL(rec->sku), ZSTR_LEN(rec->sku));
		smart_str_appendc(row, ',');
		smart_str_append_long(row, rec->entity_id);
		smart_str_appendc(row, ',');
		smart_str_append_unsigned(row, raw_hash);
		smart_str_appendc(row, ',');
		smart_str_append_unsigned(row, record_hash);
		smart_str_appendc(row, ',');
		smart_str_append_long(row, w->run_id);
		if ((r = pimsync_bulk_row_end(&state)) == FAILURE) break;
		r = pimsync_issue_rows_add(&issues, w->run_id, rec->sku, &rec->issues);
		if (r == FAILURE) break;
		if (rec->kind == PIMSYNC_RECORD_NEW || rec->rows_changed) {
			row = pimsync_bulk_row(&log);
			smart_str_append_long(row, w->run_id);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, rec->entity_id);
			if (rec->kind == PIMSYNC_RECORD_NEW) {
				smart_str_appends(row, ",'created',NULL");
			} else {
				zend_string *codes = zend_hash_index_find_ptr(&changed_codes, rec->entity_id);
				smart_str_appends(row, ",'updated',");
				if (codes) pimsync_sql_quote(w->db, row, ZSTR_VAL(codes), ZSTR_LEN(codes));
				else smart_str_appends(row, "NULL");
			}
			r = pimsync_bulk_row_end(&log);
			if (rec->kind == PIMSYNC_RECORD_CHANGED) {
				smart_str_appends(&touched, k++ ? "," : "");
				smart_str_append_long(&touched, rec->link_id);
			}
		}
	}
	if (r == SUCCESS) r = pimsync_bulk_flush(&state);
	if (r == SUCCESS) r = pimsync_bulk_flush(&issues);
	if (r == SUCCESS) r = pimsync_bulk_flush(&log);
	if (r == SUCCESS && k) {
		/* Magento moves updated_at on every save; the SQL path does the same */
		smart_str sql = {0};
		smart_str_appends(&sql, "UPDATE catalog_product_entity SET updated_at = NOW() WHERE ");
		smart_str_appends(&sql, w->link);
		smart_str_appends(&sql, " IN (");
		smart_str_append_smart_str(&sql, &touched);
		smart_str_appendc(&sql, ')');
		r = pimsync_db_exec_str(w->db, &sql, NULL);
		smart_str_free(&sql);
	}
	smart_str_free(&touched);
	zend_hash_destroy(&changed_codes);
	pimsync_bulk_free(&state);
	pimsync_bulk_free(&issues);
	pimsync_bulk_free(&log);
	return r;
}

static zend_result update_attribute_sets(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		pimsync_record *rec = &recs[i];
		if (rec->kind != PIMSYNC_RECORD_CHANGED || rec->current_set_id == rec->attribute_set_id) continue;
		char sql[160];
		snprintf(sql, sizeof(sql), "UPDATE catalog_product_entity SET attribute_set_id = " ZEND_LONG_FMT " WHERE %s = " ZEND_LONG_FMT,
		         rec->attribute_set_id, w->link, rec->link_id);
		if (pimsync_db_exec(w->db, sql, strlen(sql), NULL) == FAILURE) return FAILURE;
		rec->rows_changed++;
		pending_change(w, rec->entity_id, "updated", NULL);
	}
	return SUCCESS;
}

/* ---- the batch ---- */

static zend_result write_attempt(pimsync_writer *w, pimsync_record *recs, uint32_t n, double *diff_seconds);

static zend_result write_once(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	double diff_seconds = 0, t0 = pimsync_now();
	zend_result r;

	zend_hash_clean(Z_ARRVAL(w->pending_changes));
	if (w->stats->plan) pimsync_plan_attempt(w->stats->plan);
	/* rows_written counts committed rows only: a rolled-back attempt's counts go too */
	HashTable *rows_before = zend_array_dup(&w->stats->rows);
	r = write_attempt(w, recs, n, &diff_seconds);
	if (r == FAILURE) {
		pimsync_entities_rollback(w->entities);
		pimsync_attribute_sets_rollback(&w->sets);
		pimsync_links_rollback(&w->links);
		if (w->images) pimsync_image_jobs_rollback(w->images);
		zend_hash_clean(&w->stats->rows);
		zend_hash_copy(&w->stats->rows, rows_before, NULL);
	}
	zend_array_destroy(rows_before);
	w->stats->phase_seconds[PIMSYNC_PHASE_DIFF] += diff_seconds;
	w->stats->phase_seconds[PIMSYNC_PHASE_WRITE] += pimsync_now() - t0 - diff_seconds;
	return r;
}

/* One transaction: every stage of the batch, in order. */
static zend_result write_attempt(pimsync_writer *w, pimsync_record *recs, uint32_t n, double *diff_seconds)
{
	double t0 = pimsync_now();
	zend_result r;

	if (pimsync_db_begin(w->db) == FAILURE) return FAILURE;
	/* first what the records name and Magento lacks: every write of the batch is in this transaction */
	r = pimsync_entities_create(w->entities, recs, n);
	if (r == SUCCESS) r = resolve_entities(w, recs, n);
	if (r == SUCCESS) {
		for (uint32_t i = 0; i < n; i++) {
			/* write_disabled findings: a new product lands disabled, an existing one loses those values */
			pimsync_validation_apply_held(&recs[i], w->meta, w->stats);
			if (recs[i].kind == PIMSYNC_RECORD_NEW) add_creation_defaults(w, &recs[i]);
		}
	}
	*diff_seconds += pimsync_now() - t0;
	if (r == SUCCESS) r = insert_new_entities(w, recs, n);
	if (r == SUCCESS) r = pimsync_url_keys_assign(&w->url_keys, recs, n);
	if (r == SUCCESS) r = update_attribute_sets(w, recs, n);
	if (r == SUCCESS) r = pimsync_attribute_sets_assign(&w->sets, recs, n);
	if (r == SUCCESS && w->validation && w->validation->nunique) {
		r = pimsync_validation_unique(w->validation, w->db, w->meta, w->link, recs, n);
	}
	if (r == SUCCESS) r = write_values(w, recs, n, diff_seconds);
	if (r == SUCCESS) r = write_websites_for_new(w, recs, n);
	if (r == SUCCESS) r = write_stock(w, recs, n);
	if (r == SUCCESS) r = write_categories(w, recs, n);
	if (r == SUCCESS) r = write_product_links(w, recs, n);
	if (r == SUCCESS) r = pimsync_configurables_write(w, recs, n);
	if (r == SUCCESS) r = pimsync_product_rewrites_write(&w->rewrites, recs, n);
	if (r == SUCCESS && w->images) r = pimsync_image_jobs_stage(w->images, recs, n);
	if (r == SUCCESS) r = write_bookkeeping(w, recs, n);
	if (r == SUCCESS) r = pimsync_dead_letters_resolve(w->dead_letters, recs, n);
	if (r == SUCCESS) r = pimsync_db_commit(w->db);
	if (r == FAILURE) pimsync_db_rollback(w->db);
	return r;
}

/* After the commit: counts, the in-memory state, the changed entities. */
static void apply_committed(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	zval *change;
	pimsync_entities_commit(w->entities);
	pimsync_url_keys_commit(&w->url_keys, recs, n);
	pimsync_attribute_sets_commit(&w->sets);
	pimsync_links_commit(&w->links);
	for (uint32_t i = 0; i < n; i++) {
		pimsync_record *rec = &recs[i];
		uint64_t raw_hash, record_hash;
		stored_hashes(rec, &raw_hash, &record_hash);
		pimsync_sku_state *st = pimsync_state_put(w->state, rec->sku, rec->entity_id, raw_hash, record_hash);
		for (uint32_t j = 0; j < rec->issues.n; j++) pimsync_stats_value_issue(w->stats, rec->sku, &rec->issues.items[j]);
		if (!st->seen_line) st->seen_line = -1; /* read in this run: not absent */
		w->stats->children_linked += rec->linked;
		w->stats->children_unlinked += rec->unlinked;
		if (rec->configurable) {
			if (rec->kind == PIMSYNC_RECORD_NEW) {
				w->stats->configurables_created++;
				pimsync_stats_changed(w->stats, rec->entity_id, "created", NULL);
			} else if (rec->rows_changed) {
				w->stats->configurables_updated++;
			} else {
				w->stats->configurables_unchanged++;
			}
			continue;
		}
		if (rec->kind == PIMSYNC_RECORD_NEW) {
			w->stats->created++;
			pimsync_stats_changed(w->stats, rec->entity_id, "created", NULL);
		} else if (rec->rows_changed) {
			w->stats->updated++;
		} else {
			w->stats->unchanged++;
		}
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(w->pending_changes), change) {
		HashTable *c = Z_ARRVAL_P(change);
		zval *code = zend_hash_index_find(c, 2);
		pimsync_stats_changed(w->stats, Z_LVAL_P(zend_hash_index_find(c, 0)), Z_STRVAL_P(zend_hash_index_find(c, 1)),
		                      Z_TYPE_P(code) == IS_STRING ? Z_STR_P(code) : NULL);
	} ZEND_HASH_FOREACH_END();
	zend_hash_clean(Z_ARRVAL(w->pending_changes));
	if (w->stats->plan) pimsync_plan_committed(w->stats->plan);
}

zend_result pimsync_write_batch(pimsync_writer *w, pimsync_record *recs, uint32_t n, pimsync_park_fn park, void *park_ctx)
{
	for (int attempt = 1; attempt <= BATCH_ATTEMPTS; attempt++) {
		if (write_once(w, recs, n) == SUCCESS) {
			apply_committed(w, recs, n);
			/* only now: a job must never name data that could still roll back */
			if (w->images) pimsync_image_jobs_committed(w->images);
			return SUCCESS;
		}
		if (w->db->gone) return FAILURE; /* no record is to blame: stop the run */
		if (!pimsync_db_error_is_transient(w->db)) break;
		pimsync_stats_warn(w->stats, "batch_retried", recs[0].position, "a batch was retried after: %s", w->db->err->message);
	}
	if (n > 1) {
		/* isolate the record that fails: each one alone, in its own transaction */
		pimsync_stats_warn(w->stats, "batch_split", recs[0].position,
		                   "a batch failed and was written record by record: %s", w->db->err->message);
		for (uint32_t i = 0; i < n; i++) {
			if (pimsync_write_batch(w, &recs[i], 1, park, park_ctx) == FAILURE) return FAILURE;
		}
		return SUCCESS;
	}
	return park(park_ctx, &recs[0], w->db->err->message);
}

zend_result pimsync_disable_entities(pimsync_writer *w, zend_long *entity_ids, uint32_t n)
{
	smart_str sql = {0};
	zend_result r;

	if (!n) return SUCCESS;
	/* status is written on the live row: entity_id, or the row_id that belongs to it */
	smart_str_appends(&sql, "INSERT INTO catalog_product_entity_int (");
	smart_str_appends(&sql, w->link);
	smart_str_appends(&sql, ", attribute_id, store_id, value) SELECT ");
	smart_str_appends(&sql, w->link);
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, w->meta->status->id);
	smart_str_appends(&sql, ", 0, 2 FROM catalog_product_entity WHERE entity_id IN (");
	append_id_list(&sql, entity_ids, n);
	smart_str_appendc(&sql, ')');
	pimsync_meta_append_live(w->meta, &sql, NULL);
	smart_str_appends(&sql, " ON DUPLICATE KEY UPDATE value = 2");
	r = pimsync_db_exec_str(w->db, &sql, NULL);
	smart_str_free(&sql);
	return r;
}
