#include "php.h"
#include "zend_smart_str.h"
#include "category_rewrites.h"
#include "value_normalize.h" /* pimsync_utf8_length */

/* The columns of a url_rewrite row as read and as written, in this order. */
enum { RW_ID = 0, RW_ENTITY, RW_STORE, RW_REQUEST, RW_TARGET, RW_REDIRECT, RW_AUTO, RW_DESCRIPTION, RW_METADATA, RW_COLUMNS };

static void list_dtor(zval *zv)
{
	zend_array_destroy(Z_PTR_P(zv));
}

typedef struct {
	pimsync_category_rewrites *r;
	pimsync_meta *meta;
	HashTable scoped_suffix, scoped_history; /* "stores:1", "websites:1", "default:0" => value */
} settings_ctx;

static bool setting_cb(void *ctx, HashTable *row)
{
	settings_ctx *s = ctx;
	zval *scope = zend_hash_index_find(row, 0), *scope_id = zend_hash_index_find(row, 1), *path = zend_hash_index_find(row, 2),
	     *value = zend_hash_index_find(row, 3);
	if (Z_TYPE_P(value) == IS_NULL) return true;
	zend_string *key = zend_strpprintf(0, "%s:" ZEND_LONG_FMT, Z_STRVAL_P(scope), zval_get_long(scope_id));
	zval v;
	ZVAL_STR(&v, zval_get_string(value));
	zend_hash_update(strstr(Z_STRVAL_P(path), "suffix") ? &s->scoped_suffix : &s->scoped_history, key, &v);
	zend_string_release(key);
	return true;
}

/* A store view's setting: its own, its website's, the default scope's, else Magento's default. */
static zend_string *resolved(HashTable *scoped, zend_long store_id, zend_long website_id, const char *dflt)
{
	char key[64];
	zval *v;
	snprintf(key, sizeof(key), "stores:" ZEND_LONG_FMT, store_id);
	if ((v = zend_hash_str_find(scoped, key, strlen(key)))) return zend_string_copy(Z_STR_P(v));
	snprintf(key, sizeof(key), "websites:" ZEND_LONG_FMT, website_id);
	if ((v = zend_hash_str_find(scoped, key, strlen(key)))) return zend_string_copy(Z_STR_P(v));
	if ((v = zend_hash_str_find(scoped, "default:0", sizeof("default:0") - 1))) return zend_string_copy(Z_STR_P(v));
	return zend_string_init(dflt, strlen(dflt), 0);
}

static bool group_cb(void *ctx, HashTable *row)
{
	pimsync_category_rewrites *r = ctx;
	zend_long store_id = zval_get_long(zend_hash_index_find(row, 0)), root = zval_get_long(zend_hash_index_find(row, 1));
	HashTable *stores = zend_hash_index_find_ptr(&r->root_stores, root);
	if (!stores) {
		stores = zend_new_array(4);
		zend_hash_index_add_ptr(&r->root_stores, root, stores);
	}
	zend_hash_index_add_empty_element(stores, store_id);
	return true;
}

zend_result pimsync_category_rewrites_init(pimsync_category_rewrites *r, pimsync_db *db, pimsync_meta *meta,
                                           pimsync_run_stats *stats)
{
	static const char settings_sql[] = "SELECT scope, scope_id, path, value FROM core_config_data"
		" WHERE path IN ('catalog/seo/category_url_suffix', 'catalog/seo/save_rewrites_history')";
	static const char groups_sql[] = "SELECT s.store_id, g.root_category_id FROM store s JOIN store_group g ON g.group_id = s.group_id"
		" WHERE s.store_id > 0";
	settings_ctx s;
	zend_ulong store_id;
	zval *website;
	zend_result res;

	memset(r, 0, sizeof(*r));
	s.r = r;
	s.meta = meta;
	r->db = db;
	const pimsync_column *col = &meta->columns[PIMSYNC_COL_REQUEST_PATH];
	r->max_chars = col->known && col->max_chars ? (size_t) col->max_chars : 255; /* varchar(255) when information_schema does not say */
	r->stats = stats;
	zend_hash_init(&r->suffix, 8, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&r->history, 8, NULL, NULL, 0);
	zend_hash_init(&r->root_stores, 4, NULL, list_dtor, 0);
	zend_hash_init(&r->current, 64, NULL, list_dtor, 0);
	zend_hash_init(&s.scoped_suffix, 4, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&s.scoped_history, 4, NULL, ZVAL_PTR_DTOR, 0);
	res = pimsync_db_each_row(db, settings_sql, sizeof(settings_sql) - 1, setting_cb, &s);
	if (res == SUCCESS) {
		ZEND_HASH_FOREACH_NUM_KEY_VAL(&meta->store_website, store_id, website) {
			zval v;
			zend_string *history = resolved(&s.scoped_history, (zend_long) store_id, Z_LVAL_P(website), "1");
			ZVAL_STR(&v, resolved(&s.scoped_suffix, (zend_long) store_id, Z_LVAL_P(website), ".html"));
			zend_hash_index_update(&r->suffix, store_id, &v);
			ZVAL_BOOL(&v, !zend_string_equals_literal(history, "0") && ZSTR_LEN(history) > 0);
			zend_hash_index_update(&r->history, store_id, &v);
			zend_string_release(history);
		} ZEND_HASH_FOREACH_END();
		res = pimsync_db_each_row(db, groups_sql, sizeof(groups_sql) - 1, group_cb, r);
	}
	zend_hash_destroy(&s.scoped_suffix);
	zend_hash_destroy(&s.scoped_history);
	return res;
}

