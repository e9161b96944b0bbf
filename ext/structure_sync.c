#include "php.h"
#include "zend_smart_str.h"
#include "structure_sync.h"
#include "structure_source.h"
#include "magento_meta.h"
#include "catalog_entities.h"
#include "product_mapper.h"
#include "option_labels.h"
#include "value_fit.h"
#include "utf8_text.h"
#include "value_normalize.h"
#include "run_lock.h"
#include "sync_run.h"

/* What an Akeneo attribute type becomes in Magento: the backend and input
 * Magento's admin gives an attribute of that input (Eav AbstractAttribute::
 * getBackendTypeByInput, Catalog Helper\Product's source and backend models,
 * the Price backend Catalog's attribute beforeSave sets). */
typedef struct {
	pimsync_backend backend;
	const char *input;         /* frontend_input */
	pimsync_input kind;
	const char *source_model, *backend_model, *frontend_class;
} target_type;

#define SOURCE_TABLE "Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Table"

typedef enum { TYPE_OK = 0, TYPE_IDENTIFIER, TYPE_UNSUPPORTED } type_result;

static type_result target_for(zend_string *type, zval *item, target_type *t)
{
	zval *decimals = zend_hash_str_find(Z_ARRVAL_P(item), "decimals_allowed", sizeof("decimals_allowed") - 1);
	memset(t, 0, sizeof(*t));
	t->kind = PIMSYNC_INPUT_OTHER;
	if (zend_string_equals_literal(type, "pim_catalog_identifier")) return TYPE_IDENTIFIER;
	if (zend_string_equals_literal(type, "pim_catalog_text")) {
		t->backend = PIMSYNC_BACKEND_VARCHAR, t->input = "text";
	} else if (zend_string_equals_literal(type, "pim_catalog_textarea")) {
		t->backend = PIMSYNC_BACKEND_TEXT, t->input = "textarea";
	} else if (zend_string_equals_literal(type, "pim_catalog_number")) {
		bool dec = !decimals || Z_TYPE_P(decimals) != IS_FALSE;
		t->backend = dec ? PIMSYNC_BACKEND_DECIMAL : PIMSYNC_BACKEND_INT, t->input = "text";
		t->frontend_class = dec ? "validate-number" : "validate-digits";
	} else if (zend_string_equals_literal(type, "pim_catalog_price_collection")) {
		t->backend = PIMSYNC_BACKEND_DECIMAL, t->input = "price";
		t->backend_model = "Magento\\Catalog\\Model\\Product\\Attribute\\Backend\\Price";
	} else if (zend_string_equals_literal(type, "pim_catalog_metric")) {
		t->backend = PIMSYNC_BACKEND_DECIMAL, t->input = "text", t->frontend_class = "validate-number";
	} else if (zend_string_equals_literal(type, "pim_catalog_boolean")) {
		t->backend = PIMSYNC_BACKEND_INT, t->input = "boolean", t->kind = PIMSYNC_INPUT_BOOLEAN;
		t->source_model = "Magento\\Eav\\Model\\Entity\\Attribute\\Source\\Boolean";
	} else if (zend_string_equals_literal(type, "pim_catalog_date")) {
		t->backend = PIMSYNC_BACKEND_DATETIME, t->input = "date";
	} else if (zend_string_equals_literal(type, "pim_catalog_simpleselect")) {
		t->backend = PIMSYNC_BACKEND_INT, t->input = "select", t->kind = PIMSYNC_INPUT_SELECT, t->source_model = SOURCE_TABLE;
	} else if (zend_string_equals_literal(type, "pim_catalog_multiselect")) {
		t->backend = PIMSYNC_BACKEND_TEXT, t->input = "multiselect", t->kind = PIMSYNC_INPUT_MULTISELECT;
		t->source_model = SOURCE_TABLE;
		t->backend_model = "Magento\\Eav\\Model\\Entity\\Attribute\\Backend\\ArrayBackend";
	} else {
		return TYPE_UNSUPPORTED; /* images, files, assets, reference data, tables: not catalog attributes pimsync writes */
	}
	return TYPE_OK;
}

/* Whether an existing Magento attribute can hold the values of this type:
 * selects need the same kind of select, the others a value table of theirs. */
static bool type_fits(const pimsync_attribute *a, const target_type *t)
{
	if (t->kind == PIMSYNC_INPUT_SELECT || t->kind == PIMSYNC_INPUT_MULTISELECT) return a->input == t->kind && a->table_options;
	if (t->kind == PIMSYNC_INPUT_BOOLEAN) return a->backend == PIMSYNC_BACKEND_INT && a->input != PIMSYNC_INPUT_MULTISELECT;
	if (a->input != PIMSYNC_INPUT_OTHER) return false;
	switch (t->backend) {
	case PIMSYNC_BACKEND_VARCHAR: case PIMSYNC_BACKEND_TEXT:
		return a->backend == PIMSYNC_BACKEND_VARCHAR || a->backend == PIMSYNC_BACKEND_TEXT;
	case PIMSYNC_BACKEND_DECIMAL: case PIMSYNC_BACKEND_INT:
		return a->backend == PIMSYNC_BACKEND_DECIMAL || a->backend == PIMSYNC_BACKEND_INT;
	default:
		return a->backend == t->backend;
	}
}

static const char *input_name(const pimsync_attribute *a)
{
	switch (a->input) {
	case PIMSYNC_INPUT_SELECT: return "select";
	case PIMSYNC_INPUT_MULTISELECT: return "multiselect";
	case PIMSYNC_INPUT_BOOLEAN: return "boolean";
	case PIMSYNC_INPUT_MEDIA: return "media";
	default: return "text";
	}
}

/* One Akeneo attribute the structure sync handles, with its Magento attribute
 * (an existing one, one it created, or under plan one it would create: id 0). */
typedef struct {
	zval *item;
	zend_string *code;          /* Akeneo code */
	pimsync_attribute *attr;
	target_type type;
	bool fits;                  /* the Magento attribute's type holds these values */
} handled_attribute;

typedef struct {
	pimsync_db *db;
	pimsync_config *cfg;
	pimsync_meta meta;
	pimsync_run_stats *stats;
	bool plan;
	pimsync_mapper mapper;      /* for its locale => store ids */
	pimsync_catalog_entities entities;
	pimsync_akeneo_structure src;
	HashTable handled;          /* Akeneo code => handled_attribute* */
	HashTable labels;           /* eav_attribute_label: attribute id => [store id => [label id, value]] */
	HashTable frontend_labels;  /* attribute id => eav_attribute.frontend_label */
	zval changes, notices, counts;
	const pimsync_column *label_col; /* the eav label columns: varchar(255) in Magento's charset */
	bool meta_loaded, mapper_ready, entities_ready, source_read;
} structure_ctx;

/* ---- the report ---- */

