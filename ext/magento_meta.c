/* Reads the Magento metadata a run needs, one query per table. */
#include "php.h"
#include "zend_smart_str.h"
#include "magento_meta.h"

const char *const pimsync_backend_names[PIMSYNC_BACKEND_COUNT] = {
	"static", "varchar", "int", "decimal", "text", "datetime"
};

static pimsync_backend backend_from(const char *s)
{
	for (int i = 1; i < PIMSYNC_BACKEND_COUNT; i++) {
		if (strcmp(s, pimsync_backend_names[i]) == 0) return (pimsync_backend) i;
	}
	return PIMSYNC_BACKEND_STATIC;
}

static void attribute_dtor(zval *zv)
{
	pimsync_attribute *a = Z_PTR_P(zv);
	zend_string_release(a->code);
	zend_hash_destroy(&a->options);
	efree(a);
}

static zend_string *col_str(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v && Z_TYPE_P(v) != IS_NULL ? zval_get_string(v) : ZSTR_EMPTY_ALLOC();
}

static zend_long col_long(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v ? zval_get_long(v) : 0;
}

static bool type_cb(void *ctx, HashTable *row)
{
	pimsync_meta *m = ctx;
	zend_string *code = col_str(row, 1);
	if (zend_string_equals_literal(code, "catalog_product")) m->product_type_id = col_long(row, 0);
	if (zend_string_equals_literal(code, "catalog_category")) m->category_type_id = col_long(row, 0);
	zend_string_release(code);
	return true;
}

typedef struct {
	pimsync_meta *meta;
	HashTable *target;
} attr_ctx;

static bool attribute_cb(void *ctx, HashTable *row)
{
	attr_ctx *c = ctx;
	pimsync_attribute *a = ecalloc(1, sizeof(*a));
	zend_string *backend = col_str(row, 2), *input = col_str(row, 3), *source = col_str(row, 5);
	zval *scope = zend_hash_index_find(row, 4);

	a->id = col_long(row, 0);
	a->code = col_str(row, 1);
	a->backend = backend_from(ZSTR_VAL(backend));
	if (zend_string_equals_literal(input, "select")) a->input = PIMSYNC_INPUT_SELECT;
	else if (zend_string_equals_literal(input, "multiselect")) a->input = PIMSYNC_INPUT_MULTISELECT;
	else if (zend_string_equals_literal(input, "boolean")) a->input = PIMSYNC_INPUT_BOOLEAN;
	else if (zend_string_equals_literal(input, "media_image") || zend_string_equals_literal(input, "gallery")) {
		a->input = PIMSYNC_INPUT_MEDIA;
	}
	/* no catalog_eav_attribute row: Magento treats the attribute as global */
	a->scope = scope && Z_TYPE_P(scope) != IS_NULL ? (int) zval_get_long(scope) : PIMSYNC_SCOPE_GLOBAL;
	a->table_options = ZSTR_LEN(source) == 0 || strstr(ZSTR_VAL(source), "Attribute\\Source\\Table") != NULL;
	zend_hash_init(&a->options, 8, NULL, NULL, 0);
	zend_hash_update_ptr(c->target, a->code, a);
	if (c->target == &c->meta->attributes) zend_hash_index_update_ptr(&c->meta->attributes_by_id, a->id, a);
	zend_string_release(backend);
	zend_string_release(input);
	zend_string_release(source);
	return true;
}

static bool option_cb(void *ctx, HashTable *row)
{
	pimsync_meta *m = ctx;
	pimsync_attribute *a = zend_hash_index_find_ptr(&m->attributes_by_id, col_long(row, 0));
	zend_string *label = col_str(row, 2);
	if (a) {
		zend_string *lc = zend_string_tolower(label);
		zval id;
		ZVAL_LONG(&id, col_long(row, 1));
		/* a pimsync-mapped code (sorted first) wins over a label match */
		zend_hash_add(&a->options, lc, &id);
		zend_string_release(lc);
	}
	zend_string_release(label);
	return true;
}