void pimsync_category_rewrites_free(pimsync_category_rewrites *r)
{
	zend_hash_destroy(&r->suffix);
	zend_hash_destroy(&r->history);
	zend_hash_destroy(&r->root_stores);
	zend_hash_destroy(&r->current);
}

static bool current_cb(void *ctx, HashTable *row)
{
	pimsync_category_rewrites *r = ctx;
	zend_long id = zval_get_long(zend_hash_index_find(row, RW_ENTITY));
	HashTable *rows = zend_hash_index_find_ptr(&r->current, id);
	zval copy;
	if (!rows) {
		rows = zend_new_array(4);
		zend_hash_index_add_ptr(&r->current, id, rows);
	}
	ZVAL_ARR(&copy, zend_array_dup(row));
	zend_hash_next_index_insert(rows, &copy);
	return true;
}

static void append_columns(smart_str *sql)
{
	smart_str_appends(sql, "url_rewrite_id, entity_id, store_id, request_path, target_path, redirect_type, is_autogenerated,"
	                       " description, metadata");
}

zend_result pimsync_category_rewrites_load(pimsync_category_rewrites *r, const zend_long *ids, uint32_t n)
{
	for (uint32_t from = 0; from < n; from += 1000) {
		smart_str sql = {0};
		zend_result res;
		smart_str_appends(&sql, "SELECT ");
		append_columns(&sql);
		smart_str_appends(&sql, " FROM url_rewrite WHERE entity_type = 'category' AND entity_id IN (");
		for (uint32_t i = from; i < n && i < from + 1000; i++) {
			if (i > from) smart_str_appendc(&sql, ',');
			smart_str_append_long(&sql, ids[i]);
		}
		smart_str_appends(&sql, ") ORDER BY url_rewrite_id");
		smart_str_0(&sql);
		res = pimsync_db_each_row(r->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), current_cb, r);
		smart_str_free(&sql);
		if (res == FAILURE) return FAILURE;
	}
	return SUCCESS;
}

HashTable *pimsync_category_rewrites_stores(pimsync_category_rewrites *r, zend_long root_id)
{
	return zend_hash_index_find_ptr(&r->root_stores, root_id);
}

static zend_string *col_str(HashTable *row, int col)
{
	zval *v = zend_hash_index_find(row, col);
	return v && Z_TYPE_P(v) != IS_NULL ? zval_get_string(v) : NULL;
}

static bool col_equals(HashTable *row, int col, zend_string *s)
{
	zend_string *v = col_str(row, col);
	bool same = v && zend_string_equals(v, s);
	if (v) zend_string_release(v);
	return same;
}

/* One row to write: the path it answers, where it leads, its kind. */
typedef struct {
	zend_string *request, *target, *description, *metadata;
	zend_long redirect;
	bool autogenerated;
} new_row;

static bool holder_cb(void *ctx, HashTable *row)
{
	*(bool *) ctx = true;
	(void) row;
	return false;
}

/* Another entity's row (a product, a page, another category) holds this path in this store. */
static zend_result path_taken(pimsync_category_rewrites *r, zend_long id, zend_long store_id, zend_string *path, bool *taken)
{
	smart_str sql = {0};
	zend_result res;
	*taken = false;
	smart_str_appends(&sql, "SELECT 1 FROM url_rewrite WHERE store_id = ");
	smart_str_append_long(&sql, store_id);
	smart_str_appends(&sql, " AND request_path = ");
	pimsync_sql_quote(r->db, &sql, ZSTR_VAL(path), ZSTR_LEN(path));
	smart_str_appends(&sql, " AND NOT (entity_type = 'category' AND entity_id = ");
	smart_str_append_long(&sql, id);
	smart_str_appends(&sql, ") LIMIT 1");
	smart_str_0(&sql);
	res = pimsync_db_each_row(r->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), holder_cb, taken);
	smart_str_free(&sql);
	return res;
}

