/* Image files where Magento expects them: <media_root>/catalog/product/a/b/
 * name.jpg, named by Magento's rules (framework/File/Uploader.php:
 * getCorrectFileName, correctFileNameCase, getDispersionPath, getNewFileName's
 * "_1" suffix), written atomically (temp file in the same directory, fsync,
 * then a link that never replaces an existing file), and stored once per
 * content: pimsync_media_file maps the SHA-256 of the bytes to the path.
 *
 * Why SHA-256 and not the XXH3 the record hashes use: the bytes come from
 * URLs of other hosts, and a content hash that maps two files to one path
 * must not be collidable on purpose (XXH3 is not collision resistant). It
 * costs about half a millisecond for a 100 KB image. */
#ifndef PIMSYNC_MEDIA_FILES_H
#define PIMSYNC_MEDIA_FILES_H

#include "php.h"
#include "pdo_bridge.h"
#include "image_check.h"

/* Config images.media_root, images.keep_replaced_hours, images.local_root. */
typedef struct {
	zend_string *media_root;      /* Magento's pub/media; NULL when neither given nor found */
	zend_long keep_replaced_hours; /* a replaced image's row stays disabled this long */
	zend_string *local_root;      /* optional: image bodies read from files under it (ceiling, tests) */
} pimsync_media_config;

#define PIMSYNC_MEDIA_HASH_HEX 64
#define PIMSYNC_MEDIA_NAME_MAX 240 /* "/a/b/" and a "_NNN" suffix must still fit the gallery's VARCHAR(255) */

/* Why a file name was refused (reason_kind bad_file_name). */
typedef struct {
	char reason[256];
} pimsync_media_refusal;

/* The file name Magento would store for a suggested name and the detected
 * type's extension (NULL: keep the name's own): FAILURE with a reason for a
 * name that tries to leave the media root (a path, "..", NUL, backslash) or
 * is too long. */
zend_result pimsync_media_file_name(zend_string *suggested, const char *extension, zend_string **name,
                                    pimsync_media_refusal *why);
/* "/f/r" for "front.jpg" (Uploader::getDispersionPath). */
zend_string *pimsync_media_dispersion(zend_string *name);
/* Hex SHA-256 of the bytes. */
void pimsync_media_content_hash(zend_string *body, char out[PIMSYNC_MEDIA_HASH_HEX + 1]);

typedef struct {
	zend_string *path;  /* "/f/r/front.jpg", as the gallery stores it */
	bool reused;        /* the same bytes were already stored (dedup) */
	bool written;       /* a file was written now */
} pimsync_media_stored;

/* Stores the bytes once, inside the caller's transaction: the content hash's
 * row is read FOR UPDATE when it exists (a delete of the unused file waits
 * for this transaction, or this one sees it gone and writes the file again);
 * a new content's row is claimed with INSERT IGNORE after its file is
 * written, and read back when another transaction claimed the same bytes
 * first (its file is then used, ours removed). A name another content holds
 * gets "_1", "_2"… A file left by a rolled-back attempt with the same bytes
 * is adopted. Call it for a transaction's files in content-hash order: two
 * jobs sharing images then wait for each other's rows in one order. */
zend_result pimsync_media_store(pimsync_db *db, const pimsync_media_config *cfg, zend_string *name, zend_string *body,
                                const char *hash, const pimsync_image_info *info, zend_long run_id,
                                pimsync_media_stored *out, pimsync_error *err);

/* After the commit of a transaction that removed gallery values on path: in
 * a transaction of its own, holding the pimsync_media_file row's lock, when
 * no gallery row of any product uses path any more, deletes the file and its
 * row (*deleted). A path pimsync did not write is never deleted. */
zend_result pimsync_media_delete_unused(pimsync_db *db, const pimsync_media_config *cfg, zend_string *path, bool *deleted);
/* Deletes <media_root>/catalog/product<path>; a missing file is fine. */
void pimsync_media_unlink(const pimsync_media_config *cfg, zend_string *path);

/* <media_root>/catalog/product (emalloc'd zend_string). */
zend_string *pimsync_media_product_dir(const pimsync_media_config *cfg);

#endif