typedef struct {
	HashTable *h;
} pair_ctx;

/* row[1] (string key) => row[0] (long) */
static bool pair_cb(void *ctx, HashTable *row)
{
	pair_ctx *c = ctx;
	zend_string *key = col_str(row, 1);
	zval id;
	ZVAL_LONG(&id, col_long(row, 0));
	zend_hash_update(c->h, key, &id);
	zend_string_release(key);
	return true;
}

static bool store_cb(void *ctx, HashTable *row)
{
	pimsync_meta *m = ctx;
	zend_string *code = col_str(row, 1);
	zval id, website;
	ZVAL_LONG(&id, col_long(row, 0));
	ZVAL_LONG(&website, col_long(row, 2));
	zend_hash_update(&m->stores, code, &id);
	zend_hash_index_update(&m->store_website, Z_LVAL(id), &website);
	zend_string_release(code);
	return true;
}

static bool exists_cb(void *ctx, HashTable *row)
{
	*(bool *) ctx = true;
	return false;
}

static zend_result query(pimsync_db *db, const char *sql, pimsync_db_row_cb cb, void *ctx)
{
	return pimsync_db_each_row(db, sql, strlen(sql), cb, ctx);
}

static pimsync_attribute *require_attr(HashTable *h, const char *code, const char *entity, pimsync_error *err)
{
	pimsync_attribute *a = zend_hash_str_find_ptr(h, code, strlen(code));
	if (!a) pimsync_error_set(err, "Magento %s attribute \"%s\" is missing from eav_attribute: "
	                          "is this a Magento 2.4 catalog database?", entity, code);
	return a;
}

static const struct { const char *table, *name; } column_names[PIMSYNC_COL_COUNT] = {
	{"catalog_product_entity_varchar", "value"}, {"catalog_product_entity_int", "value"},
	{"catalog_product_entity_decimal", "value"}, {"catalog_product_entity_text", "value"},
	{"catalog_product_entity_datetime", "value"}, {"catalog_product_entity", "sku"},
	{"eav_attribute_option_value", "value"}, {"url_rewrite", "request_path"},
	{"cataloginventory_stock_item", "qty"}, {"cataloginventory_stock_item", "min_sale_qty"},
	{"cataloginventory_stock_item", "max_sale_qty"},
	{"catalog_product_entity_media_gallery_value", "label"},
};

static bool column_cb(void *ctx, HashTable *row)
{
	pimsync_meta *m = ctx;
	zend_string *table = col_str(row, 0), *name = col_str(row, 1), *type = col_str(row, 2), *column_type = col_str(row, 3);
	for (int i = 0; i < PIMSYNC_COL_COUNT; i++) {
		pimsync_column *c = &m->columns[i];
		if (!zend_string_equals_cstr(table, column_names[i].table, strlen(column_names[i].table))
		    || !zend_string_equals_cstr(name, column_names[i].name, strlen(column_names[i].name))) continue;
		const char *t = ZSTR_VAL(type);
		c->known = true;
		c->max_chars = col_long(row, 4);
		c->max_bytes = col_long(row, 5);
		c->precision = (int) col_long(row, 6);
		c->scale = (int) col_long(row, 7);
		c->charset = col_str(row, 8);
		c->mb4 = zend_string_equals_literal(c->charset, "utf8mb4");
		c->is_unsigned = strstr(ZSTR_VAL(column_type), "unsigned") != NULL;
		if (strstr(t, "char") || strstr(t, "text")) {
			c->kind = PIMSYNC_COLUMN_TEXT;
			if (strstr(t, "text")) c->max_chars = 0; /* *text limits bytes, not characters */
		} else if (strcmp(t, "decimal") == 0) {
			c->kind = PIMSYNC_COLUMN_DECIMAL;
		} else if (strstr(t, "int")) {
			c->kind = PIMSYNC_COLUMN_INTEGER;
			c->int_bytes = strcmp(t, "tinyint") == 0 ? 1 : strcmp(t, "smallint") == 0 ? 2
				: strcmp(t, "mediumint") == 0 ? 3 : strcmp(t, "bigint") == 0 ? 8 : 4;
		} else if (strcmp(t, "datetime") == 0 || strcmp(t, "timestamp") == 0 || strcmp(t, "date") == 0) {
			c->kind = PIMSYNC_COLUMN_DATETIME;
		} else {
			c->kind = PIMSYNC_COLUMN_OTHER;
		}
	}
	zend_string_release(table);
	zend_string_release(name);
	zend_string_release(type);
	zend_string_release(column_type);
	return true;
}