static void quote_or_null(pimsync_category_rewrites *r, smart_str *sql, zend_string *s)
{
	if (s) pimsync_sql_quote(r->db, sql, ZSTR_VAL(s), ZSTR_LEN(s));
	else smart_str_appends(sql, "NULL");
}

static zend_result replace_rows(pimsync_category_rewrites *r, zend_long id, zend_long store_id, new_row *rows, uint32_t n)
{
	smart_str sql = {0};
	zend_long deleted = 0;
	zend_result res;

	smart_str_appends(&sql, "DELETE FROM url_rewrite WHERE entity_type = 'category' AND entity_id = ");
	smart_str_append_long(&sql, id);
	smart_str_appends(&sql, " AND store_id = ");
	smart_str_append_long(&sql, store_id);
	res = pimsync_db_exec_str(r->db, &sql, &deleted);
	if (res == SUCCESS && deleted) pimsync_stats_rows(r->stats, "url_rewrite (deleted)", deleted);
	if (res == SUCCESS && n) {
		ZSTR_LEN(sql.s) = 0;
		smart_str_appends(&sql, "INSERT INTO url_rewrite (entity_type, entity_id, store_id, request_path, target_path, redirect_type,"
		                        " is_autogenerated, description, metadata) VALUES ");
		for (uint32_t i = 0; i < n; i++) {
			smart_str_appends(&sql, i ? ", ('category', " : "('category', ");
			smart_str_append_long(&sql, id);
			smart_str_appends(&sql, ", ");
			smart_str_append_long(&sql, store_id);
			smart_str_appends(&sql, ", ");
			quote_or_null(r, &sql, rows[i].request);
			smart_str_appends(&sql, ", ");
			quote_or_null(r, &sql, rows[i].target);
			smart_str_appends(&sql, ", ");
			smart_str_append_long(&sql, rows[i].redirect);
			smart_str_appends(&sql, rows[i].autogenerated ? ", 1, " : ", 0, ");
			quote_or_null(r, &sql, rows[i].description);
			smart_str_appends(&sql, ", ");
			quote_or_null(r, &sql, rows[i].metadata);
			smart_str_appendc(&sql, ')');
		}
		res = pimsync_db_exec_str(r->db, &sql, NULL);
		if (res == SUCCESS) pimsync_stats_rows(r->stats, "url_rewrite", n);
	}
	smart_str_free(&sql);
	return res;
}