static void ZEND_ATTRIBUTE_FORMAT(printf, 5, 6)
change(structure_ctx *c, const char *action, const char *kind, zend_string *code, const char *format, ...)
{
	zval entry, *count;
	va_list args;
	zend_string *key = zend_strpprintf(0, "%s.%s", kind, action);

	va_start(args, format);
	array_init(&entry);
	add_assoc_string(&entry, "action", (char *) action);
	add_assoc_string(&entry, "kind", (char *) kind);
	add_assoc_str(&entry, "code", zend_string_copy(code));
	add_assoc_str(&entry, "detail", zend_vstrpprintf(0, format, args));
	va_end(args);
	add_next_index_zval(&c->changes, &entry);
	if ((count = zend_hash_find(Z_ARRVAL(c->counts), key))) Z_LVAL_P(count)++;
	else add_assoc_long_ex(&c->counts, ZSTR_VAL(key), ZSTR_LEN(key), 1);
	zend_string_release(key);
}

static void ZEND_ATTRIBUTE_FORMAT(printf, 4, 5)
notice(structure_ctx *c, const char *kind, zend_string *code, const char *format, ...)
{
	zval entry;
	va_list args;
	va_start(args, format);
	array_init(&entry);
	add_assoc_string(&entry, "kind", (char *) kind);
	add_assoc_str(&entry, "code", zend_string_copy(code));
	add_assoc_str(&entry, "message", zend_vstrpprintf(0, format, args));
	va_end(args);
	add_next_index_zval(&c->notices, &entry);
}

/* ---- small readers ---- */

static zval *item_find(zval *item, const char *key)
{
	zval *v = zend_hash_str_find(Z_ARRVAL_P(item), key, strlen(key));
	return v && Z_TYPE_P(v) != IS_NULL ? v : NULL;
}

static zend_string *item_str(zval *item, const char *key)
{
	zval *v = item_find(item, key);
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}

static zend_long item_long(zval *item, const char *key)
{
	zval *v = item_find(item, key);
	return v && Z_TYPE_P(v) == IS_LONG ? Z_LVAL_P(v) : 0;
}

static bool item_true(zval *item, const char *key)
{
	zval *v = item_find(item, key);
	return v && Z_TYPE_P(v) == IS_TRUE;
}

/* A label as its column holds it (unsupported characters by the config's
 * policy), or NULL when it cannot be written. */
static zend_string *fit_label(structure_ctx *c, zend_string *label)
{
	pimsync_fit fit;
	if (!pimsync_utf8_valid(ZSTR_VAL(label), ZSTR_LEN(label)) || ZSTR_LEN(label) == 0) return NULL;
	return pimsync_fit_value(c->label_col, zend_string_copy(label), c->cfg->unsupported_characters, &fit);
}

/* The item's label in locale, fitted, or NULL. */
static zend_string *label_in(structure_ctx *c, zval *item, zend_string *locale)
{
	zval *labels = item_find(item, "labels"), *label;
	if (!labels || Z_TYPE_P(labels) != IS_ARRAY || !(label = zend_hash_find(Z_ARRVAL_P(labels), locale)) || Z_TYPE_P(label) != IS_STRING) {
		return NULL;
	}
	return fit_label(c, Z_STR_P(label));
}

/* The admin label: the admin locale's, else the code. */
static zend_string *admin_label(structure_ctx *c, zval *item, zend_string *code)
{
	zend_string *label = item ? label_in(c, item, c->cfg->admin_locale) : NULL;
	return label ? label : zend_string_copy(code);
}

/* store id => label for the store views of each configured locale. */
static void store_labels(structure_ctx *c, zval *item, HashTable *out)
{
	zend_string *locale;
	zval *stores, *store;
	ZEND_HASH_FOREACH_STR_KEY_VAL(&c->mapper.locale_stores, locale, stores) {
		zend_string *label = label_in(c, item, locale);
		if (!label) continue;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(stores), store) {
			zval v;
			ZVAL_STR_COPY(&v, label);
			zend_hash_index_update(out, Z_LVAL_P(store), &v);
		} ZEND_HASH_FOREACH_END();
		zend_string_release(label);
	} ZEND_HASH_FOREACH_END();
}

static zend_result exec(structure_ctx *c, smart_str *sql)
{
	zend_result r = pimsync_db_exec_str(c->db, sql, NULL);
	smart_str_free(sql);
	return r;
}

/* ---- attributes ---- */

static bool attr_label_cb(void *ctx, HashTable *row)
{
	structure_ctx *c = ctx;
	zend_ulong attribute_id = zval_get_long(zend_hash_index_find(row, 0));
	zval *per_store = zend_hash_index_find(&c->labels, attribute_id), entry, fresh;
	if (!per_store) {
		array_init(&fresh);
		per_store = zend_hash_index_update(&c->labels, attribute_id, &fresh);
	}
	zend_ulong store = zval_get_long(zend_hash_index_find(row, 1));
	if (zend_hash_index_exists(Z_ARRVAL_P(per_store), store)) return true; /* the first row is the one Magento shows */
	array_init(&entry);
	add_next_index_long(&entry, zval_get_long(zend_hash_index_find(row, 2)));
	add_next_index_str(&entry, zval_get_string(zend_hash_index_find(row, 3)));
	zend_hash_index_update(Z_ARRVAL_P(per_store), store, &entry);
	return true;
}

static bool frontend_label_cb(void *ctx, HashTable *row)
{
	structure_ctx *c = ctx;
	zval v;
	ZVAL_STR(&v, zval_get_string(zend_hash_index_find(row, 1)));
	zend_hash_index_update(&c->frontend_labels, zval_get_long(zend_hash_index_find(row, 0)), &v);
	return true;
}

static zend_result load_attribute_labels(structure_ctx *c)
{
	char sql[320];
	snprintf(sql, sizeof(sql), "SELECT l.attribute_id, l.store_id, l.attribute_label_id, l.value FROM eav_attribute_label l"
	         " JOIN eav_attribute a ON a.attribute_id = l.attribute_id WHERE a.entity_type_id = " ZEND_LONG_FMT
	         " ORDER BY l.attribute_label_id", c->meta.product_type_id);
	if (pimsync_db_each_row(c->db, sql, strlen(sql), attr_label_cb, c) == FAILURE) return FAILURE;
	snprintf(sql, sizeof(sql), "SELECT attribute_id, frontend_label FROM eav_attribute WHERE entity_type_id = " ZEND_LONG_FMT,
	         c->meta.product_type_id);
	return pimsync_db_each_row(c->db, sql, strlen(sql), frontend_label_cb, c);
}

/* The Magento code an Akeneo attribute maps to, as the product sync maps it
 * (config "attributes", then map_unlisted_attributes); NULL: not synced. */
static zend_string *magento_code(structure_ctx *c, zend_string *code)
{
	zval *rule = zend_hash_find(c->cfg->attributes, code), *to;
	if (rule) {
		if (Z_TYPE_P(rule) != IS_ARRAY || !(to = zend_hash_str_find(Z_ARRVAL_P(rule), "to", 2)) || Z_TYPE_P(to) != IS_STRING) return NULL;
		return Z_STR_P(to);
	}
	return c->cfg->map_unlisted_attributes ? code : NULL;
}

/* Magento's attribute code rule (Eav Validator\Attribute\Code): a letter, then letters, digits, _; 60 at most. */
static bool magento_code_valid(zend_string *code)
{
	if (ZSTR_LEN(code) == 0 || ZSTR_LEN(code) > 60 || !isalpha((unsigned char) ZSTR_VAL(code)[0])) return false;
	for (size_t i = 0; i < ZSTR_LEN(code); i++) {
		unsigned char ch = (unsigned char) ZSTR_VAL(code)[i];
		if (!isalnum(ch) && ch != '_') return false;
	}
	return true;
}