/* Every column pimsync writes values into, with its limits. A column that
 * is not found is an error: guessing its limits is what this avoids. */
static zend_result load_columns(pimsync_meta *m, pimsync_db *db)
{
	smart_str sql = {0};
	zend_result r;
	smart_str_appends(&sql, "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, COLUMN_TYPE, CHARACTER_MAXIMUM_LENGTH,"
		" CHARACTER_OCTET_LENGTH, NUMERIC_PRECISION, NUMERIC_SCALE, CHARACTER_SET_NAME FROM information_schema.COLUMNS"
		" WHERE TABLE_SCHEMA = DATABASE() AND (");
	for (int i = 0; i < PIMSYNC_COL_COUNT; i++) {
		m->columns[i].table = column_names[i].table;
		m->columns[i].name = column_names[i].name;
		smart_str_appends(&sql, i ? " OR (TABLE_NAME = '" : "(TABLE_NAME = '");
		smart_str_appends(&sql, column_names[i].table);
		smart_str_appends(&sql, "' AND COLUMN_NAME = '");
		smart_str_appends(&sql, column_names[i].name);
		smart_str_appends(&sql, "')");
	}
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), column_cb, m);
	smart_str_free(&sql);
	if (r == FAILURE) return FAILURE;
	for (int i = 0; i < PIMSYNC_COL_COUNT; i++) {
		if (!m->columns[i].known) {
			pimsync_error_set(db->err, "column %s.%s is missing: is this a Magento 2.4 catalog database?",
			                  column_names[i].table, column_names[i].name);
			return FAILURE;
		}
	}
	return SUCCESS;
}

const pimsync_column *pimsync_meta_value_column(const pimsync_meta *meta, const pimsync_attribute *attr)
{
	switch (attr->backend) {
	case PIMSYNC_BACKEND_VARCHAR: return &meta->columns[PIMSYNC_COL_VALUE_VARCHAR];
	case PIMSYNC_BACKEND_INT: return &meta->columns[PIMSYNC_COL_VALUE_INT];
	case PIMSYNC_BACKEND_DECIMAL: return &meta->columns[PIMSYNC_COL_VALUE_DECIMAL];
	case PIMSYNC_BACKEND_TEXT: return &meta->columns[PIMSYNC_COL_VALUE_TEXT];
	case PIMSYNC_BACKEND_DATETIME: return &meta->columns[PIMSYNC_COL_VALUE_DATETIME];
	default: return NULL;
	}
}

