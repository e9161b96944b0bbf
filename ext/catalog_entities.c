#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"
#include "catalog_entities.h"
#include "value_normalize.h"
#include "value_fit.h"
#include "jsonl_reader.h"
#include "option_labels.h"

/* An entity this attempt created or found claimed by another writer. */
typedef struct {
	pimsync_attribute *attr; /* NULL for a category */
	zend_string *code;       /* lower case for an option, as the metadata keys them */
	zend_long id;
} created_entity;

static void created_dtor(zval *zv)
{
	created_entity *c = Z_PTR_P(zv);
	zend_string_release(c->code);
	efree(c);
}

void pimsync_entities_init(pimsync_catalog_entities *e, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                           pimsync_run_stats *stats)
{
	memset(e, 0, sizeof(*e));
	e->db = db;
	e->cfg = cfg;
	e->meta = meta;
	e->stats = stats;
	zend_hash_init(&e->option_labels, 64, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&e->labels_fetched, 8, NULL, NULL, 0);
	zend_hash_init(&e->created, 16, NULL, created_dtor, 0);
}

void pimsync_entities_free(pimsync_catalog_entities *e)
{
	zend_hash_destroy(&e->option_labels);
	zend_hash_destroy(&e->labels_fetched);
	zend_hash_destroy(&e->created);
	if (e->root_path) zend_string_release(e->root_path);
}

bool pimsync_entities_code_valid(const zend_string *code)
{
	if (ZSTR_LEN(code) == 0 || ZSTR_LEN(code) > 255 || !pimsync_utf8_valid(ZSTR_VAL(code), ZSTR_LEN(code))) return false;
	/* the code becomes a category name or an option's admin label in Magento's utf8mb3
	 * tables, which would silently mangle a 4-byte character (Akeneo codes are [A-Za-z0-9_]) */
	for (size_t i = 0; i < ZSTR_LEN(code); i++) {
		if ((unsigned char) ZSTR_VAL(code)[i] >= 0xF0) return false;
	}
	return true;
}

static zend_string *label_key(const char *attribute, size_t alen, const char *code, size_t clen)
{
	zend_string *k = zend_string_alloc(alen + 1 + clen, 0);
	memcpy(ZSTR_VAL(k), attribute, alen);
	ZSTR_VAL(k)[alen] = '\0';
	memcpy(ZSTR_VAL(k) + alen + 1, code, clen);
	ZSTR_VAL(k)[alen + 1 + clen] = '\0';
	return k;
}

void pimsync_entities_add_option_json(pimsync_catalog_entities *e, const char *json, size_t len)
{
	zval option, *attribute, *code, *labels;
	php_json_parser parser;

	php_json_parser_init(&parser, &option, json, len, PHP_JSON_OBJECT_AS_ARRAY, 32);
	if (php_json_parse(&parser) != 0) return;
	if (Z_TYPE(option) == IS_ARRAY
	    && (attribute = zend_hash_str_find(Z_ARRVAL(option), "attribute", sizeof("attribute") - 1)) && Z_TYPE_P(attribute) == IS_STRING
	    && (code = zend_hash_str_find(Z_ARRVAL(option), "code", sizeof("code") - 1)) && Z_TYPE_P(code) == IS_STRING
	    && (labels = zend_hash_str_find(Z_ARRVAL(option), "labels", sizeof("labels") - 1)) && Z_TYPE_P(labels) == IS_ARRAY) {
		zend_string *lc = zend_string_tolower(Z_STR_P(code));
		zend_string *key = label_key(Z_STRVAL_P(attribute), Z_STRLEN_P(attribute), ZSTR_VAL(lc), ZSTR_LEN(lc));
		/* the whole option: its labels and its sort_order */
		Z_ADDREF(option);
		zend_hash_update(&e->option_labels, key, &option);
		zend_string_release(key);
		zend_string_release(lc);
	}
	zval_ptr_dtor(&option);
}

static void option_line(void *ctx, const char *line, size_t len)
{
	pimsync_entities_add_option_json(ctx, line, len);
}

