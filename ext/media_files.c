/* Magento's file names, atomic writes and content dedup; see media_files.h. */
#include <errno.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include "php.h"
#include "zend_smart_str.h"
#include "ext/hash/php_hash.h"
#include "ext/hash/php_hash_sha.h"
#include "media_files.h"

#define SUFFIX_TRIES 1000

/* ---- names ---- */

static bool name_char(unsigned char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-' || ch == '.';
}

/* The extensions each detected type accepts as its own. */
static bool same_type(const char *ext, size_t len, const char *detected)
{
	if (strlen(detected) == len && strncasecmp(ext, detected, len) == 0) return true;
	return strcmp(detected, "jpg") == 0 && len == 4 && strncasecmp(ext, "jpeg", 4) == 0;
}

static bool image_extension(const char *ext, size_t len)
{
	static const char *const known[] = {"jpg", "jpeg", "png", "gif", "webp", NULL};
	for (int i = 0; known[i]; i++) {
		if (strlen(known[i]) == len && strncasecmp(ext, known[i], len) == 0) return true;
	}
	return false;
}

zend_result pimsync_media_file_name(zend_string *suggested, const char *extension, zend_string **name,
                                    pimsync_media_refusal *why)
{
	const char *s = ZSTR_VAL(suggested);
	size_t len = ZSTR_LEN(suggested), dot;
	smart_str out = {0};
	bool in_run = false, underscores_only = true;

	*name = NULL;
	/* a file name, never a path: refused rather than corrected, so a job
	 * that tries to leave the media root is seen */
	if (memchr(s, '\0', len)) {
		snprintf(why->reason, sizeof(why->reason), "the file name contains a NUL byte");
		return FAILURE;
	}
	if (memchr(s, '/', len) || memchr(s, '\\', len)) {
		snprintf(why->reason, sizeof(why->reason), "the file name \"%.200s\" is a path (it has a %s)", s,
		         memchr(s, '/', len) ? "slash" : "backslash");
		return FAILURE;
	}
	if (strspn(s, ".") == len) {
		snprintf(why->reason, sizeof(why->reason), "the file name \"%.200s\" is empty or only dots", s);
		return FAILURE;
	}
	/* Uploader::getCorrectFileName: leading dots off, each run of other
	 * characters one "_" */
	while (len && *s == '.') { s++; len--; }
	for (size_t i = 0; i < len; i++) {
		if (name_char((unsigned char) s[i])) {
			smart_str_appendc(&out, s[i]);
			in_run = false;
		} else if (!in_run) {
			smart_str_appendc(&out, '_');
			in_run = true;
		}
	}
	smart_str_0(&out);
	/* pathinfo(): the extension is what follows the last dot */
	{
		char *v = ZSTR_VAL(out.s), *last = strrchr(v, '.');
		size_t base_len = last ? (size_t) (last - v) : ZSTR_LEN(out.s);
		const char *ext = last ? last + 1 : "";
		size_t ext_len = last ? ZSTR_LEN(out.s) - base_len - 1 : 0;
		smart_str fixed = {0};

		for (size_t i = 0; i < base_len; i++) {
			if (v[i] != '_') { underscores_only = false; break; }
		}
		/* Magento: a name of only underscores becomes "file" */
		if (underscores_only) smart_str_appends(&fixed, "file");
		else smart_str_appendl(&fixed, v, base_len);
		if (extension && !(ext_len && same_type(ext, ext_len, extension))) {
			/* the bytes decide the type: a wrong image extension is replaced, any other kept before it */
			if (ext_len && !image_extension(ext, ext_len)) {
				smart_str_appendc(&fixed, '.');
				smart_str_appendl(&fixed, ext, ext_len);
			}
			smart_str_appendc(&fixed, '.');
			smart_str_appends(&fixed, extension);
		} else if (last) {
			smart_str_appendc(&fixed, '.');
			smart_str_appendl(&fixed, ext, ext_len);
		}
		smart_str_free(&out);
		smart_str_0(&fixed);
		/* correctFileNameCase(): lower case, as with dispersion on */
		dot = ZSTR_LEN(fixed.s);
		for (size_t i = 0; i < dot; i++) ZSTR_VAL(fixed.s)[i] = zend_tolower_ascii(ZSTR_VAL(fixed.s)[i]);
		if (ZSTR_LEN(fixed.s) > PIMSYNC_MEDIA_NAME_MAX) {
			snprintf(why->reason, sizeof(why->reason), "the file name is %zu bytes long once corrected; at most %d fit the gallery",
			         ZSTR_LEN(fixed.s), PIMSYNC_MEDIA_NAME_MAX);
			smart_str_free(&fixed);
			return FAILURE;
		}
		*name = fixed.s;
	}
	return SUCCESS;
}

