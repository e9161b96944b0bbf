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

static zend_result insert_file_row(pimsync_db *db, const char *hash, zend_string *path, zend_string *body,
                                   const pimsync_image_info *info, zend_long run_id)
{
	smart_str sql = {0};
	zend_result r;
	smart_str_appends(&sql, "INSERT INTO pimsync_media_file (content_hash, path, bytes, mime, width, height, run_id) VALUES (");
	pimsync_sql_quote(db, &sql, hash, strlen(hash));
	smart_str_appendc(&sql, ',');
	pimsync_sql_quote(db, &sql, ZSTR_VAL(path), ZSTR_LEN(path));
	smart_str_append_printf(&sql, ",%zu,", ZSTR_LEN(body));
	pimsync_sql_quote(db, &sql, info->mime ? info->mime : "", info->mime ? strlen(info->mime) : 0);
	smart_str_append_printf(&sql, ",%u,%u," ZEND_LONG_FMT ")", info->width, info->height, run_id);
	r = pimsync_db_exec_str(db, &sql, NULL);
	smart_str_free(&sql);
	return r;
}

/* "name_3.jpg" for "name.jpg" and 3 (Uploader::getNewFileName). */
static zend_string *suffixed(zend_string *name, int n)
{
	const char *dot = strrchr(ZSTR_VAL(name), '.');
	size_t base = dot ? (size_t) (dot - ZSTR_VAL(name)) : ZSTR_LEN(name);
	return zend_strpprintf(0, "%.*s_%d%s", (int) base, ZSTR_VAL(name), n, dot ? dot : "");
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
		/* the same bytes are stored: link them again; restore the file if it went missing */
		char file[MAXPATHLEN];
		out->path = zend_string_copy(Z_STR(known));
		out->reused = true;
		zval_ptr_dtor(&known);
		snprintf(file, sizeof(file), "%s%s", ZSTR_VAL(root), ZSTR_VAL(out->path));
		if (stat(file, &st) == 0 && (size_t) st.st_size == ZSTR_LEN(body)) {
			r = SUCCESS;
			goto done;
		}
		char *slash = strrchr(file, '/');
		zend_string *base = zend_string_init(slash + 1, strlen(slash + 1), 0);
		*slash = '\0';
		r = make_dirs(file, err) == SUCCESS ? write_atomic(file, base, body, true, &taken, err) : FAILURE;
		out->written = r == SUCCESS;
		zend_string_release(base);
		goto done;
	}
	if (make_dirs(ZSTR_VAL(dir), err) == FAILURE) goto done;
	for (int n = 0; n <= SUFFIX_TRIES; n++) {
		zend_string *candidate = n ? suffixed(name, n) : zend_string_copy(name);
		zend_string *path = zend_strpprintf(0, "%s/%s", ZSTR_VAL(disp), ZSTR_VAL(candidate));
		char file[MAXPATHLEN], on_disk[PIMSYNC_MEDIA_HASH_HEX + 1];
		bool free_name = false, adopt = false;

		snprintf(file, sizeof(file), "%s/%s", ZSTR_VAL(dir), ZSTR_VAL(candidate));
		if (fetch_path(db, "path", ZSTR_VAL(path), ZSTR_LEN(path), false, &known) == FAILURE) {
			zend_string_release(candidate);
			zend_string_release(path);
			goto done;
		}
		if (Z_TYPE(known) == IS_NULL) {
			/* another content's file (Magento's own, or one of ours not in the table) keeps its name */
			if (stat(file, &st) != 0) free_name = true;
			else adopt = (size_t) st.st_size == ZSTR_LEN(body) && file_hash(file, on_disk) && strcmp(on_disk, hash) == 0;
		}
		zval_ptr_dtor(&known);
		if (free_name) {
			if (write_atomic(ZSTR_VAL(dir), candidate, body, false, &taken, err) == FAILURE) {
				zend_string_release(candidate);
				zend_string_release(path);
				goto done;
			}
			if (taken) { /* another writer took the name this instant: look again */
				n--;
				zend_string_release(candidate);
				zend_string_release(path);
				continue;
			}
			out->written = true;
		}
		zend_string_release(candidate);
		if (free_name || adopt) {
			out->path = path;
			r = insert_file_row(db, hash, path, body, info, run_id);
			goto done;
		}
		zend_string_release(path);
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

zend_result pimsync_media_release(pimsync_db *db, zend_string *path, bool *unused)
{
	smart_str sql = {0};
	zval hash, uses;
	zend_result r = FAILURE;

	*unused = false;
	ZVAL_NULL(&uses);
	/* the row lock orders this against a store() linking the same bytes */
	if (fetch_path(db, "path", ZSTR_VAL(path), ZSTR_LEN(path), true, &hash) == FAILURE) return FAILURE;
	if (Z_TYPE(hash) != IS_STRING) return SUCCESS; /* not a file pimsync wrote */
	smart_str_appends(&sql, "SELECT COUNT(*) FROM pimsync_media_link WHERE content_hash = ");
	pimsync_sql_quote(db, &sql, Z_STRVAL(hash), Z_STRLEN(hash));
	smart_str_appends(&sql, " FOR UPDATE");
	smart_str_0(&sql);
	if (pimsync_db_fetch_one(db, ZSTR_VAL(sql.s), &uses) == FAILURE) goto done;
	if (zval_get_long(&uses) == 0) {
		/* any gallery row, also one pimsync did not write (as Magento's countImageUses asks) */
		zval_ptr_dtor(&uses);
		ZVAL_NULL(&uses);
		smart_str_free(&sql);
		smart_str_appends(&sql, "SELECT COUNT(*) FROM catalog_product_entity_media_gallery WHERE value = ");
		pimsync_sql_quote(db, &sql, ZSTR_VAL(path), ZSTR_LEN(path));
		smart_str_0(&sql);
		if (pimsync_db_fetch_one(db, ZSTR_VAL(sql.s), &uses) == FAILURE) goto done;
		if (zval_get_long(&uses) == 0) {
			smart_str_free(&sql);
			smart_str_appends(&sql, "DELETE FROM pimsync_media_file WHERE content_hash = ");
			pimsync_sql_quote(db, &sql, Z_STRVAL(hash), Z_STRLEN(hash));
			if (pimsync_db_exec_str(db, &sql, NULL) == FAILURE) goto done;
			*unused = true;
		}
	}
	r = SUCCESS;
done:
	zval_ptr_dtor(&uses);
	zval_ptr_dtor(&hash);
	smart_str_free(&sql);
	return r;
}

void pimsync_media_unlink(const pimsync_media_config *cfg, zend_string *path)
{
	zend_string *file = zend_strpprintf(0, "%s/catalog/product%s", ZSTR_VAL(cfg->media_root), ZSTR_VAL(path));
	(void) unlink(ZSTR_VAL(file));
	zend_string_release(file);
}