zend_result pimsync_entities_load_option_labels(pimsync_catalog_entities *e, const char *path, size_t max_line, pimsync_error *err)
{
	return pimsync_jsonl_each(path, max_line, e->stats, "option_line_too_long", "options file", "the labels on it were not read",
	                          option_line, e, err);
}


/* ---- claims in pimsync_entity_map ---- */

static void append_map_key(pimsync_catalog_entities *e, smart_str *sql, const char *kind, zend_string *scope, zend_string *code)
{
	smart_str_appends(sql, " WHERE m.kind = '");
	smart_str_appends(sql, kind);
	smart_str_appends(sql, "' AND m.scope = ");
	pimsync_sql_quote(e->db, sql, scope ? ZSTR_VAL(scope) : "", scope ? ZSTR_LEN(scope) : 0);
	smart_str_appends(sql, " AND m.code = ");
	pimsync_sql_quote(e->db, sql, ZSTR_VAL(code), ZSTR_LEN(code));
}

static bool id_cb(void *ctx, HashTable *row)
{
	*(zend_long *) ctx = zval_get_long(zend_hash_index_find(row, 0));
	return false;
}

/* Claims a code for this transaction before its entity is created. 0: this
 * batch creates it (the claim row is ours); an id: a writer that committed
 * first created it, and Magento still has it; -1: the database failed. An
 * uncommitted claim of another writer makes this wait for its outcome. */
static zend_long claim(pimsync_catalog_entities *e, const char *kind, zend_string *scope, zend_string *code, const char *table,
                       const char *id_column)
{
	smart_str sql = {0};
	zend_long inserted = 0, id = 0;
	zend_result r;

	smart_str_appends(&sql, "INSERT IGNORE INTO pimsync_entity_map (kind, scope, code, magento_id) VALUES ('");
	smart_str_appends(&sql, kind);
	smart_str_appends(&sql, "', ");
	pimsync_sql_quote(e->db, &sql, scope ? ZSTR_VAL(scope) : "", scope ? ZSTR_LEN(scope) : 0);
	smart_str_appends(&sql, ", ");
	pimsync_sql_quote(e->db, &sql, ZSTR_VAL(code), ZSTR_LEN(code));
	smart_str_appends(&sql, ", 0)");
	r = pimsync_db_exec_str(e->db, &sql, &inserted);
	smart_str_free(&sql);
	if (r == FAILURE) return -1;
	if (inserted) return 0;
	/* a locking read: it sees the latest committed row, not this transaction's snapshot */
	smart_str_appends(&sql, "SELECT m.magento_id FROM pimsync_entity_map m JOIN ");
	smart_str_appends(&sql, table);
	smart_str_appends(&sql, " t ON t.");
	smart_str_appends(&sql, id_column);
	smart_str_appends(&sql, " = m.magento_id");
	append_map_key(e, &sql, kind, scope, code);
	smart_str_appends(&sql, " FOR UPDATE");
	smart_str_0(&sql);
	r = pimsync_db_each_row(e->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), id_cb, &id);
	smart_str_free(&sql);
	/* no row: the map names an entity someone deleted in Magento; it is created anew */
	return r == FAILURE ? -1 : id;
}

static zend_result set_claim(pimsync_catalog_entities *e, const char *kind, zend_string *scope, zend_string *code, zend_long id)
{
	smart_str sql = {0};
	zend_result r;
	smart_str_appends(&sql, "UPDATE pimsync_entity_map m SET m.magento_id = ");
	smart_str_append_long(&sql, id);
	append_map_key(e, &sql, kind, scope, code);
	r = pimsync_db_exec_str(e->db, &sql, NULL);
	smart_str_free(&sql);
	return r;
}

static zend_string *created_key(const pimsync_attribute *attr, const zend_string *code)
{
	return zend_strpprintf(0, "%c" ZEND_LONG_FMT ":%s", attr ? 'o' : 'c', attr ? attr->id : 0, ZSTR_VAL(code));
}

