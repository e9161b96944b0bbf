/* See jsonl_reader.h. */
#include "php.h"
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "source_file.h"
#include "jsonl_reader.h"

#define READ_CHUNK (1 << 20)

zend_result pimsync_jsonl_open(pimsync_jsonl_reader *r, const char *path, size_t max_line, pimsync_error *err)
{
	memset(r, 0, sizeof(*r));
	r->fd = pimsync_source_file_open(path, err);
	if (r->fd < 0) return FAILURE;
	r->path = estrdup(path);
	r->max_line = max_line;
	r->cap = 4 * READ_CHUNK;
	r->buf = emalloc(r->cap);
	return SUCCESS;
}

/* read(2) into buf, retried on EINTR; -1 with err set on a read error. */
static ssize_t read_some(pimsync_jsonl_reader *r, char *buf, size_t n, pimsync_error *err)
{
	for (;;) {
		ssize_t got = read(r->fd, buf, n);
		if (got >= 0) {
			r->bytes += got;
			return got;
		}
		if (errno != EINTR) {
			pimsync_error_set(err, "read error in %s after line " ZEND_LONG_FMT ": %s", r->path, r->line_no, strerror(errno));
			return -1;
		}
	}
}

/* The line starting at buf[start] is longer than max_line; length bytes of it
 * are known (complete says whether its end is in the buffer). Keeps its first
 * bytes, reads past its end chunk by chunk without holding it. */
static int skip_long_line(pimsync_jsonl_reader *r, size_t length, bool complete, const char **line, size_t *len,
	pimsync_error *err)
{
	zend_long offset = r->bytes - (zend_long) (r->end - r->start);
	size_t kept = MIN(length, PIMSYNC_JSONL_KEPT);

	if (!r->kept) r->kept = emalloc(PIMSYNC_JSONL_KEPT + 1);
	memcpy(r->kept, r->buf + r->start, kept);
	r->kept[kept] = '\0';
	if (complete) {
		r->start += length + 1;
	} else {
		r->start = r->end = 0;
		for (;;) {
			ssize_t got = read_some(r, r->buf, r->cap - 1, err);
			char *nl;
			if (got < 0) return -1;
			if (got == 0) {
				r->eof = true;
				break;
			}
			nl = memchr(r->buf, '\n', (size_t) got);
			if (nl) {
				length += (size_t) (nl - r->buf);
				r->start = (size_t) (nl - r->buf) + 1;
				r->end = (size_t) got;
				break;
			}
			length += (size_t) got;
		}
	}
	r->line_no++;
	r->kept_of = length;
	pimsync_error_set(err, "line " ZEND_LONG_FMT " (at byte " ZEND_LONG_FMT ") is %zu bytes long, over source.max_line_bytes (%zu):"
		" skipped without being read; only its first %zu bytes are kept here, not its exact bytes",
		r->line_no, offset, length, r->max_line, kept);
	*line = r->kept;
	*len = kept;
	return 2;
}

int pimsync_jsonl_next(pimsync_jsonl_reader *r, const char **line, size_t *len, pimsync_error *err)
{
	for (;;) {
		if (!r->bom_checked && (r->end - r->start >= 3 || r->eof)) {
			if (r->end - r->start >= 3 && memcmp(r->buf + r->start, "\xEF\xBB\xBF", 3) == 0) r->start += 3;
			r->bom_checked = true;
		}
		char *nl = r->bom_checked && r->end > r->start ? memchr(r->buf + r->start, '\n', r->end - r->start) : NULL;
		if (nl || (r->eof && r->end > r->start)) {
			size_t n = nl ? (size_t) (nl - (r->buf + r->start)) : r->end - r->start;
			const char *s = r->buf + r->start;
			if (r->max_line && n > r->max_line) return skip_long_line(r, n, nl != NULL, line, len, err);
			r->start += n + (nl ? 1 : 0);
			r->line_no++;
			if (n && s[n - 1] == '\r') n--;
			/* PHP's JSON scanner stops at a NUL: end the line with one (the buffer is ours) */
			((char *) s)[n] = '\0';
			bool blank = true;
			for (size_t i = 0; i < n; i++) {
				if (s[i] != ' ' && s[i] != '\t') { blank = false; break; }
			}
			if (blank) continue;
			*line = s;
			*len = n;
			return 1;
		}
		if (r->eof) return 0;
		if (r->max_line && r->end - r->start > r->max_line) return skip_long_line(r, r->end - r->start, false, line, len, err);
		/* keep the partial line, make room, read more */
		if (r->start > 0) {
			memmove(r->buf, r->buf + r->start, r->end - r->start);
			r->end -= r->start;
			r->start = 0;
		}
		if (r->cap - r->end < READ_CHUNK + 1) {
			r->cap *= 2;
			r->buf = erealloc(r->buf, r->cap);
		}
		/* one byte stays free for the NUL after a last line without newline */
		ssize_t got = read_some(r, r->buf + r->end, r->cap - r->end - 1, err);
		if (got < 0) return -1;
		if (got == 0) r->eof = true;
		r->end += (size_t) got;
	}
}

void pimsync_jsonl_close(pimsync_jsonl_reader *r)
{
	if (r->fd >= 0) close(r->fd);
	if (r->buf) efree(r->buf);
	if (r->kept) efree(r->kept);
	if (r->path) efree(r->path);
	r->fd = -1;
	r->buf = r->kept = r->path = NULL;
}

zend_result pimsync_jsonl_each(const char *path, size_t max_line, pimsync_run_stats *stats, const char *warn_key,
                               const char *label, const char *skipped,
                               void (*cb)(void *ctx, const char *line, size_t len), void *ctx, pimsync_error *err)
{
	pimsync_jsonl_reader r;
	const char *line;
	size_t len;
	int got;

	if (pimsync_jsonl_open(&r, path, max_line, err) == FAILURE) return FAILURE;
	while ((got = pimsync_jsonl_next(&r, &line, &len, err)) > 0) {
		if (got == 2) {
			pimsync_stats_warn(stats, warn_key, NULL, "%s: %s; %s", label, err->message, skipped);
			continue;
		}
		cb(ctx, line, len);
		if (EG(exception)) break;
	}
	pimsync_jsonl_close(&r);
	return got < 0 ? FAILURE : SUCCESS;
}
