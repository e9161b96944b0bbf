/* Image type and dimensions from the header; see image_check.h. Each format
 * has one reader that returns a verdict; the checks common to all (size
 * limits) come after. Offsets are named after the format's own documents:
 * ITU T.81 (JPEG), PNG 1.2 section 11.2.2, GIF89a section 18, and Google's
 * "WebP Container Specification". */
#include <stdio.h>
#include <string.h>
#include "image_check.h"

typedef enum { VERDICT_OK, VERDICT_NOT_IMAGE, VERDICT_TRUNCATED } verdict;

typedef struct {
	const unsigned char *p;
	size_t len;
	char *why;
	size_t why_len;
} reader;

static uint32_t be16(const unsigned char *p) { return (uint32_t) p[0] << 8 | p[1]; }
static uint32_t be32(const unsigned char *p) { return (uint32_t) p[0] << 24 | (uint32_t) p[1] << 16 | (uint32_t) p[2] << 8 | p[3]; }
static uint32_t le16(const unsigned char *p) { return (uint32_t) p[1] << 8 | p[0]; }
static uint32_t le24(const unsigned char *p) { return (uint32_t) p[2] << 16 | (uint32_t) p[1] << 8 | p[0]; }
static uint32_t le32(const unsigned char *p) { return (uint32_t) p[3] << 24 | (uint32_t) p[2] << 16 | (uint32_t) p[1] << 8 | p[0]; }

static verdict say(reader *r, verdict v, const char *what)
{
	snprintf(r->why, r->why_len, "%s", what);
	return v;
}

/* The last occurrence of needle at or after from, or NULL. */
static const unsigned char *find_last(const unsigned char *p, size_t len, size_t from, const char *needle, size_t n)
{
	if (len < n || from > len - n) return NULL;
	for (size_t i = len - n + 1; i-- > from;) {
		if (memcmp(p + i, needle, n) == 0) return p + i;
	}
	return NULL;
}

/* JPEG: segments from SOI up to the first frame header (SOF0..SOF15 but
 * DHT C4, JPG C8 and DAC CC); a scan (SOS) before it is no image. The EOI
 * marker must follow the frame: a cut download loses it. */
static verdict read_jpeg(reader *r, pimsync_image_info *out)
{
	size_t i = 2;
	for (;;) {
		unsigned char m;
		if (i >= r->len) return say(r, VERDICT_TRUNCATED, "JPEG data ends before its frame header (SOF)");
		if (r->p[i] != 0xFF) return say(r, VERDICT_NOT_IMAGE, "JPEG segment does not start with a marker");
		while (i < r->len && r->p[i] == 0xFF) i++; /* fill bytes */
		if (i >= r->len) return say(r, VERDICT_TRUNCATED, "JPEG data ends before its frame header (SOF)");
		m = r->p[i++];
		if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) continue; /* no length */
		if (m == 0xD8 || m == 0xD9 || m == 0xDA || m == 0x00) {
			return say(r, VERDICT_NOT_IMAGE, "JPEG has no frame header (SOF) before its image data");
		}
		if (i + 2 > r->len) return say(r, VERDICT_TRUNCATED, "JPEG data ends inside a segment header");
		uint32_t seg = be16(r->p + i);
		if (seg < 2) return say(r, VERDICT_NOT_IMAGE, "JPEG segment has an impossible length");
		bool sof = m >= 0xC0 && m <= 0xCF && m != 0xC4 && m != 0xC8 && m != 0xCC;
		if (sof) {
			/* length(2) precision(1) height(2) width(2) */
			if (i + 7 > r->len) return say(r, VERDICT_TRUNCATED, "JPEG data ends inside its frame header");
			out->height = be16(r->p + i + 3);
			out->width = be16(r->p + i + 5);
			out->mime = "image/jpeg";
			out->extension = "jpg";
			if (!find_last(r->p, r->len, i + seg, "\xFF\xD9", 2)) {
				return say(r, VERDICT_TRUNCATED, "JPEG has no end marker (EOI): the file is cut");
			}
			return VERDICT_OK;
		}
		i += seg;
	}
}

/* PNG: the signature, then IHDR first (width, height as 4-byte big-endian);
 * IEND closes every PNG. */
static verdict read_png(reader *r, pimsync_image_info *out)
{
	if (r->len < 24) return say(r, VERDICT_TRUNCATED, "PNG data ends before its header (IHDR)");
	if (memcmp(r->p + 12, "IHDR", 4) != 0 || be32(r->p + 8) != 13) {
		return say(r, VERDICT_NOT_IMAGE, "PNG does not start with its header chunk (IHDR)");
	}
	out->width = be32(r->p + 16);
	out->height = be32(r->p + 20);
	out->mime = "image/png";
	out->extension = "png";
	if (r->len < 33 || !find_last(r->p, r->len, 33, "IEND", 4)) {
		return say(r, VERDICT_TRUNCATED, "PNG has no end chunk (IEND): the file is cut");
	}
	return VERDICT_OK;
}

/* GIF: logical screen width and height (2-byte little-endian) after the
 * signature; the trailer byte 0x3B ends the stream (a few bytes of padding
 * after it are tolerated). */
