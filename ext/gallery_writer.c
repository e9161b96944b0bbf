/* An image job into the gallery tables; see gallery_writer.h. */
#include "php.h"
#include "zend_smart_str.h"
#include "gallery_writer.h"

#define T_GALLERY "catalog_product_entity_media_gallery"
#define T_VALUE "catalog_product_entity_media_gallery_value"
#define T_TO_ENTITY "catalog_product_entity_media_gallery_value_to_entity"
#define T_VARCHAR "catalog_product_entity_varchar"

/* A role value's key: attribute id and store id in one integer (store in
 * the low bits would chain every lookup of one product: ARCHITECTURE.md,
 * "Integer keys"; a product's roles are a handful, so either is fine here). */
#define ROLE_KEY(attr, store) (((zend_ulong) (attr) << 16) | (zend_ulong) (store))
#define ROLE_ATTR(key) ((zend_long) ((key) >> 16))
#define ROLE_STORE(key) ((zend_long) ((key) & 0xffff))

typedef struct {
	zend_long value_id;
	zend_string *ref, *path;
	zend_string *roles;    /* pimsync_media_link.roles: "code@store,…" last written */
	char hash[PIMSYNC_MEDIA_HASH_HEX + 1];
	bool retired;
	int image;             /* index of the job's image it serves, -1 */
} owned_value;

typedef struct {
	pimsync_db *db;
	pimsync_meta *meta;           /* const, but Zend's iteration macros are not */
	const pimsync_media_config *cfg;
	pimsync_image_job *job;
	pimsync_gallery_result *res;
	const char *link_col;    /* entity_id, or row_id on Commerce */
	zend_long link_id;       /* the product's live row */
	zend_long gallery_attr;  /* media_gallery */
	owned_value *owned;
	uint32_t owned_count, owned_cap;
	HashTable current_roles; /* ROLE_KEY => path (zend_string), as Magento holds them */
	HashTable values;        /* value_id => array store_id => [record_id, label, position, disabled] */
	HashTable unused;        /* path => true: files whose values left, to delete after the commit when unused */
	struct stored_file {
		pimsync_media_stored file;
		char hash[PIMSYNC_MEDIA_HASH_HEX + 1];
	} *stored;               /* per job image: its file, stored before any gallery row (path NULL: none) */
} gallery_ctx;

/* ---- result ---- */

void pimsync_gallery_result_init(pimsync_gallery_result *res)
{
	memset(res, 0, sizeof(*res));
	array_init(&res->failed);
}

void pimsync_gallery_result_free(pimsync_gallery_result *res)
{
	zval_ptr_dtor(&res->failed);
	ZVAL_UNDEF(&res->failed);
}

void pimsync_gallery_fail(pimsync_gallery_result *res, zend_string *ref, const char *kind, const char *reason, bool retryable)
{
	zval f;
	array_init(&f);
	add_assoc_str(&f, "ref", zend_string_copy(ref));
	add_assoc_string(&f, "reason_kind", kind);
	add_assoc_string(&f, "reason", reason);
	add_assoc_bool(&f, "retryable", retryable);
	add_next_index_zval(&res->failed, &f);
}

/* ---- small SQL helpers ---- */

static zend_result exec(gallery_ctx *g, smart_str *sql)
{
	zend_long n = 0;
	zend_result r = pimsync_db_exec_str(g->db, sql, &n);
	smart_str_free(sql);
	if (r == SUCCESS) g->res->rows_written += n;
	return r;
}

static void quote_str(gallery_ctx *g, smart_str *sql, zend_string *s)
{
	if (s) pimsync_sql_quote(g->db, sql, ZSTR_VAL(s), ZSTR_LEN(s));
	else smart_str_appends(sql, "NULL");
}

static zend_string *col_str(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v && Z_TYPE_P(v) != IS_NULL ? zval_get_string(v) : NULL;
}

static zend_long col_long(HashTable *row, zend_ulong i)
{
	zval *v = zend_hash_index_find(row, i);
	return v ? zval_get_long(v) : 0;
}

/* ---- state: generation, product, owned values, rows ---- */

/* The product's media state row, locked: jobs of one product apply one at a
 * time (two chunks must not race on positions and roles). */
static zend_result read_generation(pimsync_db *db, const pimsync_image_job *job, bool lock, bool *obsolete)
{
	char sql[160];
	zval gen;
	snprintf(sql, sizeof(sql), "SELECT generation FROM pimsync_media_state WHERE entity_id = " ZEND_LONG_FMT "%s",
	         job->entity_id, lock ? " FOR UPDATE" : "");
	if (pimsync_db_fetch_one(db, sql, &gen) == FAILURE) return FAILURE;
	/* no row: nothing says a newer generation exists */
	*obsolete = Z_TYPE(gen) == IS_STRING && strcmp(Z_STRVAL(gen), job->generation) != 0;
	zval_ptr_dtor(&gen);
	return SUCCESS;
}