static void remember_created(pimsync_catalog_entities *e, zend_string *key, pimsync_attribute *attr, zend_string *code, zend_long id)
{
	created_entity *c = emalloc(sizeof(*c));
	c->attr = attr;
	c->code = zend_string_copy(code);
	c->id = id;
	zend_hash_update_ptr(&e->created, key, c);
}

/* Says which entity failed, keeping the database's words. */
static void entity_failed(pimsync_catalog_entities *e, const char *what, zend_string *code, pimsync_attribute *attr)
{
	pimsync_error cause = *e->db->err;
	pimsync_error_set(e->db->err, "could not create %s \"%s\"%s%s: %s", what, ZSTR_VAL(code), attr ? " of attribute " : "",
	                  attr ? ZSTR_VAL(attr->code) : "", cause.message);
}

/* ---- options ---- */

/* The Akeneo option of code (labels, sort_order), NULL when not known. */
static zval *akeneo_option(pimsync_catalog_entities *e, zend_string *akeneo_attribute, zend_string *lc_code)
{
	zend_string *key = label_key(ZSTR_VAL(akeneo_attribute), ZSTR_LEN(akeneo_attribute), ZSTR_VAL(lc_code), ZSTR_LEN(lc_code));
	zval *option = zend_hash_find(&e->option_labels, key);
	zend_string_release(key);
	return option;
}

static zend_long insert_option(pimsync_catalog_entities *e, pimsync_attribute *attr, zend_string *code, zval *option)
{
	smart_str sql = {0};
	zval *labels = NULL, *sort;
	zend_long sort_order = 0, id;

	if (option) {
		labels = zend_hash_str_find(Z_ARRVAL_P(option), "labels", sizeof("labels") - 1);
		sort = zend_hash_str_find(Z_ARRVAL_P(option), "sort_order", sizeof("sort_order") - 1);
		if (sort && Z_TYPE_P(sort) == IS_LONG) sort_order = Z_LVAL_P(sort);
		if (labels && Z_TYPE_P(labels) != IS_ARRAY) labels = NULL;
	}
	smart_str_appends(&sql, "INSERT INTO eav_attribute_option (attribute_id, sort_order) VALUES (");
	smart_str_append_long(&sql, attr->id);
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, sort_order);
	smart_str_appendc(&sql, ')');
	if (pimsync_db_exec_str(e->db, &sql, NULL) == FAILURE || !(id = pimsync_db_last_insert_id(e->db))) {
		smart_str_free(&sql);
		return -1;
	}
	ZSTR_LEN(sql.s) = 0;

	/* the admin label is the code, as Akeneo's connector does (the structure sync
	 * gives it the admin locale's label); store labels from Akeneo */
	zend_string *admin = e->admin_label ? e->admin_label(e, code, option) : zend_string_copy(code);
	smart_str written = {0}; /* what pimsync wrote: a label that differs later is the merchant's */
	smart_str_appends(&sql, "INSERT INTO eav_attribute_option_value (option_id, store_id, value) VALUES (");
	smart_str_append_long(&sql, id);
	smart_str_appends(&sql, ", 0, ");
	pimsync_sql_quote(e->db, &sql, ZSTR_VAL(admin), ZSTR_LEN(admin));
	smart_str_appendc(&sql, ')');
	pimsync_option_labels_add(e->db, &written, id, 0, admin);
	zend_string_release(admin);
	if (labels && e->locale_stores) {
		zend_string *locale;
		zval *label, *stores, *store;
		ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(labels), locale, label) {
			if (!locale || Z_TYPE_P(label) != IS_STRING || !(stores = zend_hash_find(e->locale_stores, locale))) continue;
			/* a label is a value too: it fits its column or it is left out, never mangled */
			pimsync_fit fit;
			zend_string *text = pimsync_utf8_valid(Z_STRVAL_P(label), Z_STRLEN_P(label))
				? pimsync_fit_value(&e->meta->columns[PIMSYNC_COL_OPTION_VALUE], zend_string_copy(Z_STR_P(label)),
				                    e->cfg->unsupported_characters, &fit) : NULL;
			if (!text || fit.adjusted) {
				pimsync_stats_warn(e->stats, text ? "option_label_adjusted" : "option_label_left_out", NULL,
				                   "the %s label of option %s of %s: %s", ZSTR_VAL(locale), ZSTR_VAL(code), ZSTR_VAL(attr->code),
				                   text ? "characters its column cannot hold were replaced or removed (unsupported_characters)"
				                        : (fit.kind ? fit.err.message : "not valid UTF-8; the label was left out"));
			}
			if (!text) continue;
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(stores), store) {
				smart_str_appends(&sql, ", (");
				smart_str_append_long(&sql, id);
				smart_str_appends(&sql, ", ");
				smart_str_append_long(&sql, Z_LVAL_P(store));
				smart_str_appends(&sql, ", ");
				pimsync_sql_quote(e->db, &sql, ZSTR_VAL(text), ZSTR_LEN(text));
				smart_str_appendc(&sql, ')');
				pimsync_option_labels_add(e->db, &written, id, Z_LVAL_P(store), text);
			} ZEND_HASH_FOREACH_END();
			zend_string_release(text);
		} ZEND_HASH_FOREACH_END();
	}
	zend_result r = pimsync_db_exec_str(e->db, &sql, NULL);
	smart_str_free(&sql);
	if (r == SUCCESS) r = pimsync_option_labels_flush(e->db, &written);
	smart_str_free(&written);
	if (r == FAILURE) return -1;
	pimsync_stats_rows(e->stats, "eav_attribute_option", 1);
	return id;
}