zend_result pimsync_meta_load(pimsync_meta *m, pimsync_db *db)
{
	char sql[512];
	attr_ctx ac;
	pair_ctx pc;
	HashTable category_attrs;

	memset(m, 0, sizeof(*m));
	zend_hash_init(&m->attributes, 256, NULL, attribute_dtor, 0);
	zend_hash_init(&m->attributes_by_id, 256, NULL, NULL, 0);
	zend_hash_init(&m->stores, 8, NULL, NULL, 0);
	zend_hash_init(&m->store_website, 8, NULL, NULL, 0);
	zend_hash_init(&m->websites, 4, NULL, NULL, 0);
	zend_hash_init(&m->attribute_sets, 8, NULL, NULL, 0);
	zend_hash_init(&m->categories, 64, NULL, NULL, 0);
	zend_hash_init(&m->family_sets, 8, NULL, NULL, 0);
	zend_hash_init(&category_attrs, 32, NULL, attribute_dtor, 0);

	if (query(db, "SHOW COLUMNS FROM catalog_product_entity LIKE 'row_id'", exists_cb, &m->row_id) == FAILURE) {
		pimsync_error_set(db->err, "table catalog_product_entity is missing: is this a Magento 2.4 catalog database?");
		goto fail;
	}
	if (query(db, "SELECT entity_type_id, entity_type_code FROM eav_entity_type", type_cb, m) == FAILURE) goto fail;
	/* MSI keeps quantities per source here; without it only the legacy stock tables exist */
	if (query(db, "SHOW TABLES LIKE 'inventory_source_item'", exists_cb, &m->msi) == FAILURE) goto fail;
	if (load_columns(m, db) == FAILURE) goto fail;
	if (!m->product_type_id || !m->category_type_id) {
		pimsync_error_set(db->err, "eav_entity_type has no catalog_product or catalog_category row");
		goto fail;
	}

	ac.meta = m;
	ac.target = &m->attributes;
	snprintf(sql, sizeof(sql),
		"SELECT a.attribute_id, a.attribute_code, a.backend_type, a.frontend_input, c.is_global, a.source_model"
		" FROM eav_attribute a LEFT JOIN catalog_eav_attribute c ON c.attribute_id = a.attribute_id"
		" WHERE a.entity_type_id = " ZEND_LONG_FMT, m->product_type_id);
	if (query(db, sql, attribute_cb, &ac) == FAILURE) goto fail;
	ac.target = &category_attrs;
	snprintf(sql, sizeof(sql),
		"SELECT a.attribute_id, a.attribute_code, a.backend_type, a.frontend_input, c.is_global, a.source_model"
		" FROM eav_attribute a LEFT JOIN catalog_eav_attribute c ON c.attribute_id = a.attribute_id"
		" WHERE a.entity_type_id = " ZEND_LONG_FMT, m->category_type_id);
	if (query(db, sql, attribute_cb, &ac) == FAILURE) goto fail;

	/* options: codes pimsync created first (they win), then admin labels; a
	 * code whose entity was deleted in Magento is created again by the batch */
	snprintf(sql, sizeof(sql),
		"SELECT a.attribute_id, m.magento_id, m.code FROM pimsync_entity_map m"
		" JOIN eav_attribute a ON a.attribute_code = m.scope AND a.entity_type_id = " ZEND_LONG_FMT
		" JOIN eav_attribute_option o ON o.option_id = m.magento_id AND o.attribute_id = a.attribute_id"
		" WHERE m.kind = 'option'", m->product_type_id);
	if (query(db, sql, option_cb, m) == FAILURE) goto fail;
	if (query(db, "SELECT o.attribute_id, o.option_id, v.value FROM eav_attribute_option o"
	              " JOIN eav_attribute_option_value v ON v.option_id = o.option_id AND v.store_id = 0"
	              " ORDER BY o.option_id", option_cb, m) == FAILURE) goto fail;

	if (query(db, "SELECT store_id, code, website_id FROM store", store_cb, m) == FAILURE) goto fail;
	pc.h = &m->websites;
	if (query(db, "SELECT website_id, code FROM store_website", pair_cb, &pc) == FAILURE) goto fail;
	pc.h = &m->attribute_sets;
	snprintf(sql, sizeof(sql), "SELECT attribute_set_id, attribute_set_name FROM eav_attribute_set"
	         " WHERE entity_type_id = " ZEND_LONG_FMT, m->product_type_id);
	if (query(db, sql, pair_cb, &pc) == FAILURE) goto fail;
	pc.h = &m->categories;
	if (query(db, "SELECT m.magento_id, m.code FROM pimsync_entity_map m JOIN catalog_category_entity c ON c.entity_id = m.magento_id"
	              " WHERE m.kind = 'category'", pair_cb, &pc) == FAILURE) {
		goto fail;
	}
	pc.h = &m->family_sets;
	snprintf(sql, sizeof(sql), "SELECT m.magento_id, m.code FROM pimsync_entity_map m JOIN eav_attribute_set s"
	         " ON s.attribute_set_id = m.magento_id AND s.entity_type_id = " ZEND_LONG_FMT " WHERE m.kind = 'family'",
	         m->product_type_id);
	if (query(db, sql, pair_cb, &pc) == FAILURE) goto fail;

	if (!(m->sku = require_attr(&m->attributes, "sku", "product", db->err))
	    || !(m->name = require_attr(&m->attributes, "name", "product", db->err))
	    || !(m->status = require_attr(&m->attributes, "status", "product", db->err))
	    || !(m->visibility = require_attr(&m->attributes, "visibility", "product", db->err))
	    || !(m->tax_class_id = require_attr(&m->attributes, "tax_class_id", "product", db->err))
	    || !(m->url_key = require_attr(&m->attributes, "url_key", "product", db->err))) {
		goto fail;
	}
	/* category attributes are kept by pointer: move the table into the meta */
	{
		pimsync_attribute *a;
		ZEND_HASH_FOREACH_PTR(&category_attrs, a) {
			zend_string *key = zend_strpprintf(0, "category:%s", ZSTR_VAL(a->code));
			zend_hash_update_ptr(&m->attributes, key, a);
			zend_string_release(key);
		} ZEND_HASH_FOREACH_END();
		category_attrs.pDestructor = NULL;
		zend_hash_destroy(&category_attrs);
	}
	if (!(m->category_name = require_attr(&m->attributes, "category:name", "category", db->err))
	    || !(m->category_is_active = require_attr(&m->attributes, "category:is_active", "category", db->err))
	    || !(m->category_url_key = require_attr(&m->attributes, "category:url_key", "category", db->err))) {
		return FAILURE;
	}
	m->category_url_path = zend_hash_str_find_ptr(&m->attributes, "category:url_path", sizeof("category:url_path") - 1);
	m->category_include_in_menu = zend_hash_str_find_ptr(&m->attributes, "category:include_in_menu", sizeof("category:include_in_menu") - 1);
	m->category_is_anchor = zend_hash_str_find_ptr(&m->attributes, "category:is_anchor", sizeof("category:is_anchor") - 1);
	{
		/* the store's weight unit: Magento_Directory's config.xml default (lbs) unless saved */
		zval unit;
		if (pimsync_db_fetch_one(db, "SELECT value FROM core_config_data WHERE path = 'general/locale/weight_unit'"
		                             " AND scope = 'default' AND scope_id = 0", &unit) == FAILURE) {
			pimsync_error why = *db->err;
			pimsync_error_set(db->err, "table core_config_data cannot be read (%s): is this a Magento 2.4 database?", why.message);
			return FAILURE;
		}
		if (Z_TYPE(unit) == IS_STRING) m->weight_unit = zend_string_copy(Z_STR(unit));
		zval_ptr_dtor(&unit);
	}
	return SUCCESS;

fail:
	zend_hash_destroy(&category_attrs);
	return FAILURE;
}

