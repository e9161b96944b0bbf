#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "ext/json/php_json_parser.h"
#include "catalog_entities.h"
#include "value_normalize.h"
#include "value_fit.h"

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
}

void pimsync_entities_free(pimsync_catalog_entities *e)
{
	zend_hash_destroy(&e->option_labels);
	zend_hash_destroy(&e->labels_fetched);
	if (e->root_path) zend_string_release(e->root_path);
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

zend_result pimsync_entities_load_option_labels(pimsync_catalog_entities *e, const char *path, pimsync_error *err)
{
	FILE *f = fopen(path, "rb");
	char *line = NULL;
	size_t cap = 0;
	ssize_t n;

	if (!f) {
		pimsync_error_set(err, "cannot open options file %s: %s", path, strerror(errno));
		return FAILURE;
	}
	while ((n = getline(&line, &cap, f)) > 0) {
		pimsync_entities_add_option_json(e, line, (size_t) n);
	}
	free(line);
	fclose(f);
	return SUCCESS;
}

static zend_result remember(pimsync_catalog_entities *e, const char *kind, zend_string *scope, zend_string *code, zend_long id)
{
	smart_str sql = {0};
	zend_result r;
	smart_str_appends(&sql, "INSERT INTO pimsync_entity_map (kind, scope, code, magento_id) VALUES ('");
	smart_str_appends(&sql, kind);
	smart_str_appends(&sql, "', ");
	pimsync_sql_quote(e->db, &sql, scope ? ZSTR_VAL(scope) : "", scope ? ZSTR_LEN(scope) : 0);
	smart_str_appends(&sql, ", ");
	pimsync_sql_quote(e->db, &sql, ZSTR_VAL(code), ZSTR_LEN(code));
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, id);
	smart_str_appends(&sql, ") ON DUPLICATE KEY UPDATE magento_id = VALUES(magento_id)");
	r = pimsync_db_exec_str(e->db, &sql, NULL);
	smart_str_free(&sql);
	return r;
}

zend_long pimsync_entities_option(pimsync_catalog_entities *e, pimsync_attribute *attr, zend_string *akeneo_attribute,
                                  zend_string *code, pimsync_error *err)
{
	zend_long id = pimsync_meta_option_id(attr, code);
	smart_str sql = {0};
	zval *labels = NULL, *option = NULL, *sort;
	zend_long sort_order = 0;

	if (id) return id;
	if (!e->cfg->create_options || !attr->table_options) {
		pimsync_error_set(err, "attribute %s: option \"%s\" does not exist in Magento%s", ZSTR_VAL(attr->code),
		                  ZSTR_VAL(code), attr->table_options ? " and options.create_missing is false" : "");
		return 0;
	}
	if (ZSTR_LEN(code) == 0 || ZSTR_LEN(code) > 255 || !pimsync_utf8_valid(ZSTR_VAL(code), ZSTR_LEN(code))) {
		pimsync_error_set(err, "attribute %s: option code must be 1 to 255 bytes of UTF-8", ZSTR_VAL(attr->code));
		return 0;
	}
	/* labels are Akeneo's: asked and found by the Akeneo attribute code (brand, not manufacturer) */
	if (e->fetch_labels && zend_hash_add_empty_element(&e->labels_fetched, akeneo_attribute)) {
		e->fetch_labels(e, e->fetch_ctx, ZSTR_VAL(akeneo_attribute));
	}
	{
		zend_string *lc = zend_string_tolower(code);
		zend_string *key = label_key(ZSTR_VAL(akeneo_attribute), ZSTR_LEN(akeneo_attribute), ZSTR_VAL(lc), ZSTR_LEN(lc));
		option = zend_hash_find(&e->option_labels, key);
		zend_string_release(key);
		zend_string_release(lc);
	}
	if (option) {
		labels = zend_hash_str_find(Z_ARRVAL_P(option), "labels", sizeof("labels") - 1);
		sort = zend_hash_str_find(Z_ARRVAL_P(option), "sort_order", sizeof("sort_order") - 1);
		if (sort && Z_TYPE_P(sort) == IS_LONG) sort_order = Z_LVAL_P(sort);
	}

	smart_str_appends(&sql, "INSERT INTO eav_attribute_option (attribute_id, sort_order) VALUES (");
	smart_str_append_long(&sql, attr->id);
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, sort_order);
	smart_str_appendc(&sql, ')');
	if (pimsync_db_exec_str(e->db, &sql, NULL) == FAILURE || !(id = pimsync_db_last_insert_id(e->db))) {
		smart_str_free(&sql);
		pimsync_error_set(err, "attribute %s: could not create option \"%s\": %s", ZSTR_VAL(attr->code),
		                  ZSTR_VAL(code), e->db->err->message);
		return -1;
	}
	smart_str_free(&sql);

	/* the admin label is the code, as Akeneo's connector does; store labels from Akeneo */
	smart_str_appends(&sql, "INSERT INTO eav_attribute_option_value (option_id, store_id, value) VALUES (");
	smart_str_append_long(&sql, id);
	smart_str_appends(&sql, ", 0, ");
	pimsync_sql_quote(e->db, &sql, ZSTR_VAL(code), ZSTR_LEN(code));
	smart_str_appendc(&sql, ')');
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
			} ZEND_HASH_FOREACH_END();
			zend_string_release(text);
		} ZEND_HASH_FOREACH_END();
	}
	if (pimsync_db_exec_str(e->db, &sql, NULL) == FAILURE || remember(e, "option", attr->code, code, id) == FAILURE) {
		smart_str_free(&sql);
		pimsync_error_set(err, "attribute %s: could not label option \"%s\": %s", ZSTR_VAL(attr->code),
		                  ZSTR_VAL(code), e->db->err->message);
		return -1;
	}
	smart_str_free(&sql);
	pimsync_stats_rows(e->stats, "eav_attribute_option", 1);
	{
		zend_string *lc = zend_string_tolower(code);
		zval zid;
		ZVAL_LONG(&zid, id);
		zend_hash_update(&attr->options, lc, &zid);
		zend_string_release(lc);
	}
	return id;
}

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

