/* Reads a JSON-lines file one line at a time with a large buffer; memory
 * holds one line, never the file, and never more than about twice
 * max_line: a longer line is skipped in chunks, its first bytes kept.
 *
 * Only a regular file is read: a FIFO, a device (/dev/zero never ends) or a
 * directory is refused at open. A UTF-8 byte order mark at the start of the
 * file is skipped, as editors and Windows tools write one. */
#ifndef PIMSYNC_JSONL_READER_H
#define PIMSYNC_JSONL_READER_H

#include "php.h"
#include "errors.h"
#include "run_report.h"

/* What is kept of a line over max_line: enough to recognise the record. */
#define PIMSYNC_JSONL_KEPT 4096

typedef struct {
	int fd;
	char *path;          /* for messages */
	char *buf;
	size_t cap, start, end;
	size_t max_line;     /* 0: no limit */
	char *kept;          /* first bytes of the last line over max_line */
	size_t kept_of;      /* that line's whole length */
	bool eof;
	bool bom_checked;
	zend_long line_no;
	zend_long bytes;     /* read from the file so far */
} pimsync_jsonl_reader;

/* max_line: the longest line read as a record, in bytes (0: no limit). */
zend_result pimsync_jsonl_open(pimsync_jsonl_reader *r, const char *path, size_t max_line, pimsync_error *err);
/* 1: a NUL-terminated line (without its newline) in line and len, valid until the next call;
 * 2: a line longer than max_line, skipped unread: line and len hold its first
 *    PIMSYNC_JSONL_KEPT bytes (at most), err says where it was and how long;
 * 0: end of file; -1: read error (err set). Blank lines are skipped but counted. */
int pimsync_jsonl_next(pimsync_jsonl_reader *r, const char **line, size_t *len, pimsync_error *err);
void pimsync_jsonl_close(pimsync_jsonl_reader *r);

/* Every line of a side file read whole (options, categories, models,
 * structure) to cb, in order; stops when cb throws. A line over max_line is
 * not handed on: a run warning under warn_key says "<label>: <where and how
 * long>; <skipped>". FAILURE: the file could not be opened or read (err). */
zend_result pimsync_jsonl_each(const char *path, size_t max_line, pimsync_run_stats *stats, const char *warn_key,
                               const char *label, const char *skipped,
                               void (*cb)(void *ctx, const char *line, size_t len), void *ctx, pimsync_error *err);

#endif
