#include "php.h"
#include "zend_smart_str.h"
#include "configurable_links.h"
#include "sql_writer.h"
#include "magento_sku.h"

static zend_long col_long(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v && Z_TYPE_P(v) != IS_NULL ? zval_get_long(v) : 0;
}

/* (product link id, attribute id) in one word, the product in the low bits */
static inline zend_ulong axis_key(zend_long link_id, zend_long attribute_id)
{
	return ((zend_ulong) attribute_id << 32) | (zend_ulong) link_id;
}

/* ---- super attributes ---- */

static bool axis_cb(void *ctx, HashTable *row)
{
	HashTable *current = ctx;
	zval entry;
	array_init_size(&entry, 2);
	add_next_index_long(&entry, col_long(row, 0)); /* product_super_attribute_id */
	add_next_index_long(&entry, col_long(row, 3)); /* position */
	zend_hash_index_update(current, axis_key(col_long(row, 1), col_long(row, 2)), &entry);
	return true;
}

static bool rec_has_axis(const pimsync_record *rec, zend_long attribute_id)
{
	for (uint32_t i = 0; i < rec->naxes; i++) if (rec->axes[i]->id == attribute_id) return true;
	return false;
}

static zend_result write_super_attributes(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	HashTable current;
	smart_str ids = {0}, sql = {0};
	zend_result r = SUCCESS;
	uint32_t k = 0;

	for (uint32_t i = 0; i < n; i++) {
		if (!recs[i].configurable) continue;
		if (k++) smart_str_appendc(&ids, ',');
		smart_str_append_long(&ids, recs[i].link_id);
	}
	if (!k) return SUCCESS;
	zend_hash_init(&current, 16, NULL, ZVAL_PTR_DTOR, 0);
	smart_str_appends(&sql, "SELECT product_super_attribute_id, product_id, attribute_id, position FROM catalog_product_super_attribute"
	                        " WHERE product_id IN (");
	smart_str_append_smart_str(&sql, &ids);
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	r = pimsync_db_each_row(w->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), axis_cb, &current);
	smart_str_free(&sql);

	pimsync_bulk ins, del;
	pimsync_bulk_init(&ins, w->db, w->stats, "catalog_product_super_attribute",
	                  "INSERT INTO catalog_product_super_attribute (product_id, attribute_id, position) VALUES ",
	                  " ON DUPLICATE KEY UPDATE position = VALUES(position)");
	pimsync_bulk_init(&del, w->db, NULL, "catalog_product_super_attribute",
	                  "DELETE FROM catalog_product_super_attribute WHERE product_super_attribute_id IN (", ")");
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		pimsync_record *rec = &recs[i];
		if (!rec->configurable) continue;
		for (uint32_t j = 0; j < rec->naxes && r == SUCCESS; j++) {
			zval *have = zend_hash_index_find(&current, axis_key(rec->link_id, rec->axes[j]->id));
			if (have && Z_LVAL_P(zend_hash_index_find(Z_ARRVAL_P(have), 1)) == (zend_long) j) continue;
			smart_str *row = pimsync_bulk_row(&ins);
			smart_str_append_long(row, rec->link_id);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, rec->axes[j]->id);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, j);
			r = pimsync_bulk_row_end(&ins);
			rec->axes_changed = true;
		}
	}
	if (r == SUCCESS) {
		zend_ulong key;
		zval *have;
		ZEND_HASH_FOREACH_NUM_KEY_VAL(&current, key, have) {
			zend_long link_id = (zend_long) (key & 0xffffffffu), attribute_id = (zend_long) (key >> 32);
			for (uint32_t i = 0; i < n; i++) {
				pimsync_record *rec = &recs[i];
				if (!rec->configurable || rec->link_id != link_id) continue;
				if (!rec_has_axis(rec, attribute_id)) {
					/* an axis the family variant no longer has; its label goes by the foreign key */
					smart_str *row = pimsync_bulk_row(&del);
					smart_str_append_long(row, Z_LVAL_P(zend_hash_index_find(Z_ARRVAL_P(have), 0)));
					if ((r = pimsync_bulk_row_end(&del)) == FAILURE) break;
					rec->axes_changed = true;
				}
				break;
			}
			if (r == FAILURE) break;
		} ZEND_HASH_FOREACH_END();
	}
	if (r == SUCCESS) r = pimsync_bulk_flush(&ins);
	if (r == SUCCESS) r = pimsync_bulk_flush(&del);
	if (del.affected) pimsync_stats_rows(w->stats, "catalog_product_super_attribute (deleted)", del.affected);
	pimsync_bulk_free(&ins);
	pimsync_bulk_free(&del);
	zend_hash_destroy(&current);

	if (r == SUCCESS) {
		/* the admin label Magento writes when a configurable attribute is saved: the attribute's own, use_default 1 */
		zend_long added = 0;
		smart_str_appends(&sql, "INSERT INTO catalog_product_super_attribute_label (product_super_attribute_id, store_id, use_default, value)"
		                        " SELECT sa.product_super_attribute_id, 0, 1, a.frontend_label FROM catalog_product_super_attribute sa"
		                        " JOIN eav_attribute a ON a.attribute_id = sa.attribute_id"
		                        " LEFT JOIN catalog_product_super_attribute_label l ON l.product_super_attribute_id = sa.product_super_attribute_id"
		                        " AND l.store_id = 0 WHERE l.value_id IS NULL AND sa.product_id IN (");
		smart_str_append_smart_str(&sql, &ids);
		smart_str_appendc(&sql, ')');
		r = pimsync_db_exec_str(w->db, &sql, &added);
		smart_str_free(&sql);
		if (added) pimsync_stats_rows(w->stats, "catalog_product_super_attribute_label", added);
	}
	if (r == SUCCESS) {
		/* as Magento's Configurable type sets them for a product with configurable attributes */
		zend_long changed = 0;
		smart_str_appends(&sql, "UPDATE catalog_product_entity SET has_options = 1, required_options = 1 WHERE (has_options <> 1"
		                        " OR required_options <> 1) AND ");
		smart_str_appends(&sql, w->link);
		smart_str_appends(&sql, " IN (");
		smart_str_append_smart_str(&sql, &ids);
		smart_str_appendc(&sql, ')');
		r = pimsync_db_exec_str(w->db, &sql, &changed);
		smart_str_free(&sql);
		if (changed) pimsync_stats_rows(w->stats, "catalog_product_entity", changed);
	}
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		if (recs[i].axes_changed && recs[i].kind == PIMSYNC_RECORD_CHANGED) {
			recs[i].rows_changed++;
			pimsync_writer_changed(w, recs[i].entity_id, NULL);
		}
	}
	smart_str_free(&ids);
	return r;
}

