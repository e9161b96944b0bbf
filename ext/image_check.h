/* What an image is, from its bytes: the type by its magic bytes and the
 * dimensions from its header (JPEG SOF, PNG IHDR, GIF screen descriptor,
 * WebP VP8/VP8L/VP8X), without decoding pixels. Anything else is refused, as
 * is a zero or absurd size, or a body that ends before its header does or
 * before the container's own end (a cut download). Pure C, no zvals. */
#ifndef PIMSYNC_IMAGE_CHECK_H
#define PIMSYNC_IMAGE_CHECK_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef struct {
	const char *mime;      /* "image/jpeg", "image/png", "image/gif", "image/webp"; static */
	const char *extension; /* "jpg", "png", "gif", "webp"; static */
	uint32_t width, height;
} pimsync_image_info;

/* A side over this is not a product photo: no format we accept is meant for it. */
#define PIMSYNC_IMAGE_MAX_SIDE 65535
/* 100 megapixels: a decoder such as GD (Magento's resize) would need 400 MB for it. */
#define PIMSYNC_IMAGE_MAX_PIXELS (100u * 1000u * 1000u)

/* true: out is filled. false: *kind is "not_an_image", "truncated" or
 * "bad_dimensions" (static) and why (why_len bytes) says what was found. */
bool pimsync_image_check(const unsigned char *data, size_t len, pimsync_image_info *out,
	const char **kind, char *why, size_t why_len);

#endif
