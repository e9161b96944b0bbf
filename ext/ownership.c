/* Field ownership: the default matrix, the config's fields over it, and the
 * owners resolved once at run start (ownership.h). */
#include "php.h"
#include "ownership.h"

const char *const pimsync_system_names[PIMSYNC_SYSTEM_COUNT] = {"pim", "erp", "magento"};
const char *const pimsync_class_names[PIMSYNC_CLASS_COUNT] = {"realtime", "daily", "weekly"};
const char *const pimsync_field_names[PIMSYNC_FIELD_COUNT] = {"status", "stock", "categories", "websites", "links", "images"};

/* The default matrix (matrix "default"), from DESIGN.md's governance
 * vocabulary: "ERP owns SKU, item status, UPC, product group, unit of measure,
 * country of origin, weight and dimensions, reference price" and hot data
 * (stock, live price, item status) goes ERP -> Magento in seconds; "PIM owns
 * marketing descriptions, technical specs, SEO content, translations,
 * relations, digital assets", cold data in daily batches; taxonomy and
 * reference data weekly. Attribute codes are Magento's own where Magento has
 * one (country_of_manufacture, weight, meta_*, url_key); upc, ean,
 * product_group and unit_of_measure are the usual custom codes (override them
 * under ownership.fields when a catalog names them otherwise). Technical specs
 * and translations are every other attribute: default_owner, "pim". */
static const struct {
	const char *field;
	pimsync_system owner;
	pimsync_sync_class sync_class;
	const char *rules;
} default_matrix[] = {
	/* ERP: the SKU's identity and master data */
	{"sku", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_DAILY, "the product's identity: every source names products by it, none changes it"},
	{"status", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_REALTIME, "item status (hot data): enabled or disabled, and disabling products absent from a full feed"},
	{"upc", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_DAILY, "UPC barcode, master data"},
	{"ean", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_DAILY, "EAN barcode, master data"},
	{"product_group", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_WEEKLY, "the ERP's product group (reference data)"},
	{"unit_of_measure", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_WEEKLY, "unit of measure (reference data)"},
	{"country_of_manufacture", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_WEEKLY, "country of origin (reference data)"},
	{"weight", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_DAILY, "shipping weight, in Magento's weight unit"},
	/* Magento Open Source has no dimension attributes; these are the package dimension codes Magento's shipping
	 * integrations created */
	{"ts_dimensions_length", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_DAILY, "package length"},
	{"ts_dimensions_width", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_DAILY, "package width"},
	{"ts_dimensions_height", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_DAILY, "package height"},
	{"price", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_REALTIME, "the reference price (live price is hot data)"},
	{"stock", PIMSYNC_SYSTEM_ERP, PIMSYNC_CLASS_REALTIME, "quantity, stock status and order limits (hot data)"},
	/* PIM: marketing content, SEO, relations, assets, taxonomy */
	{"name", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_DAILY, "product name per store view (translations)"},
	{"description", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_DAILY, "marketing description"},
	{"short_description", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_DAILY, "marketing description"},
	{"meta_title", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_DAILY, "SEO content"},
	{"meta_keyword", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_DAILY, "SEO content"},
	{"meta_description", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_DAILY, "SEO content"},
	{"url_key", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_DAILY, "SEO: the product's URL; a new product without one gets it from its name"},
	{"links", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_DAILY, "relations: accessories, compatible items (related, up-sell, cross-sell)"},
	{"images", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_DAILY, "digital assets: gallery images and their roles"},
	{"categories", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_WEEKLY, "taxonomy: the categories a product is in"},
	{"websites", PIMSYNC_SYSTEM_PIM, PIMSYNC_CLASS_WEEKLY, "the websites a new product joins (channels)"},
};

/* Where a keyword lands in Magento, for the sheet. */
static const struct {
	const char *field, *source, *table;
} keyword_targets[] = {
	{"status", "enabled", "catalog_product_entity_int"},
	{"stock", "stock.*", "cataloginventory_stock_item, inventory_source_item, cataloginventory_stock_status"},
	{"categories", "categories", "catalog_category_product"},
	{"websites", "websites / channels", "catalog_product_website"},
	{"links", "associations", "catalog_product_link"},
	{"images", "images.attributes", "catalog_product_entity_media_gallery (image jobs)"},
	{"sku", "identifier", "catalog_product_entity"},
};

