/* Reads a JSON-lines file one line at a time with a large buffer; memory
 * holds one line, never the file. */
#ifndef PIMSYNC_JSONL_READER_H
#define PIMSYNC_JSONL_READER_H

#include "php.h"
#include "errors.h"

typedef struct {
	int fd;
	char *buf;
	size_t cap, start, end;
	bool eof;
	zend_long line_no;
	zend_long bytes;
} pimsync_jsonl_reader;

zend_result pimsync_jsonl_open(pimsync_jsonl_reader *r, const char *path, pimsync_error *err);
/* 1: a NUL-terminated line (without its newline) in line and len, valid until the next call;
 * 0: end of file; -1: read error. Blank lines are skipped but counted. */
int pimsync_jsonl_next(pimsync_jsonl_reader *r, const char **line, size_t *len, pimsync_error *err);
void pimsync_jsonl_close(pimsync_jsonl_reader *r);

#endif