static bool owned_cb(void *ctx, HashTable *row)
{
	gallery_ctx *g = ctx;
	owned_value *o;
	zend_string *hash;
	if (g->owned_count == g->owned_cap) {
		g->owned_cap = g->owned_cap ? g->owned_cap * 2 : 8;
		g->owned = erealloc(g->owned, g->owned_cap * sizeof(*g->owned));
	}
	o = &g->owned[g->owned_count++];
	memset(o, 0, sizeof(*o));
	o->value_id = col_long(row, 0);
	o->ref = col_str(row, 1);
	hash = col_str(row, 2);
	snprintf(o->hash, sizeof(o->hash), "%s", hash ? ZSTR_VAL(hash) : "");
	if (hash) zend_string_release(hash);
	o->path = col_str(row, 3);
	if (!o->path) o->path = ZSTR_EMPTY_ALLOC();
	o->retired = col_long(row, 4) != 0;
	o->roles = col_str(row, 5);
	if (!o->roles) o->roles = ZSTR_EMPTY_ALLOC();
	o->image = -1;
	return true;
}

static zend_result load_owned(gallery_ctx *g)
{
	char sql[512];
	snprintf(sql, sizeof(sql), "SELECT l.value_id, l.ref, l.content_hash, m.value, l.retired_at IS NOT NULL, l.roles"
	         " FROM pimsync_media_link l JOIN " T_GALLERY " m ON m.value_id = l.value_id"
	         " WHERE l.entity_id = " ZEND_LONG_FMT " ORDER BY l.value_id", g->job->entity_id);
	return pimsync_db_each_row(g->db, sql, strlen(sql), owned_cb, g);
}

static bool link_id_cb(void *ctx, HashTable *row)
{
	*(zend_long *) ctx = col_long(row, 0);
	return false;
}

/* The live row of the product the job names (entity id and SKU). */
static zend_result load_product(gallery_ctx *g)
{
	smart_str sql = {0};
	zend_result r;
	g->link_id = 0;
	smart_str_append_printf(&sql, "SELECT %s FROM catalog_product_entity WHERE entity_id = " ZEND_LONG_FMT " AND sku = ",
	                        g->link_col, g->job->entity_id);
	quote_str(g, &sql, g->job->sku);
	pimsync_meta_append_live(g->meta, &sql, NULL);
	smart_str_0(&sql);
	r = pimsync_db_each_row(g->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), link_id_cb, &g->link_id);
	smart_str_free(&sql);
	return r;
}

static void values_dtor(zval *zv)
{
	zend_array_destroy(Z_PTR_P(zv));
}

static bool value_row_cb(void *ctx, HashTable *row)
{
	gallery_ctx *g = ctx;
	zend_long value_id = col_long(row, 0), store = col_long(row, 1);
	HashTable *stores = zend_hash_index_find_ptr(&g->values, value_id);
	zval copy;
	if (!stores) {
		stores = zend_new_array(4);
		zend_hash_index_add_new_ptr(&g->values, value_id, stores);
	}
	/* the first row of a (value, store) wins; Magento reads one too */
	if (zend_hash_index_exists(stores, store)) return true;
	ZVAL_ARR(&copy, zend_array_dup(row));
	zend_hash_index_add_new(stores, store, &copy);
	return true;
}

static zend_result load_values(gallery_ctx *g)
{
	smart_str sql = {0};
	zend_result r;
	bool any = false;
	smart_str_append_printf(&sql, "SELECT value_id, store_id, record_id, label, position, disabled FROM " T_VALUE
	                        " WHERE %s = " ZEND_LONG_FMT " AND value_id IN (", g->link_col, g->link_id);
	for (uint32_t i = 0; i < g->owned_count; i++) {
		if (any) smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, g->owned[i].value_id);
		any = true;
	}
	smart_str_appends(&sql, ") ORDER BY record_id");
	smart_str_0(&sql);
	r = any ? pimsync_db_each_row(g->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), value_row_cb, g) : SUCCESS;
	smart_str_free(&sql);
	return r;
}

static bool role_cb(void *ctx, HashTable *row)
{
	gallery_ctx *g = ctx;
	zend_string *v = col_str(row, 2);
	if (v) zend_hash_index_update_ptr(&g->current_roles, ROLE_KEY(col_long(row, 0), col_long(row, 1)), v);
	return true;
}

/* Role attributes: media_image inputs with a varchar backend (image,
 * small_image, thumbnail, swatch_image and any a merchant added). */
static bool is_role(const pimsync_attribute *a)
{
	return a->input == PIMSYNC_INPUT_MEDIA && a->backend == PIMSYNC_BACKEND_VARCHAR;
}

static zend_result load_roles(gallery_ctx *g)
{
	smart_str sql = {0};
	pimsync_attribute *a;
	zend_result r;
	bool any = false;
	smart_str_append_printf(&sql, "SELECT attribute_id, store_id, value FROM " T_VARCHAR " WHERE %s = " ZEND_LONG_FMT
	                        " AND attribute_id IN (", g->link_col, g->link_id);
	ZEND_HASH_FOREACH_PTR(&g->meta->attributes, a) {
		if (!is_role(a)) continue;
		if (any) smart_str_appendc(&sql, ',');
		smart_str_append_long(&sql, a->id);
		any = true;
	} ZEND_HASH_FOREACH_END();
	smart_str_appendc(&sql, ')');
	smart_str_0(&sql);
	r = any ? pimsync_db_each_row(g->db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), role_cb, g) : SUCCESS;
	smart_str_free(&sql);
	return r;
}

/* ---- checks of one image ---- */