/* ---- super links ---- */

static bool has_own_visibility(pimsync_writer *w, const pimsync_record *rec)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) if (rec->values[i].attr == w->meta->visibility && rec->values[i].value) return true;
	return false;
}

typedef struct {
	pimsync_writer *w;
	HashTable by_sku;   /* pimsync_sku_key() => link id of the configurable */
} parents_ctx;

static bool parent_cb(void *ctx, HashTable *row)
{
	parents_ctx *c = ctx;
	zend_string *raw = zval_get_string(zend_hash_index_find(row, 1)), *key = pimsync_sku_key(raw);
	zval id;
	zend_string_release(raw);
	ZVAL_LONG(&id, col_long(row, 0));
	/* Magento does not make sku unique: the first (oldest) one */
	zend_hash_add(&c->by_sku, key, &id);
	zend_string_release(key);
	return true;
}

typedef struct {
	zend_long child, parent; /* entity id, parent link id */
	bool ours;               /* the parent is a configurable pimsync wrote */
} current_link;

typedef struct {
	pimsync_writer *w;
	current_link *links;
	uint32_t n, cap;
} links_ctx;

static bool link_cb(void *ctx, HashTable *row)
{
	links_ctx *c = ctx;
	zend_string *sku = zval_get_string(zend_hash_index_find(row, 2));
	if (c->n == c->cap) {
		c->cap = c->cap ? c->cap * 2 : 64;
		c->links = erealloc(c->links, c->cap * sizeof(current_link));
	}
	c->links[c->n].child = col_long(row, 0);
	c->links[c->n].parent = col_long(row, 1);
	c->links[c->n].ours = pimsync_state_find(c->w->state, sku) != NULL;
	c->n++;
	zend_string_release(sku);
	return true;
}

