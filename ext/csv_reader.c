/* See csv_reader.h. */
#include "php.h"
#include <fcntl.h>
#include <unistd.h>
#include <sys/stat.h>
#include "source_file.h"
#include "csv_reader.h"
#include "product_record.h"
#include "value_normalize.h"

#define READ_CHUNK (256 * 1024)

/* Where the scan or the split is inside a record. */
enum {
	ST_FIELD_START = 0, /* before a field's first character */
	ST_UNQUOTED,
	ST_QUOTED,
	ST_QUOTE_SEEN,      /* an enclosure inside a quoted field: doubled, or the closing one */
	ST_ESC_QUOTED,      /* after the escape character, inside quotes */
	ST_ESC_UNQUOTED,
};

/* Windows-1252's 0x80-0x9F, where it differs from ISO-8859-1 (whose bytes
 * are their own code points). From the Unicode Consortium's mapping
 * (MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT); the five bytes it leaves
 * undefined keep their ISO-8859-1 code points, as WHATWG's
 * index-windows-1252 does. */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

zend_result pimsync_csv_open(pimsync_csv_reader *r, const char *path, const pimsync_csv_format *fmt, pimsync_error *err)
{
	memset(r, 0, sizeof(*r));
	r->fd = pimsync_source_file_open(path, err);
	if (r->fd < 0) return FAILURE;
	r->path = estrdup(path);
	r->fmt = *fmt;
	r->cap = 4 * READ_CHUNK;
	r->buf = emalloc(r->cap);
	r->line_no = r->record_line = 1;
	return SUCCESS;
}

static ssize_t read_some(pimsync_csv_reader *r, pimsync_error *err)
{
	for (;;) {
		ssize_t got = read(r->fd, r->buf + r->end, r->cap - r->end);
		if (got >= 0) {
			r->bytes += got;
			return got;
		}
		if (errno != EINTR) {
			pimsync_error_set(err, "read error in %s at line " ZEND_LONG_FMT ": %s", r->path, r->line_no, strerror(errno));
			return -1;
		}
	}
}

/* Scans buf[scan, end) for the line end of the record: true with *at on it
 * (scan moves past it), false when the buffer ends first. */
static bool scan_record(pimsync_csv_reader *r, size_t *at)
{
	const unsigned char d = r->fmt.delimiter, q = r->fmt.enclosure, e = r->fmt.escape;
	const unsigned char *b = (const unsigned char *) r->buf;

	for (size_t i = r->scan; i < r->end; i++) {
		unsigned char ch = b[i];
		bool nl = ch == '\n' || ch == '\r', crlf_tail = ch == '\n' && r->prev_cr;
		r->prev_cr = ch == '\r';
		switch (r->state) {
		case ST_QUOTED:
			if (ch == q) r->state = ST_QUOTE_SEEN;
			else if (e && ch == e) r->state = ST_ESC_QUOTED;
			break;
		case ST_ESC_QUOTED:
			r->state = ST_QUOTED;
			break;
		case ST_ESC_UNQUOTED:
			r->state = ST_UNQUOTED;
			break;
		default:
			if (nl) {
				if (!crlf_tail) r->line_no++;
				r->state = ST_FIELD_START;
				r->scan = i + 1;
				*at = i;
				return true;
			}
			if (ch == d) {
				r->state = ST_FIELD_START;
			} else if (ch == q && r->state == ST_FIELD_START) {
				r->state = ST_QUOTED;
				r->quote_line = r->line_no;
			} else if (ch == q && r->state == ST_QUOTE_SEEN) {
				r->state = ST_QUOTED; /* a doubled enclosure */
			} else if (e && ch == e) {
				r->state = ST_ESC_UNQUOTED;
			} else {
				r->state = ST_UNQUOTED;
			}
			continue;
		}
		if (nl && !crlf_tail) r->line_no++;
	}
	r->scan = r->end;
	return false;
}

static void keep_start(pimsync_csv_reader *r, const char *s, size_t n)
{
	if (!r->kept) r->kept = emalloc(PIMSYNC_CSV_KEPT);
	r->kept_len = MIN(n, PIMSYNC_CSV_KEPT);
	memcpy(r->kept, s, r->kept_len);
	r->kept_of = n;
}