void pimsync_meta_free(pimsync_meta *m)
{
	for (int i = 0; i < PIMSYNC_COL_COUNT; i++) {
		if (m->columns[i].charset) zend_string_release(m->columns[i].charset);
	}
	zend_hash_destroy(&m->attributes_by_id);
	zend_hash_destroy(&m->attributes);
	zend_hash_destroy(&m->stores);
	zend_hash_destroy(&m->store_website);
	zend_hash_destroy(&m->websites);
	zend_hash_destroy(&m->attribute_sets);
	zend_hash_destroy(&m->categories);
	zend_hash_destroy(&m->family_sets);
	if (m->weight_unit) zend_string_release(m->weight_unit);
}

zend_long pimsync_meta_option_id(const pimsync_attribute *attr, zend_string *code)
{
	zend_string *lc = zend_string_tolower(code); /* no copy when already lower case */
	zval *id = zend_hash_find(&attr->options, lc);
	zend_long r = id ? Z_LVAL_P(id) : 0;
	zend_string_release(lc);
	return r;
}

typedef struct {
	int has_default;      /* -1 unset, else 0/1 */
	HashTable websites;   /* website id => 0/1 */
	HashTable stores;     /* store id => 0/1 */
} flag_rows;

static bool flag_cb(void *ctx, HashTable *row)
{
	flag_rows *f = ctx;
	zval *scope = zend_hash_index_find(row, 0), *value = zend_hash_index_find(row, 2);
	if (!value || Z_TYPE_P(value) == IS_NULL) return true; /* no value saved: inherited */
	zend_string *v = zval_get_string(value);
	/* Magento's isSetFlag: a non-empty value other than "0" */
	zval flag;
	ZVAL_LONG(&flag, ZSTR_LEN(v) && !zend_string_equals_literal(v, "0"));
	zend_string_release(v);
	zend_string *s = zval_get_string(scope);
	zend_long id = zval_get_long(zend_hash_index_find(row, 1));
	if (zend_string_equals_literal(s, "default")) f->has_default = (int) Z_LVAL(flag);
	else if (zend_string_equals_literal(s, "websites")) zend_hash_index_update(&f->websites, id, &flag);
	else if (zend_string_equals_literal(s, "stores")) zend_hash_index_update(&f->stores, id, &flag);
	zend_string_release(s);
	return true;
}