static int scope_of(zval *item)
{
	if (item_true(item, "localizable")) return PIMSYNC_SCOPE_STORE;
	return item_true(item, "scopable") ? PIMSYNC_SCOPE_WEBSITE : PIMSYNC_SCOPE_GLOBAL;
}

static const char *const scope_names[] = {"store view", "global", "website"};

static void quote_or_null(structure_ctx *c, smart_str *sql, const char *s)
{
	if (s) pimsync_sql_quote(c->db, sql, s, strlen(s));
	else smart_str_appends(sql, "NULL");
}

static bool defaults_flag(structure_ctx *c, const char *key)
{
	zval *v = zend_hash_str_find(c->cfg->structure_defaults, key, strlen(key));
	return v && Z_TYPE_P(v) == IS_TRUE;
}

static zend_result insert_attribute(structure_ctx *c, zend_string *code, zval *item, const target_type *t, int scope,
                                    zend_string *label, zend_long *id)
{
	smart_str sql = {0};
	/* layered navigation takes selects, prices and yes/no only (Magento's admin offers it for those) */
	bool filterable_input = t->kind != PIMSYNC_INPUT_OTHER || strcmp(t->input, "price") == 0;
	zval *filterable = zend_hash_str_find(c->cfg->structure_defaults, "is_filterable", sizeof("is_filterable") - 1);
	zend_long is_filterable = filterable_input && filterable ? Z_LVAL_P(filterable) : 0;
	bool searchable = defaults_flag(c, "is_searchable"), wysiwyg = item_true(item, "wysiwyg_enabled");

	smart_str_appends(&sql, "INSERT INTO eav_attribute (entity_type_id, attribute_code, backend_model, backend_type, frontend_input,"
	                        " frontend_label, frontend_class, source_model, is_required, is_user_defined, is_unique) VALUES (");
	smart_str_append_long(&sql, c->meta.product_type_id);
	smart_str_appends(&sql, ", ");
	pimsync_sql_quote(c->db, &sql, ZSTR_VAL(code), ZSTR_LEN(code));
	smart_str_appends(&sql, ", ");
	quote_or_null(c, &sql, t->backend_model);
	smart_str_appends(&sql, ", '");
	smart_str_appends(&sql, pimsync_backend_names[t->backend]);
	smart_str_appends(&sql, "', '");
	smart_str_appends(&sql, t->input);
	smart_str_appends(&sql, "', ");
	pimsync_sql_quote(c->db, &sql, ZSTR_VAL(label), ZSTR_LEN(label));
	smart_str_appends(&sql, ", ");
	quote_or_null(c, &sql, t->frontend_class);
	smart_str_appends(&sql, ", ");
	quote_or_null(c, &sql, t->source_model);
	smart_str_appends(&sql, ", 0, 1, ");
	smart_str_appends(&sql, item_true(item, "unique") ? "1" : "0");
	smart_str_appendc(&sql, ')');
	if (exec(c, &sql) == FAILURE || !(*id = pimsync_db_last_insert_id(c->db))) return FAILURE;

	/* what Magento's admin form saves for a new attribute; the rest are the columns' defaults */
	smart_str_appends(&sql, "INSERT INTO catalog_eav_attribute (attribute_id, is_global, is_visible, is_searchable, is_filterable,"
	                        " is_comparable, is_visible_on_front, is_html_allowed_on_front, is_filterable_in_search,"
	                        " used_in_product_listing, used_for_sort_by, is_visible_in_advanced_search, is_wysiwyg_enabled,"
	                        " is_used_in_grid, is_visible_in_grid, is_filterable_in_grid) VALUES (");
	smart_str_append_long(&sql, *id);
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, scope);
	smart_str_appends(&sql, ", 1, ");
	smart_str_appends(&sql, searchable ? "1" : "0");
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, is_filterable);
	smart_str_appends(&sql, defaults_flag(c, "is_comparable") ? ", 1" : ", 0");
	smart_str_appends(&sql, defaults_flag(c, "is_visible_on_front") ? ", 1" : ", 0");
	smart_str_appends(&sql, wysiwyg ? ", 1" : ", 0"); /* as Catalog's beforeSave: a WYSIWYG text is HTML on the front */
	smart_str_appends(&sql, filterable_input && defaults_flag(c, "is_filterable_in_search") ? ", 1" : ", 0");
	smart_str_appends(&sql, defaults_flag(c, "used_in_product_listing") ? ", 1" : ", 0");
	smart_str_appends(&sql, defaults_flag(c, "used_for_sort_by") ? ", 1" : ", 0");
	smart_str_appends(&sql, searchable ? ", 1" : ", 0"); /* beforeSave: not searchable, not in advanced search */
	smart_str_appends(&sql, wysiwyg && t->backend == PIMSYNC_BACKEND_TEXT ? ", 1" : ", 0");
	smart_str_appends(&sql, ", 1, 0, 1)");
	if (exec(c, &sql) == FAILURE) return FAILURE;
	pimsync_stats_rows(c->stats, "eav_attribute", 1);
	return SUCCESS;
}

static zend_result write_attribute_label(structure_ctx *c, zend_long attribute_id, zend_long store_id, zend_long label_id,
                                         zend_string *label)
{
	smart_str sql = {0};
	if (label_id) {
		smart_str_appends(&sql, "UPDATE eav_attribute_label SET value = ");
		pimsync_sql_quote(c->db, &sql, ZSTR_VAL(label), ZSTR_LEN(label));
		smart_str_appends(&sql, " WHERE attribute_label_id = ");
		smart_str_append_long(&sql, label_id);
	} else {
		smart_str_appends(&sql, "INSERT INTO eav_attribute_label (attribute_id, store_id, value) VALUES (");
		smart_str_append_long(&sql, attribute_id);
		smart_str_appends(&sql, ", ");
		smart_str_append_long(&sql, store_id);
		smart_str_appends(&sql, ", ");
		pimsync_sql_quote(c->db, &sql, ZSTR_VAL(label), ZSTR_LEN(label));
		smart_str_appendc(&sql, ')');
	}
	pimsync_stats_rows(c->stats, "eav_attribute_label", 1);
	return exec(c, &sql);
}