zend_string *pimsync_media_dispersion(zend_string *name)
{
	smart_str out = {0};
	for (size_t i = 0; i < 2 && i < ZSTR_LEN(name); i++) {
		smart_str_appendc(&out, '/');
		smart_str_appendc(&out, ZSTR_VAL(name)[i] == '.' ? '_' : ZSTR_VAL(name)[i]);
	}
	smart_str_0(&out);
	return out.s ? out.s : ZSTR_EMPTY_ALLOC();
}

void pimsync_media_content_hash(zend_string *body, char out[PIMSYNC_MEDIA_HASH_HEX + 1])
{
	PHP_SHA256_CTX ctx;
	unsigned char digest[32];
	PHP_SHA256Init(&ctx);
	PHP_SHA256Update(&ctx, (const unsigned char *) ZSTR_VAL(body), ZSTR_LEN(body));
	PHP_SHA256Final(digest, &ctx);
	php_hash_bin2hex(out, digest, sizeof(digest));
	out[PIMSYNC_MEDIA_HASH_HEX] = '\0';
}

/* ---- files ---- */

zend_string *pimsync_media_product_dir(const pimsync_media_config *cfg)
{
	return zend_strpprintf(0, "%s/catalog/product", ZSTR_VAL(cfg->media_root));
}

/* mkdir -p of <product dir><dispersion>; the mode is Magento's (0777 less the umask). */
static zend_result make_dirs(const char *dir, pimsync_error *err)
{
	char buf[MAXPATHLEN];
	size_t len = strlen(dir);
	if (len >= sizeof(buf)) {
		pimsync_error_set(err, "the media path %s is too long", dir);
		return FAILURE;
	}
	memcpy(buf, dir, len + 1);
	for (size_t i = 1; i <= len; i++) {
		if (buf[i] != '/' && buf[i] != '\0') continue;
		char keep = buf[i];
		buf[i] = '\0';
		if (mkdir(buf, 0777) != 0 && errno != EEXIST) {
			pimsync_error_set(err, "cannot create the media directory %s: %s", buf, strerror(errno));
			return FAILURE;
		}
		buf[i] = keep;
	}
	return SUCCESS;
}

static bool write_all(int fd, const char *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);
		if (w < 0 && errno == EINTR) continue;
		if (w <= 0) return false;
		p += w;
		n -= (size_t) w;
	}
	return true;
}

/* Writes body as dir/name without ever replacing a file: a temp file in the
 * same directory (same file system), fsync, then link() to the final name,
 * which fails with EEXIST if another writer took it meanwhile (rename would
 * silently replace that writer's file). *taken reports that case. With
 * replace, an existing file is replaced (rename): used to restore our own
 * file that went missing. */