/* A record over max_record, whole length known: its first bytes are handed over. */
static int too_long(pimsync_csv_reader *r, bool open_quote, const char **raw, size_t *len, pimsync_error *err)
{
	if (open_quote) {
		pimsync_error_set(err, "line " ZEND_LONG_FMT ": unterminated quote: the field opened at line " ZEND_LONG_FMT
		                  " runs to the end of the file (%zu bytes, over source.max_record_bytes, %zu: only the first %zu are kept)",
		                  r->record_line, r->quote_line, r->kept_of, r->fmt.max_record, r->kept_len);
	} else {
		pimsync_error_set(err, "line " ZEND_LONG_FMT ": a record of %zu bytes, over source.max_record_bytes (%zu): skipped"
		                  " without being read; only its first %zu bytes are kept here, not its exact bytes",
		                  r->record_line, r->kept_of, r->fmt.max_record, r->kept_len);
	}
	r->skipping = false;
	*raw = r->kept;
	*len = r->kept_len;
	return 2;
}

int pimsync_csv_next(pimsync_csv_reader *r, const char **raw, size_t *len, pimsync_error *err)
{
	for (;;) {
		if (!r->bom_checked && (r->end >= 3 || r->eof)) {
			if (r->fmt.encoding == PIMSYNC_CSV_UTF8 && r->end >= 3 && memcmp(r->buf, "\xEF\xBB\xBF", 3) == 0) {
				r->start = r->scan = 3;
			}
			r->bom_checked = true;
		}
		if (r->bom_checked) {
			size_t at;
			if (!r->skipping && r->scan == r->start) r->record_line = r->line_no;
			if (scan_record(r, &at)) {
				const char *s = r->buf + r->start;
				size_t n = at - r->start;
				r->start = r->scan;
				if (r->skipping) {
					r->kept_of += n;
					return too_long(r, false, raw, len, err);
				}
				if (n == 0) continue; /* a blank line, or the \n of a \r\n */
				if (n > r->fmt.max_record) {
					keep_start(r, s, n);
					return too_long(r, false, raw, len, err);
				}
				*raw = s;
				*len = n;
				return 1;
			}
		}
		if (r->eof) {
			/* the last record, without a line end */
			const char *s = r->buf + r->start;
			size_t n = r->end - r->start;
			bool open_quote = r->state == ST_QUOTED || r->state == ST_ESC_QUOTED;
			r->start = r->scan = r->end;
			r->state = ST_FIELD_START;
			if (r->skipping) {
				r->kept_of += n;
				return too_long(r, open_quote, raw, len, err);
			}
			if (n == 0) return 0;
			if (n > r->fmt.max_record) {
				keep_start(r, s, n);
				return too_long(r, open_quote, raw, len, err);
			}
			if (open_quote) {
				pimsync_error_set(err, "line " ZEND_LONG_FMT ": unterminated quote: the field opened at line " ZEND_LONG_FMT
				                  " with %c runs to the end of the file", r->record_line, r->quote_line, r->fmt.enclosure);
				r->kept_of = n;
				*raw = s;
				*len = n;
				return 2;
			}
			*raw = s;
			*len = n;
			return 1;
		}
		if (!r->skipping && r->scan - r->start > r->fmt.max_record) {
			keep_start(r, r->buf + r->start, r->scan - r->start);
			r->skipping = true;
			r->start = r->scan;
		}
		if (r->skipping) {
			/* only the length of what is skipped is kept */
			r->kept_of += r->scan - r->start;
			r->start = r->scan = r->end = 0;
		}
		if (r->start > 0) {
			memmove(r->buf, r->buf + r->start, r->end - r->start);
			r->end -= r->start;
			r->scan -= r->start;
			r->start = 0;
		}
		if (r->cap - r->end < READ_CHUNK) {
			r->cap *= 2;
			r->buf = erealloc(r->buf, r->cap);
		}
		ssize_t got = read_some(r, err);
		if (got < 0) return -1;
		if (got == 0) r->eof = true;
		r->end += (size_t) got;
	}
}