/* The id of an option of attr, created (with its Akeneo labels) when no
 * writer has it yet; -1 with the database's error. */
static zend_long option_for(pimsync_catalog_entities *e, pimsync_attribute *attr, zend_string *akeneo_attribute, zend_string *code,
                            bool *inserted)
{
	zend_string *lc = zend_string_tolower(code), *key = created_key(attr, lc);
	created_entity *done = zend_hash_find_ptr(&e->created, key);
	zend_long id = done ? done->id : pimsync_meta_option_id(attr, lc);

	if (!id && (id = claim(e, "option", attr->code, code, "eav_attribute_option", "option_id")) == 0) {
		id = insert_option(e, attr, code, akeneo_option(e, akeneo_attribute, lc));
		if (id > 0 && set_claim(e, "option", attr->code, code, id) == FAILURE) id = -1;
		if (id > 0 && inserted) *inserted = true;
	}
	if (id > 0 && !done) remember_created(e, key, attr, lc, id);
	if (id < 0) entity_failed(e, "option", code, attr);
	zend_string_release(key);
	zend_string_release(lc);
	return id;
}

zend_long pimsync_entities_option(pimsync_catalog_entities *e, pimsync_attribute *attr, zend_string *akeneo_attribute,
                                  zend_string *code, bool *created)
{
	*created = false;
	return option_for(e, attr, akeneo_attribute, code, created);
}

zval *pimsync_entities_akeneo_option(pimsync_catalog_entities *e, zend_string *akeneo_attribute, zend_string *code)
{
	zend_string *lc = zend_string_tolower(code);
	zval *option = akeneo_option(e, akeneo_attribute, lc);
	zend_string_release(lc);
	return option;
}

/* ---- categories ---- */

static bool root_cb(void *ctx, HashTable *row)
{
	pimsync_catalog_entities *e = ctx;
	zval *path = zend_hash_index_find(row, 0), *level = zend_hash_index_find(row, 1);
	e->root_path = zval_get_string(path);
	e->root_level = zval_get_long(level);
	return false;
}

static bool set_cb(void *ctx, HashTable *row)
{
	*(zend_long *) ctx = zval_get_long(zend_hash_index_find(row, 0));
	return false;
}

/* The root new categories go under, read once; a database failure is not
 * remembered (the next batch reads it again), a missing root is. */