static zend_result write_atomic(const char *dir, zend_string *name, zend_string *body, bool replace, bool *taken,
                                pimsync_error *err)
{
	char tmp[MAXPATHLEN], final[MAXPATHLEN];
	static unsigned counter;
	int fd, dfd;
	zend_result r = SUCCESS;

	*taken = false;
	snprintf(final, sizeof(final), "%s/%s", dir, ZSTR_VAL(name));
	snprintf(tmp, sizeof(tmp), "%s/.pimsync-%ld-%u.tmp", dir, (long) getpid(), ++counter);
	fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
	if (fd < 0) {
		pimsync_error_set(err, "cannot create %s: %s", tmp, strerror(errno));
		return FAILURE;
	}
	if (!write_all(fd, ZSTR_VAL(body), ZSTR_LEN(body)) || fsync(fd) != 0) {
		pimsync_error_set(err, "cannot write %s: %s", tmp, strerror(errno));
		close(fd);
		unlink(tmp);
		return FAILURE;
	}
	close(fd);
	if (replace) {
		if (rename(tmp, final) != 0) {
			pimsync_error_set(err, "cannot rename %s to %s: %s", tmp, final, strerror(errno));
			r = FAILURE;
		}
	} else if (link(tmp, final) != 0) {
		if (errno == EEXIST) *taken = true;
		else {
			pimsync_error_set(err, "cannot link %s to %s: %s", tmp, final, strerror(errno));
			r = FAILURE;
		}
	}
	unlink(tmp);
	/* the new directory entry survives a crash once the directory is synced */
	if (r == SUCCESS && !*taken && (dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)) >= 0) {
		(void) fsync(dfd);
		close(dfd);
	}
	return r;
}

/* SHA-256 of a file on disk, or false when it cannot be read. */
static bool file_hash(const char *path, char out[PIMSYNC_MEDIA_HASH_HEX + 1])
{
	php_stream *s = php_stream_open_wrapper((char *) path, "rb", 0, NULL);
	zend_string *bytes;
	if (!s) return false;
	bytes = php_stream_copy_to_mem(s, PHP_STREAM_COPY_ALL, 0);
	php_stream_close(s);
	if (!bytes) bytes = ZSTR_EMPTY_ALLOC();
	pimsync_media_content_hash(bytes, out);
	zend_string_release(bytes);
	return true;
}

/* ---- the pimsync_media_file table ---- */

static zend_result fetch_path(pimsync_db *db, const char *where_col, const char *value, size_t len, bool lock, zval *out)
{
	smart_str sql = {0};
	zend_result r;
	smart_str_appends(&sql, where_col[0] == 'c' ? "SELECT path FROM pimsync_media_file WHERE content_hash = "
	                                             : "SELECT content_hash FROM pimsync_media_file WHERE path = ");
	pimsync_sql_quote(db, &sql, value, len);
	if (lock) smart_str_appends(&sql, " FOR UPDATE");
	smart_str_0(&sql);
	r = pimsync_db_fetch_one(db, ZSTR_VAL(sql.s), out);
	smart_str_free(&sql);
	return r;
}

/* Claims the content's row for path: *claimed is false when another
 * transaction holds the hash (or the path) already; INSERT IGNORE waits for
 * that transaction instead of failing (the pattern catalog_entities.c uses
 * for pimsync_entity_map). */
static zend_result claim_file_row(pimsync_db *db, const char *hash, zend_string *path, zend_string *body,
                                  const pimsync_image_info *info, zend_long run_id, bool *claimed)
{
	smart_str sql = {0};
	zend_long inserted = 0;
	zend_result r;
	smart_str_appends(&sql, "INSERT IGNORE INTO pimsync_media_file (content_hash, path, bytes, mime, width, height, run_id) VALUES (");
	pimsync_sql_quote(db, &sql, hash, strlen(hash));
	smart_str_appendc(&sql, ',');
	pimsync_sql_quote(db, &sql, ZSTR_VAL(path), ZSTR_LEN(path));
	smart_str_append_printf(&sql, ",%zu,", ZSTR_LEN(body));
	pimsync_sql_quote(db, &sql, info->mime ? info->mime : "", info->mime ? strlen(info->mime) : 0);
	smart_str_append_printf(&sql, ",%u,%u," ZEND_LONG_FMT ")", info->width, info->height, run_id);
	r = pimsync_db_exec_str(db, &sql, &inserted);
	smart_str_free(&sql);
	*claimed = inserted == 1;
	return r;
}

/* "name_3.jpg" for "name.jpg" and 3 (Uploader::getNewFileName). */
static zend_string *suffixed(zend_string *name, int n)
{
	const char *dot = strrchr(ZSTR_VAL(name), '.');
	size_t base = dot ? (size_t) (dot - ZSTR_VAL(name)) : ZSTR_LEN(name);
	return zend_strpprintf(0, "%.*s_%d%s", (int) base, ZSTR_VAL(name), n, dot ? dot : "");
}