/* One byte of the file as UTF-8 into the field. */
static zend_always_inline void append_byte(smart_str *out, unsigned char ch, pimsync_csv_encoding enc)
{
	if (ch < 0x80 || enc == PIMSYNC_CSV_UTF8) {
		smart_str_appendc(out, (char) ch);
		return;
	}
	uint32_t cp = enc == PIMSYNC_CSV_WINDOWS_1252 && ch < 0xA0 ? cp1252_high[ch - 0x80] : ch;
	if (cp < 0x800) {
		smart_str_appendc(out, (char) (0xC0 | (cp >> 6)));
	} else {
		smart_str_appendc(out, (char) (0xE0 | (cp >> 12)));
		smart_str_appendc(out, (char) (0x80 | ((cp >> 6) & 0x3F)));
	}
	smart_str_appendc(out, (char) (0x80 | (cp & 0x3F)));
}

static size_t text_len(const pimsync_csv_reader *r)
{
	return r->text.s ? ZSTR_LEN(r->text.s) : 0;
}

/* Ends the field that started at text offset from; FAILURE when it is not UTF-8. */
static zend_result end_field(pimsync_csv_reader *r, size_t from, pimsync_error *err)
{
	size_t n = text_len(r) - from;
	if (r->fmt.encoding == PIMSYNC_CSV_UTF8 && n && !pimsync_utf8_valid(ZSTR_VAL(r->text.s) + from, n)) {
		pimsync_error_set(err, "the field is not valid UTF-8 (source.encoding is utf-8)");
		return FAILURE;
	}
	if (r->nfields == r->fields_cap) {
		r->fields_cap = r->fields_cap ? r->fields_cap * 2 : 32;
		r->offsets = erealloc(r->offsets, r->fields_cap * sizeof(size_t));
		r->lengths = erealloc(r->lengths, r->fields_cap * sizeof(size_t));
	}
	r->offsets[r->nfields] = from;
	r->lengths[r->nfields] = n;
	r->nfields++;
	smart_str_appendc(&r->text, '\0');
	return SUCCESS;
}

zend_result pimsync_csv_split(pimsync_csv_reader *r, const char *raw, size_t len, pimsync_error *err)
{
	const unsigned char d = r->fmt.delimiter, q = r->fmt.enclosure, e = r->fmt.escape;
	const pimsync_csv_encoding enc = r->fmt.encoding;
	int state = ST_FIELD_START;
	zend_long line = r->record_line;
	bool prev_cr = false;
	size_t from;

	if (r->text.s) ZSTR_LEN(r->text.s) = 0;
	r->nfields = 0;
	smart_str_alloc(&r->text, len + 1, 0);
	from = 0;
	r->bad_line = line;
	for (size_t i = 0; i < len; i++) {
		unsigned char ch = (unsigned char) raw[i];
		switch (state) {
		case ST_FIELD_START:
			r->bad_line = line;
			if (ch == q) {
				state = ST_QUOTED;
				break;
			}
			ZEND_FALLTHROUGH;
		case ST_UNQUOTED:
			if (ch == d) {
				r->bad_field = r->nfields;
				if (end_field(r, from, err) == FAILURE) return FAILURE;
				from = text_len(r);
				state = ST_FIELD_START;
			} else if (e && ch == e) {
				state = ST_ESC_UNQUOTED;
			} else {
				append_byte(&r->text, ch, enc);
				state = ST_UNQUOTED;
			}
			break;
		case ST_QUOTED:
			if (ch == q) state = ST_QUOTE_SEEN;
			else if (e && ch == e) state = ST_ESC_QUOTED;
			else append_byte(&r->text, ch, enc);
			break;
		case ST_QUOTE_SEEN:
			if (ch == q) {
				append_byte(&r->text, ch, enc);
				state = ST_QUOTED;
			} else if (ch == d) {
				r->bad_field = r->nfields;
				if (end_field(r, from, err) == FAILURE) return FAILURE;
				from = text_len(r);
				state = ST_FIELD_START;
			} else {
				r->bad_field = r->nfields;
				pimsync_error_set(err, "a character after the closing quote (a quoted field ends at the delimiter or the line end;"
				                  " a quote inside it is written twice)");
				return FAILURE;
			}
			break;
		default: /* after the escape character: taken as it is */
			append_byte(&r->text, ch, enc);
			state = state == ST_ESC_QUOTED ? ST_QUOTED : ST_UNQUOTED;
			break;
		}
		if (ch == '\n' ? !prev_cr : ch == '\r') line++;
		prev_cr = ch == '\r';
	}
	if (state == ST_QUOTED || state == ST_ESC_QUOTED) {
		/* pimsync_csv_next hands over no such record: a caller's own bytes */
		r->bad_field = r->nfields;
		pimsync_error_set(err, "unterminated quote");
		return FAILURE;
	}
	if (state == ST_ESC_UNQUOTED) append_byte(&r->text, e, enc); /* an escape with nothing after it is itself */
	r->bad_field = r->nfields;
	return end_field(r, from, err);
}