static zend_result write_super_links(pimsync_writer *w, pimsync_record *recs, uint32_t n, HashTable *left)
{
	parents_ctx parents = { .w = w };
	links_ctx links = { .w = w };
	smart_str sql = {0};
	zend_result r = SUCCESS;
	uint32_t k = 0;

	zend_hash_init(&parents.by_sku, 16, NULL, NULL, 0);
	for (uint32_t i = 0; i < n; i++) {
		if (!recs[i].parent_sku) continue;
		smart_str_appends(&sql, k++ ? "," : "");
		pimsync_sql_quote(w->db, &sql, ZSTR_VAL(recs[i].parent_sku), ZSTR_LEN(recs[i].parent_sku));
	}
	if (k) {
		smart_str head = {0};
		smart_str_appends(&head, "SELECT p.");
		smart_str_appends(&head, w->link);
		smart_str_appends(&head, ", p.sku FROM catalog_product_entity p WHERE p.type_id = 'configurable' AND p.sku IN (");
		smart_str_append_smart_str(&head, &sql);
		smart_str_appendc(&head, ')');
		pimsync_meta_append_live(w->meta, &head, "p");
		smart_str_appends(&head, " ORDER BY p.entity_id");
		smart_str_0(&head);
		r = pimsync_db_each_row(w->db, ZSTR_VAL(head.s), ZSTR_LEN(head.s), parent_cb, &parents);
		smart_str_free(&head);
	}
	smart_str_free(&sql);

	/* the links the batch's existing products have now, with whether pimsync wrote the parent */
	k = 0;
	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		if (recs[i].kind != PIMSYNC_RECORD_CHANGED || recs[i].configurable || !recs[i].models_known) continue;
		if (!k++) {
			smart_str_appends(&sql, "SELECT l.product_id, l.parent_id, p.sku FROM catalog_product_super_link l"
			                        " JOIN catalog_product_entity p ON p.");
			smart_str_appends(&sql, w->link);
			smart_str_appends(&sql, " = l.parent_id WHERE l.product_id IN (");
		} else {
			smart_str_appendc(&sql, ',');
		}
		smart_str_append_long(&sql, recs[i].entity_id);
	}
	if (k && r == SUCCESS) {
		smart_str_appendc(&sql, ')');
		smart_str_0(&sql);
		r = pimsync_db_each_row(w->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), link_cb, &links);
	}
	smart_str_free(&sql);

	pimsync_bulk ins_link, ins_rel, del_link, del_rel, vis;
	pimsync_bulk_init(&ins_link, w->db, w->stats, "catalog_product_super_link",
	                  "INSERT IGNORE INTO catalog_product_super_link (product_id, parent_id) VALUES ", "");
	pimsync_bulk_init(&ins_rel, w->db, w->stats, "catalog_product_relation",
	                  "INSERT IGNORE INTO catalog_product_relation (parent_id, child_id) VALUES ", "");
	pimsync_bulk_init(&del_link, w->db, NULL, "catalog_product_super_link",
	                  "DELETE FROM catalog_product_super_link WHERE (product_id, parent_id) IN (", ")");
	pimsync_bulk_init(&del_rel, w->db, NULL, "catalog_product_relation",
	                  "DELETE FROM catalog_product_relation WHERE (parent_id, child_id) IN (", ")");
	char vis_head[200];
	snprintf(vis_head, sizeof(vis_head), "INSERT INTO catalog_product_entity_int (%s, attribute_id, store_id, value) VALUES ", w->link);
	pimsync_bulk_init(&vis, w->db, w->stats, "catalog_product_entity_int", vis_head, " ON DUPLICATE KEY UPDATE value = VALUES(value)");

	for (uint32_t i = 0; i < n && r == SUCCESS; i++) {
		pimsync_record *rec = &recs[i];
		zend_long want = 0;
		bool have = false, was_child = false;
		/* a product whose model could not be read keeps the links it has */
		if (rec->configurable || !rec->models_known) continue;
		if (rec->parent_sku) {
			zend_string *key = pimsync_sku_key(rec->parent_sku);
			zval *id = zend_hash_find(&parents.by_sku, key);
			zend_string_release(key);
			want = id ? Z_LVAL_P(id) : 0;
		}
		for (uint32_t j = 0; j < links.n && r == SUCCESS; j++) {
			current_link *l = &links.links[j];
			if (l->child != rec->entity_id) continue;
			if (l->parent == want) {
				have = true;
				continue;
			}
			if (!l->ours) continue; /* a configurable made in Magento: not pimsync's to undo */
			was_child = true;
			zend_hash_index_add_empty_element(left, (zend_ulong) l->parent);
			smart_str *row = pimsync_bulk_row(&del_link);
			smart_str_append_long(row, l->child);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, l->parent);
			if ((r = pimsync_bulk_row_end(&del_link)) == FAILURE) break;
			row = pimsync_bulk_row(&del_rel);
			smart_str_append_long(row, l->parent);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, l->child);
			r = pimsync_bulk_row_end(&del_rel);
			rec->unlinked++;
		}
		if (r == FAILURE) break;
		if (rec->parent_sku && !want && !rec->parent_warned) {
			rec->parent_warned = true;
			zend_string *field = zend_string_init("parent", 6, 0); /* Akeneo's field: no Magento attribute holds the link */
			pimsync_issue_addf(&rec->issues, field, PIMSYNC_ISSUE_NO_STORE, "parent_missing", PIMSYNC_ISSUE_LEFT_OUT,
			                   "its configurable %s is not in Magento (its product model was parked, or is not in the product-models"
			                   " feed): the product was written without the link, and is read again next run", ZSTR_VAL(rec->parent_sku));
			zend_string_release(field);
		}
		if (want && !have) {
			smart_str *row = pimsync_bulk_row(&ins_link);
			smart_str_append_long(row, rec->entity_id);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, want);
			if ((r = pimsync_bulk_row_end(&ins_link)) == FAILURE) break;
			row = pimsync_bulk_row(&ins_rel);
			smart_str_append_long(row, want);
			smart_str_appendc(row, ',');
			smart_str_append_long(row, rec->entity_id);
			if ((r = pimsync_bulk_row_end(&ins_rel)) == FAILURE) break;
			rec->linked++;
			/* a product that becomes a child: shown through its configurable, unless the feed says otherwise */
			if (rec->kind == PIMSYNC_RECORD_CHANGED && !was_child && !has_own_visibility(w, rec)) {
				row = pimsync_bulk_row(&vis);
				smart_str_append_long(row, rec->link_id);
				smart_str_appendc(row, ',');
				smart_str_append_long(row, w->meta->visibility->id);
				smart_str_appends(row, ",0,");
				smart_str_append_long(row, w->cfg->child_visibility);
				r = pimsync_bulk_row_end(&vis);
				rec->url_changed = true; /* not visible individually: its rewrites go */
				pimsync_writer_changed(w, rec->entity_id, w->meta->visibility->code);
			}
		}
		if ((rec->linked || rec->unlinked) && rec->kind == PIMSYNC_RECORD_CHANGED) {
			rec->rows_changed++;
			pimsync_writer_changed(w, rec->entity_id, NULL);
		}
	}
	if (r == SUCCESS) r = pimsync_bulk_flush(&ins_link);
	if (r == SUCCESS) r = pimsync_bulk_flush(&ins_rel);
	if (r == SUCCESS) r = pimsync_bulk_flush(&del_link);
	if (r == SUCCESS) r = pimsync_bulk_flush(&del_rel);
	if (r == SUCCESS) r = pimsync_bulk_flush(&vis);
	if (del_link.affected) pimsync_stats_rows(w->stats, "catalog_product_super_link (deleted)", del_link.affected);
	if (del_rel.affected) pimsync_stats_rows(w->stats, "catalog_product_relation (deleted)", del_rel.affected);
	pimsync_bulk_free(&ins_link);
	pimsync_bulk_free(&ins_rel);
	pimsync_bulk_free(&del_link);
	pimsync_bulk_free(&del_rel);
	pimsync_bulk_free(&vis);
	if (links.links) efree(links.links);
	zend_hash_destroy(&parents.by_sku);
	return r;
}

