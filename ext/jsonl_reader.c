#include "php.h"
#include <fcntl.h>
#include <unistd.h>
#include "jsonl_reader.h"

#define READ_CHUNK (1 << 20)

zend_result pimsync_jsonl_open(pimsync_jsonl_reader *r, const char *path, pimsync_error *err)
{
	memset(r, 0, sizeof(*r));
	r->fd = open(path, O_RDONLY | O_CLOEXEC);
	if (r->fd < 0) {
		pimsync_error_set(err, "cannot open %s: %s", path, strerror(errno));
		return FAILURE;
	}
#ifdef POSIX_FADV_SEQUENTIAL
	posix_fadvise(r->fd, 0, 0, POSIX_FADV_SEQUENTIAL);
#endif
	r->cap = 4 * READ_CHUNK;
	r->buf = emalloc(r->cap);
	return SUCCESS;
}

int pimsync_jsonl_next(pimsync_jsonl_reader *r, const char **line, size_t *len, pimsync_error *err)
{
	for (;;) {
		char *nl = r->end > r->start ? memchr(r->buf + r->start, '\n', r->end - r->start) : NULL;
		if (nl || (r->eof && r->end > r->start)) {
			size_t n = nl ? (size_t) (nl - (r->buf + r->start)) : r->end - r->start;
			const char *s = r->buf + r->start;
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
		ssize_t got = read(r->fd, r->buf + r->end, r->cap - r->end - 1);
		if (got < 0) {
			if (errno == EINTR) continue;
			pimsync_error_set(err, "read error after line " ZEND_LONG_FMT ": %s", r->line_no, strerror(errno));
			return -1;
		}
		if (got == 0) r->eof = true;
		r->end += (size_t) got;
		r->bytes += got;
	}
}

void pimsync_jsonl_close(pimsync_jsonl_reader *r)
{
	if (r->fd >= 0) close(r->fd);
	if (r->buf) efree(r->buf);
	r->fd = -1;
	r->buf = NULL;
}