/* The admin label and the store labels follow Akeneo's. */
static zend_result sync_attribute_labels(structure_ctx *c, pimsync_attribute *attr, zval *item, bool is_new)
{
	HashTable wanted;
	zend_ulong store;
	zval *label, *current_admin = attr->id ? zend_hash_index_find(&c->frontend_labels, attr->id) : NULL;
	zval *per_store = attr->id ? zend_hash_index_find(&c->labels, attr->id) : NULL;
	zend_string *admin = admin_label(c, item, attr->code);
	zend_result r = SUCCESS;

	if (!is_new && (!current_admin || !zend_string_equals(Z_STR_P(current_admin), admin))) {
		change(c, "update", "attribute_label", attr->code, "admin label \"%s\" (was \"%s\")", ZSTR_VAL(admin),
		       current_admin ? Z_STRVAL_P(current_admin) : "");
		if (!c->plan) {
			smart_str sql = {0};
			smart_str_appends(&sql, "UPDATE eav_attribute SET frontend_label = ");
			pimsync_sql_quote(c->db, &sql, ZSTR_VAL(admin), ZSTR_LEN(admin));
			smart_str_appends(&sql, " WHERE attribute_id = ");
			smart_str_append_long(&sql, attr->id);
			r = exec(c, &sql);
			pimsync_stats_rows(c->stats, "eav_attribute", 1);
		}
	}
	zend_string_release(admin);
	zend_hash_init(&wanted, 8, NULL, ZVAL_PTR_DTOR, 0);
	store_labels(c, item, &wanted);
	ZEND_HASH_FOREACH_NUM_KEY_VAL(&wanted, store, label) {
		if (r == FAILURE) break;
		zval *now = per_store ? zend_hash_index_find(Z_ARRVAL_P(per_store), store) : NULL;
		zval *now_value = now ? zend_hash_index_find(Z_ARRVAL_P(now), 1) : NULL;
		if (now_value && zend_string_equals(Z_STR_P(now_value), Z_STR_P(label))) continue;
		if (!is_new) {
			change(c, now ? "update" : "create", "attribute_label", attr->code, "store " ZEND_ULONG_FMT ": \"%s\"%s%s%s", store,
			       Z_STRVAL_P(label), now ? " (was \"" : "", now ? Z_STRVAL_P(now_value) : "", now ? "\")" : "");
		}
		if (!c->plan) {
			r = write_attribute_label(c, attr->id, (zend_long) store, now ? zval_get_long(zend_hash_index_find(Z_ARRVAL_P(now), 0)) : 0,
			                          Z_STR_P(label));
		}
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&wanted);
	return r;
}

static pimsync_attribute *new_attribute(structure_ctx *c, zend_string *code, zend_long id, const target_type *t, int scope)
{
	pimsync_attribute *a = ecalloc(1, sizeof(*a));
	a->id = id;
	a->code = zend_string_copy(code);
	a->backend = t->backend;
	a->input = t->kind;
	a->scope = scope;
	a->table_options = true;
	zend_hash_init(&a->options, 8, NULL, NULL, 0);
	zend_hash_update_ptr(&c->meta.attributes, code, a); /* the meta owns it */
	if (id) zend_hash_index_update_ptr(&c->meta.attributes_by_id, id, a);
	return a;
}

static void handled_dtor(zval *zv)
{
	efree(Z_PTR_P(zv));
}

static zend_result sync_attribute(structure_ctx *c, zval *item)
{
	zend_string *code = item_str(item, "code"), *type = item_str(item, "type"), *to;
	target_type t;
	type_result tr;
	pimsync_attribute *attr;
	handled_attribute *h;
	bool is_new = false;

	if (!type) {
		notice(c, "attribute", code, "has no type: skipped");
		return SUCCESS;
	}
	if (!(to = magento_code(c, code))) return SUCCESS; /* not synced, by the config */
	if ((tr = target_for(type, item, &t)) == TYPE_IDENTIFIER) return SUCCESS; /* the SKU: catalog_product_entity.sku */
	if (tr == TYPE_UNSUPPORTED) {
		notice(c, "attribute", code, "%s attributes are not created in Magento (images and files are left to the image job):"
		       " skipped", ZSTR_VAL(type));
		return SUCCESS;
	}
	int scope = scope_of(item);
	attr = zend_hash_find_ptr(&c->meta.attributes, to);
	if (!attr) {
		zend_string *label = admin_label(c, item, to);
		zend_long id = 0;
		if (!magento_code_valid(to)) {
			notice(c, "attribute", code, "\"%s\" is not a Magento attribute code (a letter, then letters, digits and _, at most"
			       " 60): not created; map it to another code in \"attributes\"", ZSTR_VAL(to));
			zend_string_release(label);
			return SUCCESS;
		}
		change(c, "create", "attribute", to, "%s (%s), %s scope, label \"%s\"%s%s", t.input, pimsync_backend_names[t.backend],
		       scope_names[scope], ZSTR_VAL(label), zend_string_equals(to, code) ? "" : ", from Akeneo ",
		       zend_string_equals(to, code) ? "" : ZSTR_VAL(code));
		zend_result r = c->plan ? SUCCESS : insert_attribute(c, to, item, &t, scope, label, &id);
		zend_string_release(label);
		if (r == FAILURE) return FAILURE;
		attr = new_attribute(c, to, id, &t, scope);
		is_new = true;
	}
	h = emalloc(sizeof(*h));
	h->item = item;
	h->code = code;
	h->attr = attr;
	h->type = t;
	h->fits = is_new || type_fits(attr, &t);
	zend_hash_update_ptr(&c->handled, code, h);
	if (!h->fits) {
		notice(c, "attribute", to, "Akeneo %s %s is %s (%s) in Magento: its type is not changed; values that do not fit are"
		       " reported by the product sync", ZSTR_VAL(type), ZSTR_VAL(code), input_name(attr), pimsync_backend_names[attr->backend]);
	}
	return sync_attribute_labels(c, attr, item, is_new);
}

/* ---- options ---- */

typedef struct {
	HashTable values;   /* pimsync_option_label_key => [value_id, value] (the first row) */
	HashTable sorts;    /* option id => sort_order */
	HashTable recorded; /* pimsync_option_label_key => what pimsync wrote */
	HashTable mapped;   /* Akeneo code (as mapped) => option id */
} option_state;

static bool option_value_cb(void *ctx, HashTable *row)
{
	option_state *s = ctx;
	zend_ulong key = pimsync_option_label_key(zval_get_long(zend_hash_index_find(row, 0)), zval_get_long(zend_hash_index_find(row, 1)));
	zval entry;
	if (zend_hash_index_exists(&s->values, key)) return true;
	array_init(&entry);
	add_next_index_long(&entry, zval_get_long(zend_hash_index_find(row, 2)));
	add_next_index_str(&entry, zval_get_string(zend_hash_index_find(row, 3)));
	zend_hash_index_update(&s->values, key, &entry);
	return true;
}

static bool option_sort_cb(void *ctx, HashTable *row)
{
	option_state *s = ctx;
	zval v;
	ZVAL_LONG(&v, zval_get_long(zend_hash_index_find(row, 1)));
	zend_hash_index_update(&s->sorts, zval_get_long(zend_hash_index_find(row, 0)), &v);
	return true;
}

static bool option_map_cb(void *ctx, HashTable *row)
{
	option_state *s = ctx;
	zend_string *code = zval_get_string(zend_hash_index_find(row, 0));
	zval v;
	ZVAL_LONG(&v, zval_get_long(zend_hash_index_find(row, 1)));
	zend_hash_update(&s->mapped, code, &v);
	zend_string_release(code);
	return true;
}

