#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"
#include "category_tree.h"
#include "category_rewrites.h"
#include "catalog_entities.h"
#include "value_normalize.h"
#include "value_fit.h"
#include "sql_writer.h"

#define CODES_SAMPLE 100

typedef enum { NODE_MANAGED = 0, NODE_ROOT, NODE_MAPPED } node_kind;

/* One Akeneo category and, once placed, its Magento category. */
typedef struct node {
	zend_string *code, *parent_code;
	zval labels;                /* locale => label, or null */
	zend_long akeneo_position;  /* 0 when Akeneo did not send it */
	node_kind kind;
	bool placed;
	struct node **children;
	uint32_t nchildren, children_cap;
	zend_long id, link;         /* entity_id; row_id in the staging layout, else entity_id */
	bool exists;                /* Magento has it (its row was read) */
	zend_long parent_id, level, position;
	zend_string *path;
	zend_string **url_key;      /* per store index: the key in effect after this run */
	zend_string **url_path;     /* per store index: the url_path in effect after this run */
	HashTable *sibling_keys;    /* lower-cased store-0 url keys of its children */
} node;

/* A Magento category read at start: a root, a mapped one, one pimsync wrote. */
typedef struct {
	zend_long id, link, parent_id, level, position;
	zend_string *path;
	HashTable values;           /* (attribute_id << 16) | store_id => value */
} cat_row;

struct pimsync_category_tree {
	pimsync_db *db;
	pimsync_config *cfg;
	pimsync_meta *meta;
	HashTable *locale_stores;
	pimsync_run_stats *stats;
	HashTable nodes;            /* code => node*, in feed order */
	zend_long invalid, duplicates;
	HashTable rows;             /* entity id => cat_row* */
	HashTable gone;             /* codes pimsync disabled as removed => id */
	HashTable affected;         /* ids whose children_count is recounted */
	HashTable changed;          /* ids written, with their ancestors: the report's changed_ids */
	HashTable paths_changed;    /* ids of existing categories whose url_path changed in a store (keys) */
	zend_long *store_ids;       /* index 0: store 0, then every store view */
	uint32_t nstores;
	HashTable store_index;      /* store id => index */
	zend_long set_id;
	zend_long writes;           /* rows written or queued so far: a category that adds none is unchanged */
	zend_long unchanged;
	char head_varchar[160], head_int[160];
	pimsync_bulk varchar, integer;
	bool values_failed;         /* a value statement failed while rows were queued: the tree is not written */
	pimsync_category_rewrites rewrites;
	bool rewrites_ready;
	zval report;                /* the run report's "categories" */
};

static void node_dtor(zval *zv)
{
	node *n = Z_PTR_P(zv);
	zend_string_release(n->code);
	if (n->parent_code) zend_string_release(n->parent_code);
	zval_ptr_dtor(&n->labels);
	if (n->children) efree(n->children);
	if (n->path) zend_string_release(n->path);
	/* url_key and url_path are freed by the tree, which knows their length */
	if (n->sibling_keys) zend_array_destroy(n->sibling_keys);
	efree(n);
}

static void row_dtor(zval *zv)
{
	cat_row *r = Z_PTR_P(zv);
	if (r->path) zend_string_release(r->path);
	zend_hash_destroy(&r->values);
	efree(r);
}

pimsync_category_tree *pimsync_category_tree_new(pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                                                 HashTable *locale_stores, pimsync_run_stats *stats)
{
	pimsync_category_tree *t = ecalloc(1, sizeof(*t));
	t->db = db;
	t->cfg = cfg;
	t->meta = meta;
	t->locale_stores = locale_stores;
	t->stats = stats;
	zend_hash_init(&t->nodes, 64, NULL, node_dtor, 0);
	zend_hash_init(&t->rows, 64, NULL, row_dtor, 0);
	zend_hash_init(&t->gone, 8, NULL, NULL, 0);
	zend_hash_init(&t->affected, 16, NULL, NULL, 0);
	zend_hash_init(&t->changed, 16, NULL, NULL, 0);
	zend_hash_init(&t->paths_changed, 16, NULL, NULL, 0);
	zend_hash_init(&t->store_index, 8, NULL, NULL, 0);
	ZVAL_UNDEF(&t->report);
	return t;
}

static void free_node_paths(pimsync_category_tree *t, node *n)
{
	if (!n->url_key) return;
	for (uint32_t i = 0; i < t->nstores; i++) {
		if (n->url_key[i]) zend_string_release(n->url_key[i]);
		if (n->url_path[i]) zend_string_release(n->url_path[i]);
	}
	efree(n->url_key);
	efree(n->url_path);
	n->url_key = n->url_path = NULL;
}

void pimsync_category_tree_free(pimsync_category_tree *t)
{
	node *n;
	ZEND_HASH_FOREACH_PTR(&t->nodes, n) {
		free_node_paths(t, n);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&t->nodes);
	zend_hash_destroy(&t->rows);
	zend_hash_destroy(&t->gone);
	zend_hash_destroy(&t->affected);
	zend_hash_destroy(&t->changed);
	zend_hash_destroy(&t->paths_changed);
	zend_hash_destroy(&t->store_index);
	if (t->store_ids) efree(t->store_ids);
	if (t->rewrites_ready) pimsync_category_rewrites_free(&t->rewrites);
	zval_ptr_dtor(&t->report);
	efree(t);
}

/* ---- reading ---- */

void pimsync_category_tree_add_json(void *tree, const char *json, size_t len)
{
	pimsync_category_tree *t = tree;
	zval item, *code, *parent, *labels, *position;
	php_json_parser parser;

	php_json_parser_init(&parser, &item, json, len, PHP_JSON_OBJECT_AS_ARRAY, 32);
	if (php_json_parse(&parser) != 0) {
		t->invalid++;
		return;
	}
	if (Z_TYPE(item) != IS_ARRAY || !(code = zend_hash_str_find(Z_ARRVAL(item), "code", sizeof("code") - 1))
	    || Z_TYPE_P(code) != IS_STRING || !pimsync_entities_code_valid(Z_STR_P(code))
	    || ((parent = zend_hash_str_find(Z_ARRVAL(item), "parent", sizeof("parent") - 1)) && Z_TYPE_P(parent) != IS_NULL
	        && (Z_TYPE_P(parent) != IS_STRING || Z_STRLEN_P(parent) == 0))) {
		t->invalid++;
		zval_ptr_dtor(&item);
		return;
	}
	if (zend_hash_exists(&t->nodes, Z_STR_P(code))) {
		t->duplicates++;
		zval_ptr_dtor(&item);
		return;
	}
	node *n = ecalloc(1, sizeof(*n));
	n->code = zend_string_copy(Z_STR_P(code));
	n->parent_code = parent && Z_TYPE_P(parent) == IS_STRING ? zend_string_copy(Z_STR_P(parent)) : NULL;
	labels = zend_hash_str_find(Z_ARRVAL(item), "labels", sizeof("labels") - 1);
	if (labels && Z_TYPE_P(labels) == IS_ARRAY) ZVAL_COPY(&n->labels, labels);
	else ZVAL_NULL(&n->labels);
	position = zend_hash_str_find(Z_ARRVAL(item), "position", sizeof("position") - 1);
	if (position && Z_TYPE_P(position) == IS_LONG && Z_LVAL_P(position) > 0) n->akeneo_position = Z_LVAL_P(position);
	zend_hash_add_new_ptr(&t->nodes, n->code, n);
	zval_ptr_dtor(&item);
}