/* Every store the image names exists and every role is a role attribute. */
static bool image_targets_ok(gallery_ctx *g, pimsync_image_job_image *img, char *reason, size_t size, const char **kind)
{
	HashTable *per_store[] = {&img->roles, &img->labels, &img->disabled};
	zend_ulong store;
	HashTable *roles;
	zval *role;

	for (int i = 0; i < 3; i++) {
		ZEND_HASH_FOREACH_NUM_KEY(per_store[i], store) {
			if (!zend_hash_index_exists(&g->meta->store_website, store)) {
				snprintf(reason, size, "store id " ZEND_ULONG_FMT " does not exist in Magento", store);
				*kind = "unknown_store";
				return false;
			}
		} ZEND_HASH_FOREACH_END();
	}
	ZEND_HASH_FOREACH_PTR(&img->roles, roles) {
		ZEND_HASH_FOREACH_VAL(roles, role) {
			pimsync_attribute *a = zend_hash_find_ptr(&g->meta->attributes, Z_STR_P(role));
			if (!a || !is_role(a)) {
				snprintf(reason, size, "\"%s\" is not an image role attribute of Magento (media_image)", Z_STRVAL_P(role));
				*kind = "unknown_role";
				return false;
			}
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	return true;
}

/* ---- attach ---- */

static owned_value *add_owned(gallery_ctx *g)
{
	if (g->owned_count == g->owned_cap) {
		g->owned_cap = g->owned_cap ? g->owned_cap * 2 : 8;
		g->owned = erealloc(g->owned, g->owned_cap * sizeof(*g->owned));
	}
	owned_value *o = &g->owned[g->owned_count++];
	memset(o, 0, sizeof(*o));
	o->image = -1;
	return o;
}

/* Whether the job's image i gets a new value (no owned value has its ref):
 * its file is stored first (store_files). */
static bool attaches(gallery_ctx *g, uint32_t i)
{
	for (uint32_t k = 0; k < g->owned_count; k++) {
		if (zend_string_equals(g->owned[k].ref, g->job->images[i].ref)) return false;
	}
	return true;
}

typedef struct {
	uint32_t image;
	zend_string *name;
	char hash[PIMSYNC_MEDIA_HASH_HEX + 1];
} pending_file;

static int pending_cmp(const void *a, const void *b)
{
	return strcmp(((const pending_file *) a)->hash, ((const pending_file *) b)->hash);
}

/* The files of the images the job attaches, stored before any gallery row
 * and in content-hash order: jobs that share images lock their
 * pimsync_media_file rows in one global order, so they wait for each other
 * instead of deadlocking. Failures (no body, a bad name) are reported by
 * attach(), in the job's order. */
static zend_result store_files(gallery_ctx *g, pimsync_image_fetch_item *items)
{
	pending_file *files;
	uint32_t count = 0;
	zend_result r = SUCCESS;

	g->stored = ecalloc(g->job->image_count ? g->job->image_count : 1, sizeof(*g->stored));
	if (!items) return SUCCESS;
	files = ecalloc(g->job->image_count ? g->job->image_count : 1, sizeof(*files));
	for (uint32_t i = 0; i < g->job->image_count; i++) {
		pimsync_image_job_image *img = &g->job->images[i];
		pimsync_media_refusal why;
		char reason[256];
		const char *kind;
		if (!items[i].body || !image_targets_ok(g, img, reason, sizeof(reason), &kind) || !attaches(g, i)
		    || pimsync_media_file_name(img->file, items[i].info.extension, &files[count].name, &why) == FAILURE) {
			continue;
		}
		files[count].image = i;
		pimsync_media_content_hash(items[i].body, files[count].hash);
		count++;
	}
	qsort(files, count, sizeof(*files), pending_cmp);
	for (uint32_t k = 0; k < count; k++) {
		pimsync_image_fetch_item *item = &items[files[k].image];
		struct stored_file *f = &g->stored[files[k].image];
		pimsync_media_stored *stored = &f->file;
		memcpy(f->hash, files[k].hash, sizeof(f->hash));
		if (r == SUCCESS) {
			r = pimsync_media_store(g->db, g->cfg, files[k].name, item->body, f->hash, &item->info, g->job->run_id, stored, g->db->err);
			if (r == SUCCESS && stored->written) g->res->files_written++;
			if (r == SUCCESS && stored->reused) g->res->reused++;
		}
		zend_string_release(files[k].name);
	}
	efree(files);
	return r;
}

/* The image's gallery value on its stored file, linked to the product and
 * claimed in pimsync_media_link. *attached false: the image failed (reported). */
static zend_result attach(gallery_ctx *g, int i, pimsync_image_fetch_item *item, bool *attached)
{
	pimsync_image_job_image *img = &g->job->images[i];
	pimsync_media_refusal why;
	pimsync_media_stored stored = g->stored[i].file;
	const char *hash = g->stored[i].hash;
	zend_string *name;
	smart_str sql = {0};
	zend_long value_id;
	owned_value *o;

	*attached = false;
	if (!item || !item->body) {
		if (item && item->reason_kind[0]) {
			pimsync_gallery_fail(g->res, img->ref, item->reason_kind, item->reason, item->retryable);
		} else {
			pimsync_gallery_fail(g->res, img->ref, "not_fetched", "the image's bytes were not fetched", true);
		}
		return SUCCESS;
	}
	if (pimsync_media_file_name(img->file, item->info.extension, &name, &why) == FAILURE) {
		pimsync_gallery_fail(g->res, img->ref, "bad_file_name", why.reason, false);
		return SUCCESS;
	}
	zend_string_release(name);
	if (!stored.path) { /* store_files() stores every image with a body and a good name */
		pimsync_gallery_fail(g->res, img->ref, "not_fetched", "the image's file was not stored", true);
		return SUCCESS;
	}
	g->stored[i].file.path = NULL; /* the owned value takes it */

	smart_str_append_printf(&sql, "INSERT INTO " T_GALLERY " (attribute_id, value, media_type, disabled) VALUES (" ZEND_LONG_FMT ",",
	                        g->gallery_attr);
	quote_str(g, &sql, stored.path);
	smart_str_appends(&sql, ", 'image', 0)");
	if (exec(g, &sql) == FAILURE || !(value_id = pimsync_db_last_insert_id(g->db))) goto fail;
	smart_str_append_printf(&sql, "INSERT INTO " T_TO_ENTITY " (value_id, %s) VALUES (" ZEND_LONG_FMT "," ZEND_LONG_FMT ")",
	                        g->link_col, value_id, g->link_id);
	if (exec(g, &sql) == FAILURE) goto fail;
	smart_str_append_printf(&sql, "INSERT INTO pimsync_media_link (value_id, entity_id, ref, content_hash, roles, run_id)"
	                        " VALUES (" ZEND_LONG_FMT "," ZEND_LONG_FMT ",", value_id, g->job->entity_id);
	quote_str(g, &sql, img->ref);
	smart_str_appendc(&sql, ',');
	pimsync_sql_quote(g->db, &sql, hash, strlen(hash));
	smart_str_append_printf(&sql, ", ''," ZEND_LONG_FMT ")", g->job->run_id);
	if (exec(g, &sql) == FAILURE) goto fail;

	o = add_owned(g);
	o->value_id = value_id;
	o->ref = zend_string_copy(img->ref);
	o->path = stored.path;
	o->roles = ZSTR_EMPTY_ALLOC();
	memcpy(o->hash, hash, sizeof(o->hash));
	o->image = i;
	g->res->attached++;
	*attached = true;
	return SUCCESS;
fail:
	zend_string_release(stored.path);
	return FAILURE;
}

/* ---- per-store rows of a value ---- */

static bool label_equal(zend_string *want, zval *have)
{
	if (!want) return !have || Z_TYPE_P(have) == IS_NULL;
	return have && Z_TYPE_P(have) == IS_STRING && zend_string_equals(want, Z_STR_P(have));
}

/* The stores a value has a row for: 0 (the admin row every value has) and
 * those the job gives a label or a disabled flag. */
static void desired_stores(pimsync_image_job_image *img, HashTable *out)
{
	zend_ulong store;
	zend_hash_index_add_empty_element(out, 0);
	ZEND_HASH_FOREACH_NUM_KEY(&img->labels, store) { zend_hash_index_add_empty_element(out, store); } ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_NUM_KEY(&img->disabled, store) { zend_hash_index_add_empty_element(out, store); } ZEND_HASH_FOREACH_END();
}

/* A store row's disabled flag: the store's own, else the admin one. */
static bool desired_disabled(pimsync_image_job_image *img, zend_ulong store)
{
	zval *d = zend_hash_index_find(&img->disabled, store);
	if (!d && store != 0) d = zend_hash_index_find(&img->disabled, 0);
	return d && Z_TYPE_P(d) == IS_TRUE;
}

static zend_result sync_value_rows(gallery_ctx *g, owned_value *o, bool *changed)
{
	pimsync_image_job_image *img = &g->job->images[o->image];
	HashTable *have = zend_hash_index_find_ptr(&g->values, o->value_id), want;
	zend_ulong store;
	zval *row;
	smart_str sql = {0};
	zend_result r = SUCCESS;

	zend_hash_init(&want, 4, NULL, NULL, 0);
	desired_stores(img, &want);
	ZEND_HASH_FOREACH_NUM_KEY(&want, store) {
		zend_string *label = zend_hash_index_find(&img->labels, store) ? Z_STR_P(zend_hash_index_find(&img->labels, store)) : NULL;
		bool disabled = desired_disabled(img, store);
		row = have ? zend_hash_index_find(have, store) : NULL;
		if (row) {
			HashTable *cur = Z_ARRVAL_P(row);
			if (label_equal(label, zend_hash_index_find(cur, 3)) && col_long(cur, 4) == img->position
			    && (col_long(cur, 5) != 0) == disabled) {
				continue;
			}
			smart_str_appends(&sql, "UPDATE " T_VALUE " SET label = ");
			quote_str(g, &sql, label);
			smart_str_append_printf(&sql, ", position = " ZEND_LONG_FMT ", disabled = %d WHERE record_id = " ZEND_LONG_FMT,
			                        img->position, disabled, col_long(cur, 2));
		} else {
			smart_str_append_printf(&sql, "INSERT INTO " T_VALUE " (value_id, store_id, %s, label, position, disabled) VALUES ("
			                        ZEND_LONG_FMT "," ZEND_ULONG_FMT "," ZEND_LONG_FMT ",", g->link_col, o->value_id, store, g->link_id);
			quote_str(g, &sql, label);
			smart_str_append_printf(&sql, "," ZEND_LONG_FMT ",%d)", img->position, disabled);
		}
		*changed = true;
		if ((r = exec(g, &sql)) == FAILURE) break;
	} ZEND_HASH_FOREACH_END();
	if (r == SUCCESS && have) {
		/* a store the job no longer names loses its row (the value is pimsync's) */
		ZEND_HASH_FOREACH_NUM_KEY_VAL(have, store, row) {
			if (zend_hash_index_exists(&want, store)) continue;
			smart_str_append_printf(&sql, "DELETE FROM " T_VALUE " WHERE record_id = " ZEND_LONG_FMT, col_long(Z_ARRVAL_P(row), 2));
			*changed = true;
			if ((r = exec(g, &sql)) == FAILURE) break;
		} ZEND_HASH_FOREACH_END();
	}
	zend_hash_destroy(&want);
	return r;
}

/* ---- roles ---- */

static zend_result set_role(gallery_ctx *g, zend_ulong key, zend_string *path)
{
	smart_str sql = {0};
	smart_str_append_printf(&sql, "INSERT INTO " T_VARCHAR " (attribute_id, store_id, %s, value) VALUES (" ZEND_LONG_FMT ","
	                        ZEND_LONG_FMT "," ZEND_LONG_FMT ",", g->link_col, ROLE_ATTR(key), ROLE_STORE(key), g->link_id);
	quote_str(g, &sql, path);
	smart_str_appends(&sql, ") ON DUPLICATE KEY UPDATE value = VALUES(value)");
	zend_hash_index_update_ptr(&g->current_roles, key, zend_string_copy(path));
	return exec(g, &sql);
}

/* Deletes the role value when it still names path (a merchant's later choice stays). */
static zend_result clear_role(gallery_ctx *g, zend_ulong key, zend_string *path)
{
	zend_string *cur = zend_hash_index_find_ptr(&g->current_roles, key);
	smart_str sql = {0};
	if (!cur || !zend_string_equals(cur, path)) return SUCCESS;
	smart_str_append_printf(&sql, "DELETE FROM " T_VARCHAR " WHERE %s = " ZEND_LONG_FMT " AND attribute_id = " ZEND_LONG_FMT
	                        " AND store_id = " ZEND_LONG_FMT, g->link_col, g->link_id, ROLE_ATTR(key), ROLE_STORE(key));
	zend_hash_index_del(&g->current_roles, key);
	return exec(g, &sql);
}

/* "image@0,thumbnail@1" into ROLE_KEYs (codes Magento no longer has are dropped). */
static void parse_roles(gallery_ctx *g, zend_string *roles, HashTable *out)
{
	char *copy = estrndup(ZSTR_VAL(roles), ZSTR_LEN(roles)), *save = NULL;
	for (char *tok = strtok_r(copy, ",", &save); tok; tok = strtok_r(NULL, ",", &save)) {
		char *at = strrchr(tok, '@');
		pimsync_attribute *a;
		if (!at) continue;
		*at = '\0';
		if ((a = zend_hash_str_find_ptr(&g->meta->attributes, tok, strlen(tok))) && is_role(a)) {
			zend_hash_index_add_empty_element(out, ROLE_KEY(a->id, strtol(at + 1, NULL, 10)));
		}
	}
	efree(copy);
}

/* The roles the job gives an image, claimed in order: the first image naming
 * a role in a store holds it. Fills keys (ROLE_KEY => the role's code) and
 * the "code@store" text pimsync_media_link keeps. */
static zend_string *claim_roles(gallery_ctx *g, pimsync_image_job_image *img, HashTable *claimed, HashTable *keys)
{
	smart_str text = {0};
	zend_ulong store;
	HashTable *roles;
	zval *role;
	ZEND_HASH_FOREACH_NUM_KEY_PTR(&img->roles, store, roles) {
		ZEND_HASH_FOREACH_VAL(roles, role) {
			pimsync_attribute *a = zend_hash_find_ptr(&g->meta->attributes, Z_STR_P(role));
			zend_ulong key = ROLE_KEY(a->id, store);
			if (!zend_hash_index_add_empty_element(claimed, key)) continue;
			zend_hash_index_add_empty_element(keys, key);
			if (text.s) smart_str_appendc(&text, ',');
			smart_str_append(&text, a->code);
			smart_str_append_printf(&text, "@" ZEND_ULONG_FMT, store);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	smart_str_0(&text);
	return text.s ? text.s : ZSTR_EMPTY_ALLOC();
}

static zend_result sync_roles(gallery_ctx *g, owned_value *o, HashTable *claimed, bool *changed)
{
	HashTable keys, before;
	zend_ulong key;
	zend_result r = SUCCESS;
	zend_string *text;

	zend_hash_init(&keys, 8, NULL, NULL, 0);
	zend_hash_init(&before, 8, NULL, NULL, 0);
	text = claim_roles(g, &g->job->images[o->image], claimed, &keys);
	parse_roles(g, o->roles, &before);
	ZEND_HASH_FOREACH_NUM_KEY(&keys, key) {
		zend_string *cur = zend_hash_index_find_ptr(&g->current_roles, key);
		if (cur && zend_string_equals(cur, o->path)) continue;
		*changed = true;
		if ((r = set_role(g, key, o->path)) == FAILURE) break;
	} ZEND_HASH_FOREACH_END();
	/* a role the image no longer has: gone, unless someone else holds it now */
	ZEND_HASH_FOREACH_NUM_KEY(&before, key) {
		if (r == FAILURE || zend_hash_index_exists(&keys, key)) continue;
		zend_long rows = g->res->rows_written;
		r = clear_role(g, key, o->path);
		if (g->res->rows_written != rows) *changed = true;
	} ZEND_HASH_FOREACH_END();
	if (r == SUCCESS && !zend_string_equals(text, o->roles)) {
		smart_str sql = {0};
		smart_str_appends(&sql, "UPDATE pimsync_media_link SET roles = ");
		quote_str(g, &sql, text);
		smart_str_append_printf(&sql, " WHERE value_id = " ZEND_LONG_FMT, o->value_id);
		r = exec(g, &sql);
		zend_string_release(o->roles);
		o->roles = zend_string_copy(text);
	}
	zend_string_release(text);
	zend_hash_destroy(&keys);
	zend_hash_destroy(&before);
	return r;
}

/* ---- leaving values ---- */

/* A value's rows and its ownership; its file is a candidate for the delete
 * after the commit (delete_unused_files). */
static zend_result delete_value(pimsync_db *db, zend_long value_id, zend_string *path, HashTable *unused, zend_long *rows)
{
	static const char *const tables[] = {T_VALUE, T_TO_ENTITY, T_GALLERY, "pimsync_media_link"};
	char sql[160];
	for (size_t i = 0; i < sizeof(tables) / sizeof(tables[0]); i++) {
		zend_long n = 0;
		snprintf(sql, sizeof(sql), "DELETE FROM %s WHERE value_id = " ZEND_LONG_FMT, tables[i], value_id);
		if (pimsync_db_exec(db, sql, strlen(sql), &n) == FAILURE) return FAILURE;
		*rows += n;
	}
	zend_hash_add_empty_element(unused, path);
	return SUCCESS;
}

/* An owned value whose ref the product no longer keeps: replaced (a role it
 * held names another image now) values stay disabled until the purge;
 * the others are deleted. Either way no role names it any more. */
static zend_result leave(gallery_ctx *g, owned_value *o)
{
	HashTable before;
	zend_ulong key;
	bool replaced = false;
	zend_result r = SUCCESS;
	smart_str sql = {0};

	zend_hash_init(&before, 8, NULL, NULL, 0);
	parse_roles(g, o->roles, &before);
	ZEND_HASH_FOREACH_NUM_KEY(&before, key) {
		zend_string *cur = zend_hash_index_find_ptr(&g->current_roles, key);
		if (cur && !zend_string_equals(cur, o->path)) replaced = true;
		if (r == SUCCESS) r = clear_role(g, key, o->path);
	} ZEND_HASH_FOREACH_END();
	zend_hash_destroy(&before);
	if (r == FAILURE) return FAILURE;
	if (!replaced) {
		g->res->removed++;
		return delete_value(g->db, o->value_id, o->path, &g->unused, &g->res->rows_written);
	}
	g->res->retired++;
	smart_str_append_printf(&sql, "UPDATE pimsync_media_link SET retired_at = NOW(), retired_run_id = " ZEND_LONG_FMT
	                        ", roles = '' WHERE value_id = " ZEND_LONG_FMT, g->job->run_id, o->value_id);
	if (exec(g, &sql) == FAILURE) return FAILURE;
	smart_str_append_printf(&sql, "UPDATE " T_VALUE " SET disabled = 1 WHERE value_id = " ZEND_LONG_FMT " AND disabled = 0", o->value_id);
	return exec(g, &sql);
}

static zend_result restore(gallery_ctx *g, owned_value *o)
{
	smart_str sql = {0};
	smart_str_append_printf(&sql, "UPDATE pimsync_media_link SET retired_at = NULL, retired_run_id = NULL WHERE value_id = " ZEND_LONG_FMT,
	                        o->value_id);
	o->retired = false;
	g->res->restored++;
	return exec(g, &sql);
}

/* ---- the job ---- */

static owned_value *find_owned(gallery_ctx *g, zend_string *ref, bool retired)
{
	for (uint32_t i = 0; i < g->owned_count; i++) {
		if (g->owned[i].retired == retired && g->owned[i].image < 0 && zend_string_equals(g->owned[i].ref, ref)) return &g->owned[i];
	}
	return NULL;
}

static zend_result apply_images(gallery_ctx *g, pimsync_image_fetch_item *items)
{
	HashTable claimed;
	zend_result r = SUCCESS;
	zend_hash_init(&claimed, 8, NULL, NULL, 0);
	for (uint32_t i = 0; i < g->job->image_count && r == SUCCESS; i++) {
		pimsync_image_job_image *img = &g->job->images[i];
		char reason[256];
		const char *kind;
		bool changed = false, attached = false;
		owned_value *o;

		if (!image_targets_ok(g, img, reason, sizeof(reason), &kind)) {
			pimsync_gallery_fail(g->res, img->ref, kind, reason, false);
			continue;
		}
		if ((o = find_owned(g, img->ref, false)) || (o = find_owned(g, img->ref, true))) {
			o->image = (int) i;
			if (o->retired && (r = restore(g, o)) == FAILURE) break;
		} else {
			if ((r = attach(g, (int) i, items ? &items[i] : NULL, &attached)) == FAILURE || !attached) continue;
			o = &g->owned[g->owned_count - 1];
		}
		r = sync_value_rows(g, o, &changed);
		if (r == SUCCESS) r = sync_roles(g, o, &claimed, &changed);
		if (changed && !attached) g->res->updated++;
	}
	zend_hash_destroy(&claimed);
	return r;
}

static zend_result leave_unkept(gallery_ctx *g)
{
	for (uint32_t i = 0; i < g->owned_count; i++) {
		owned_value *o = &g->owned[i];
		if (o->retired || o->image >= 0 || zend_hash_exists(&g->job->keep, o->ref)) continue;
		if (leave(g, o) == FAILURE) return FAILURE;
	}
	return SUCCESS;
}

static bool value_id_cb(void *ctx, HashTable *row)
{
	smart_str *ids = ctx;
	if (ids->s) smart_str_appendc(ids, ',');
	smart_str_append_long(ids, col_long(row, 0));
	return true;
}

/* Ownership rows whose gallery value a merchant deleted in Magento: found by
 * a plain read, deleted by primary key (a DELETE searching the entity_id
 * index would lock the gap after the product, where the next product's jobs
 * insert: parallel workers deadlocked on it). */
static zend_result forget_deleted(gallery_ctx *g)
{
	smart_str ids = {0}, sql = {0};
	char find[320];
	snprintf(find, sizeof(find), "SELECT l.value_id FROM pimsync_media_link l LEFT JOIN " T_GALLERY " m ON m.value_id = l.value_id"
	         " WHERE l.entity_id = " ZEND_LONG_FMT " AND m.value_id IS NULL", g->job->entity_id);
	if (pimsync_db_each_row(g->db, find, strlen(find), value_id_cb, &ids) == FAILURE) {
		smart_str_free(&ids);
		return FAILURE;
	}
	if (!ids.s) return SUCCESS;
	smart_str_0(&ids);
	smart_str_append_printf(&sql, "DELETE FROM pimsync_media_link WHERE value_id IN (%s)", ZSTR_VAL(ids.s));
	smart_str_free(&ids);
	return exec(g, &sql);
}

static void role_dtor(zval *zv)
{
	zend_string_release(Z_PTR_P(zv));
}

/* After the commit: each file whose values left goes when nothing uses it
 * any more, each in a transaction of its own holding its row's lock
 * (pimsync_media_delete_unused). A failure leaves the file: the job is done. */
static void delete_unused_files(pimsync_db *db, const pimsync_media_config *cfg, HashTable *unused, zend_long *deleted)
{
	zend_string *path;
	pimsync_error *saved = db->err, ignored;
	db->err = &ignored;
	ZEND_HASH_FOREACH_STR_KEY(unused, path) {
		bool gone = false;
		if (pimsync_media_delete_unused(db, cfg, path, &gone) == SUCCESS && gone) (*deleted)++;
	} ZEND_HASH_FOREACH_END();
	db->err = saved;
}

static void ctx_init(gallery_ctx *g, pimsync_db *db, const pimsync_meta *meta, const pimsync_media_config *cfg,
                     const pimsync_image_job *job, pimsync_gallery_result *res)
{
	memset(g, 0, sizeof(*g));
	g->db = db;
	g->meta = (pimsync_meta *) meta;
	g->cfg = cfg;
	g->job = (pimsync_image_job *) job;
	g->res = res;
	g->link_col = meta->row_id ? "row_id" : "entity_id";
	zend_hash_init(&g->current_roles, 8, NULL, role_dtor, 0);
	zend_hash_init(&g->values, 8, NULL, values_dtor, 0);
	zend_hash_init(&g->unused, 8, NULL, NULL, 0);
}

static void ctx_free(gallery_ctx *g)
{
	for (uint32_t i = 0; i < g->owned_count; i++) {
		if (g->owned[i].ref) zend_string_release(g->owned[i].ref);
		if (g->owned[i].path) zend_string_release(g->owned[i].path);
		if (g->owned[i].roles) zend_string_release(g->owned[i].roles);
	}
	if (g->owned) efree(g->owned);
	for (uint32_t i = 0; g->stored && i < g->job->image_count; i++) {
		if (g->stored[i].file.path) zend_string_release(g->stored[i].file.path);
	}
	if (g->stored) efree(g->stored);
	zend_hash_destroy(&g->current_roles);
	zend_hash_destroy(&g->values);
	zend_hash_destroy(&g->unused);
}

static bool ref_cb(void *ctx, HashTable *row)
{
	zend_string *ref = col_str(row, 0);
	if (ref) {
		zend_hash_add_empty_element(ctx, ref);
		zend_string_release(ref);
	}
	return true;
}

zend_result pimsync_gallery_needs(pimsync_db *db, const pimsync_image_job *job, bool *needs, bool *obsolete)
{
	char sql[256];
	HashTable refs;
	zend_result r;

	if (read_generation(db, job, false, obsolete) == FAILURE) return FAILURE;
	zend_hash_init(&refs, 8, NULL, NULL, 0);
	snprintf(sql, sizeof(sql), "SELECT l.ref FROM pimsync_media_link l JOIN " T_GALLERY " m ON m.value_id = l.value_id"
	         " WHERE l.entity_id = " ZEND_LONG_FMT, job->entity_id);
	r = pimsync_db_each_row(db, sql, strlen(sql), ref_cb, &refs);
	for (uint32_t i = 0; i < job->image_count; i++) needs[i] = !zend_hash_exists(&refs, job->images[i].ref);
	zend_hash_destroy(&refs);
	return r;
}

zend_result pimsync_gallery_apply(pimsync_db *db, const pimsync_meta *meta, const pimsync_media_config *cfg,
                                  const pimsync_image_job *job, pimsync_image_fetch_item *items,
                                  pimsync_gallery_result *res, pimsync_error *err)
{
	gallery_ctx g;
	pimsync_attribute *gallery = zend_hash_str_find_ptr(&meta->attributes, "media_gallery", sizeof("media_gallery") - 1);
	zend_result r = FAILURE;
	pimsync_error *saved = db->err;

	if (!gallery) {
		pimsync_error_set(err, "Magento has no media_gallery product attribute");
		return FAILURE;
	}
	db->err = err;
	ctx_init(&g, db, meta, cfg, job, res);
	g.gallery_attr = gallery->id;
	if (pimsync_db_begin_read_committed(db) == FAILURE) goto done;
	if (read_generation(db, job, true, &res->obsolete) == FAILURE) goto rollback;
	if (res->obsolete) {
		pimsync_db_rollback(db);
		r = SUCCESS;
		goto done;
	}
	if (load_product(&g) == FAILURE) goto rollback;
	if (!g.link_id) {
		char reason[256];
		snprintf(reason, sizeof(reason), "no product with entity_id " ZEND_LONG_FMT " and SKU %s", job->entity_id, ZSTR_VAL(job->sku));
		for (uint32_t i = 0; i < job->image_count; i++) pimsync_gallery_fail(res, job->images[i].ref, "product_missing", reason, false);
		pimsync_db_rollback(db);
		r = SUCCESS;
		goto done;
	}
	if (forget_deleted(&g) == FAILURE
	    || load_owned(&g) == FAILURE
	    || load_values(&g) == FAILURE
	    || load_roles(&g) == FAILURE
	    || store_files(&g, items) == FAILURE
	    || apply_images(&g, items) == FAILURE
	    || leave_unkept(&g) == FAILURE
	    || pimsync_db_commit(db) == FAILURE) {
		goto rollback;
	}
	delete_unused_files(db, cfg, &g.unused, &res->files_deleted);
	r = SUCCESS;
	goto done;
rollback:
	pimsync_db_rollback(db);
done:
	ctx_free(&g);
	db->err = saved;
	return r;
}

/* ---- purge ---- */

static bool retired_cb(void *ctx, HashTable *row)
{
	zval entry;
	array_init(&entry);
	add_next_index_long(&entry, col_long(row, 0));
	zend_string *path = col_str(row, 1);
	add_next_index_str(&entry, path ? path : ZSTR_EMPTY_ALLOC());
	add_next_index_zval(ctx, &entry);
	return true;
}

zend_result pimsync_gallery_purge_retired(pimsync_db *db, const pimsync_meta *meta, const pimsync_media_config *cfg,
                                          zend_long hours, zend_long *purged, zend_long *files_deleted, pimsync_error *err)
{
	char sql[512];
	zval list, *entry;
	HashTable unused;
	zend_long rows = 0;
	pimsync_error *saved = db->err;
	zend_result r = FAILURE;
	pimsync_attribute *a;

	*purged = *files_deleted = 0;
	db->err = err;
	array_init(&list);
	zend_hash_init(&unused, 8, NULL, NULL, 0);
	if (pimsync_db_begin_read_committed(db) == FAILURE) goto done;
	snprintf(sql, sizeof(sql), "SELECT l.value_id, m.value FROM pimsync_media_link l JOIN " T_GALLERY " m ON m.value_id = l.value_id"
	         " WHERE l.retired_at IS NOT NULL AND l.retired_at <= NOW() - INTERVAL " ZEND_LONG_FMT " HOUR ORDER BY l.value_id FOR UPDATE", hours);
	if (pimsync_db_each_row(db, sql, strlen(sql), retired_cb, &list) == FAILURE) goto rollback;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(list), entry) {
		zend_long value_id = Z_LVAL_P(zend_hash_index_find(Z_ARRVAL_P(entry), 0));
		zend_string *path = Z_STR_P(zend_hash_index_find(Z_ARRVAL_P(entry), 1));
		smart_str del = {0};
		/* a role a merchant pointed at it since goes with it, as Magento's own delete does */
		smart_str_append_printf(&del, "DELETE v FROM " T_VARCHAR " v JOIN " T_TO_ENTITY " e ON e.%s = v.%s AND e.value_id = "
		                        ZEND_LONG_FMT " WHERE v.value = ", meta->row_id ? "row_id" : "entity_id",
		                        meta->row_id ? "row_id" : "entity_id", value_id);
		pimsync_sql_quote(db, &del, ZSTR_VAL(path), ZSTR_LEN(path));
		smart_str_appends(&del, " AND v.attribute_id IN (0");
		ZEND_HASH_FOREACH_PTR(&((pimsync_meta *) meta)->attributes, a) {
			if (is_role(a)) smart_str_append_printf(&del, "," ZEND_LONG_FMT, a->id);
		} ZEND_HASH_FOREACH_END();
		smart_str_appendc(&del, ')');
		r = pimsync_db_exec_str(db, &del, NULL);
		smart_str_free(&del);
		if (r == FAILURE || delete_value(db, value_id, path, &unused, &rows) == FAILURE) {
			r = FAILURE;
			goto rollback;
		}
		(*purged)++;
	} ZEND_HASH_FOREACH_END();
	if (pimsync_db_commit(db) == FAILURE) goto rollback;
	delete_unused_files(db, cfg, &unused, files_deleted);
	r = SUCCESS;
	goto done;
rollback:
	r = FAILURE;
	pimsync_db_rollback(db);
done:
	zval_ptr_dtor(&list);
	zend_hash_destroy(&unused);
	db->err = saved;
	return r;
}