/* ---- the configurables' stock ---- */

typedef struct {
	pimsync_writer *w;
	HashTable *batch;   /* entity id => record, the batch's configurables */
	HashTable parents;  /* entity id => [child entity ids…], configurables pimsync wrote */
} parents_stock_ctx;

static bool parent_child_cb(void *ctx, HashTable *row)
{
	parents_stock_ctx *c = ctx;
	zend_ulong parent = (zend_ulong) col_long(row, 0);
	zval *children = zend_hash_index_find(&c->parents, parent);
	if (!children) {
		zend_string *sku = zval_get_string(zend_hash_index_find(row, 1));
		bool ours = zend_hash_index_exists(c->batch, parent) || pimsync_state_find(c->w->state, sku) != NULL;
		zend_string_release(sku);
		if (!ours) return true; /* a configurable made in Magento: its stock status is Magento's indexer's */
		zval list;
		array_init(&list);
		children = zend_hash_index_add_new(&c->parents, parent, &list);
	}
	zval *child = zend_hash_index_find(row, 2);
	if (child && Z_TYPE_P(child) != IS_NULL) add_next_index_long(children, zval_get_long(child));
	return true;
}

static bool link_id_cb(void *ctx, HashTable *row)
{
	zend_hash_index_add_empty_element((HashTable *) ctx, (zend_ulong) col_long(row, 0));
	return true;
}