static zend_result category_root(pimsync_catalog_entities *e, pimsync_error *err)
{
	char sql[256];
	if (!e->root_checked) {
		snprintf(sql, sizeof(sql), "SELECT path, level FROM catalog_category_entity WHERE entity_id = " ZEND_LONG_FMT,
		         e->cfg->category_root_id);
		if (pimsync_db_each_row(e->db, sql, strlen(sql), root_cb, e) == FAILURE) return FAILURE;
		snprintf(sql, sizeof(sql), "SELECT default_attribute_set_id FROM eav_entity_type WHERE entity_type_id = " ZEND_LONG_FMT,
		         e->meta->category_type_id);
		if (e->root_path && pimsync_db_each_row(e->db, sql, strlen(sql), set_cb, &e->category_set_id) == FAILURE) {
			zend_string_release(e->root_path);
			e->root_path = NULL;
			return FAILURE;
		}
		e->root_checked = true;
	}
	if (!e->root_path) {
		pimsync_error_set(err, "categories.root_id " ZEND_LONG_FMT " is not a Magento category", e->cfg->category_root_id);
		return FAILURE;
	}
	return SUCCESS;
}

/* Runs the statement in sql and empties it for the next one. */
static zend_result exec_reset(pimsync_catalog_entities *e, smart_str *sql)
{
	zend_result r = pimsync_db_exec_str(e->db, sql, NULL);
	ZSTR_LEN(sql->s) = 0;
	return r;
}

static zend_result category_value(pimsync_catalog_entities *e, smart_str *sql, pimsync_attribute *attr, zend_long link_id,
                                  const char *value, size_t len)
{
	const char *key = e->meta->row_id ? "row_id" : "entity_id";
	smart_str_appends(sql, "INSERT INTO catalog_category_entity_");
	smart_str_appends(sql, pimsync_backend_names[attr->backend]);
	smart_str_appends(sql, " (attribute_id, store_id, ");
	smart_str_appends(sql, key);
	smart_str_appends(sql, ", value) VALUES (");
	smart_str_append_long(sql, attr->id);
	smart_str_appends(sql, ", 0, ");
	smart_str_append_long(sql, link_id);
	smart_str_appends(sql, ", ");
	pimsync_sql_quote(e->db, sql, value, len);
	smart_str_appendc(sql, ')');
	return exec_reset(e, sql);
}