static int name_index(const char *const *names, int n, const char *name, size_t len)
{
	for (int i = 0; i < n; i++) {
		if (strlen(names[i]) == len && memcmp(names[i], name, len) == 0) return i;
	}
	return -1;
}

int pimsync_system_from_name(const char *name, size_t len)
{
	return name_index(pimsync_system_names, PIMSYNC_SYSTEM_COUNT, name, len);
}

int pimsync_class_from_name(const char *name, size_t len)
{
	return name_index(pimsync_class_names, PIMSYNC_CLASS_COUNT, name, len);
}

const char *pimsync_system_label(pimsync_system s)
{
	static const char *const labels[PIMSYNC_SYSTEM_COUNT] = {"the PIM", "the ERP", "Magento"};
	return labels[s];
}

bool pimsync_ownership_keyword(const char *name, size_t len)
{
	return name_index(pimsync_field_names, PIMSYNC_FIELD_COUNT, name, len) >= 0
		|| (len == 5 && memcmp(name, "price", 5) == 0);
}

bool pimsync_ownership_plausible_code(const char *name, size_t len)
{
	if (len == 0 || len > 60 || !((name[0] >= 'a' && name[0] <= 'z') || (name[0] >= 'A' && name[0] <= 'Z'))) return false;
	for (size_t i = 1; i < len; i++) {
		char ch = name[i];
		if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_')) return false;
	}
	return true;
}

bool pimsync_ownership_default_row(const char *field, size_t len, pimsync_system *owner, pimsync_sync_class *sync_class,
                                   const char **rules)
{
	for (size_t i = 0; i < sizeof(default_matrix) / sizeof(default_matrix[0]); i++) {
		if (strlen(default_matrix[i].field) != len || memcmp(default_matrix[i].field, field, len) != 0) continue;
		*owner = default_matrix[i].owner;
		*sync_class = default_matrix[i].sync_class;
		*rules = default_matrix[i].rules;
		return true;
	}
	return false;
}

static void rule_dtor(zval *zv)
{
	pimsync_field_rule *r = Z_PTR_P(zv);
	zend_string_release(r->rules);
	efree(r);
}

static void put_rule(pimsync_ownership *o, zend_string *field, pimsync_system owner, pimsync_sync_class sync_class,
                     zend_string *rules, bool listed)
{
	pimsync_field_rule *r = emalloc(sizeof(*r));
	r->owner = owner;
	r->sync_class = sync_class;
	r->rules = rules;
	r->listed = listed;
	zend_hash_update_ptr(&o->rules, field, r);
}

static zend_string *str_in(HashTable *h, const char *key)
{
	zval *v = h ? zend_hash_str_find(h, key, strlen(key)) : NULL;
	return v && Z_TYPE_P(v) == IS_STRING ? Z_STR_P(v) : NULL;
}