static zend_result load_option_state(structure_ctx *c, pimsync_attribute *attr, option_state *s)
{
	char sql[320];
	smart_str q = {0};
	zend_result r;
	zend_hash_init(&s->values, 64, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&s->sorts, 64, NULL, NULL, 0);
	zend_hash_init(&s->recorded, 64, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&s->mapped, 64, NULL, NULL, 0);
	if (!attr->id) return SUCCESS; /* planned: it has none yet */
	snprintf(sql, sizeof(sql), "SELECT v.option_id, v.store_id, v.value_id, v.value FROM eav_attribute_option_value v"
	         " JOIN eav_attribute_option o ON o.option_id = v.option_id WHERE o.attribute_id = " ZEND_LONG_FMT " ORDER BY v.value_id",
	         attr->id);
	if (pimsync_db_each_row(c->db, sql, strlen(sql), option_value_cb, s) == FAILURE) return FAILURE;
	snprintf(sql, sizeof(sql), "SELECT option_id, sort_order FROM eav_attribute_option WHERE attribute_id = " ZEND_LONG_FMT, attr->id);
	if (pimsync_db_each_row(c->db, sql, strlen(sql), option_sort_cb, s) == FAILURE) return FAILURE;
	if (pimsync_option_labels_load(c->db, attr->id, &s->recorded) == FAILURE) return FAILURE;
	smart_str_appends(&q, "SELECT code, magento_id FROM pimsync_entity_map WHERE kind = 'option' AND scope = ");
	pimsync_sql_quote(c->db, &q, ZSTR_VAL(attr->code), ZSTR_LEN(attr->code));
	smart_str_0(&q);
	r = pimsync_db_each_row(c->db, ZSTR_VAL(q.s), ZSTR_LEN(q.s), option_map_cb, s);
	smart_str_free(&q);
	return r;
}

static void free_option_state(option_state *s)
{
	zend_hash_destroy(&s->values);
	zend_hash_destroy(&s->sorts);
	zend_hash_destroy(&s->recorded);
	zend_hash_destroy(&s->mapped);
}

/* One store's label of an existing option: written when Magento has none,
 * updated when Magento holds what pimsync wrote, kept when a merchant set it. */
static zend_result sync_option_label(structure_ctx *c, option_state *s, pimsync_attribute *attr, zend_string *code, zend_long option_id,
                                     zend_long store, zend_string *label, smart_str *written)
{
	zend_ulong key = pimsync_option_label_key(option_id, store);
	zval *now = zend_hash_index_find(&s->values, key), *recorded = zend_hash_index_find(&s->recorded, key);
	zend_string *now_value = now ? Z_STR_P(zend_hash_index_find(Z_ARRVAL_P(now), 1)) : NULL;
	smart_str sql = {0};

	if (now_value && zend_string_equals(now_value, label)) {
		/* the same text: pimsync's from now on (a label written before labels were recorded) */
		if (!recorded && !c->plan) pimsync_option_labels_add(c->db, written, option_id, store, label);
		return SUCCESS;
	}
	if (now_value && (!recorded || !zend_string_equals(Z_STR_P(recorded), now_value))) {
		notice(c, "option_label", code, "option %s of %s, store " ZEND_LONG_FMT ": \"%s\" was set in Magento and is kept"
		       " (Akeneo: \"%s\")", ZSTR_VAL(code), ZSTR_VAL(attr->code), store, ZSTR_VAL(now_value), ZSTR_VAL(label));
		return SUCCESS;
	}
	change(c, now ? "update" : "create", "option_label", code, "option %s of %s, store " ZEND_LONG_FMT ": \"%s\"%s%s%s",
	       ZSTR_VAL(code), ZSTR_VAL(attr->code), store, ZSTR_VAL(label), now ? " (was \"" : "", now ? ZSTR_VAL(now_value) : "",
	       now ? "\")" : "");
	if (c->plan) return SUCCESS;
	if (now) {
		smart_str_appends(&sql, "UPDATE eav_attribute_option_value SET value = ");
		pimsync_sql_quote(c->db, &sql, ZSTR_VAL(label), ZSTR_LEN(label));
		smart_str_appends(&sql, " WHERE value_id = ");
		smart_str_append_long(&sql, zval_get_long(zend_hash_index_find(Z_ARRVAL_P(now), 0)));
	} else {
		smart_str_appends(&sql, "INSERT INTO eav_attribute_option_value (option_id, store_id, value) VALUES (");
		smart_str_append_long(&sql, option_id);
		smart_str_appends(&sql, ", ");
		smart_str_append_long(&sql, store);
		smart_str_appends(&sql, ", ");
		pimsync_sql_quote(c->db, &sql, ZSTR_VAL(label), ZSTR_LEN(label));
		smart_str_appendc(&sql, ')');
	}
	pimsync_option_labels_add(c->db, written, option_id, store, label);
	pimsync_stats_rows(c->stats, "eav_attribute_option_value", 1);
	return exec(c, &sql);
}

static zend_result sync_existing_option(structure_ctx *c, option_state *s, pimsync_attribute *attr, zend_string *code, zend_long id,
                                        zval *option, smart_str *written)
{
	zend_long sort = item_long(option, "sort_order");
	zval *now_sort = zend_hash_index_find(&s->sorts, id), *label;
	zend_string *admin = admin_label(c, option, code);
	HashTable wanted;
	zend_ulong store;
	zend_result r;

	if (now_sort && Z_LVAL_P(now_sort) != sort && sort >= 0 && sort <= 65535) {
		change(c, "update", "option_sort_order", code, "option %s of %s: sort order " ZEND_LONG_FMT " (was " ZEND_LONG_FMT ")",
		       ZSTR_VAL(code), ZSTR_VAL(attr->code), sort, Z_LVAL_P(now_sort));
		if (!c->plan) {
			smart_str sql = {0};
			smart_str_appends(&sql, "UPDATE eav_attribute_option SET sort_order = ");
			smart_str_append_long(&sql, sort);
			smart_str_appends(&sql, " WHERE option_id = ");
			smart_str_append_long(&sql, id);
			if (exec(c, &sql) == FAILURE) {
				zend_string_release(admin);
				return FAILURE;
			}
			pimsync_stats_rows(c->stats, "eav_attribute_option", 1);
		}
	}
	r = sync_option_label(c, s, attr, code, id, 0, admin, written);
	zend_string_release(admin);
	zend_hash_init(&wanted, 8, NULL, ZVAL_PTR_DTOR, 0);
	store_labels(c, option, &wanted);
	ZEND_HASH_FOREACH_NUM_KEY_VAL(&wanted, store, label) {
		if (r == FAILURE) break;
		r = sync_option_label(c, s, attr, code, id, (zend_long) store, Z_STR_P(label), written);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&wanted);
	return r;
}

/* The new option's admin label, for catalog_entities' insert_option. */
static zend_string *option_admin_label(pimsync_catalog_entities *e, zend_string *code, zval *option)
{
	return admin_label(e->admin_label_ctx, option, code);
}