static zend_result category_root(pimsync_catalog_entities *e, pimsync_error *err)
{
	char sql[256];
	if (e->root_checked) return e->root_path ? SUCCESS : FAILURE;
	e->root_checked = true;
	snprintf(sql, sizeof(sql), "SELECT path, level FROM catalog_category_entity WHERE entity_id = " ZEND_LONG_FMT,
	         e->cfg->category_root_id);
	if (pimsync_db_each_row(e->db, sql, strlen(sql), root_cb, e) == FAILURE) return FAILURE;
	if (!e->root_path) {
		pimsync_error_set(err, "categories.root_id " ZEND_LONG_FMT " is not a Magento category", e->cfg->category_root_id);
		return FAILURE;
	}
	snprintf(sql, sizeof(sql), "SELECT default_attribute_set_id FROM eav_entity_type WHERE entity_type_id = " ZEND_LONG_FMT,
	         e->meta->category_type_id);
	return pimsync_db_each_row(e->db, sql, strlen(sql), set_cb, &e->category_set_id);
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

zend_long pimsync_entities_category(pimsync_catalog_entities *e, zend_string *code, pimsync_error *err)
{
	zval *known = zend_hash_find(e->cfg->category_map, code);
	smart_str sql = {0};
	zend_long id, link_id;
	zend_string *slug;

	if (known) return Z_LVAL_P(known);
	if ((known = zend_hash_find(&e->meta->categories, code))) return Z_LVAL_P(known);
	if (!e->cfg->create_categories) {
		pimsync_error_set(err, "category \"%s\" is not mapped and categories.create_missing is false", ZSTR_VAL(code));
		return 0;
	}
	if (ZSTR_LEN(code) == 0 || ZSTR_LEN(code) > 255 || !pimsync_utf8_valid(ZSTR_VAL(code), ZSTR_LEN(code))) {
		pimsync_error_set(err, "category code must be 1 to 255 bytes of UTF-8");
		return 0;
	}
	if (category_root(e, err) == FAILURE) return 0;

	if (e->meta->row_id) {
		static const char seq[] = "INSERT INTO sequence_catalog_category VALUES ()";
		if (pimsync_db_exec(e->db, seq, sizeof(seq) - 1, NULL) == FAILURE) goto db_fail;
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
	smart_str_appends(&sql, "UPDATE catalog_category_entity SET children_count = children_count + 1 WHERE entity_id = ");
	smart_str_append_long(&sql, e->cfg->category_root_id);
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
		&& (!e->meta->category_is_anchor || category_value(e, &sql, e->meta->category_is_anchor, link_id, "1", 1) == SUCCESS)
		&& remember(e, "category", NULL, code, id) == SUCCESS;
	zend_string_release(slug);
	if (!ok) goto db_fail;
	smart_str_free(&sql);
	{
		zval zid;
		ZVAL_LONG(&zid, id);
		zend_hash_update(&e->meta->categories, code, &zid);
	}
	pimsync_stats_rows(e->stats, "catalog_category_entity", 1);
	return id;

db_fail:
	smart_str_free(&sql);
	pimsync_error_set(err, "could not create category \"%s\": %s", ZSTR_VAL(code), e->db->err->message);
	return 0;
}