static verdict read_gif(reader *r, pimsync_image_info *out)
{
	if (r->len < 10) return say(r, VERDICT_TRUNCATED, "GIF data ends before its screen descriptor");
	out->width = le16(r->p + 6);
	out->height = le16(r->p + 8);
	out->mime = "image/gif";
	out->extension = "gif";
	size_t from = r->len > 13 + 16 ? r->len - 16 : 13;
	if (r->len <= 13 || !find_last(r->p, r->len, from, ";", 1)) {
		return say(r, VERDICT_TRUNCATED, "GIF has no trailer (0x3B): the file is cut");
	}
	return VERDICT_OK;
}

/* WebP: RIFF container ("RIFF" size "WEBP"), then the first chunk says the
 * kind: VP8 (lossy: 14-bit sizes after the start code 9D 01 2A), VP8L
 * (lossless: signature 0x2F, then 14-bit width-1 and height-1), VP8X
 * (extended: 24-bit canvas width-1 and height-1). The RIFF size is the
 * file's: fewer bytes than it says is a cut file. */
static verdict read_webp(reader *r, pimsync_image_info *out)
{
	const unsigned char *c = r->p + 12, *d = r->p + 20;
	if (r->len < 30) return say(r, VERDICT_TRUNCATED, "WebP data ends before its image header");
	out->mime = "image/webp";
	out->extension = "webp";
	if (memcmp(c, "VP8 ", 4) == 0) {
		if (d[3] != 0x9D || d[4] != 0x01 || d[5] != 0x2A) return say(r, VERDICT_NOT_IMAGE, "WebP VP8 frame has no start code");
		out->width = le16(d + 6) & 0x3FFF;
		out->height = le16(d + 8) & 0x3FFF;
	} else if (memcmp(c, "VP8L", 4) == 0) {
		uint32_t bits = le32(d + 1);
		if (d[0] != 0x2F) return say(r, VERDICT_NOT_IMAGE, "WebP VP8L stream has no signature");
		out->width = (bits & 0x3FFF) + 1;
		out->height = ((bits >> 14) & 0x3FFF) + 1;
	} else if (memcmp(c, "VP8X", 4) == 0) {
		out->width = le24(d + 4) + 1;
		out->height = le24(d + 7) + 1;
	} else {
		return say(r, VERDICT_NOT_IMAGE, "WebP has no VP8, VP8L or VP8X chunk first");
	}
	if ((size_t) le32(r->p + 4) + 8 > r->len) {
		return say(r, VERDICT_TRUNCATED, "WebP is shorter than its RIFF header says: the file is cut");
	}
	return VERDICT_OK;
}

bool pimsync_image_check(const unsigned char *data, size_t len, pimsync_image_info *out,
	const char **kind, char *why, size_t why_len)
{
	reader r = { data, len, why, why_len };
	verdict v;

	memset(out, 0, sizeof(*out));
	why[0] = '\0';
	if (len >= 3 && data[0] == 0xFF && data[1] == 0xD8 && data[2] == 0xFF) {
		v = read_jpeg(&r, out);
	} else if (len >= 8 && memcmp(data, "\x89PNG\r\n\x1a\n", 8) == 0) {
		v = read_png(&r, out);
	} else if (len >= 6 && (memcmp(data, "GIF87a", 6) == 0 || memcmp(data, "GIF89a", 6) == 0)) {
		v = read_gif(&r, out);
	} else if (len >= 12 && memcmp(data, "RIFF", 4) == 0 && memcmp(data + 8, "WEBP", 4) == 0) {
		v = read_webp(&r, out);
	} else if (len == 0) {
		v = say(&r, VERDICT_NOT_IMAGE, "the body is empty");
	} else {
		char shown[40];
		size_t j = 0;
		/* the first bytes tell a person what came instead (an HTML error page, JSON…) */
		for (size_t i = 0; i < len && i < 16 && j + 5 < sizeof(shown); i++) {
			unsigned char ch = data[i];
			if (ch >= 0x20 && ch < 0x7F) shown[j++] = (char) ch;
			else j += (size_t) snprintf(shown + j, sizeof(shown) - j, "\\x%02X", ch);
		}
		shown[j] = '\0';
		snprintf(why, why_len, "not a JPEG, PNG, GIF or WebP file (it starts with \"%s\")", shown);
		v = VERDICT_NOT_IMAGE;
	}
	if (v != VERDICT_OK) {
		*kind = v == VERDICT_TRUNCATED ? "truncated" : "not_an_image";
		return false;
	}
	if (out->width == 0 || out->height == 0 || out->width > PIMSYNC_IMAGE_MAX_SIDE || out->height > PIMSYNC_IMAGE_MAX_SIDE
	    || (uint64_t) out->width * out->height > PIMSYNC_IMAGE_MAX_PIXELS) {
		snprintf(why, why_len, "%s of %ux%u pixels: a side is 0 or the image is over %u pixels a side or %u megapixels",
			out->extension, out->width, out->height, PIMSYNC_IMAGE_MAX_SIDE, PIMSYNC_IMAGE_MAX_PIXELS / 1000000);
		*kind = "bad_dimensions";
		return false;
	}
	*kind = "";
	return true;
}