static zend_long insert_category(pimsync_catalog_entities *e, zend_string *code)
{
	smart_str sql = {0};
	zend_long id, link_id;
	zend_string *slug;

	if (category_root(e, e->db->err) == FAILURE) return -1;
	if (e->meta->row_id) {
		static const char seq[] = "INSERT INTO sequence_catalog_category VALUES ()";
		if (pimsync_db_exec(e->db, seq, sizeof(seq) - 1, NULL) == FAILURE) return -1;
		id = pimsync_db_last_insert_id(e->db);
		smart_str_appends(&sql, "INSERT INTO catalog_category_entity (entity_id, created_in, updated_in, ");
	} else {
		id = 0;
		smart_str_appends(&sql, "INSERT INTO catalog_category_entity (");
	}
	smart_str_appends(&sql, "attribute_set_id, parent_id, path, position, level, children_count) VALUES (");
	if (e->meta->row_id) {
		smart_str_append_long(&sql, id);
		smart_str_appends(&sql, ", 1, 2147483647, ");
	}
	smart_str_append_long(&sql, e->category_set_id);
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, e->cfg->category_root_id);
	smart_str_appends(&sql, ", '', 0, ");
	smart_str_append_long(&sql, e->root_level + 1);
	smart_str_appends(&sql, ", 0)");
	if (exec_reset(e, &sql) == FAILURE) goto db_fail;
	link_id = pimsync_db_last_insert_id(e->db);
	if (!e->meta->row_id) id = link_id;

	/* the path holds the new id, so it is known only now */
	smart_str_appends(&sql, "UPDATE catalog_category_entity SET path = ");
	{
		zend_string *path = zend_strpprintf(0, "%s/" ZEND_LONG_FMT, ZSTR_VAL(e->root_path), id);
		pimsync_sql_quote(e->db, &sql, ZSTR_VAL(path), ZSTR_LEN(path));
		zend_string_release(path);
	}
	smart_str_appends(&sql, ", position = (SELECT COUNT(*) FROM (SELECT entity_id FROM catalog_category_entity WHERE parent_id = ");
	smart_str_append_long(&sql, e->cfg->category_root_id);
	smart_str_appends(&sql, ") siblings) WHERE entity_id = ");
	smart_str_append_long(&sql, id);
	if (exec_reset(e, &sql) == FAILURE) goto db_fail;
	/* as Magento counts: every ancestor gains a descendant, not only the parent */
	smart_str_appends(&sql, "UPDATE catalog_category_entity SET children_count = children_count + 1 WHERE entity_id IN (");
	for (const char *p = ZSTR_VAL(e->root_path); *p; p++) {
		if (*p >= '0' && *p <= '9') smart_str_appendc(&sql, *p);
		else if (*p == '/') smart_str_appendc(&sql, ',');
	}
	smart_str_appendc(&sql, ')');
	if (exec_reset(e, &sql) == FAILURE) goto db_fail;
	slug = pimsync_url_slug(ZSTR_VAL(code), ZSTR_LEN(code));
	if (ZSTR_LEN(slug) == 0) {
		zend_string_release(slug);
		slug = zend_strpprintf(0, "category-" ZEND_LONG_FMT, id);
	}
	bool ok = category_value(e, &sql, e->meta->category_name, link_id, ZSTR_VAL(code), ZSTR_LEN(code)) == SUCCESS
		&& category_value(e, &sql, e->meta->category_is_active, link_id, "1", 1) == SUCCESS
		&& category_value(e, &sql, e->meta->category_url_key, link_id, ZSTR_VAL(slug), ZSTR_LEN(slug)) == SUCCESS
		&& (!e->meta->category_url_path
		    || category_value(e, &sql, e->meta->category_url_path, link_id, ZSTR_VAL(slug), ZSTR_LEN(slug)) == SUCCESS)
		&& (!e->meta->category_include_in_menu
		    || category_value(e, &sql, e->meta->category_include_in_menu, link_id, "1", 1) == SUCCESS)
		&& (!e->meta->category_is_anchor || category_value(e, &sql, e->meta->category_is_anchor, link_id, "1", 1) == SUCCESS);
	zend_string_release(slug);
	if (!ok) goto db_fail;
	smart_str_free(&sql);
	pimsync_stats_rows(e->stats, "catalog_category_entity", 1);
	return id;

db_fail:
	smart_str_free(&sql);
	return -1;
}

static zend_long category_for(pimsync_catalog_entities *e, zend_string *code)
{
	zend_string *key = created_key(NULL, code);
	created_entity *done = zend_hash_find_ptr(&e->created, key);
	zval *known = zend_hash_find(&e->meta->categories, code);
	zend_long id = done ? done->id : (known ? Z_LVAL_P(known) : 0);

	if (!id && (id = claim(e, "category", NULL, code, "catalog_category_entity", "entity_id")) == 0) {
		id = insert_category(e, code);
		if (id > 0 && set_claim(e, "category", NULL, code, id) == FAILURE) id = -1;
	}
	if (id > 0 && !done) remember_created(e, key, NULL, code, id);
	if (id < 0) entity_failed(e, "category", code, NULL);
	zend_string_release(key);
	return id;
}

/* ---- the batch stage ---- */

void pimsync_entities_prefetch_labels(pimsync_catalog_entities *e, pimsync_record *recs, uint32_t n)
{
	if (!e->fetch_labels) return;
	for (uint32_t i = 0; i < n; i++) {
		for (uint32_t j = 0; j < recs[i].npending; j++) {
			zend_string *attribute = recs[i].pending[j].akeneo_attribute;
			/* labels are Akeneo's: asked and found by the Akeneo attribute code (brand, not manufacturer) */
			if (zend_hash_add_empty_element(&e->labels_fetched, attribute)) e->fetch_labels(e, e->fetch_ctx, ZSTR_VAL(attribute));
		}
	}
}