/* Configurables whose children may have changed salability: those of the
 * batch, those a child of the batch left, and those of children whose
 * stock or links were written. Each gets its stock rows derived from all
 * its children as they are now. */
static zend_result write_parent_stock(pimsync_writer *w, pimsync_record *recs, uint32_t n, HashTable *link_ids)
{
	HashTable batch;
	parents_stock_ctx c = { .w = w, .batch = &batch };
	smart_str sql = {0};
	zend_result r = SUCCESS;
	uint32_t k = 0;
	zend_ulong id;

	zend_hash_init(&batch, 8, NULL, NULL, 0);
	for (uint32_t i = 0; i < n; i++) {
		if (recs[i].configurable) {
			zend_hash_index_add_empty_element(link_ids, (zend_ulong) recs[i].link_id);
			zend_hash_index_update_ptr(&batch, (zend_ulong) recs[i].entity_id, &recs[i]);
		} else if (recs[i].stock_changed || recs[i].linked) {
			smart_str_appends(&sql, k++ ? "," : "SELECT DISTINCT parent_id FROM catalog_product_super_link WHERE product_id IN (");
			smart_str_append_long(&sql, recs[i].entity_id);
		}
	}
	if (k) {
		smart_str_appendc(&sql, ')');
		smart_str_0(&sql);
		r = pimsync_db_each_row(w->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), link_id_cb, link_ids);
		smart_str_free(&sql);
	}
	if (r == FAILURE || !zend_hash_num_elements(link_ids)) {
		zend_hash_destroy(&batch);
		return r;
	}

	zend_hash_init(&c.parents, zend_hash_num_elements(link_ids), NULL, ZVAL_PTR_DTOR, 0);
	smart_str_appends(&sql, "SELECT p.entity_id, p.sku, l.product_id FROM catalog_product_entity p"
	                        " LEFT JOIN catalog_product_super_link l ON l.parent_id = p.");
	smart_str_appends(&sql, w->link);
	smart_str_appends(&sql, " WHERE p.type_id = 'configurable' AND p.");
	smart_str_appends(&sql, w->link);
	smart_str_appends(&sql, " IN (");
	k = 0;
	ZEND_HASH_FOREACH_NUM_KEY(link_ids, id) {
		if (k++) smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, (zend_long) id);
	} ZEND_HASH_FOREACH_END();
	smart_str_appendc(&sql, ')');
	pimsync_meta_append_live(w->meta, &sql, "p");
	smart_str_0(&sql);
	r = pimsync_db_each_row(w->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), parent_child_cb, &c);
	smart_str_free(&sql);

	HashTable written;
	zend_hash_init(&written, 8, NULL, NULL, 0);
	if (r == SUCCESS) r = pimsync_stock_derive_parents(&w->stock, &c.parents, &written);
	ZEND_HASH_FOREACH_NUM_KEY(&written, id) {
		if (r == FAILURE) break;
		pimsync_record *rec = zend_hash_index_find_ptr(&batch, id);
		if (rec && rec->kind == PIMSYNC_RECORD_NEW) continue;
		if (rec) rec->rows_changed++;
		pimsync_writer_changed(w, (zend_long) id, w->stock.change_code);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&written);
	zend_hash_destroy(&c.parents);
	zend_hash_destroy(&batch);
	return r;
}

zend_result pimsync_configurables_write(pimsync_writer *w, pimsync_record *recs, uint32_t n)
{
	HashTable parent_links; /* link ids of configurables whose stock status is to follow their children */
	zend_result r;

	if (!w->models_known) return SUCCESS;
	for (uint32_t i = 0; i < n; i++) recs[i].linked = recs[i].unlinked = 0, recs[i].axes_changed = false;
	zend_hash_init(&parent_links, 8, NULL, NULL, 0);
	r = write_super_attributes(w, recs, n);
	if (r == SUCCESS) r = write_super_links(w, recs, n, &parent_links);
	if (r == SUCCESS) r = write_parent_stock(w, recs, n, &parent_links);
	zend_hash_destroy(&parent_links);
	return r;
}
