/* The Magento import CSV record source (config "source" with "type":
 * "magento_csv"): a file in the format of Magento's own System > Import
 * (products) and of its export, read as Magento's import reads it
 * (Magento\CatalogImportExport\Model\Import\Product):
 *
 * - the header row names the columns: sku, store_view_code,
 *   attribute_set_code, product_type, categories, product_websites, status,
 *   visibility, qty, is_in_stock, related_skus…, additional_attributes, and
 *   any attribute code;
 * - a SKU's first row (store_view_code empty) carries its default (store 0)
 *   values; the rows right after it with store_view_code set carry that store
 *   view's values. The rows of one SKU are one record: their exact bytes,
 *   joined by \n, are what the delta hashes and a dead letter keeps. A later
 *   group of the same SKU (its rows were not consecutive) is a duplicate,
 *   parked;
 * - an empty cell leaves the value as it is; the empty attribute value
 *   constant (__EMPTY__VALUE__) removes it;
 * - additional_attributes is code=value pairs between multiple value
 *   separators ("," by default; a piece without "=" belongs to the value
 *   before it), or code="value" pairs (quotes doubled inside) with
 *   fields_enclosure; a multiselect's values there are "|"-separated.
 *
 * Each record is handed to the mapper as the Akeneo product it stands for:
 * values of the default row are global ({"locale": null, "scope": null}),
 * those of a store view row name their store view ({"store": "fr"}). */
#ifndef PIMSYNC_MAGENTO_CSV_SOURCE_H
#define PIMSYNC_MAGENTO_CSV_SOURCE_H

#include "php.h"
#include "zend_smart_str.h"
#include "csv_reader.h"
#include "value_issue.h"
#include "magento_meta.h"
#include "run_report.h"
#include "magento_csv_settings.h"


/* The columns the source reads itself (the others are attribute codes). */
typedef enum {
	MCSV_SKU = 0, MCSV_STORE_VIEW_CODE, MCSV_ATTRIBUTE_SET_CODE, MCSV_PRODUCT_TYPE, MCSV_CATEGORIES,
	MCSV_PRODUCT_WEBSITES, MCSV_STATUS, MCSV_VISIBILITY, MCSV_ADDITIONAL_ATTRIBUTES,
	MCSV_RELATED_SKUS, MCSV_CROSSSELL_SKUS, MCSV_UPSELL_SKUS, MCSV_TAX_CLASS_NAME,
	MCSV_CONFIGURABLE_VARIATIONS, MCSV_KNOWN_COUNT
} pimsync_mcsv_known;

typedef struct {
	pimsync_csv_reader reader;
	const pimsync_magento_csv_settings *settings;
	pimsync_meta *meta;          /* attribute types, stores, websites, attribute sets */
	pimsync_run_stats *stats;    /* once-per-run warnings */
	pimsync_csv_header header; /* the header row: column names by field, its line and hash */
	uint32_t known_at[MCSV_KNOWN_COUNT];  /* each known column's field, UINT32_MAX: absent */
	uint8_t *column_role;                 /* by field: what the column is (an attribute, a known column, skipped) */
	/* the group being handed over: its rows' bytes joined by \n */
	smart_str group;
	size_t *row_start, *row_len;
	zend_long *row_line;
	uint32_t nrows, rows_cap;
	zend_string *group_sku;               /* NULL: the group is one row whose SKU could not be read */
	/* the row read after the group, which starts the next one */
	smart_str ahead;
	zend_long ahead_line;
	int ahead_got;                        /* 0: none; 1: a row; 2: a row that cannot be read (ahead_err) */
	pimsync_error ahead_err;
	bool at_end;
	HashTable first_line;                 /* SKU => the line its first group started on */
	zend_long duplicate_of;               /* the current group repeats a SKU first seen on this line; 0: not */
	smart_str scratch;
	bool warned_images, warned_tax, warned_websites;
} pimsync_magento_csv_source;

zend_result pimsync_mcsv_open(pimsync_magento_csv_source *s, const pimsync_magento_csv_settings *settings,
                              pimsync_meta *meta, pimsync_run_stats *stats, pimsync_error *err);
/* As pimsync_csv_source_next, one SKU's rows at a time: 1 the group's bytes
 * (valid until the next call), *line the line it starts on; 2 a row that
 * cannot be read (err); 0 the end; -1 a read error. */
int pimsync_mcsv_next(pimsync_magento_csv_source *s, const char **raw, size_t *len, zend_long *line, pimsync_error *err);
/* The group the last pimsync_mcsv_next returned as an Akeneo product;
 * values that cannot be read are left out, in issues. FAILURE (err names
 * the line): the group cannot be written at all (parked). */
zend_result pimsync_mcsv_convert(pimsync_magento_csv_source *s, zval *product, pimsync_issue_list *issues, pimsync_error *err);
/* The categories column's paths, read in a pass over the file before the
 * products: each category of a path ("Default Category/A/B": A under the
 * root, B under A) once, as the Akeneo category JSON the category tree
 * reads ({"code": the path, "parent": the parent's path, "labels"}). */
zend_result pimsync_mcsv_each_category(const pimsync_magento_csv_settings *settings, zend_string *admin_locale,
                                       void (*cb)(void *ctx, const char *json, size_t len), void *ctx, pimsync_error *err);
void pimsync_mcsv_close(pimsync_magento_csv_source *s);

#endif