/* ---- what Magento has ---- */

static bool row_cb(void *ctx, HashTable *row)
{
	pimsync_category_tree *t = ctx;
	cat_row *r = ecalloc(1, sizeof(*r));
	r->id = zval_get_long(zend_hash_index_find(row, 0));
	r->link = zval_get_long(zend_hash_index_find(row, 1));
	r->parent_id = zval_get_long(zend_hash_index_find(row, 2));
	r->path = zval_get_string(zend_hash_index_find(row, 3));
	r->level = zval_get_long(zend_hash_index_find(row, 4));
	r->position = zval_get_long(zend_hash_index_find(row, 5));
	zend_hash_init(&r->values, 8, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_index_update_ptr(&t->rows, r->id, r);
	return true;
}

typedef struct {
	pimsync_category_tree *t;
	HashTable by_link;          /* link => cat_row* (borrowed) */
} values_ctx;

static bool value_cb(void *ctx, HashTable *row)
{
	values_ctx *v = ctx;
	cat_row *r = zend_hash_index_find_ptr(&v->by_link, zval_get_long(zend_hash_index_find(row, 0)));
	zval *value = zend_hash_index_find(row, 3), copy;
	if (!r || Z_TYPE_P(value) == IS_NULL) return true;
	ZVAL_STR(&copy, zval_get_string(value));
	zend_hash_index_update(&r->values, (zval_get_long(zend_hash_index_find(row, 1)) << 16) | zval_get_long(zend_hash_index_find(row, 2)),
	                       &copy);
	return true;
}

static const char *link_column(pimsync_category_tree *t)
{
	return t->meta->row_id ? "row_id" : "entity_id";
}

static bool gone_cb(void *ctx, HashTable *row)
{
	pimsync_category_tree *t = ctx;
	zval id;
	ZVAL_LONG(&id, zval_get_long(zend_hash_index_find(row, 1)));
	zend_string *code = zval_get_string(zend_hash_index_find(row, 0));
	zend_hash_update(&t->gone, code, &id);
	zend_string_release(code);
	return true;
}

static bool set_cb(void *ctx, HashTable *row)
{
	*(zend_long *) ctx = zval_get_long(zend_hash_index_find(row, 0));
	return false;
}

/* The rows and name, url_key, url_path, is_active values of these categories. */
static zend_result load_rows(pimsync_category_tree *t, HashTable *ids)
{
	smart_str sql = {0}, in = {0};
	values_ctx v;
	zend_ulong id;
	zend_result r;
	cat_row *row;

	if (zend_hash_num_elements(ids) == 0) return SUCCESS;
	v.t = t;
	ZEND_HASH_FOREACH_NUM_KEY(ids, id) {
		if (in.s) smart_str_appendc(&in, ',');
		smart_str_append_long(&in, (zend_long) id);
	} ZEND_HASH_FOREACH_END();
	smart_str_0(&in);
	smart_str_appends(&sql, "SELECT entity_id, ");
	smart_str_appends(&sql, link_column(t));
	smart_str_appends(&sql, ", parent_id, path, level, position FROM catalog_category_entity WHERE entity_id IN (");
	smart_str_append(&sql, in.s);
	smart_str_appendc(&sql, ')');
	/* Commerce: the version live now, not a scheduled one */
	pimsync_meta_append_live(t->meta, &sql, NULL);
	smart_str_0(&sql);
	r = pimsync_db_each_row(t->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), row_cb, t);
	smart_str_free(&in);
	if (r == FAILURE || zend_hash_num_elements(&t->rows) == 0) {
		smart_str_free(&sql);
		return r;
	}
	zend_hash_init(&v.by_link, zend_hash_num_elements(&t->rows), NULL, NULL, 0);
	ZEND_HASH_FOREACH_PTR(&t->rows, row) {
		zend_hash_index_update_ptr(&v.by_link, row->link, row);
		if (in.s) smart_str_appendc(&in, ',');
		smart_str_append_long(&in, row->link);
	} ZEND_HASH_FOREACH_END();
	smart_str_0(&in);
	for (int b = 0; b < 2 && r == SUCCESS; b++) {
		pimsync_meta *m = t->meta;
		ZSTR_LEN(sql.s) = 0;
		smart_str_appends(&sql, "SELECT ");
		smart_str_appends(&sql, link_column(t));
		smart_str_appends(&sql, ", attribute_id, store_id, value FROM catalog_category_entity_");
		if (b == 0) {
			smart_str_appends(&sql, "varchar WHERE attribute_id IN (");
			smart_str_append_long(&sql, m->category_name->id);
			smart_str_appendc(&sql, ',');
			smart_str_append_long(&sql, m->category_url_key->id);
			if (m->category_url_path) {
				smart_str_appendc(&sql, ',');
				smart_str_append_long(&sql, m->category_url_path->id);
			}
		} else {
			smart_str_appends(&sql, "int WHERE attribute_id IN (");
			smart_str_append_long(&sql, m->category_is_active->id);
		}
		smart_str_appends(&sql, ") AND ");
		smart_str_appends(&sql, link_column(t));
		smart_str_appends(&sql, " IN (");
		smart_str_append(&sql, in.s);
		smart_str_appendc(&sql, ')');
		smart_str_0(&sql);
		r = pimsync_db_each_row(t->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), value_cb, &v);
	}
	zend_hash_destroy(&v.by_link);
	smart_str_free(&in);
	smart_str_free(&sql);
	return r;
}