static zend_result sync_options(structure_ctx *c, handled_attribute *h, HashTable *options)
{
	option_state s;
	smart_str written = {0};
	zval *option;
	zend_result r = SUCCESS;

	if (!h->fits || (h->type.kind != PIMSYNC_INPUT_SELECT && h->type.kind != PIMSYNC_INPUT_MULTISELECT)) return SUCCESS;
	if (load_option_state(c, h->attr, &s) == FAILURE) {
		free_option_state(&s);
		return FAILURE;
	}
	ZEND_HASH_FOREACH_VAL(options, option) {
		zend_string *code = item_str(option, "code");
		if (!code) continue;
		if (!pimsync_entities_code_valid(code)) {
			notice(c, "option", code, "option of %s: a code must be 1 to 255 bytes of UTF-8 without characters beyond U+FFFF;"
			       " not created", ZSTR_VAL(h->attr->code));
			continue;
		}
		zend_long id = h->attr->id ? pimsync_meta_option_id(h->attr, code) : 0;
		if (id) {
			if (!c->plan && !zend_hash_exists(&s.mapped, code)) {
				/* matched by its admin label: claimed, so a label changed in Magento does not lose it */
				smart_str sql = {0};
				smart_str_appends(&sql, "INSERT IGNORE INTO pimsync_entity_map (kind, scope, code, magento_id) VALUES ('option', ");
				pimsync_sql_quote(c->db, &sql, ZSTR_VAL(h->attr->code), ZSTR_LEN(h->attr->code));
				smart_str_appends(&sql, ", ");
				pimsync_sql_quote(c->db, &sql, ZSTR_VAL(code), ZSTR_LEN(code));
				smart_str_appends(&sql, ", ");
				smart_str_append_long(&sql, id);
				smart_str_appendc(&sql, ')');
				if ((r = exec(c, &sql)) == FAILURE) break;
			}
			if ((r = sync_existing_option(c, &s, h->attr, code, id, option, &written)) == FAILURE) break;
			continue;
		}
		zend_string *label = admin_label(c, option, code);
		change(c, "create", "option", code, "option of %s, sort order " ZEND_LONG_FMT ", admin label \"%s\"", ZSTR_VAL(h->attr->code),
		       item_long(option, "sort_order"), ZSTR_VAL(label));
		zend_string_release(label);
		if (!c->plan) {
			bool created;
			/* the product sync's own path: claimed in pimsync_entity_map, labels recorded */
			if (pimsync_entities_option(&c->entities, h->attr, h->code, code, &created) < 0) {
				r = FAILURE;
				break;
			}
		}
	} ZEND_HASH_FOREACH_END();
	if (r == SUCCESS && !c->plan) r = pimsync_option_labels_flush(c->db, &written);
	smart_str_free(&written);
	free_option_state(&s);
	return r;
}

/* The loaded Akeneo options grouped by attribute, in their sort order as listed. */
static void options_by_attribute(structure_ctx *c, HashTable *out)
{
	zval *option, *attribute;
	ZEND_HASH_FOREACH_VAL(&c->entities.option_labels, option) {
		if (!(attribute = zend_hash_str_find(Z_ARRVAL_P(option), "attribute", sizeof("attribute") - 1)) || Z_TYPE_P(attribute) != IS_STRING) {
			continue;
		}
		zval *list = zend_hash_find(out, Z_STR_P(attribute)), fresh;
		if (!list) {
			array_init(&fresh);
			list = zend_hash_update(out, Z_STR_P(attribute), &fresh);
		}
		Z_ADDREF_P(option);
		add_next_index_zval(list, option);
	} ZEND_HASH_FOREACH_END();
}

/* ---- families: attribute sets ---- */

typedef struct {
	HashTable by_code;   /* attribute_group_code => group id */
	HashTable by_name;   /* attribute_group_name => group id */
	HashTable members;   /* attribute id => present */
} set_state;

static bool group_row_cb(void *ctx, HashTable *row)
{
	set_state *s = ctx;
	zend_string *name = zval_get_string(zend_hash_index_find(row, 1)), *code = zval_get_string(zend_hash_index_find(row, 2));
	zval id;
	ZVAL_LONG(&id, zval_get_long(zend_hash_index_find(row, 0)));
	zend_hash_update(&s->by_name, name, &id);
	zend_hash_update(&s->by_code, code, &id);
	zend_string_release(name);
	zend_string_release(code);
	return true;
}

static bool member_row_cb(void *ctx, HashTable *row)
{
	set_state *s = ctx;
	zend_hash_index_add_empty_element(&s->members, zval_get_long(zend_hash_index_find(row, 0)));
	return true;
}

static zend_result load_set_state(structure_ctx *c, zend_long set_id, set_state *s)
{
	char sql[256];
	snprintf(sql, sizeof(sql), "SELECT attribute_group_id, attribute_group_name, attribute_group_code FROM eav_attribute_group"
	         " WHERE attribute_set_id = " ZEND_LONG_FMT, set_id);
	if (pimsync_db_each_row(c->db, sql, strlen(sql), group_row_cb, s) == FAILURE) return FAILURE;
	snprintf(sql, sizeof(sql), "SELECT attribute_id FROM eav_entity_attribute WHERE attribute_set_id = " ZEND_LONG_FMT, set_id);
	return pimsync_db_each_row(c->db, sql, strlen(sql), member_row_cb, s);
}

/* Magento's attribute_group_code for a name (EavSetup::convertToAttributeGroupCode):
 * lower case, runs of other characters as one "-", trimmed. */
static zend_string *group_code(zend_string *name)
{
	smart_str out = {0};
	bool dash = false;
	for (size_t i = 0; i < ZSTR_LEN(name); i++) {
		unsigned char ch = (unsigned char) tolower((unsigned char) ZSTR_VAL(name)[i]);
		if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) {
			if (dash && out.s && ZSTR_LEN(out.s)) smart_str_appendc(&out, '-');
			smart_str_appendc(&out, ch);
			dash = false;
		} else {
			dash = true;
		}
	}
	return out.s ? smart_str_extract(&out) : ZSTR_EMPTY_ALLOC();
}

/* A new set "based on" the default set, as Magento's initFromSkeleton makes it:
 * the skeleton's groups, each with its attributes and their sort orders. */
static zend_result create_set(structure_ctx *c, zend_string *name, zend_long skeleton, zend_long *set_id)
{
	smart_str sql = {0};
	smart_str_appends(&sql, "INSERT INTO eav_attribute_set (entity_type_id, attribute_set_name, sort_order) VALUES (");
	smart_str_append_long(&sql, c->meta.product_type_id);
	smart_str_appends(&sql, ", ");
	pimsync_sql_quote(c->db, &sql, ZSTR_VAL(name), ZSTR_LEN(name));
	smart_str_appends(&sql, ", 0)");
	if (exec(c, &sql) == FAILURE || !(*set_id = pimsync_db_last_insert_id(c->db))) return FAILURE;
	smart_str_appends(&sql, "INSERT INTO eav_attribute_group (attribute_set_id, attribute_group_name, sort_order, default_id,"
	                        " attribute_group_code, tab_group_code) SELECT ");
	smart_str_append_long(&sql, *set_id);
	smart_str_appends(&sql, ", attribute_group_name, sort_order, default_id, attribute_group_code, tab_group_code"
	                        " FROM eav_attribute_group WHERE attribute_set_id = ");
	smart_str_append_long(&sql, skeleton);
	if (exec(c, &sql) == FAILURE) return FAILURE;
	smart_str_appends(&sql, "INSERT INTO eav_entity_attribute (entity_type_id, attribute_set_id, attribute_group_id, attribute_id,"
	                        " sort_order) SELECT ea.entity_type_id, ");
	smart_str_append_long(&sql, *set_id);
	smart_str_appends(&sql, ", ng.attribute_group_id, ea.attribute_id, ea.sort_order FROM eav_entity_attribute ea"
	                        " JOIN eav_attribute_group g ON g.attribute_group_id = ea.attribute_group_id"
	                        " JOIN eav_attribute_group ng ON ng.attribute_set_id = ");
	smart_str_append_long(&sql, *set_id);
	smart_str_appends(&sql, " AND ng.attribute_group_code = g.attribute_group_code WHERE ea.attribute_set_id = ");
	smart_str_append_long(&sql, skeleton);
	if (exec(c, &sql) == FAILURE) return FAILURE;
	pimsync_stats_rows(c->stats, "eav_attribute_set", 1);
	return SUCCESS;
}