void pimsync_ownership_init(pimsync_ownership *o, HashTable *normalized)
{
	zend_string *matrix = str_in(normalized, "matrix"), *owner = str_in(normalized, "default_owner");
	zval *fields = normalized ? zend_hash_str_find(normalized, "fields", sizeof("fields") - 1) : NULL, *f;
	zend_string *code;

	memset(o, 0, sizeof(*o));
	zend_hash_init(&o->rules, 64, NULL, rule_dtor, 0);
	o->enforced = matrix && zend_string_equals_literal(matrix, "default");
	o->default_owner = owner ? (pimsync_system) pimsync_system_from_name(ZSTR_VAL(owner), ZSTR_LEN(owner)) : PIMSYNC_SYSTEM_PIM;
	if (o->enforced) {
		for (size_t i = 0; i < sizeof(default_matrix) / sizeof(default_matrix[0]); i++) {
			zend_string *field = zend_string_init(default_matrix[i].field, strlen(default_matrix[i].field), 0);
			put_rule(o, field, default_matrix[i].owner, default_matrix[i].sync_class,
			         zend_string_init(default_matrix[i].rules, strlen(default_matrix[i].rules), 0), false);
			zend_string_release(field);
		}
		if (fields && Z_TYPE_P(fields) == IS_ARRAY) {
			ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(fields), code, f) {
				zend_string *o_name = str_in(Z_ARRVAL_P(f), "owner"), *c_name = str_in(Z_ARRVAL_P(f), "class");
				zend_string *rules = str_in(Z_ARRVAL_P(f), "rules");
				if (!code || !o_name || !c_name) continue;
				put_rule(o, code, (pimsync_system) pimsync_system_from_name(ZSTR_VAL(o_name), ZSTR_LEN(o_name)),
				         (pimsync_sync_class) pimsync_class_from_name(ZSTR_VAL(c_name), ZSTR_LEN(c_name)),
				         rules ? zend_string_copy(rules) : ZSTR_EMPTY_ALLOC(), true);
			} ZEND_HASH_FOREACH_END();
		}
	}
	for (int i = 0; i < PIMSYNC_FIELD_COUNT; i++) {
		const pimsync_field_rule *r = zend_hash_str_find_ptr(&o->rules, pimsync_field_names[i], strlen(pimsync_field_names[i]));
		o->field_owner[i] = r ? r->owner : o->default_owner;
	}
}

void pimsync_ownership_free(pimsync_ownership *o)
{
	zend_hash_destroy(&o->rules);
}

const pimsync_field_rule *pimsync_ownership_rule(const pimsync_ownership *o, zend_string *field)
{
	return zend_hash_find_ptr(&o->rules, field);
}

pimsync_system pimsync_ownership_owner(const pimsync_ownership *o, zend_string *field)
{
	const pimsync_field_rule *r = pimsync_ownership_rule(o, field);
	return r ? r->owner : o->default_owner;
}

void pimsync_ownership_resolve(const pimsync_ownership *o, pimsync_meta *meta, pimsync_run_stats *stats)
{
	pimsync_attribute *attr;
	zend_string *field;
	pimsync_field_rule *r;

	if (!o->enforced) return;
	ZEND_HASH_FOREACH_PTR(&meta->attributes, attr) {
		attr->owner = (unsigned char) pimsync_ownership_owner(o, attr->code);
	} ZEND_HASH_FOREACH_END();
	/* "price" is a keyword and Magento's price attribute: one row */
	ZEND_HASH_FOREACH_STR_KEY_PTR((HashTable *) &o->rules, field, r) {
		if (!r->listed || zend_hash_exists(&meta->attributes, field)) continue;
		if (name_index(pimsync_field_names, PIMSYNC_FIELD_COUNT, ZSTR_VAL(field), ZSTR_LEN(field)) >= 0) continue;
		char key[100];
		snprintf(key, sizeof(key), "ownership_unknown_attribute:%.60s", ZSTR_VAL(field));
		pimsync_stats_warn(stats, key, NULL,
		                   "ownership.fields names %s, which is not a Magento product attribute: that row owns nothing (a typo,"
		                   " or an attribute still to be created)", ZSTR_VAL(field));
	} ZEND_HASH_FOREACH_END();
}

/* One row of the sheet. */
static void matrix_row(zval *rows, zend_string *field, pimsync_system owner, pimsync_sync_class sync_class, zend_string *rules,
                       const char *source, const char *magento, const char *table)
{
	zval row;
	array_init_size(&row, 7);
	add_assoc_str(&row, "field", zend_string_copy(field));
	add_assoc_string(&row, "owner", (char *) pimsync_system_names[owner]);
	add_assoc_string(&row, "class", (char *) pimsync_class_names[sync_class]);
	add_assoc_str(&row, "rules", rules ? zend_string_copy(rules) : ZSTR_EMPTY_ALLOC());
	add_assoc_string(&row, "source", (char *) source);
	add_assoc_string(&row, "magento_attribute", (char *) magento);
	add_assoc_string(&row, "table", (char *) table);
	add_next_index_zval(rows, &row);
}