static zend_string *current_value(pimsync_category_tree *t, node *n, pimsync_attribute *attr, zend_long store_id)
{
	cat_row *r = n->exists ? zend_hash_index_find_ptr(&t->rows, n->id) : NULL;
	zval *v = r && attr ? zend_hash_index_find(&r->values, ((zend_ulong) attr->id << 16) | (zend_ulong) store_id) : NULL;
	return v ? Z_STR_P(v) : NULL;
}

/* ---- the report ---- */

static void report_code(pimsync_category_tree *t, const char *what, zend_string *code)
{
	zval *count = zend_hash_str_find(Z_ARRVAL(t->report), what, strlen(what));
	zval *codes = zend_hash_str_find(Z_ARRVAL(t->report), "codes", sizeof("codes") - 1);
	zval *list = zend_hash_str_find(Z_ARRVAL_P(codes), what, strlen(what));
	Z_LVAL_P(count)++;
	if (!list) {
		zval empty;
		array_init(&empty);
		list = zend_hash_str_add(Z_ARRVAL_P(codes), what, strlen(what), &empty);
	}
	if (zend_hash_num_elements(Z_ARRVAL_P(list)) < CODES_SAMPLE) add_next_index_str(list, zend_string_copy(code));
}

static void report_init(pimsync_category_tree *t)
{
	static const char *const counts[] = {"read", "created", "moved", "reordered", "renamed", "unchanged", "disabled",
		"restored", "removed_ignored", "rewrites", "redirects", "url_conflicts", NULL};
	zval codes;
	array_init(&t->report);
	for (int i = 0; counts[i]; i++) add_assoc_long(&t->report, counts[i], 0);
	array_init(&codes);
	add_assoc_zval(&t->report, "codes", &codes);
}

static int compare_ids(Bucket *a, Bucket *b)
{
	return a->h < b->h ? -1 : a->h > b->h;
}

/* All of them, not a sample: the Magento module reindexes and cleans the caches of these.
 * The old ancestors of a moved category are among those whose children_count was recounted. */
static void report_changed_ids(pimsync_category_tree *t)
{
	zend_ulong id;
	zval list;
	ZEND_HASH_FOREACH_NUM_KEY(&t->affected, id) {
		zend_hash_index_add_empty_element(&t->changed, id);
	} ZEND_HASH_FOREACH_END();
	zend_hash_sort(&t->changed, compare_ids, false);
	array_init_size(&list, zend_hash_num_elements(&t->changed));
	ZEND_HASH_FOREACH_NUM_KEY(&t->changed, id) {
		add_next_index_long(&list, (zend_long) id);
	} ZEND_HASH_FOREACH_END();
	add_assoc_zval(&t->report, "changed_ids", &list);
}

static void report_set(pimsync_category_tree *t, const char *what, zend_long n)
{
	zval *count = zend_hash_str_find(Z_ARRVAL(t->report), what, strlen(what));
	ZVAL_LONG(count, n);
}

/* ---- writing ---- */

static void add_value(pimsync_category_tree *t, pimsync_attribute *attr, zend_long link, zend_long store_id, zend_string *value)
{
	pimsync_bulk *b = attr->backend == PIMSYNC_BACKEND_INT ? &t->integer : &t->varchar;
	t->writes++;
	pimsync_bulk_row(b);
	pimsync_bulk_long(b, attr->id);
	pimsync_bulk_long(b, store_id);
	pimsync_bulk_long(b, link);
	pimsync_bulk_str(b, ZSTR_VAL(value), ZSTR_LEN(value));
	/* a full buffer is sent here: its failure must fail the tree, not lose those rows */
	if (pimsync_bulk_row_end(b) == FAILURE) t->values_failed = true;
}

/* The stored value unless it is already what it should be: true when written. */
static bool put_value(pimsync_category_tree *t, node *n, pimsync_attribute *attr, zend_long store_id, zend_string *value)
{
	zend_string *cur = current_value(t, n, attr, store_id);
	if (!attr || (cur && zend_string_equals(cur, value))) return false;
	add_value(t, attr, n->link, store_id, value);
	return true;
}

/* Every id of a path ("1/2/7/9") into ids. */
static void add_path_ids(HashTable *ids, zend_string *path)
{
	const char *p = ZSTR_VAL(path), *end = p + ZSTR_LEN(path);
	while (p < end) {
		zend_long id = ZEND_STRTOL(p, NULL, 10);
		if (id > 0) zend_hash_index_add_empty_element(ids, id);
		while (p < end && *p != '/') p++;
		p++;
	}
}

static void ancestors_affected(pimsync_category_tree *t, zend_string *path)
{
	add_path_ids(&t->affected, path);
}

/* A category this run wrote, with its ancestors: the ids Magento's own category save
 * reindexes in catalog_category_product (Category::reindex(), getPathIds(): an anchor
 * category shows its descendants' products) and whose cache tags it cleans. */
static void category_changed(pimsync_category_tree *t, zend_string *path)
{
	add_path_ids(&t->changed, path);
}

static zend_result exec(pimsync_category_tree *t, smart_str *sql)
{
	t->writes++;
	zend_result r = pimsync_db_exec_str(t->db, sql, NULL);
	ZSTR_LEN(sql->s) = 0;
	return r;
}