static zend_result remember_family(structure_ctx *c, zend_string *family, zend_long set_id)
{
	smart_str sql = {0};
	smart_str_appends(&sql, "INSERT INTO pimsync_entity_map (kind, scope, code, magento_id) VALUES ('family', '', ");
	pimsync_sql_quote(c->db, &sql, ZSTR_VAL(family), ZSTR_LEN(family));
	smart_str_appends(&sql, ", ");
	smart_str_append_long(&sql, set_id);
	smart_str_appends(&sql, ") ON DUPLICATE KEY UPDATE magento_id = VALUES(magento_id)");
	return exec(c, &sql);
}

/* The set's group for an Akeneo attribute group: found by code or name, else created. 0 under plan for a new one. */
static zend_result group_for(structure_ctx *c, set_state *s, zend_long set_id, zend_string *set_name, zend_string *akeneo_group,
                             zend_long *group_id)
{
	zval *group = akeneo_group ? zend_hash_find(Z_ARRVAL(c->src.groups), akeneo_group) : NULL, *found;
	zend_string *fallback = akeneo_group ? akeneo_group : c->cfg->attribute_set_group;
	zend_string *name = group ? admin_label(c, group, fallback) : zend_string_copy(fallback);
	zend_string *code = group_code(akeneo_group ? akeneo_group : name);
	zend_result r = SUCCESS;

	if (ZSTR_LEN(code) == 0) {
		zend_string_release(code);
		code = zend_strpprintf(0, "pim-group-%08" PRIx32, (uint32_t) zend_string_hash_val(name));
	}
	if ((found = zend_hash_find(&s->by_code, code)) || (found = zend_hash_find(&s->by_name, name))) {
		*group_id = Z_LVAL_P(found);
	} else {
		zend_long sort = group ? item_long(group, "sort_order") : 0;
		change(c, "create", "attribute_group", code, "group \"%s\" of set \"%s\", sort order " ZEND_LONG_FMT, ZSTR_VAL(name),
		       ZSTR_VAL(set_name), sort);
		*group_id = 0;
		if (!c->plan) {
			smart_str sql = {0};
			smart_str_appends(&sql, "INSERT INTO eav_attribute_group (attribute_set_id, attribute_group_name, sort_order, default_id,"
			                        " attribute_group_code) VALUES (");
			smart_str_append_long(&sql, set_id);
			smart_str_appends(&sql, ", ");
			pimsync_sql_quote(c->db, &sql, ZSTR_VAL(name), ZSTR_LEN(name));
			smart_str_appends(&sql, ", ");
			smart_str_append_long(&sql, MAX(-32768, MIN(32767, sort)));
			smart_str_appends(&sql, ", 0, ");
			pimsync_sql_quote(c->db, &sql, ZSTR_VAL(code), ZSTR_LEN(code));
			smart_str_appendc(&sql, ')');
			if ((r = exec(c, &sql)) == SUCCESS) {
				*group_id = pimsync_db_last_insert_id(c->db);
				pimsync_stats_rows(c->stats, "eav_attribute_group", 1);
			}
		}
		zval id;
		ZVAL_LONG(&id, *group_id);
		zend_hash_update(&s->by_code, code, &id);
		zend_hash_update(&s->by_name, name, &id);
	}
	zend_string_release(code);
	zend_string_release(name);
	return r;
}

static zend_result sync_family(structure_ctx *c, zval *family, zend_long skeleton)
{
	zend_string *code = item_str(family, "code");
	zval *configured = zend_hash_find(c->cfg->families, code), *known, *attributes = item_find(family, "attributes"), *a;
	zend_string *name = configured ? zend_string_copy(Z_STR_P(configured)) : admin_label(c, family, code);
	zend_long set_id = 0;
	set_state s;
	zend_result r = SUCCESS;

	zend_hash_init(&s.by_code, 16, NULL, NULL, 0);
	zend_hash_init(&s.by_name, 16, NULL, NULL, 0);
	zend_hash_init(&s.members, 256, NULL, NULL, 0);
	/* the set made or taken for the family before wins over a name: a renamed set stays the family's */
	if (!configured && (known = zend_hash_find(&c->meta.family_sets, code))) set_id = Z_LVAL_P(known);
	else if ((known = zend_hash_find(&c->meta.attribute_sets, name))) set_id = Z_LVAL_P(known);
	if (set_id) {
		if (!c->plan && !zend_hash_exists(&c->meta.family_sets, code)) r = remember_family(c, code, set_id);
		if (r == SUCCESS) r = load_set_state(c, set_id, &s);
	} else {
		change(c, "create", "attribute_set", code, "set \"%s\" based on \"%s\"", ZSTR_VAL(name), ZSTR_VAL(c->cfg->default_attribute_set));
		if (!c->plan) {
			r = create_set(c, name, skeleton, &set_id);
			if (r == SUCCESS) r = remember_family(c, code, set_id);
			if (r == SUCCESS) r = load_set_state(c, set_id, &s);
		} else {
			r = load_set_state(c, skeleton, &s); /* what it would start with */
		}
	}
	if (r == SUCCESS && attributes && Z_TYPE_P(attributes) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(attributes), a) {
			handled_attribute *h = Z_TYPE_P(a) == IS_STRING ? zend_hash_find_ptr(&c->handled, Z_STR_P(a)) : NULL;
			zend_long group_id;
			if (!h || (h->attr->id && zend_hash_index_exists(&s.members, h->attr->id))) continue;
			if ((r = group_for(c, &s, set_id, name, item_str(h->item, "group"), &group_id)) == FAILURE) break;
			change(c, "add", "set_attribute", h->attr->code, "to set \"%s\"", ZSTR_VAL(name));
			if (h->attr->id) zend_hash_index_add_empty_element(&s.members, h->attr->id);
			if (c->plan) continue;
			char sql[320];
			snprintf(sql, sizeof(sql), "INSERT INTO eav_entity_attribute (entity_type_id, attribute_set_id, attribute_group_id,"
			         " attribute_id, sort_order) VALUES (" ZEND_LONG_FMT ", " ZEND_LONG_FMT ", " ZEND_LONG_FMT ", " ZEND_LONG_FMT ", "
			         ZEND_LONG_FMT ")", c->meta.product_type_id, set_id, group_id, h->attr->id,
			         MAX(-32768, MIN(32767, item_long(h->item, "sort_order"))));
			if ((r = pimsync_db_exec(c->db, sql, strlen(sql), NULL)) == FAILURE) break;
			pimsync_stats_rows(c->stats, "eav_entity_attribute", 1);
		} ZEND_HASH_FOREACH_END();
	}
	zend_hash_destroy(&s.by_code);
	zend_hash_destroy(&s.by_name);
	zend_hash_destroy(&s.members);
	zend_string_release(name);
	return r;
}

