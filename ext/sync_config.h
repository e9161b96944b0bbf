/* The sync configuration: loaded from JSON (jansson, for its line/column
 * errors), validated field by field, normalized with every default filled in.
 * The normalized form is a PHP array so Config::toArray() and the mapper read
 * the same thing; a few hot fields are copied into C members. */
#ifndef PIMSYNC_CONFIG_H
#define PIMSYNC_CONFIG_H

#include "php.h"
#include "errors.h"
#include "value_fit.h"
#include "image_fetch.h"
#include "media_files.h"
#include "images_config.h"
#include "ownership.h"
#include "csv_settings.h"
#include "validation_config.h"
#include "magento_csv_settings.h"
#include "value_transform.h"

typedef enum {
	PIMSYNC_SOURCE_JSONL = 1,
	PIMSYNC_SOURCE_AKENEO_API = 2,
	PIMSYNC_SOURCE_CSV = 3,       /* an ERP's CSV export (csv_settings.h) */
	PIMSYNC_SOURCE_MAGENTO_CSV = 4, /* a Magento import CSV file (magento_csv_source.h) */
} pimsync_source_kind;

typedef enum {
	PIMSYNC_ABSENT_IGNORE = 0,
	PIMSYNC_ABSENT_DISABLE = 1,
} pimsync_absent_policy;

/* The stock item fields an Akeneo attribute can feed (config "stock"); the
 * names are cataloginventory_stock_item's columns. */
typedef enum {
	PIMSYNC_STOCK_QTY = 0,
	PIMSYNC_STOCK_IS_IN_STOCK,
	PIMSYNC_STOCK_BACKORDERS,
	PIMSYNC_STOCK_MIN_SALE_QTY,
	PIMSYNC_STOCK_MAX_SALE_QTY,
	PIMSYNC_STOCK_MANAGE_STOCK,
	PIMSYNC_STOCK_FIELD_COUNT
} pimsync_stock_field;

extern const char *const pimsync_stock_field_names[PIMSYNC_STOCK_FIELD_COUNT];

typedef struct pimsync_config {
	zend_string *origin;          /* file path or caller-given name */
	zval normalized;              /* array: the whole config with defaults */

	pimsync_source_kind source_kind;
	HashTable *source;            /* normalized["source"] */
	zend_string *identifier_attribute;
	HashTable *locales;           /* Akeneo locale => list of store view codes */
	zend_string *admin_locale;    /* whose values also land on store 0 */
	zend_string *channel;         /* the default channel: its values also go to store 0 */
	HashTable *channels;          /* Akeneo channel => website codes its scoped values go to */
	HashTable *websites;          /* website codes every product is assigned to: all channels' */
	HashTable *families;          /* family code => attribute set name */
	zend_string *default_attribute_set;
	HashTable *attributes;        /* Akeneo code => null (ignored) or [to, unit, currency] */
	bool map_unlisted_attributes; /* unlisted Akeneo codes map to the same Magento code */
	HashTable *currencies;        /* price currencies tried in order (list of strings) */
	HashTable *units;             /* Magento attribute code => target unit */
	zend_long category_root_id;   /* where missing categories are created */
	HashTable *category_map;      /* Akeneo category code => Magento category id */
	bool create_categories;
	pimsync_absent_policy categories_removed; /* categories Akeneo no longer has: ignored or disabled */
	bool category_url_keys_follow_labels;     /* a renamed category's url keys follow its labels */
	bool category_is_active, category_include_in_menu; /* what a new category gets */
	HashTable *associations;      /* Akeneo association type => "related", "up_sell", "cross_sell" or null */
	bool create_options;
	pimsync_absent_policy absent;
	zend_long absent_max_percent; /* more absent than this: disable nothing, warn */
	zend_long batch_size;
	zend_long default_visibility;
	zend_long default_tax_class_id;
	bool url_rewrites;
	zend_string *url_suffix;      /* ".html" as Magento's default */
	bool load_data;               /* new rows by LOAD DATA LOCAL INFILE when the connection allows it */
	pimsync_chars_policy unsupported_characters; /* characters a column's charset cannot hold */
	HashTable *name_fallback;     /* Akeneo attributes a nameless new product is named from, then its SKU */
	bool assign_attribute_sets;   /* attribute_sets.assign_missing: add attributes a value needs to the set */
	zend_string *attribute_set_group; /* attribute_sets.group: the group they are added to */
	zend_string *stock_attributes[PIMSYNC_STOCK_FIELD_COUNT]; /* Akeneo code feeding each stock field, or NULL */
	bool stock_mapped;            /* some stock field is fed by the feed */
	zend_string *stock_source_code; /* the MSI source quantities go to ("default") */
	bool structure_auto;          /* structure.mode "auto": a sync runs the structure phase first */
	HashTable *structure_defaults; /* structure.attribute_defaults: catalog_eav_attribute flags of new attributes */
	bool configurables;           /* configurables.enabled: product models become configurable products */
	zend_long child_visibility;   /* configurables.child_visibility: a variant product's visibility */
	pimsync_image_download_settings image_download; /* images.download; allowed_hosts borrowed from normalized */
	pimsync_media_config media;   /* images.media_root, keep_replaced_hours, local_root (media_files.h) */
	pimsync_images_config images; /* "images": media as jobs on a Redis stream (images_config.h) */
	pimsync_system source_system; /* source.system: the system the source speaks for (ownership.h) */
	pimsync_ownership ownership;  /* "ownership": the matrix, enforced when ownership.enforced */
	bool ownership_bound;
	pimsync_csv_settings csv;     /* source.type "csv": the ERP CSV file and its columns (csv_settings.h) */
	pimsync_validation_config validation; /* "validation": layer 0 and 1 rules (validation_rules.h) */
	pimsync_magento_csv_settings magento_csv; /* source.type "magento_csv" (magento_csv_source.h) */
	pimsync_transforms transforms; /* "transformations", compiled (value_transform.h) */
} pimsync_config;

/* Parses and validates. On failure returns NULL and err names the origin,
 * the line and the field. base_dir resolves relative paths (may be NULL). */
pimsync_config *pimsync_config_parse(const char *json, size_t len, zend_string *origin,
                                     const char *base_dir, pimsync_error *err);
void pimsync_config_free(pimsync_config *config);

/* Line (1-based) of the value at path (NULL-terminated key list) in a JSON
 * text, or 0 when absent. Used to point an error at the right line. */
int pimsync_json_locate_line(const char *json, size_t len, const char *const *path);

#endif