/* The content is stored already (path): link it again; restore the file if
 * it went missing. */
static zend_result reuse(const char *root, zend_string *path, zend_string *body, pimsync_media_stored *out, pimsync_error *err)
{
	char file[MAXPATHLEN];
	struct stat st;
	zend_result r;
	bool taken;

	out->path = zend_string_copy(path);
	out->reused = true;
	snprintf(file, sizeof(file), "%s%s", root, ZSTR_VAL(path));
	if (stat(file, &st) == 0 && (size_t) st.st_size == ZSTR_LEN(body)) return SUCCESS;
	char *slash = strrchr(file, '/');
	zend_string *base = zend_string_init(slash + 1, strlen(slash + 1), 0);
	*slash = '\0';
	r = make_dirs(file, err) == SUCCESS ? write_atomic(file, base, body, true, &taken, err) : FAILURE;
	out->written = r == SUCCESS;
	zend_string_release(base);
	return r;
}

zend_result pimsync_media_store(pimsync_db *db, const pimsync_media_config *cfg, zend_string *name, zend_string *body,
                                const char *hash, const pimsync_image_info *info, zend_long run_id,
                                pimsync_media_stored *out, pimsync_error *err)
{
	zend_string *root = pimsync_media_product_dir(cfg), *disp = pimsync_media_dispersion(name), *dir;
	zval known;
	zend_result r = FAILURE;
	struct stat st;
	bool taken;

	memset(out, 0, sizeof(*out));
	dir = zend_strpprintf(0, "%s%s", ZSTR_VAL(root), ZSTR_VAL(disp));
	if (fetch_path(db, "content_hash", hash, strlen(hash), true, &known) == FAILURE) goto done;
	if (Z_TYPE(known) == IS_STRING) {
		r = reuse(ZSTR_VAL(root), Z_STR(known), body, out, err);
		zval_ptr_dtor(&known);
		goto done;
	}
	if (make_dirs(ZSTR_VAL(dir), err) == FAILURE) goto done;
	for (int n = 0; n <= SUFFIX_TRIES; n++) {
		zend_string *candidate = n ? suffixed(name, n) : zend_string_copy(name);
		zend_string *path = zend_strpprintf(0, "%s/%s", ZSTR_VAL(disp), ZSTR_VAL(candidate));
		char file[MAXPATHLEN], on_disk[PIMSYNC_MEDIA_HASH_HEX + 1];
		bool free_name = false, adopt = false, claimed;

		snprintf(file, sizeof(file), "%s/%s", ZSTR_VAL(dir), ZSTR_VAL(candidate));
		zend_string_release(candidate);
		/* a plain read: a name another transaction is taking this instant shows on disk (link() below) */
		if (fetch_path(db, "path", ZSTR_VAL(path), ZSTR_LEN(path), false, &known) == FAILURE) {
			zend_string_release(path);
			goto done;
		}
		if (Z_TYPE(known) == IS_NULL) {
			/* another content's file (Magento's own, or one of ours not in the table) keeps its name */
			if (stat(file, &st) != 0) free_name = true;
			else adopt = (size_t) st.st_size == ZSTR_LEN(body) && file_hash(file, on_disk) && strcmp(on_disk, hash) == 0;
		}
		zval_ptr_dtor(&known);
		if (!free_name && !adopt) {
			zend_string_release(path);
			continue;
		}
		if (free_name) {
			zend_string *base = zend_string_init(strrchr(file, '/') + 1, strlen(strrchr(file, '/') + 1), 0);
			r = write_atomic(ZSTR_VAL(dir), base, body, false, &taken, err);
			zend_string_release(base);
			if (r == FAILURE) {
				zend_string_release(path);
				goto done;
			}
			r = FAILURE;
			if (taken) { /* another writer took the name this instant: look again */
				n--;
				zend_string_release(path);
				continue;
			}
		}
		if (claim_file_row(db, hash, path, body, info, run_id, &claimed) == FAILURE) {
			zend_string_release(path);
			goto done;
		}
		if (claimed) {
			out->path = path;
			out->written = free_name;
			r = SUCCESS;
			goto done;
		}
		/* another transaction stored the same bytes meanwhile (its row is
		 * committed now: INSERT IGNORE waited for it), or took this path */
		if (free_name) (void) unlink(file);
		zend_string_release(path);
		if (fetch_path(db, "content_hash", hash, strlen(hash), true, &known) == FAILURE) goto done;
		if (Z_TYPE(known) == IS_STRING) {
			r = reuse(ZSTR_VAL(root), Z_STR(known), body, out, err);
			zval_ptr_dtor(&known);
			goto done;
		}
		zval_ptr_dtor(&known);
	}
	pimsync_error_set(err, "no free name for %s after %d suffixes", ZSTR_VAL(name), SUFFIX_TRIES);
done:
	zend_string_release(root);
	zend_string_release(disp);
	zend_string_release(dir);
	if (r == FAILURE && out->path) {
		zend_string_release(out->path);
		out->path = NULL;
	}
	return r;
}

