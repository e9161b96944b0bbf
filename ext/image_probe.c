/* PHP binding of the image downloads: PimSync\probeImages() fetches and
 * checks URLs and Akeneo media files under a config's images.download policy
 * and writes nothing; PimSync\imageInfo() checks bytes the caller has. The
 * only file of the part that touches zvals or throws. */
#include "php_pimsync.h"
#include "zend_exceptions.h"
#include "ext/hash/php_hash.h"
#include "ext/hash/php_hash_sha.h"
#include "objects.h"
#include "sync_config.h"
#include "akeneo_client.h"
#include "image_fetch.h"
#include "url_policy.h"

static void info_to_array(zval *out, const pimsync_image_info *info, bool ok)
{
	if (ok) {
		add_assoc_string(out, "mime", info->mime);
		add_assoc_string(out, "extension", info->extension);
		add_assoc_long(out, "width", info->width);
		add_assoc_long(out, "height", info->height);
	} else {
		add_assoc_null(out, "mime");
		add_assoc_null(out, "extension");
		add_assoc_null(out, "width");
		add_assoc_null(out, "height");
	}
}

PHP_FUNCTION(PimSync_imageInfo)
{
	zend_string *bytes;
	pimsync_image_info info;
	const char *kind;
	char why[256];

	ZEND_PARSE_PARAMETERS_START(1, 1)
		Z_PARAM_STR(bytes)
	ZEND_PARSE_PARAMETERS_END();

	bool ok = pimsync_image_check((const unsigned char *) ZSTR_VAL(bytes), ZSTR_LEN(bytes), &info, &kind, why, sizeof(why));
	array_init(return_value);
	add_assoc_bool(return_value, "ok", ok);
	info_to_array(return_value, &info, ok);
	add_assoc_string(return_value, "reason_kind", ok ? "" : kind);
	add_assoc_string(return_value, "reason", ok ? "" : why);
}

/* One ref of probeImages(): its item, or how it failed before any download. */
typedef struct {
	pimsync_image_fetch_item item;
	bool akeneo;
	bool settled;          /* failed before fetching: reason already in item */
} probe_ref;

static void settle(probe_ref *r, const char *kind, bool retryable, const char *why)
{
	snprintf(r->item.reason_kind, sizeof(r->item.reason_kind), "%s", kind);
	snprintf(r->item.reason, sizeof(r->item.reason), "%s", why);
	r->item.retryable = retryable;
	r->settled = true;
}

/* Fetches the refs whose index is in which[0..n) in one batch. */
static void fetch_some(const pimsync_image_download_settings *s, probe_ref *refs, const uint32_t *which, uint32_t n)
{
	pimsync_image_fetch_item *batch = safe_emalloc(n, sizeof(*batch), 0);
	for (uint32_t i = 0; i < n; i++) batch[i] = refs[which[i]].item;
	pimsync_image_fetch_all(s, batch, n, NULL);
	for (uint32_t i = 0; i < n; i++) refs[which[i]].item = batch[i];
	efree(batch);
}

static void sha256_hex(const zend_string *body, char out[65])
{
	PHP_SHA256_CTX ctx;
	unsigned char digest[32];
	PHP_SHA256Init(&ctx);
	PHP_SHA256Update(&ctx, (const unsigned char *) ZSTR_VAL(body), ZSTR_LEN(body));
	PHP_SHA256Final(digest, &ctx);
	for (int i = 0; i < 32; i++) snprintf(out + 2 * i, 3, "%02x", digest[i]);
}

static void result_to_array(zval *out, const probe_ref *r)
{
	const pimsync_image_fetch_item *it = &r->item;
	bool ok = it->body && !it->reason_kind[0];
	char shown[256], hex[65];

	array_init(out);
	add_assoc_bool(out, "ok", ok);
	if (it->url) {
		pimsync_url_display(ZSTR_VAL(it->url), shown, sizeof(shown));
		add_assoc_string(out, "url", shown);
	} else {
		add_assoc_null(out, "url");
	}
	add_assoc_long(out, "bytes", ok ? (zend_long) ZSTR_LEN(it->body) : 0);
	info_to_array(out, &it->info, ok);
	if (ok) {
		sha256_hex(it->body, hex);
		add_assoc_string(out, "sha256", hex);
	} else {
		add_assoc_null(out, "sha256");
	}
	add_assoc_string(out, "reason_kind", it->reason_kind);
	add_assoc_string(out, "reason", it->reason);
	add_assoc_bool(out, "retryable", it->retryable);
	add_assoc_long(out, "http_status", it->http_status);
}

/* Akeneo refs get their URL and token from a client of the config's source;
 * without one, or when it cannot log in, they fail and the URLs go on. */
