/* Reads a CSV file one record at a time, in chunks: memory holds the record
 * being read, never the file, and a record over max_record is skipped in
 * chunks with only its first bytes kept.
 *
 * Reading is two steps so that an unchanged record costs no more than
 * finding its end: pimsync_csv_next() finds where a record ends (the
 * delimiter, the enclosure doubled or escaped, line ends inside quotes) and
 * hands over its exact bytes; pimsync_csv_split() cuts those bytes into
 * fields, unquoted and converted to UTF-8.
 *
 * Line ends are \n, \r\n or a lone \r; one inside a quoted field stays in
 * the field. A record knows the physical line it starts on. Blank lines are
 * skipped but counted. An enclosure opens a quoted field only as the field's
 * first character (elsewhere it is text); after the closing one only the
 * delimiter or the line end may follow. The escape character (none unless
 * configured) makes the next character literal, inside quotes or not.
 * Encodings: UTF-8 (a byte order mark at the start of the file is dropped;
 * a field that is not valid UTF-8 is an error of that record), Windows-1252
 * and ISO-8859-1, converted to UTF-8. */
#ifndef PIMSYNC_CSV_READER_H
#define PIMSYNC_CSV_READER_H

#include "php.h"
#include "zend_smart_str.h"
#include "errors.h"

/* What is kept of a record over max_record: enough to recognise it. */
#define PIMSYNC_CSV_KEPT 4096

typedef enum {
	PIMSYNC_CSV_UTF8 = 0,
	PIMSYNC_CSV_WINDOWS_1252,
	PIMSYNC_CSV_ISO_8859_1,
} pimsync_csv_encoding;

typedef struct {
	char delimiter;
	char enclosure;
	char escape;          /* 0: none */
	pimsync_csv_encoding encoding;
	size_t max_record;    /* the largest record read, in bytes */
} pimsync_csv_format;

typedef struct {
	int fd;
	char *path;           /* for messages */
	pimsync_csv_format fmt;
	char *buf;
	size_t cap, start, scan, end; /* the record being read is buf[start, scan), scanned up to scan */
	int state;            /* where the scan is inside the record (quoted, after an escape…) */
	bool prev_cr;         /* the last byte scanned was \r: a \n next is the same line end */
	bool eof, bom_checked;
	zend_long line_no;    /* the physical line the scan is on (1-based) */
	zend_long record_line; /* the line the last record handed over starts on */
	zend_long quote_line; /* the line the quote open at the scan position opened on */
	zend_long bytes;      /* read from the file so far */
	bool skipping;        /* the record being read is over max_record */
	char *kept;           /* its first bytes */
	size_t kept_len, kept_of; /* how many are kept; its whole length */
	/* the fields of the last split: UTF-8, each NUL-terminated in text */
	smart_str text;
	size_t *offsets, *lengths;
	uint32_t nfields, fields_cap;
	uint32_t bad_field;   /* after a failed split: the 0-based field at fault */
	zend_long bad_line;   /* and the line it is on */
} pimsync_csv_reader;

/* Opens a regular file; fmt is copied. */
zend_result pimsync_csv_open(pimsync_csv_reader *r, const char *path, const pimsync_csv_format *fmt, pimsync_error *err);
/* 1: a record's exact bytes (without its line end) in raw and len, valid
 *    until the next call; r->record_line is the line it starts on;
 * 2: a record that cannot be read: over max_record (raw holds its first
 *    PIMSYNC_CSV_KEPT bytes, r->kept_of its length) or a quote still open
 *    at the end of the file (raw holds the rest of the file); err says why,
 *    naming the line;
 * 0: end of file; -1: read error (err set). */
int pimsync_csv_next(pimsync_csv_reader *r, const char **raw, size_t *len, pimsync_error *err);
/* Cuts a record pimsync_csv_next() handed over into fields. FAILURE: a
 * character after a closing quote, or a field not in the encoding; err says
 * what (without the line: r->bad_line and r->bad_field name where). */
zend_result pimsync_csv_split(pimsync_csv_reader *r, const char *raw, size_t len, pimsync_error *err);
/* Field i of the last split (NUL-terminated UTF-8), its length in *len. */
static zend_always_inline const char *pimsync_csv_field(const pimsync_csv_reader *r, uint32_t i, size_t *len)
{
	*len = r->lengths[i];
	return ZSTR_VAL(r->text.s) + r->offsets[i];
}
void pimsync_csv_close(pimsync_csv_reader *r);

/* The first record as the header row: its column names, the hash of its
 * bytes (a change of header is a change of every row's meaning) and its line.
 * FAILURE: an empty file (expected says what the header should name), a row
 * that cannot be read, or a column named twice. */
typedef struct {
	zend_string **names;
	uint32_t n;
	uint64_t hash;
	zend_long line;
} pimsync_csv_header;
zend_result pimsync_csv_read_header(pimsync_csv_reader *r, const char *expected, pimsync_csv_header *h, pimsync_error *err);
void pimsync_csv_header_free(pimsync_csv_header *h);
/* A data row cut into fields with as many as the header has columns; FAILURE
 * with err naming the line (line: where the row starts) and the column. */
zend_result pimsync_csv_split_row(pimsync_csv_reader *r, const char *raw, size_t len, const pimsync_csv_header *h, zend_long line,
                                  pimsync_error *err);

#endif