static const char *keyword_target(zend_string *field, const char **source)
{
	for (size_t i = 0; i < sizeof(keyword_targets) / sizeof(keyword_targets[0]); i++) {
		if (zend_string_equals_cstr(field, keyword_targets[i].field, strlen(keyword_targets[i].field))) {
			*source = keyword_targets[i].source;
			return keyword_targets[i].table;
		}
	}
	return NULL;
}

/* The value table of an attribute, from Magento's metadata. */
static const char *attribute_table(const pimsync_meta *meta, zend_string *code)
{
	static const char *const tables[PIMSYNC_BACKEND_COUNT] = {"catalog_product_entity", "catalog_product_entity_varchar",
		"catalog_product_entity_int", "catalog_product_entity_decimal", "catalog_product_entity_text",
		"catalog_product_entity_datetime"};
	const pimsync_attribute *attr;
	if (!meta) return "";
	attr = zend_hash_find_ptr(&meta->attributes, code);
	if (!attr) return "(not in Magento)";
	if (attr->input == PIMSYNC_INPUT_MEDIA) return "catalog_product_entity_varchar (image role, image jobs)";
	return tables[attr->backend];
}

/* The Akeneo attributes the config renames to a Magento code, comma-separated;
 * the code itself when none does (unlisted attributes map to themselves). */
static zend_string *sources_of(HashTable *renames, zend_string *magento)
{
	smart_str s = {0};
	zend_string *akeneo;
	zval *rule;
	bool self_renamed = false;
	ZEND_HASH_FOREACH_STR_KEY_VAL(renames, akeneo, rule) {
		zval *to = Z_TYPE_P(rule) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(rule), "to", sizeof("to") - 1) : NULL;
		if (!akeneo) continue;
		if (zend_string_equals(akeneo, magento)) self_renamed = true; /* mapped elsewhere, or null */
		if (!to || Z_TYPE_P(to) != IS_STRING || !zend_string_equals(Z_STR_P(to), magento)) continue;
		if (s.s) smart_str_appends(&s, ", ");
		smart_str_append(&s, akeneo);
	} ZEND_HASH_FOREACH_END();
	if (!s.s && !self_renamed) smart_str_append(&s, magento);
	smart_str_0(&s);
	return s.s ? s.s : ZSTR_EMPTY_ALLOC();
}

void pimsync_ownership_matrix(const pimsync_ownership *o, HashTable *renames, const pimsync_meta *meta, zval *out)
{
	zend_string *field;
	pimsync_field_rule *r;
	zval *rule;
	HashTable seen;

	array_init(out);
	zend_hash_init(&seen, 64, NULL, NULL, 0);
	ZEND_HASH_FOREACH_STR_KEY_PTR((HashTable *) &o->rules, field, r) {
		const char *source = "", *table = keyword_target(field, &source);
		zend_hash_add_empty_element(&seen, field);
		if (table && !zend_string_equals_literal(field, "sku")) {
			matrix_row(out, field, r->owner, r->sync_class, r->rules, source, zend_string_equals_literal(field, "status") ? "status" : "",
			           table);
			continue;
		}
		zend_string *from = sources_of(renames, field);
		matrix_row(out, field, r->owner, r->sync_class, r->rules, ZSTR_VAL(from), ZSTR_VAL(field),
		           zend_string_equals_literal(field, "sku") ? "catalog_product_entity" : attribute_table(meta, field));
		zend_string_release(from);
	} ZEND_HASH_FOREACH_END();
	/* the attributes the config renames, owned by default_owner unless listed */
	ZEND_HASH_FOREACH_VAL(renames, rule) {
		zval *to = Z_TYPE_P(rule) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(rule), "to", sizeof("to") - 1) : NULL;
		if (!to || Z_TYPE_P(to) != IS_STRING || zend_hash_exists(&seen, Z_STR_P(to))) continue;
		zend_hash_add_empty_element(&seen, Z_STR_P(to));
		zend_string *from = sources_of(renames, Z_STR_P(to));
		matrix_row(out, Z_STR_P(to), o->default_owner, PIMSYNC_CLASS_DAILY, NULL, ZSTR_VAL(from), Z_STRVAL_P(to),
		           attribute_table(meta, Z_STR_P(to)));
		zend_string_release(from);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&seen);
}