void pimsync_csv_close(pimsync_csv_reader *r)
{
	if (r->fd >= 0) close(r->fd);
	if (r->buf) efree(r->buf);
	if (r->kept) efree(r->kept);
	if (r->path) efree(r->path);
	if (r->offsets) efree(r->offsets);
	if (r->lengths) efree(r->lengths);
	smart_str_free(&r->text);
	r->fd = -1;
	r->buf = r->kept = r->path = NULL;
	r->offsets = r->lengths = NULL;
}

zend_result pimsync_csv_read_header(pimsync_csv_reader *r, const char *expected, pimsync_csv_header *h, pimsync_error *err)
{
	const char *raw;
	size_t len;
	pimsync_error why;
	int got = pimsync_csv_next(r, &raw, &len, &why);

	memset(h, 0, sizeof(*h));
	if (got == 0) {
		pimsync_error_set(err, "%s is empty: the first line must be the header row %s", r->path, expected);
		return FAILURE;
	}
	if (got < 0) {
		*err = why;
		return FAILURE;
	}
	if (got == 2 || pimsync_csv_split(r, raw, len, &why) == FAILURE) {
		pimsync_error_set(err, "%s: the header row cannot be read: %s", r->path, why.message);
		return FAILURE;
	}
	h->hash = pimsync_hash_bytes(raw, len, 0);
	h->line = r->record_line;
	h->names = safe_emalloc(r->nfields, sizeof(zend_string *), 0);
	for (uint32_t i = 0; i < r->nfields; i++) {
		size_t n;
		const char *name = pimsync_csv_field(r, i, &n);
		h->names[h->n++] = zend_string_init(name, n, 0);
		for (uint32_t j = 0; j < i; j++) {
			if (zend_string_equals(h->names[j], h->names[i])) {
				pimsync_error_set(err, "%s: the header (line " ZEND_LONG_FMT ") names column \"%.100s\" twice (fields %u and %u):"
				                  " a column must be named once", r->path, h->line, name, j + 1, i + 1);
				pimsync_csv_header_free(h);
				return FAILURE;
			}
		}
	}
	return SUCCESS;
}

void pimsync_csv_header_free(pimsync_csv_header *h)
{
	for (uint32_t i = 0; i < h->n; i++) zend_string_release(h->names[i]);
	if (h->names) efree(h->names);
	h->names = NULL;
	h->n = 0;
}

zend_result pimsync_csv_split_row(pimsync_csv_reader *r, const char *raw, size_t len, const pimsync_csv_header *h, zend_long line,
                                  pimsync_error *err)
{
	pimsync_error why;
	if (pimsync_csv_split(r, raw, len, &why) == FAILURE) {
		pimsync_error_set(err, "line " ZEND_LONG_FMT ", column \"%.100s\" (field %u): %s", r->bad_line,
		                  r->bad_field < h->n ? ZSTR_VAL(h->names[r->bad_field]) : "(beyond the header)", r->bad_field + 1, why.message);
		return FAILURE;
	}
	if (r->nfields != h->n) {
		pimsync_error_set(err, "line " ZEND_LONG_FMT ": %u fields where the header has %u columns (a delimiter too many or"
		                  " too few, or a field that should have been quoted)", line, r->nfields, h->n);
		return FAILURE;
	}
	return SUCCESS;
}