static pimsync_akeneo_client *akeneo_refs(pimsync_config *cfg, probe_ref *refs, zend_string **codes, uint32_t n,
	const char **token)
{
	pimsync_akeneo_settings settings;
	pimsync_akeneo_client *client = NULL;
	pimsync_error err;
	const char *bad_key = NULL;
	bool any = false;
	char why[256];

	*token = NULL;
	for (uint32_t i = 0; i < n; i++) any = any || refs[i].akeneo;
	if (!any) return NULL;
	pimsync_akeneo_settings_init(&settings);
	if (cfg->source_kind != PIMSYNC_SOURCE_AKENEO_API) {
		snprintf(err.message, sizeof(err.message), "an Akeneo media file needs a config whose source.type is \"akeneo_api\"");
		client = NULL;
	} else if (pimsync_akeneo_settings_from_array(cfg->source, &settings, &bad_key, &err) == SUCCESS) {
		if ((client = pimsync_akeneo_open(&settings, &err))) {
			*token = pimsync_akeneo_access_token(client, false, &err);
		}
	}
	pimsync_akeneo_settings_dtor(&settings);
	for (uint32_t i = 0; i < n; i++) {
		if (!refs[i].akeneo) continue;
		if (!client || !*token) {
			snprintf(why, sizeof(why), "Akeneo login failed: %s", err.message);
			settle(&refs[i], cfg->source_kind != PIMSYNC_SOURCE_AKENEO_API ? "no_akeneo_source" : "akeneo_auth",
				cfg->source_kind == PIMSYNC_SOURCE_AKENEO_API, cfg->source_kind != PIMSYNC_SOURCE_AKENEO_API ? err.message : why);
			continue;
		}
		refs[i].item.url = pimsync_akeneo_media_file_url(client, ZSTR_VAL(codes[i]), ZSTR_LEN(codes[i]), why, sizeof(why));
		if (!refs[i].item.url) settle(&refs[i], "bad_media_code", false, why);
		refs[i].item.bearer = *token;
	}
	return client;
}

PHP_FUNCTION(PimSync_probeImages)
{
	zval *zconfig, *ref, *code;
	HashTable *list;
	pimsync_config *cfg;
	pimsync_image_download_settings settings;
	pimsync_akeneo_client *client;
	probe_ref *refs;
	zend_string **codes, *trusted = NULL;
	uint32_t n, i = 0, todo = 0, *which;
	const char *token;

	ZEND_PARSE_PARAMETERS_START(2, 2)
		Z_PARAM_OBJECT_OF_CLASS(zconfig, pimsync_ce_config)
		Z_PARAM_ARRAY_HT(list)
	ZEND_PARSE_PARAMETERS_END();

	ZEND_HASH_FOREACH_VAL(list, ref) {
		ZVAL_DEREF(ref);
		if (Z_TYPE_P(ref) == IS_STRING) continue;
		if (Z_TYPE_P(ref) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(ref)) == 1
		    && (code = zend_hash_str_find_deref(Z_ARRVAL_P(ref), ZEND_STRL("akeneo"))) && Z_TYPE_P(code) == IS_STRING) continue;
		zend_argument_value_error(2, "must hold URLs (strings) or [\"akeneo\" => media file code] arrays");
		RETURN_THROWS();
	} ZEND_HASH_FOREACH_END();

	cfg = pimsync_config_from_obj(Z_OBJ_P(zconfig))->config;
	n = zend_hash_num_elements(list);
	refs = ecalloc(n ? n : 1, sizeof(*refs));
	codes = ecalloc(n ? n : 1, sizeof(*codes));
	which = ecalloc(n ? n : 1, sizeof(*which));
	ZEND_HASH_FOREACH_VAL(list, ref) {
		ZVAL_DEREF(ref);
		if (Z_TYPE_P(ref) == IS_STRING) {
			refs[i].item.url = zend_string_copy(Z_STR_P(ref));
		} else {
			refs[i].akeneo = true;
			codes[i] = Z_STR_P(zend_hash_str_find_deref(Z_ARRVAL_P(ref), ZEND_STRL("akeneo")));
		}
		i++;
	} ZEND_HASH_FOREACH_END();

	client = akeneo_refs(cfg, refs, codes, n, &token);
	settings = cfg->image_download;
	if (cfg->source_kind == PIMSYNC_SOURCE_AKENEO_API) {
		zval *base = zend_hash_str_find(cfg->source, ZEND_STRL("base_url"));
		if (base && Z_TYPE_P(base) == IS_STRING && (trusted = pimsync_url_host(Z_STRVAL_P(base)))) {
			settings.trusted_host = ZSTR_VAL(trusted);
		}
	}
	for (i = 0; i < n; i++) {
		if (!refs[i].settled) which[todo++] = i;
	}
	fetch_some(&settings, refs, which, todo);

	/* a token the server refuses (expired early, revoked) is renewed once, and those downloads repeated */
	todo = 0;
	for (i = 0; i < n; i++) {
		if (refs[i].akeneo && !refs[i].settled && refs[i].item.http_status == 401) which[todo++] = i;
	}
	if (todo) {
		pimsync_error err;
		const char *renewed = pimsync_akeneo_access_token(client, true, &err);
		for (uint32_t k = 0; k < todo; k++) {
			if (renewed) {
				refs[which[k]].item.bearer = renewed;
			} else {
				char why[256];
				pimsync_image_fetch_item_reset(&refs[which[k]].item);
				snprintf(why, sizeof(why), "Akeneo refused the token (HTTP 401) and renewing it failed: %s", err.message);
				settle(&refs[which[k]], "akeneo_auth", true, why);
				refs[which[k]].item.http_status = 401;
			}
		}
		if (renewed) fetch_some(&settings, refs, which, todo);
	}

	array_init_size(return_value, n);
	i = 0;
	{
		zend_ulong index;
		zend_string *key;
		ZEND_HASH_FOREACH_KEY(list, index, key) {
			zval row;
			result_to_array(&row, &refs[i]);
			if (key) zend_hash_update(Z_ARRVAL_P(return_value), key, &row);
			else zend_hash_index_update(Z_ARRVAL_P(return_value), index, &row);
			pimsync_image_fetch_item_reset(&refs[i].item);
			if (refs[i].item.url) zend_string_release(refs[i].item.url);
			i++;
		} ZEND_HASH_FOREACH_END();
	}
	if (client) pimsync_akeneo_close(client);
	if (trusted) zend_string_release(trusted);
	efree(which);
	efree(codes);
	efree(refs);
}