zend_result pimsync_meta_store_flag(pimsync_meta *meta, pimsync_db *db, const char *path, bool fallback, HashTable *out)
{
	flag_rows f = { .has_default = -1 };
	smart_str sql = {0};
	zend_ulong store_id;
	zval *website;
	zend_result r;

	zend_hash_init(&f.websites, 4, NULL, NULL, 0);
	zend_hash_init(&f.stores, 8, NULL, NULL, 0);
	smart_str_appends(&sql, "SELECT scope, scope_id, value FROM core_config_data WHERE path = ");
	pimsync_sql_quote(db, &sql, path, strlen(path));
	smart_str_0(&sql);
	r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), flag_cb, &f);
	smart_str_free(&sql);
	if (r == SUCCESS) {
		ZEND_HASH_FOREACH_NUM_KEY_VAL(&meta->store_website, store_id, website) {
			if (store_id == 0) continue;
			zval *v = zend_hash_index_find(&f.stores, store_id);
			if (!v) v = zend_hash_index_find(&f.websites, zval_get_long(website));
			bool on = v ? Z_LVAL_P(v) != 0 : (f.has_default >= 0 ? f.has_default == 1 : fallback);
			zval b;
			ZVAL_BOOL(&b, on);
			zend_hash_index_update(out, store_id, &b);
		} ZEND_HASH_FOREACH_END();
	}
	zend_hash_destroy(&f.websites);
	zend_hash_destroy(&f.stores);
	return r;
}

void pimsync_meta_append_live(const pimsync_meta *meta, smart_str *sql, const char *alias)
{
	if (!meta->row_id) return;
	for (int i = 0; i < 2; i++) {
		smart_str_appends(sql, " AND ");
		if (alias) {
			smart_str_appends(sql, alias);
			smart_str_appendc(sql, '.');
		}
		smart_str_appends(sql, i ? "updated_in > UNIX_TIMESTAMP()" : "created_in <= UNIX_TIMESTAMP()");
	}
}