static zend_result create_row(pimsync_category_tree *t, node *n, node *parent)
{
	smart_str sql = {0};
	zend_result r = SUCCESS;

	n->level = parent->level + 1;
	n->parent_id = parent->id;
	if (t->meta->row_id) {
		static const char seq[] = "INSERT INTO sequence_catalog_category VALUES ()";
		if (pimsync_db_exec(t->db, seq, sizeof(seq) - 1, NULL) == FAILURE) return FAILURE;
		n->id = pimsync_db_last_insert_id(t->db);
		n->path = zend_strpprintf(0, "%s/" ZEND_LONG_FMT, ZSTR_VAL(parent->path), n->id);
		smart_str_appends(&sql, "INSERT INTO catalog_category_entity (entity_id, created_in, updated_in, attribute_set_id, parent_id,"
		                        " path, position, level, children_count) VALUES (");
		smart_str_append_long(&sql, n->id);
		smart_str_appends(&sql, ", 1, 2147483647, ");
	} else {
		smart_str_appends(&sql, "INSERT INTO catalog_category_entity (attribute_set_id, parent_id, path, position, level,"
		                        " children_count) VALUES (");
	}
	smart_str_append_long(&sql, t->set_id);
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, parent->id);
	smart_str_appends(&sql, ", ");
	if (n->path) pimsync_sql_quote(t->db, &sql, ZSTR_VAL(n->path), ZSTR_LEN(n->path));
	else smart_str_appends(&sql, "''"); /* the path holds the new id, known only after the insert */
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, n->position);
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, n->level);
	smart_str_appends(&sql, ", 0)");
	if (exec(t, &sql) == FAILURE) r = FAILURE;
	if (r == SUCCESS) {
		n->link = pimsync_db_last_insert_id(t->db);
		if (!t->meta->row_id) {
			n->id = n->link;
			n->path = zend_strpprintf(0, "%s/" ZEND_LONG_FMT, ZSTR_VAL(parent->path), n->id);
			smart_str_appends(&sql, "UPDATE catalog_category_entity SET path = ");
			pimsync_sql_quote(t->db, &sql, ZSTR_VAL(n->path), ZSTR_LEN(n->path));
			smart_str_appends(&sql, " WHERE entity_id = ");
			smart_str_append_long(&sql, n->id);
			r = exec(t, &sql);
		}
	}
	if (r == SUCCESS) {
		smart_str_appends(&sql, "INSERT INTO pimsync_entity_map (kind, scope, code, magento_id) VALUES ('category', '', ");
		pimsync_sql_quote(t->db, &sql, ZSTR_VAL(n->code), ZSTR_LEN(n->code));
		smart_str_appends(&sql, ", ");
		smart_str_append_long(&sql, n->id);
		smart_str_appends(&sql, ") ON DUPLICATE KEY UPDATE magento_id = VALUES(magento_id)");
		r = exec(t, &sql);
	}
	smart_str_free(&sql);
	if (r == SUCCESS) {
		pimsync_stats_rows(t->stats, "catalog_category_entity", 1);
		ancestors_affected(t, parent->path);
		report_code(t, "created", n->code);
	}
	return r;
}

/* Under another parent (or repaired): the category and its whole subtree,
 * those pimsync did not write included, take the new path and level. */
static zend_result move_row(pimsync_category_tree *t, node *n, node *parent, cat_row *cur)
{
	smart_str sql = {0};
	zend_string *old_path = zend_string_copy(cur->path);
	zend_long delta = n->level - cur->level;
	zend_result r;
	cat_row *other;

	smart_str_appends(&sql, "UPDATE catalog_category_entity SET parent_id = ");
	smart_str_append_long(&sql, parent->id);
	smart_str_appends(&sql, ", path = ");
	pimsync_sql_quote(t->db, &sql, ZSTR_VAL(n->path), ZSTR_LEN(n->path));
	smart_str_appends(&sql, ", level = ");
	smart_str_append_long(&sql, n->level);
	smart_str_appends(&sql, ", position = ");
	smart_str_append_long(&sql, n->position);
	smart_str_appends(&sql, " WHERE entity_id = ");
	smart_str_append_long(&sql, n->id);
	r = exec(t, &sql);
	if (r == SUCCESS) {
		/* paths are digits and slashes: nothing in them is a LIKE wildcard */
		smart_str_appends(&sql, "UPDATE catalog_category_entity SET path = CONCAT(");
		pimsync_sql_quote(t->db, &sql, ZSTR_VAL(n->path), ZSTR_LEN(n->path));
		smart_str_appends(&sql, ", SUBSTRING(path, ");
		smart_str_append_long(&sql, (zend_long) ZSTR_LEN(old_path) + 1);
		smart_str_appends(&sql, ")), level = level + ");
		smart_str_append_long(&sql, delta);
		smart_str_appends(&sql, " WHERE path LIKE CONCAT(");
		pimsync_sql_quote(t->db, &sql, ZSTR_VAL(old_path), ZSTR_LEN(old_path));
		smart_str_appends(&sql, ", '/%')");
		r = exec(t, &sql);
	}
	smart_str_free(&sql);
	if (r == SUCCESS) {
		/* what was read of the subtree follows, so its members are compared with where they are now */
		ZEND_HASH_FOREACH_PTR(&t->rows, other) {
			if (ZSTR_LEN(other->path) > ZSTR_LEN(old_path) && ZSTR_VAL(other->path)[ZSTR_LEN(old_path)] == '/'
			    && memcmp(ZSTR_VAL(other->path), ZSTR_VAL(old_path), ZSTR_LEN(old_path)) == 0) {
				zend_string *moved = zend_string_concat2(ZSTR_VAL(n->path), ZSTR_LEN(n->path),
				                                         ZSTR_VAL(other->path) + ZSTR_LEN(old_path), ZSTR_LEN(other->path) - ZSTR_LEN(old_path));
				zend_string_release(other->path);
				other->path = moved;
				other->level += delta;
			}
		} ZEND_HASH_FOREACH_END();
		ancestors_affected(t, old_path);
		ancestors_affected(t, parent->path);
		zend_string_release(cur->path);
		cur->path = zend_string_copy(n->path);
		cur->level = n->level;
		cur->parent_id = parent->id;
		cur->position = n->position;
		pimsync_stats_rows(t->stats, "catalog_category_entity", 1);
	}
	zend_string_release(old_path);
	return r;
}

static zend_result place_structure(pimsync_category_tree *t, node *n, node *parent)
{
	cat_row *cur = n->exists ? zend_hash_index_find_ptr(&t->rows, n->id) : NULL;
	if (!cur) return create_row(t, n, parent);
	n->link = cur->link;
	n->level = parent->level + 1;
	n->parent_id = parent->id;
	n->path = zend_strpprintf(0, "%s/" ZEND_LONG_FMT, ZSTR_VAL(parent->path), n->id);
	if (cur->parent_id != parent->id || !zend_string_equals(cur->path, n->path) || cur->level != n->level) {
		bool moved = cur->parent_id != parent->id;
		if (move_row(t, n, parent, cur) == FAILURE) return FAILURE;
		report_code(t, moved ? "moved" : "reordered", n->code);
		return SUCCESS;
	}
	if (cur->position != n->position) {
		smart_str sql = {0};
		smart_str_appends(&sql, "UPDATE catalog_category_entity SET position = ");
		smart_str_append_long(&sql, n->position);
		smart_str_appends(&sql, " WHERE entity_id = ");
		smart_str_append_long(&sql, n->id);
		zend_result r = exec(t, &sql);
		smart_str_free(&sql);
		if (r == FAILURE) return FAILURE;
		cur->position = n->position;
		pimsync_stats_rows(t->stats, "catalog_category_entity", 1);
		report_code(t, "reordered", n->code);
	}
	return SUCCESS;
}

