/* The ERP CSV source's settings (config "source" with "type": "csv"),
 * resolved once from the normalized config: which column feeds the SKU, the
 * status and each attribute, and how a cell is read (its type, separators,
 * date format, value map). Strings and tables are borrowed from the
 * normalized config array; only the column list is owned. */
#ifndef PIMSYNC_CSV_SETTINGS_H
#define PIMSYNC_CSV_SETTINGS_H

#include "php.h"
#include "csv_reader.h"

typedef enum {
	PIMSYNC_CSV_TEXT = 0,
	PIMSYNC_CSV_DECIMAL,
	PIMSYNC_CSV_INTEGER,
	PIMSYNC_CSV_BOOLEAN,
	PIMSYNC_CSV_DATE,
	PIMSYNC_CSV_METRIC,
	PIMSYNC_CSV_PRICE,
	PIMSYNC_CSV_SELECT,
	PIMSYNC_CSV_TYPE_COUNT
} pimsync_csv_type;

extern const char *const pimsync_csv_type_names[PIMSYNC_CSV_TYPE_COUNT];

/* One mapped column. */
typedef struct {
	zend_string *attribute;   /* the Akeneo attribute code its value goes under; NULL for sku and enabled */
	zend_string *column;      /* the header name */
	pimsync_csv_type type;
	zend_string *unit;        /* metric: the unit of the amounts */
	zend_string *currency;    /* price: the currency of the amounts */
	HashTable *map;           /* cell text => value, or NULL */
	bool empty_null;          /* an empty cell clears the value (else it gives none) */
} pimsync_csv_column;

typedef struct {
	bool on;                  /* source.type is "csv" */
	zend_string *path;
	pimsync_csv_format format;
	char decimal_separator;   /* '.' or ',' */
	char thousands_separator; /* 0: none */
	zend_string *date_format; /* PHP-style letters: Y m n d j H i s, the rest literal */
	pimsync_csv_column sku;
	pimsync_csv_column enabled; /* enabled.column NULL: no status column */
	pimsync_csv_column *attributes;
	uint32_t nattributes;
} pimsync_csv_settings;

#endif
