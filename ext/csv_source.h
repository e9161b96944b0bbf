/* The ERP CSV record source: a CSV file whose header row names the columns,
 * each row turned into the Akeneo product JSON the mapper reads (only the
 * keys the row has: "identifier", "enabled", "values"), by the columns the
 * config maps (csv_settings.h). The run hashes a row's exact bytes first
 * (an unchanged row is never converted) and parks them when the row cannot
 * be read; a cell that does not read as its type costs that value only, as
 * a value issue naming line, column and cell. */
#ifndef PIMSYNC_CSV_SOURCE_H
#define PIMSYNC_CSV_SOURCE_H

#include "php.h"
#include "csv_reader.h"
#include "csv_settings.h"
#include "value_issue.h"

typedef struct {
	pimsync_csv_reader reader;
	const pimsync_csv_settings *settings;
	pimsync_csv_header header; /* the header row: column names by field, its line and hash */
	uint32_t sku_at;          /* the SKU column's field */
	uint32_t enabled_at;      /* the status column's field, UINT32_MAX: none */
	uint32_t *attribute_at;   /* settings->attributes[i]'s field */
	smart_str number;         /* scratch: a number's digits */
} pimsync_csv_source;

/* Opens the file and reads its header: FAILURE (err names the file) when it
 * cannot be read, has no header, names a column twice or lacks a column the
 * config maps. */
zend_result pimsync_csv_source_open(pimsync_csv_source *s, const pimsync_csv_settings *settings, pimsync_error *err);
/* pimsync_csv_next's results: 1 a row's exact bytes; 2 a row that cannot be
 * read (err); 0 the end; -1 a read error. *line: the line the row starts on. */
int pimsync_csv_source_next(pimsync_csv_source *s, const char **raw, size_t *len, zend_long *line, pimsync_error *err);
/* The row the last pimsync_csv_source_next returned as an Akeneo product in
 * product (an array); cells that do not read as their type are left out and
 * added to issues. FAILURE (err names line and column): the row cannot be
 * read (a field not in the encoding, a stray quote, a field count other
 * than the header's). */
zend_result pimsync_csv_source_convert(pimsync_csv_source *s, const char *raw, size_t len, zval *product,
                                       pimsync_issue_list *issues, pimsync_error *err);
void pimsync_csv_source_close(pimsync_csv_source *s);

#endif