/* The label of each store index (borrowed; NULL: none), from the locales that map to it. */
static void store_labels(pimsync_category_tree *t, node *n, zend_string **labels)
{
	zend_string *locale;
	zval *stores, *label, *store;
	memset(labels, 0, t->nstores * sizeof(zend_string *));
	if (Z_TYPE(n->labels) != IS_ARRAY) return;
	ZEND_HASH_FOREACH_STR_KEY_VAL(t->cfg->locales, locale, stores) {
		(void) stores;
		label = zend_hash_find(Z_ARRVAL(n->labels), locale);
		if (!label || Z_TYPE_P(label) != IS_STRING || Z_STRLEN_P(label) == 0) continue;
		if (t->cfg->admin_locale && zend_string_equals(locale, t->cfg->admin_locale) && !labels[0]) labels[0] = Z_STR_P(label);
		zval *ids = zend_hash_find(t->locale_stores, locale);
		if (!ids) continue;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(ids), store) {
			zval *index = zend_hash_index_find(&t->store_index, Z_LVAL_P(store));
			if (index && !labels[Z_LVAL_P(index)]) labels[Z_LVAL_P(index)] = Z_STR_P(label);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
}

/* A label as the name column holds it, NULL when it cannot be written. */
static zend_string *fitted_name(pimsync_category_tree *t, node *n, zend_string *label, zend_long store_id)
{
	pimsync_fit fit;
	zend_string *text = pimsync_utf8_valid(ZSTR_VAL(label), ZSTR_LEN(label))
		? pimsync_fit_value(&t->meta->columns[PIMSYNC_COL_VALUE_VARCHAR], zend_string_copy(label), t->cfg->unsupported_characters, &fit)
		: NULL;
	if (!text || fit.adjusted) {
		pimsync_stats_warn(t->stats, text ? "category_label_adjusted" : "category_label_left_out", NULL,
		                   "the label of category %s for store " ZEND_LONG_FMT ": %s", ZSTR_VAL(n->code), store_id,
		                   text ? "characters its column cannot hold were replaced or removed (unsupported_characters)"
		                        : (fit.kind ? fit.err.message : "not valid UTF-8; the label was left out"));
	}
	return text;
}

/* A key no sibling has (letter case ignored, as url_rewrite compares paths). */
static zend_string *unique_key(pimsync_category_tree *t, node *parent, node *n, zend_string *key)
{
	zend_string *lc = zend_string_tolower(key), *candidate = zend_string_copy(key);
	zval *holder;
	for (int i = 1; parent->sibling_keys && (holder = zend_hash_find(parent->sibling_keys, lc)) && Z_PTR_P(holder) != n; i++) {
		zend_string *code = pimsync_url_slug(ZSTR_VAL(n->code), ZSTR_LEN(n->code));
		zend_string_release(candidate);
		candidate = i == 1 ? zend_strpprintf(0, "%s-%s", ZSTR_VAL(key), ZSTR_VAL(code))
		                   : zend_strpprintf(0, "%s-%s-%d", ZSTR_VAL(key), ZSTR_VAL(code), i);
		zend_string_release(code);
		zend_string_release(lc);
		lc = zend_string_tolower(candidate);
	}
	zend_string_release(lc);
	(void) t;
	return candidate;
}

static void claim_key(node *parent, node *n, zend_string *key)
{
	zend_string *lc = zend_string_tolower(key);
	zval holder;
	if (!parent->sibling_keys) parent->sibling_keys = zend_new_array(8);
	ZVAL_PTR(&holder, n);
	zend_hash_add(parent->sibling_keys, lc, &holder);
	zend_string_release(lc);
}

/* A key made from a label; NULL when the label formats to nothing. */
static zend_string *key_from(zend_string *label)
{
	zend_string *key = label ? pimsync_url_slug(ZSTR_VAL(label), ZSTR_LEN(label)) : NULL;
	if (key && ZSTR_LEN(key) == 0) {
		zend_string_release(key);
		key = NULL;
	}
	return key;
}

/* Names, url keys, url paths; is_active and the rest for a new category. */
static void place_values(pimsync_category_tree *t, node *n, node *parent, bool created)
{
	pimsync_meta *m = t->meta;
	zend_string **labels = safe_emalloc(t->nstores, sizeof(zend_string *), 0);
	bool renamed = false, follow = created || t->cfg->category_url_keys_follow_labels;
	zend_string *name0, *key0;

	store_labels(t, n, labels);
	n->url_key = ecalloc(t->nstores, sizeof(zend_string *));
	n->url_path = ecalloc(t->nstores, sizeof(zend_string *));

	/* names: the admin locale's label on store 0 (the code when it has none), each locale's on its store views */
	name0 = labels[0] ? fitted_name(t, n, labels[0], 0) : NULL;
	if (!name0) name0 = zend_string_copy(n->code);
	renamed |= put_value(t, n, m->category_name, 0, name0);
	for (uint32_t i = 1; i < t->nstores; i++) {
		zend_string *name = labels[i] ? fitted_name(t, n, labels[i], t->store_ids[i]) : NULL, *cur;
		if (!name) continue;
		cur = current_value(t, n, m->category_name, t->store_ids[i]);
		if (cur ? !zend_string_equals(cur, name) : !zend_string_equals(name, name0)) {
			add_value(t, m->category_name, n->link, t->store_ids[i], name);
			renamed = true;
		}
		zend_string_release(name);
	}
	if (renamed && !created) report_code(t, "renamed", n->code);

	/* url keys: made from the labels when created (or when they follow the labels), else kept */
	zend_string *cur_key0 = current_value(t, n, m->category_url_key, 0);
	if (follow || !cur_key0) {
		zend_string *made = key_from(labels[0] ? name0 : NULL);
		if (!made) made = key_from(n->code);
		if (!made) made = zend_strpprintf(0, "category-" ZEND_LONG_FMT, n->id);
		key0 = unique_key(t, parent, n, made);
		zend_string_release(made);
		put_value(t, n, m->category_url_key, 0, key0);
	} else {
		key0 = zend_string_copy(cur_key0);
	}
	claim_key(parent, n, key0);
	n->url_key[0] = key0;
	for (uint32_t i = 1; i < t->nstores; i++) {
		zend_string *cur = current_value(t, n, m->category_url_key, t->store_ids[i]), *key = NULL;
		if (follow && labels[i] && (key = key_from(labels[i]))) {
			if (cur ? !zend_string_equals(cur, key) : !zend_string_equals(key, key0)) {
				add_value(t, m->category_url_key, n->link, t->store_ids[i], key);
				cur = key;
			}
		}
		n->url_key[i] = zend_string_copy(cur ? cur : key0);
		if (key) zend_string_release(key);
	}
	zend_string_release(name0);

	/* url paths: the parent's, then the key; a child of a root has its key alone */
	for (uint32_t i = 0; i < t->nstores; i++) {
		zend_string *up = parent->level <= 1 || !parent->url_path || !parent->url_path[i]
			? zend_string_copy(n->url_key[i])
			: zend_strpprintf(0, "%s/%s", ZSTR_VAL(parent->url_path[i]), ZSTR_VAL(n->url_key[i]));
		n->url_path[i] = up;
		if (!m->category_url_path) continue;
		zend_string *cur = current_value(t, n, m->category_url_path, t->store_ids[i]);
		if (i == 0 ? !cur || !zend_string_equals(cur, up) : (cur ? !zend_string_equals(cur, up) : !zend_string_equals(up, n->url_path[0]))) {
			add_value(t, m->category_url_path, n->link, t->store_ids[i], up);
			/* its products' category-path rewrites follow once the tree is committed */
			if (!created) zend_hash_index_add_empty_element(&t->paths_changed, (zend_ulong) n->id);
		}
	}

	if (created) {
		zend_string *on = ZSTR_CHAR('1'), *off = ZSTR_CHAR('0');
		add_value(t, m->category_is_active, n->link, 0, t->cfg->category_is_active ? on : off);
		if (m->category_include_in_menu) add_value(t, m->category_include_in_menu, n->link, 0, t->cfg->category_include_in_menu ? on : off);
		/* as Magento's admin saves a new category: products listed, anchor */
		if (m->category_is_anchor) add_value(t, m->category_is_anchor, n->link, 0, on);
		pimsync_attribute *mode = zend_hash_str_find_ptr(&m->attributes, "category:display_mode", sizeof("category:display_mode") - 1);
		if (mode) {
			zend_string *products = zend_string_init("PRODUCTS", 8, 0);
			add_value(t, mode, n->link, 0, products);
			zend_string_release(products);
		}
	} else if (zend_hash_exists(&t->gone, n->code)) {
		/* back in the tree after pimsync switched it off as removed */
		add_value(t, m->category_is_active, n->link, 0, ZSTR_CHAR('1'));
		report_code(t, "restored", n->code);
	}
	efree(labels);
}

/* A mapped Magento category or a root: its path and url paths as Magento has them. */
static bool place_fixed(pimsync_category_tree *t, node *n)
{
	cat_row *cur = zend_hash_index_find_ptr(&t->rows, n->id);
	if (!cur) {
		pimsync_stats_warn(t->stats, "category_target_missing", NULL,
		                   "category %s maps to Magento category " ZEND_LONG_FMT ", which does not exist: it and the categories"
		                   " below it were not written", ZSTR_VAL(n->code), n->id);
		return false;
	}
	n->link = cur->link;
	n->level = cur->level;
	n->path = zend_string_copy(cur->path);
	n->url_path = ecalloc(t->nstores, sizeof(zend_string *));
	n->url_key = ecalloc(t->nstores, sizeof(zend_string *));
	if (t->meta->category_url_path && cur->level > 1) {
		zval *zero = zend_hash_index_find(&cur->values, (zend_ulong) t->meta->category_url_path->id << 16);
		for (uint32_t i = 0; i < t->nstores; i++) {
			zval *v = zend_hash_index_find(&cur->values, ((zend_ulong) t->meta->category_url_path->id << 16) | t->store_ids[i]);
			if (v || zero) n->url_path[i] = zend_string_copy(Z_STR_P(v ? v : zero));
		}
	}
	return true;
}

/* Places the children of parent, then theirs: parents always come first. */
static zend_result place_children(pimsync_category_tree *t, node *parent)
{
	for (uint32_t i = 0; i < parent->nchildren; i++) {
		node *n = parent->children[i];
		n->position = n->akeneo_position ? n->akeneo_position : (zend_long) i + 1;
	}
	/* keys siblings keep come first, so that a new sibling never takes one */
	for (uint32_t i = 0; i < parent->nchildren; i++) {
		node *n = parent->children[i];
		zend_string *key = n->kind == NODE_MANAGED && n->exists && !t->cfg->category_url_keys_follow_labels
			? current_value(t, n, t->meta->category_url_key, 0) : NULL;
		if (key) claim_key(parent, n, key);
	}
	for (uint32_t i = 0; i < parent->nchildren; i++) {
		node *n = parent->children[i];
		if (n->kind == NODE_MAPPED) {
			if (!place_fixed(t, n)) continue;
		} else {
			bool created = !n->exists;
			zend_long before_structure = t->writes;
			if (place_structure(t, n, parent) == FAILURE) return FAILURE;
			zend_long before = t->writes;
			place_values(t, n, parent, created);
			if (t->writes == before) t->unchanged++;
			if (t->writes != before_structure) category_changed(t, n->path);
		}
		n->placed = true;
		if (place_children(t, n) == FAILURE) return FAILURE;
	}
	return SUCCESS;
}

static zend_result recount_children(pimsync_category_tree *t)
{
	smart_str sql = {0};
	zend_ulong id;
	zend_long changed = 0;
	zend_result r;
	if (zend_hash_num_elements(&t->affected) == 0) return SUCCESS;
	/* as Magento counts: every descendant, not only the direct children */
	smart_str_appends(&sql, "UPDATE catalog_category_entity c JOIN (SELECT p.entity_id AS id, COUNT(DISTINCT d.entity_id) AS n"
	                        " FROM catalog_category_entity p LEFT JOIN catalog_category_entity d ON d.path LIKE CONCAT(p.path, '/%')"
	                        " WHERE p.entity_id IN (");
	bool first = true;
	ZEND_HASH_FOREACH_NUM_KEY(&t->affected, id) {
		if (!first) smart_str_appendc(&sql, ',');
		first = false;
		smart_str_append_long(&sql, (zend_long) id);
	} ZEND_HASH_FOREACH_END();
	smart_str_appends(&sql, ") GROUP BY p.entity_id) x ON x.id = c.entity_id SET c.children_count = x.n"
	                        " WHERE c.children_count <> x.n");
	r = pimsync_db_exec_str(t->db, &sql, &changed);
	smart_str_free(&sql);
	if (r == SUCCESS && changed) pimsync_stats_rows(t->stats, "catalog_category_entity", changed);
	return r;
}

/* Categories pimsync wrote that the tree no longer has. */
static zend_result handle_removed(pimsync_category_tree *t)
{
	zend_string *code;
	zval *id;
	smart_str sql = {0};
	zend_long ignored = 0;
	zend_result r = SUCCESS;

	ZEND_HASH_FOREACH_STR_KEY_VAL(&t->meta->categories, code, id) {
		cat_row *cur;
		if (!code || zend_hash_exists(&t->nodes, code) || !(cur = zend_hash_index_find_ptr(&t->rows, Z_LVAL_P(id)))) continue;
		if (t->cfg->categories_removed != PIMSYNC_ABSENT_DISABLE) {
			ignored++;
			report_code(t, "removed_ignored", code);
			continue;
		}
		zval *active = zend_hash_index_find(&cur->values, (zend_ulong) t->meta->category_is_active->id << 16);
		if (active && zend_string_equals_literal(Z_STR_P(active), "0") && zend_hash_exists(&t->gone, code)) continue;
		add_value(t, t->meta->category_is_active, cur->link, 0, ZSTR_CHAR('0'));
		smart_str_appends(&sql, "INSERT INTO pimsync_entity_map (kind, scope, code, magento_id) VALUES ('category_gone', '', ");
		pimsync_sql_quote(t->db, &sql, ZSTR_VAL(code), ZSTR_LEN(code));
		smart_str_appends(&sql, ", ");
		smart_str_append_long(&sql, cur->id);
		smart_str_appends(&sql, ") ON DUPLICATE KEY UPDATE magento_id = VALUES(magento_id)");
		if ((r = exec(t, &sql)) == FAILURE) break;
		category_changed(t, cur->path);
		report_code(t, "disabled", code);
	} ZEND_HASH_FOREACH_END();
	if (r == SUCCESS && ignored) {
		pimsync_stats_warn(t->stats, "categories_removed_ignored", NULL,
		                   ZEND_LONG_FMT " categories pimsync wrote before are no longer in the PIM's tree and were left as they are"
		                   " (categories.removed: \"ignore\"; their codes are in the report's categories.codes.removed_ignored)", ignored);
	}
	smart_str_free(&sql);
	return r;
}

static zend_result forget_restored(pimsync_category_tree *t)
{
	node *n;
	smart_str sql = {0};
	zend_result r = SUCCESS;
	ZEND_HASH_FOREACH_PTR(&t->nodes, n) {
		if (!n->placed || n->kind != NODE_MANAGED || !zend_hash_exists(&t->gone, n->code)) continue;
		smart_str_appends(&sql, "DELETE FROM pimsync_entity_map WHERE kind = 'category_gone' AND scope = '' AND code = ");
		pimsync_sql_quote(t->db, &sql, ZSTR_VAL(n->code), ZSTR_LEN(n->code));
		if ((r = exec(t, &sql)) == FAILURE) break;
	} ZEND_HASH_FOREACH_END();
	smart_str_free(&sql);
	return r;
}

static zend_long root_of(zend_string *path)
{
	/* "1/<root>/…": the store root a category is under */
	const char *slash = memchr(ZSTR_VAL(path), '/', ZSTR_LEN(path));
	return slash ? ZEND_STRTOL(slash + 1, NULL, 10) : 0;
}

static zend_result write_rewrites(pimsync_category_tree *t)
{
	node *n;
	zend_long *ids = safe_emalloc(zend_hash_num_elements(&t->nodes) + 1, sizeof(zend_long), 0);
	uint32_t count = 0;
	zend_result r;

	ZEND_HASH_FOREACH_PTR(&t->nodes, n) {
		if (n->placed && n->kind == NODE_MANAGED) ids[count++] = n->id;
	} ZEND_HASH_FOREACH_END();
	r = pimsync_category_rewrites_load(&t->rewrites, ids, count);
	efree(ids);
	ZEND_HASH_FOREACH_PTR(&t->nodes, n) {
		if (r == FAILURE) break;
		if (!n->placed || n->kind != NODE_MANAGED) continue;
		HashTable *stores = pimsync_category_rewrites_stores(&t->rewrites, root_of(n->path));
		zend_ulong store_id;
		if (stores) {
			ZEND_HASH_FOREACH_NUM_KEY(stores, store_id) {
				zval *index = zend_hash_index_find(&t->store_index, store_id);
				if (!index) continue;
				if ((r = pimsync_category_rewrites_apply(&t->rewrites, n->id, (zend_long) store_id, n->url_path[Z_LVAL_P(index)], n->code))
				    == FAILURE) break;
			} ZEND_HASH_FOREACH_END();
		}
		if (r == SUCCESS) r = pimsync_category_rewrites_prune(&t->rewrites, n->id, stores);
	} ZEND_HASH_FOREACH_END();
	return r;
}

static zend_result prepare(pimsync_category_tree *t)
{
	zend_string *code;
	zval *id;
	node *n;
	HashTable ids;
	zend_result r;
	char sql[160];

	/* store 0 first, then every store view */
	t->store_ids = safe_emalloc(zend_hash_num_elements(&t->meta->stores) + 1, sizeof(zend_long), 0);
	t->store_ids[t->nstores++] = 0;
	ZEND_HASH_FOREACH_VAL(&t->meta->stores, id) {
		if (Z_LVAL_P(id) != 0) t->store_ids[t->nstores++] = Z_LVAL_P(id);
	} ZEND_HASH_FOREACH_END();
	for (uint32_t i = 0; i < t->nstores; i++) {
		zval index;
		ZVAL_LONG(&index, i);
		zend_hash_index_update(&t->store_index, t->store_ids[i], &index);
	}

	/* what each code is: a root, a mapped Magento category, or one pimsync writes */
	zend_hash_init(&ids, 64, NULL, NULL, 0);
	ZEND_HASH_FOREACH_PTR(&t->nodes, n) {
		zval *mapped = zend_hash_find(t->cfg->category_map, n->code), *known;
		if (!n->parent_code) {
			n->kind = NODE_ROOT;
			n->id = mapped ? Z_LVAL_P(mapped) : t->cfg->category_root_id;
		} else if (mapped) {
			n->kind = NODE_MAPPED;
			n->id = Z_LVAL_P(mapped);
		} else if ((known = zend_hash_find(&t->meta->categories, n->code))) {
			n->id = Z_LVAL_P(known);
		}
		if (n->id) zend_hash_index_add_empty_element(&ids, n->id);
		node *parent = n->parent_code ? zend_hash_find_ptr(&t->nodes, n->parent_code) : NULL;
		if (parent) {
			if (parent->nchildren == parent->children_cap) {
				parent->children_cap = parent->children_cap ? parent->children_cap * 2 : 4;
				parent->children = safe_erealloc(parent->children, parent->children_cap, sizeof(node *), 0);
			}
			parent->children[parent->nchildren++] = n;
		}
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_STR_KEY_VAL(&t->meta->categories, code, id) {
		(void) code;
		zend_hash_index_add_empty_element(&ids, Z_LVAL_P(id));
	} ZEND_HASH_FOREACH_END();
	r = load_rows(t, &ids);
	zend_hash_destroy(&ids);
	if (r == FAILURE) return FAILURE;
	ZEND_HASH_FOREACH_PTR(&t->nodes, n) {
		n->exists = n->id && zend_hash_index_exists(&t->rows, n->id);
		if (n->kind == NODE_MANAGED && !n->exists) n->id = 0; /* deleted in Magento: created anew */
	} ZEND_HASH_FOREACH_END();

	static const char gone_sql[] = "SELECT code, magento_id FROM pimsync_entity_map WHERE kind = 'category_gone'";
	if (pimsync_db_each_row(t->db, gone_sql, sizeof(gone_sql) - 1, gone_cb, t) == FAILURE) return FAILURE;
	snprintf(sql, sizeof(sql), "SELECT default_attribute_set_id FROM eav_entity_type WHERE entity_type_id = " ZEND_LONG_FMT,
	         t->meta->category_type_id);
	if (pimsync_db_each_row(t->db, sql, strlen(sql), set_cb, &t->set_id) == FAILURE) return FAILURE;
	if (t->cfg->url_rewrites) {
		if (pimsync_category_rewrites_init(&t->rewrites, t->db, t->meta, t->stats) == FAILURE) {
			pimsync_category_rewrites_free(&t->rewrites);
			return FAILURE;
		}
		t->rewrites_ready = true;
	}
	return SUCCESS;
}

static zend_result write_tree(pimsync_category_tree *t)
{
	node *n;
	zend_long orphans = 0;
	zend_string *first_orphan = NULL;

	ZEND_HASH_FOREACH_PTR(&t->nodes, n) {
		if (n->kind != NODE_ROOT || !place_fixed(t, n)) continue;
		n->placed = true;
		if (place_children(t, n) == FAILURE) return FAILURE;
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_PTR(&t->nodes, n) {
		if (n->placed || n->kind == NODE_ROOT) continue;
		if (!first_orphan) first_orphan = n->code;
		orphans++;
	} ZEND_HASH_FOREACH_END();
	if (orphans) {
		pimsync_stats_warn(t->stats, "category_orphans", NULL,
		                   ZEND_LONG_FMT " categories are not below a root of the tree that was read (their parent is missing, or"
		                   " not written) and were not written; the first: %s", orphans, ZSTR_VAL(first_orphan));
	}
	if (handle_removed(t) == FAILURE || forget_restored(t) == FAILURE) return FAILURE;
	if (t->values_failed || pimsync_bulk_flush(&t->varchar) == FAILURE || pimsync_bulk_flush(&t->integer) == FAILURE) return FAILURE;
	if (recount_children(t) == FAILURE) return FAILURE;
	if (t->rewrites_ready && write_rewrites(t) == FAILURE) return FAILURE;
	return SUCCESS;
}

zend_result pimsync_category_tree_write(pimsync_category_tree *t)
{
	zend_result r;
	node *n;

	report_init(t);
	if (t->invalid) {
		pimsync_stats_warn(t->stats, "category_invalid", NULL,
		                   ZEND_LONG_FMT " categories of the tree have no usable code or parent and were not written", t->invalid);
	}
	if (t->duplicates) {
		pimsync_stats_warn(t->stats, "category_duplicate", NULL,
		                   ZEND_LONG_FMT " categories of the tree repeat a code read before: the first one was used", t->duplicates);
	}
	report_set(t, "read", zend_hash_num_elements(&t->nodes));
	if (zend_hash_num_elements(&t->nodes) == 0) return SUCCESS; /* an empty tree removes nothing */

	snprintf(t->head_varchar, sizeof(t->head_varchar), "INSERT INTO catalog_category_entity_varchar (attribute_id, store_id, %s, value) VALUES ",
	         link_column(t));
	snprintf(t->head_int, sizeof(t->head_int), "INSERT INTO catalog_category_entity_int (attribute_id, store_id, %s, value) VALUES ",
	         link_column(t));
	pimsync_bulk_init(&t->varchar, t->db, t->stats, "catalog_category_entity_varchar", t->head_varchar,
	                  " ON DUPLICATE KEY UPDATE value = VALUES(value)");
	pimsync_bulk_init(&t->integer, t->db, t->stats, "catalog_category_entity_int", t->head_int,
	                  " ON DUPLICATE KEY UPDATE value = VALUES(value)");
	pimsync_bulk_strict(&t->varchar);
	pimsync_bulk_strict(&t->integer);

	r = prepare(t);
	if (r == SUCCESS) r = pimsync_db_begin(t->db);
	if (r == SUCCESS) {
		r = write_tree(t);
		if (r == SUCCESS) r = pimsync_db_commit(t->db);
		if (r == FAILURE) pimsync_db_rollback(t->db);
	}
	pimsync_bulk_free(&t->varchar);
	pimsync_bulk_free(&t->integer);
	if (r == FAILURE) return FAILURE;

	/* the products of this run find every category of the tree by its code */
	ZEND_HASH_FOREACH_PTR(&t->nodes, n) {
		zval id;
		if (!n->placed || n->kind == NODE_MAPPED) continue;
		ZVAL_LONG(&id, n->id);
		zend_hash_update(&t->meta->categories, n->code, &id);
	} ZEND_HASH_FOREACH_END();
	report_set(t, "unchanged", t->unchanged);
	if (t->rewrites_ready) {
		report_set(t, "rewrites", t->rewrites.written);
		report_set(t, "redirects", t->rewrites.redirects);
		report_set(t, "url_conflicts", t->rewrites.conflicts);
	}
	report_changed_ids(t);
	ZVAL_COPY(&t->stats->categories, &t->report);
	return SUCCESS;
}

HashTable *pimsync_category_tree_paths_changed(pimsync_category_tree *t)
{
	return &t->paths_changed;
}