static zend_result count_of(pimsync_db *db, const char *sql_head, const char *value, size_t len, zend_long *count)
{
	smart_str sql = {0};
	zval n;
	zend_result r;
	smart_str_appends(&sql, sql_head);
	pimsync_sql_quote(db, &sql, value, len);
	smart_str_0(&sql);
	r = pimsync_db_fetch_one(db, ZSTR_VAL(sql.s), &n);
	smart_str_free(&sql);
	*count = r == SUCCESS ? zval_get_long(&n) : 0;
	if (r == SUCCESS) zval_ptr_dtor(&n);
	return r;
}

zend_result pimsync_media_delete_unused(pimsync_db *db, const pimsync_media_config *cfg, zend_string *path, bool *deleted)
{
	zval hash;
	zend_long uses = 0;
	smart_str sql = {0};

	*deleted = false;
	if (pimsync_db_begin_read_committed(db) == FAILURE) return FAILURE;
	/* the row lock: a store() of the same bytes waits here, then sees the row gone and writes the file again */
	if (fetch_path(db, "path", ZSTR_VAL(path), ZSTR_LEN(path), true, &hash) == FAILURE) goto fail;
	if (Z_TYPE(hash) != IS_STRING) { /* not a file pimsync wrote, or deleted already */
		zval_ptr_dtor(&hash);
		return pimsync_db_commit(db);
	}
	/* plain reads are enough: every transaction linking these bytes holds the row's lock until it commits */
	if (count_of(db, "SELECT COUNT(*) FROM pimsync_media_link WHERE content_hash = ", Z_STRVAL(hash), Z_STRLEN(hash), &uses) == FAILURE) {
		goto fail_hash;
	}
	/* any gallery row, also one pimsync did not write (as Magento's countImageUses asks) */
	if (!uses && count_of(db, "SELECT COUNT(*) FROM catalog_product_entity_media_gallery WHERE value = ",
	                      ZSTR_VAL(path), ZSTR_LEN(path), &uses) == FAILURE) {
		goto fail_hash;
	}
	if (!uses) {
		smart_str_appends(&sql, "DELETE FROM pimsync_media_file WHERE content_hash = ");
		pimsync_sql_quote(db, &sql, Z_STRVAL(hash), Z_STRLEN(hash));
		if (pimsync_db_exec_str(db, &sql, NULL) == FAILURE) goto fail_hash;
		/* before the commit, while the lock is held; a failed commit leaves a row
		 * whose file is missing, which store() writes again */
		pimsync_media_unlink(cfg, path);
	}
	smart_str_free(&sql);
	zval_ptr_dtor(&hash);
	if (pimsync_db_commit(db) == FAILURE) goto fail;
	*deleted = !uses;
	return SUCCESS;
fail_hash:
	smart_str_free(&sql);
	zval_ptr_dtor(&hash);
fail:
	pimsync_db_rollback(db);
	return FAILURE;
}

void pimsync_media_unlink(const pimsync_media_config *cfg, zend_string *path)
{
	zend_string *file = zend_strpprintf(0, "%s/catalog/product%s", ZSTR_VAL(cfg->media_root), ZSTR_VAL(path));
	(void) unlink(ZSTR_VAL(file));
	zend_string_release(file);
}