static pimsync_value *pending_slot(pimsync_record *rec, pimsync_attribute *attr, zend_long store_id)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		pimsync_value *v = &rec->values[i];
		if (v->attr == attr && v->store_id == store_id) return v->pending ? v : NULL;
	}
	return NULL;
}

static zend_result resolve_value(pimsync_catalog_entities *e, pimsync_record *rec, pimsync_pending_value *p)
{
	pimsync_value *v = pending_slot(rec, p->attr, p->store_id);
	zend_long ids[PIMSYNC_MULTISELECT_MAX];
	uint32_t n = 0;
	pimsync_fit fit;

	if (!v) return SUCCESS; /* a later entry of the feed replaced it */
	for (uint32_t i = 0; i < p->nids; i++) ids[n++] = p->ids[i];
	for (uint32_t i = 0; i < p->ncodes; i++) {
		if ((ids[n++] = option_for(e, p->attr, p->akeneo_attribute, p->codes[i], NULL)) < 0) return FAILURE;
	}
	zend_string *value = p->attr->input == PIMSYNC_INPUT_MULTISELECT ? pimsync_option_id_list(ids, n) : zend_long_to_str(ids[0]);
	const pimsync_column *col = pimsync_meta_value_column(e->meta, p->attr);
	zend_string *fitted = pimsync_fit_value(col, zend_string_copy(value), PIMSYNC_CHARS_REJECT, &fit);
	if (!fitted) {
		/* known only once the options exist: the record is parked, and they roll back with it */
		pimsync_error_set(e->db->err, "attribute %s, store " ZEND_LONG_FMT ": the ids of its %u options (%zu characters) do not fit"
		                  " %s.%s; the record was not written", ZSTR_VAL(p->attr->code), p->store_id, n, ZSTR_LEN(value),
		                  col->table, col->name);
		zend_string_release(value);
		return FAILURE;
	}
	zend_string_release(fitted);
	zend_string_release(v->value);
	v->value = value;
	return SUCCESS;
}

static zend_result resolve_categories(pimsync_catalog_entities *e, pimsync_record *rec)
{
	/* from the mapped ids each attempt: a rolled-back attempt's ids are gone */
	rec->ncategories = rec->nmapped_categories;
	if (rec->nmapped_categories) memcpy(rec->category_ids, rec->mapped_category_ids, rec->nmapped_categories * sizeof(zend_long));
	for (uint32_t i = 0; i < rec->nnew_categories; i++) {
		zend_long id = category_for(e, rec->new_categories[i]);
		if (id < 0) return FAILURE;
		rec->category_ids[rec->ncategories++] = id;
	}
	return SUCCESS;
}

zend_result pimsync_entities_create(pimsync_catalog_entities *e, pimsync_record *recs, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		pimsync_record *rec = &recs[i];
		if (!pimsync_record_has_pending(rec)) continue;
		for (uint32_t j = 0; j < rec->npending; j++) {
			if (resolve_value(e, rec, &rec->pending[j]) == FAILURE) return FAILURE;
		}
		if (rec->nnew_categories) {
			if (resolve_categories(e, rec) == FAILURE) return FAILURE;
			pimsync_record_finish(rec); /* the new category ids in order */
		}
		rec->record_hash = pimsync_record_hash(rec);
	}
	return SUCCESS;
}

void pimsync_entities_commit(pimsync_catalog_entities *e)
{
	created_entity *c;
	ZEND_HASH_FOREACH_PTR(&e->created, c) {
		zval id;
		ZVAL_LONG(&id, c->id);
		zend_hash_update(c->attr ? &c->attr->options : &e->meta->categories, c->code, &id);
	} ZEND_HASH_FOREACH_END();
	zend_hash_clean(&e->created);
}

void pimsync_entities_rollback(pimsync_catalog_entities *e)
{
	zend_hash_clean(&e->created);
}