zend_result pimsync_category_rewrites_apply(pimsync_category_rewrites *r, zend_long id, zend_long store_id,
                                            zend_string *url_path, zend_string *code)
{
	HashTable *current = zend_hash_index_find_ptr(&r->current, id);
	zval *suffix = zend_hash_index_find(&r->suffix, store_id), *history = zend_hash_index_find(&r->history, store_id), *row;
	zend_string *request = zend_string_concat2(ZSTR_VAL(url_path), ZSTR_LEN(url_path),
	                                           suffix ? Z_STRVAL_P(suffix) : ".html", suffix ? Z_STRLEN_P(suffix) : 5);
	zend_string *target = zend_strpprintf(0, "catalog/category/view/id/" ZEND_LONG_FMT, id);
	new_row *rows;
	uint32_t n = 0, cap = 1;
	bool live = false, stale = false, taken;
	zend_result res = SUCCESS;

	/* the live row as Magento writes it, and no other generated row: nothing to do */
	if (current) {
		ZEND_HASH_FOREACH_VAL(current, row) {
			if (zval_get_long(zend_hash_index_find(Z_ARRVAL_P(row), RW_STORE)) != store_id) continue;
			cap++;
			bool autogenerated = zval_get_long(zend_hash_index_find(Z_ARRVAL_P(row), RW_AUTO)) != 0;
			if (autogenerated && !live && col_equals(Z_ARRVAL_P(row), RW_REQUEST, request)
			    && col_equals(Z_ARRVAL_P(row), RW_TARGET, target)
			    && zval_get_long(zend_hash_index_find(Z_ARRVAL_P(row), RW_REDIRECT)) == 0) {
				live = true;
			} else if (autogenerated || zval_get_long(zend_hash_index_find(Z_ARRVAL_P(row), RW_REDIRECT)) != 0) {
				/* a generated row of another path, or a redirect that does not lead to this one */
				if (autogenerated || !col_equals(Z_ARRVAL_P(row), RW_TARGET, request)) stale = true;
			}
		} ZEND_HASH_FOREACH_END();
	}
	if (live && !stale) goto done;
	if (pimsync_utf8_length(ZSTR_VAL(request), ZSTR_LEN(request)) > r->max_chars) {
		pimsync_stats_warn(r->stats, "category_url_too_long", NULL,
		                   "category %s, store " ZEND_LONG_FMT ": its url path %s is longer than url_rewrite's %zu characters;"
		                   " its url rewrites were left as they are", ZSTR_VAL(code), store_id, ZSTR_VAL(request), r->max_chars);
		goto done;
	}
	if ((res = path_taken(r, id, store_id, request, &taken)) == FAILURE) goto done;
	if (taken) {
		/* Magento refuses to save such a category ("URL key for specified store already exists") */
		r->conflicts++;
		pimsync_stats_warn(r->stats, "category_url_conflict", NULL,
		                   "category %s, store " ZEND_LONG_FMT ": %s is already the url of another product, page or category;"
		                   " the category's url rewrites were left as they are", ZSTR_VAL(code), store_id, ZSTR_VAL(request));
		goto done;
	}

	rows = safe_emalloc(cap, sizeof(new_row), 0);
	rows[n++] = (new_row) { zend_string_copy(request), zend_string_copy(target), NULL, NULL, 0, true };
	if (current) {
		ZEND_HASH_FOREACH_VAL(current, row) {
			HashTable *old = Z_ARRVAL_P(row);
			if (zval_get_long(zend_hash_index_find(old, RW_STORE)) != store_id) continue;
			zend_string *old_request = col_str(old, RW_REQUEST);
			zend_long redirect = zval_get_long(zend_hash_index_find(old, RW_REDIRECT));
			bool autogenerated = zval_get_long(zend_hash_index_find(old, RW_AUTO)) != 0;
			if (!old_request || zend_string_equals(old_request, request)
			    || (autogenerated && !(history && Z_TYPE_P(history) == IS_TRUE))) {
				/* the new live path itself (an old redirect from it would loop), or no history kept */
				if (old_request) zend_string_release(old_request);
				continue;
			}
			if (autogenerated) {
				/* the old live path now answers with a 301 to the new one */
				rows[n++] = (new_row) { old_request, zend_string_copy(request), NULL, NULL, 301, false };
				r->redirects++;
			} else {
				/* a redirect leads to the new path (no chains); a custom rewrite keeps its target */
				rows[n++] = (new_row) { old_request, redirect ? zend_string_copy(request) : col_str(old, RW_TARGET),
				                        col_str(old, RW_DESCRIPTION), col_str(old, RW_METADATA), redirect, false };
			}
		} ZEND_HASH_FOREACH_END();
	}
	res = replace_rows(r, id, store_id, rows, n);
	if (res == SUCCESS) r->written++;
	for (uint32_t i = 0; i < n; i++) {
		zend_string_release(rows[i].request);
		if (rows[i].target) zend_string_release(rows[i].target);
		if (rows[i].description) zend_string_release(rows[i].description);
		if (rows[i].metadata) zend_string_release(rows[i].metadata);
	}
	efree(rows);

done:
	zend_string_release(request);
	zend_string_release(target);
	return res;
}

zend_result pimsync_category_rewrites_prune(pimsync_category_rewrites *r, zend_long id, HashTable *keep)
{
	HashTable *current = zend_hash_index_find_ptr(&r->current, id);
	zval *row;
	if (!current) return SUCCESS;
	ZEND_HASH_FOREACH_VAL(current, row) {
		HashTable *old = Z_ARRVAL_P(row);
		zend_long store_id = zval_get_long(zend_hash_index_find(old, RW_STORE));
		if (zval_get_long(zend_hash_index_find(old, RW_AUTO)) == 0 || (keep && zend_hash_index_exists(keep, store_id))) continue;
		smart_str sql = {0};
		zend_long deleted = 0;
		smart_str_appends(&sql, "DELETE FROM url_rewrite WHERE url_rewrite_id = ");
		smart_str_append_long(&sql, zval_get_long(zend_hash_index_find(old, RW_ID)));
		zend_result res = pimsync_db_exec_str(r->db, &sql, &deleted);
		smart_str_free(&sql);
		if (res == FAILURE) return FAILURE;
		if (deleted) pimsync_stats_rows(r->stats, "url_rewrite (deleted)", deleted);
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}
