/* Magento metadata, read from the database at run start and never assumed:
 * attribute ids and backend types, scopes, stores, websites, attribute sets,
 * select options, the weight unit, and which entity layout (entity_id or
 * Commerce's row_id). */
#ifndef PIMSYNC_MAGENTO_META_H
#define PIMSYNC_MAGENTO_META_H

#include "php.h"
#include "pdo_bridge.h"
#include "zend_smart_str.h"

typedef enum {
	PIMSYNC_BACKEND_STATIC = 0,
	PIMSYNC_BACKEND_VARCHAR,
	PIMSYNC_BACKEND_INT,
	PIMSYNC_BACKEND_DECIMAL,
	PIMSYNC_BACKEND_TEXT,
	PIMSYNC_BACKEND_DATETIME,
	PIMSYNC_BACKEND_COUNT
} pimsync_backend;

typedef enum {
	PIMSYNC_INPUT_OTHER = 0,
	PIMSYNC_INPUT_SELECT,
	PIMSYNC_INPUT_MULTISELECT,
	PIMSYNC_INPUT_BOOLEAN,
	PIMSYNC_INPUT_MEDIA,   /* media_image, gallery: images are not written by the catalog sync */
} pimsync_input;

#define PIMSYNC_SCOPE_STORE 0
#define PIMSYNC_SCOPE_GLOBAL 1
#define PIMSYNC_SCOPE_WEBSITE 2

typedef struct {
	zend_long id;
	zend_string *code;
	pimsync_backend backend;
	pimsync_input input;
	int scope;              /* catalog_eav_attribute.is_global */
	bool table_options;     /* options live in eav_attribute_option (source model Table or none) */
	unsigned char owner;    /* the system that owns it (ownership.h pimsync_system), resolved at run start */
	HashTable options;      /* lower-cased option code/label => option id (long) */
} pimsync_attribute;

/* One column's limits, read from information_schema at run start: what the
 * database would clamp, truncate or re-encode is caught before it is sent. */
typedef enum {
	PIMSYNC_COLUMN_TEXT = 0,   /* char, varchar, *text */
	PIMSYNC_COLUMN_INTEGER,
	PIMSYNC_COLUMN_DECIMAL,
	PIMSYNC_COLUMN_DATETIME,
	PIMSYNC_COLUMN_OTHER,
} pimsync_column_kind;

typedef struct {
	const char *table, *name;  /* static */
	bool known;                /* found in information_schema */
	pimsync_column_kind kind;
	zend_long max_chars;       /* char/varchar: characters; 0 for *text */
	zend_long max_bytes;       /* octets the column holds */
	bool mb4;                  /* the charset holds 4-byte UTF-8 (utf8mb4); utf8mb3 does not */
	zend_string *charset;
	bool is_unsigned;
	int int_bytes;             /* tinyint 1 … bigint 8 */
	int precision, scale;      /* decimal(precision, scale) */
} pimsync_column;

typedef enum {
	PIMSYNC_COL_VALUE_VARCHAR = 0, PIMSYNC_COL_VALUE_INT, PIMSYNC_COL_VALUE_DECIMAL, PIMSYNC_COL_VALUE_TEXT,
	PIMSYNC_COL_VALUE_DATETIME,
	PIMSYNC_COL_SKU,             /* catalog_product_entity.sku */
	PIMSYNC_COL_OPTION_VALUE,    /* eav_attribute_option_value.value: option labels */
	PIMSYNC_COL_REQUEST_PATH,    /* url_rewrite.request_path */
	PIMSYNC_COL_STOCK_QTY,       /* cataloginventory_stock_item.qty (and min/max_sale_qty below) */
	PIMSYNC_COL_STOCK_MIN_SALE_QTY,
	PIMSYNC_COL_STOCK_MAX_SALE_QTY,
	PIMSYNC_COL_GALLERY_LABEL,   /* catalog_product_entity_media_gallery_value.label: image labels */
	PIMSYNC_COL_COUNT
} pimsync_column_id;

typedef struct {
	bool row_id;                   /* Commerce content staging: value tables keyed by row_id */
	bool msi;                      /* Magento_Inventory is installed: inventory_source_item exists */
	zend_long product_type_id;     /* eav_entity_type id of catalog_product */
	zend_long category_type_id;
	HashTable attributes;          /* code => pimsync_attribute* */
	HashTable attributes_by_id;    /* id => pimsync_attribute* (borrowed) */
	HashTable stores;              /* store code => store id */
	HashTable store_website;       /* store id => website id */
	HashTable websites;            /* website code => website id */
	HashTable attribute_sets;      /* set name => id */
	HashTable categories;          /* Akeneo category code => Magento category id */
	HashTable family_sets;         /* Akeneo family code => the attribute set the structure sync made or took for it */
	zend_string *weight_unit;      /* core_config_data general/locale/weight_unit, default scope: "lbs", "kgs"; NULL without a row */
	pimsync_attribute *sku, *name, *status, *visibility, *tax_class_id, *url_key;
	pimsync_attribute *category_name, *category_is_active, *category_url_key, *category_url_path;
	pimsync_attribute *category_include_in_menu, *category_is_anchor;
	pimsync_column columns[PIMSYNC_COL_COUNT];
} pimsync_meta;

extern const char *const pimsync_backend_names[PIMSYNC_BACKEND_COUNT];

/* Loads everything; fails with a message naming what is missing. */
zend_result pimsync_meta_load(pimsync_meta *meta, pimsync_db *db);
void pimsync_meta_free(pimsync_meta *meta);

/* The value column of an attribute's backend table. */
const pimsync_column *pimsync_meta_value_column(const pimsync_meta *meta, const pimsync_attribute *attr);

/* A yes/no setting of core_config_data as each store view sees it: the
 * store's row, else its website's, else the default one, else fallback
 * (the default of Magento's config.xml). out: store id => bool (IS_TRUE/IS_FALSE),
 * for every store view (store id > 0). */
zend_result pimsync_meta_store_flag(pimsync_meta *meta, pimsync_db *db, const char *path, bool fallback, HashTable *out);

/* Option id for an attribute's option code (case-insensitive), or 0. */
zend_long pimsync_meta_option_id(const pimsync_attribute *attr, zend_string *code);

/* Appends " AND [alias.]created_in <= UNIX_TIMESTAMP() AND [alias.]updated_in >
 * UNIX_TIMESTAMP()" on the Commerce layout, where catalog_product_entity and
 * catalog_category_entity keep one row per staged version: the one live now.
 * Nothing on Open Source. alias may be NULL. */
void pimsync_meta_append_live(const pimsync_meta *meta, smart_str *sql, const char *alias);

#endif