/* ---- the run ---- */

static zend_result structure_write(structure_ctx *c, pimsync_error *err)
{
	zval *item, *skeleton;
	HashTable options;
	zend_result r = SUCCESS;

	if (load_attribute_labels(c) == FAILURE) return FAILURE;
	if (!(skeleton = zend_hash_find(&c->meta.attribute_sets, c->cfg->default_attribute_set))) {
		pimsync_error_set(err, "%s: default_attribute_set \"%s\" is not a product attribute set in Magento",
		                  ZSTR_VAL(c->cfg->origin), ZSTR_VAL(c->cfg->default_attribute_set));
		return FAILURE;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(c->src.attributes), item) {
		if ((r = sync_attribute(c, item)) == FAILURE) return FAILURE;
	} ZEND_HASH_FOREACH_END();

	zend_hash_init(&options, 16, NULL, ZVAL_PTR_DTOR, 0);
	options_by_attribute(c, &options);
	handled_attribute *h;
	ZEND_HASH_FOREACH_PTR(&c->handled, h) {
		zval *list = zend_hash_find(&options, h->code);
		if (list && (r = sync_options(c, h, Z_ARRVAL_P(list))) == FAILURE) break;
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&options);
	if (r == FAILURE) return FAILURE;

	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(c->src.families), item) {
		if ((r = sync_family(c, item, Z_LVAL_P(skeleton))) == FAILURE) return FAILURE;
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

static void build_report(structure_ctx *c, zval *report)
{
	zend_long n = zend_hash_num_elements(Z_ARRVAL(c->changes));
	array_init(report);
	add_assoc_bool(report, "plan", c->plan);
	add_assoc_bool(report, "changed", n > 0 && !c->plan);
	if (!n) add_assoc_string(report, "message", "nothing to change: Magento's structure matches Akeneo's");
	else add_assoc_str(report, "message", zend_strpprintf(0, ZEND_LONG_FMT " change%s %s", n, n == 1 ? "" : "s",
	                                                        c->plan ? "planned, nothing written (--plan)" : "written"));
	Z_ADDREF(c->counts);
	add_assoc_zval(report, "counts", &c->counts);
	Z_ADDREF(c->changes);
	add_assoc_zval(report, "changes", &c->changes);
	Z_ADDREF(c->notices);
	add_assoc_zval(report, "notices", &c->notices);
}

zend_result pimsync_structure_sync(pimsync_db *db, pimsync_config *cfg, bool plan, zval *sleep, pimsync_run_stats *stats,
                                   zval *report, pimsync_fatal_kind *kind, pimsync_error *err)
{
	structure_ctx c;
	zend_result r = FAILURE;

	memset(&c, 0, sizeof(c));
	c.db = db;
	c.cfg = cfg;
	c.stats = stats;
	c.plan = plan;
	array_init(&c.changes);
	array_init(&c.notices);
	array_init(&c.counts);
	zend_hash_init(&c.handled, 64, NULL, handled_dtor, 0);
	zend_hash_init(&c.labels, 64, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&c.frontend_labels, 256, NULL, ZVAL_PTR_DTOR, 0);

	c.meta_loaded = true; /* freed whatever the outcome: the load fills it as it goes */
	*kind = PIMSYNC_FATAL_SCHEMA;
	if (pimsync_meta_load(&c.meta, db) == FAILURE) goto done;
	*kind = PIMSYNC_FATAL_CONFIG;
	/* the eav label columns are varchar(255) in Magento's charset, as the option value column is */
	c.label_col = &c.meta.columns[PIMSYNC_COL_OPTION_VALUE];
	if (pimsync_mapper_init(&c.mapper, cfg, &c.meta, stats, err) == FAILURE) goto done;
	c.mapper_ready = true;
	pimsync_entities_init(&c.entities, db, cfg, &c.meta, stats);
	c.entities_ready = true;
	c.entities.locale_stores = &c.mapper.locale_stores;
	c.entities.admin_label = option_admin_label;
	c.entities.admin_label_ctx = &c;
	/* everything from Akeneo first: no HTTP inside the transaction */
	c.source_read = true;
	*kind = cfg->source_kind == PIMSYNC_SOURCE_AKENEO_API ? PIMSYNC_FATAL_HTTP : PIMSYNC_FATAL_SOURCE;
	if (pimsync_structure_read(&c.src, cfg, sleep, &c.entities, stats, err) == FAILURE) goto done;
	if (EG(exception)) goto done;
	*kind = PIMSYNC_FATAL_DATABASE;
	if (!plan && pimsync_db_begin(db) == FAILURE) goto done;
	if (structure_write(&c, err) == FAILURE || (!plan && pimsync_db_commit(db) == FAILURE)) {
		if (!plan) pimsync_db_rollback(db);
		goto done;
	}
	build_report(&c, report);
	r = SUCCESS;

done:
	if (c.source_read) pimsync_structure_free(&c.src);
	if (c.entities_ready) pimsync_entities_free(&c.entities);
	if (c.mapper_ready) pimsync_mapper_free(&c.mapper);
	zend_hash_destroy(&c.handled);
	if (c.meta_loaded) pimsync_meta_free(&c.meta);
	zend_hash_destroy(&c.labels);
	zend_hash_destroy(&c.frontend_labels);
	zval_ptr_dtor(&c.changes);
	zval_ptr_dtor(&c.notices);
	zval_ptr_dtor(&c.counts);
	return r;
}

zend_result pimsync_structure_run(zend_object *pdo, pimsync_config *cfg, bool plan, zval *sleep, zval *report,
                                  pimsync_fatal_kind *fatal_kind, pimsync_error *err)
{
	pimsync_db db;
	pimsync_run_lock lock;
	pimsync_run_stats stats;
	zend_result r;

	*fatal_kind = PIMSYNC_FATAL_DATABASE;
	if (pimsync_db_open(&db, pdo, err) == FAILURE) return FAILURE;
	memset(&lock, 0, sizeof(lock));
	if (pimsync_run_lock_acquire(&lock, &db, 0, err) == FAILURE) {
		if (lock.busy) *fatal_kind = PIMSYNC_FATAL_LOCKED;
		pimsync_db_close(&db);
		return FAILURE;
	}
	pimsync_stats_init(&stats);
	r = pimsync_install_schema(pdo, err);
	if (r == SUCCESS) {
		r = pimsync_structure_sync(&db, cfg, plan, sleep, &stats, report, fatal_kind, err);
	}
	if (r == SUCCESS) {
		zval warnings, rows;
		array_init(&warnings);
		zend_hash_copy(Z_ARRVAL(warnings), &stats.warnings, zval_add_ref);
		add_assoc_zval(report, "warnings", &warnings);
		array_init(&rows);
		zend_hash_copy(Z_ARRVAL(rows), &stats.rows, NULL);
		add_assoc_zval(report, "rows_written", &rows);
	}
	pimsync_stats_free(&stats);
	pimsync_run_lock_release(&lock, &db);
	pimsync_db_close(&db);
	return r;
}
