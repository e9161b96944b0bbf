#include "php.h"
#include "zend_smart_str.h"
#include "ext/json/php_json.h"
#include "media_refs.h"
#include "product_record.h"

#define JSON_OPTIONS (PHP_JSON_UNESCAPED_SLASHES | PHP_JSON_UNESCAPED_UNICODE | PHP_JSON_INVALID_UTF8_SUBSTITUTE)

static void json_str(smart_str *out, zend_string *s)
{
	zval z;
	ZVAL_STR(&z, s);
	php_json_encode(out, &z, JSON_OPTIONS);
}

static bool is_hex40_prefix(const char *s, size_t len)
{
	if (len < 42 || s[40] != '_') return false;
	for (int i = 0; i < 40; i++) {
		if (!((s[i] >= '0' && s[i] <= '9') || (s[i] >= 'a' && s[i] <= 'f'))) return false;
	}
	return true;
}

/* Akeneo stores a file as a/b/c/d/<sha1>_<sanitized original name>
 * (Akeneo\Tool\Component\FileStorage\PathGenerator): the original name is
 * what follows the hash. A URL's name is its path's last segment. */
zend_string *pimsync_media_ref_file_name(pimsync_media_source source, const char *location, size_t len)
{
	const char *end = location + len, *start;
	if (source == PIMSYNC_MEDIA_URL) {
		const char *cut = memchr(location, '?', len), *hash = memchr(location, '#', len);
		if (hash && (!cut || hash < cut)) cut = hash;
		if (cut) end = cut;
		const char *scheme = strstr(location, "://");
		if (scheme && scheme < end) {
			const char *path = memchr(scheme + 3, '/', end - scheme - 3);
			if (!path) return zend_string_init("image", 5, 0);
		}
	}
	start = end;
	while (start > location && start[-1] != '/') start--;
	if (source == PIMSYNC_MEDIA_AKENEO && is_hex40_prefix(start, end - start)) start += 41;
	if (start == end) return zend_string_init("image", 5, 0);
	return zend_string_init(start, end - start, 0);
}

static pimsync_media_ref_store *store_entry(pimsync_media_ref *ref, zend_long store_id)
{
	for (uint32_t i = 0; i < ref->nstores; i++) {
		if (ref->stores[i].store_id == store_id) return &ref->stores[i];
	}
	if (ref->nstores == ref->stores_cap) {
		ref->stores_cap = ref->stores_cap ? ref->stores_cap * 2 : 4;
		ref->stores = erealloc(ref->stores, ref->stores_cap * sizeof(pimsync_media_ref_store));
	}
	pimsync_media_ref_store *s = &ref->stores[ref->nstores++];
	memset(s, 0, sizeof(*s));
	s->store_id = store_id;
	s->disabled = -1;
	return s;
}

void pimsync_media_add(pimsync_media_set *set, pimsync_media_source source, zend_string *location, zend_string *attribute,
                       const pimsync_image_attribute *rule, const zend_long *stores, uint32_t nstores)
{
	pimsync_media_ref *ref = NULL;
	for (uint32_t i = 0; i < set->n; i++) {
		if (set->refs[i].source == source && zend_string_equals(set->refs[i].location, location)) {
			ref = &set->refs[i];
			break;
		}
	}
	if (!ref) {
		if (set->n == set->cap) {
			set->cap = set->cap ? set->cap * 2 : 8;
			set->refs = erealloc(set->refs, set->cap * sizeof(pimsync_media_ref));
		}
		ref = &set->refs[set->n];
		memset(ref, 0, sizeof(*ref));
		ref->arrival = set->n++;
		ref->source = source;
		ref->location = zend_string_copy(location);
		ref->ref = zend_string_concat2(source == PIMSYNC_MEDIA_AKENEO ? "akeneo:" : "url:", source == PIMSYNC_MEDIA_AKENEO ? 7 : 4,
		                               ZSTR_VAL(location), ZSTR_LEN(location));
		ref->file = pimsync_media_ref_file_name(source, ZSTR_VAL(location), ZSTR_LEN(location));
		ref->position = rule->position;
		ref->label_attribute = rule->label;
	} else if (rule->position < ref->position) {
		ref->position = rule->position; /* named by two attributes: it goes where the first in the gallery puts it */
	}
	bool named = false;
	for (uint32_t i = 0; i < ref->nattributes; i++) named |= zend_string_equals(ref->attributes[i], attribute);
	if (!named) {
		ref->attributes = erealloc(ref->attributes, (ref->nattributes + 1) * sizeof(zend_string *));
		ref->attributes[ref->nattributes++] = zend_string_copy(attribute);
	}
	for (uint32_t i = 0; i < nstores; i++) {
		zend_string *key = zend_strpprintf(0, "%s\x1f" ZEND_LONG_FMT, ZSTR_VAL(attribute), stores[i]);
		zend_hash_add_empty_element(&set->valued, key);
		zend_string_release(key);
	}
	for (uint32_t i = 0; i < nstores; i++) {
		pimsync_media_ref_store *s = store_entry(ref, stores[i]);
		s->in = true;
		s->roles |= rule->roles;
		if (rule->gallery) s->visible = true;
	}
}

static int ref_cmp(const pimsync_media_ref *a, const pimsync_media_ref *b)
{
	if (a->position != b->position) return a->position < b->position ? -1 : 1;
	return a->arrival < b->arrival ? -1 : a->arrival > b->arrival;
}

static const pimsync_media_labels *labels_of(const pimsync_media_labels *labels, uint32_t n, zend_string *attribute)
{
	for (uint32_t i = 0; attribute && i < n; i++) {
		if (zend_string_equals(labels[i].attribute, attribute)) return &labels[i];
	}
	return NULL;
}

void pimsync_media_finish(pimsync_media_set *set, const pimsync_images_config *images, const zend_long *all_stores,
                          uint32_t nall, const pimsync_media_labels *labels, uint32_t nlabels)
{
	HashTable claimed; /* store id => roles an earlier image holds there */
	smart_str json = {0};

	/* insertion sort: a product has a handful of images, rarely a few hundred */
	for (uint32_t i = 1; i < set->n; i++) {
		pimsync_media_ref r = set->refs[i];
		uint32_t j = i;
		while (j > 0 && ref_cmp(&set->refs[j - 1], &r) > 0) {
			set->refs[j] = set->refs[j - 1];
			j--;
		}
		set->refs[j] = r;
	}
	zend_hash_init(&claimed, 8, NULL, NULL, 0);
	for (uint32_t i = 0; i < set->n; i++) {
		pimsync_media_ref *ref = &set->refs[i];
		const pimsync_media_labels *l = labels_of(labels, nlabels, ref->label_attribute);
		pimsync_media_ref_store *admin = NULL;
		for (uint32_t k = 0; k < ref->nstores; k++) {
			if (ref->stores[k].store_id == 0) admin = &ref->stores[k];
		}
		bool global = admin && admin->in;
		/* one image per role and store: the first in gallery order keeps it */
		for (uint32_t k = 0; k < ref->nstores; k++) {
			pimsync_media_ref_store *s = &ref->stores[k];
			zval *held = zend_hash_index_find(&claimed, s->store_id);
			uint32_t taken = held ? (uint32_t) Z_LVAL_P(held) : 0;
			s->roles &= ~taken;
			zval now;
			ZVAL_LONG(&now, taken | s->roles);
			zend_hash_index_update(&claimed, s->store_id, &now);
		}
		/* Magento's gallery values fall back to store 0: an image shown there is hidden
		 * where the feed does not put it; one not shown there is shown only where it is */
		bool shown_everywhere = admin && admin->visible;
		if (shown_everywhere) {
			/* hidden where its attribute has another image (a localized value overrides the admin one),
			 * or where the feed puts it but hides it */
			for (uint32_t a = 0; a < nall; a++) {
				pimsync_media_ref_store *s = NULL;
				if (all_stores[a] == 0) continue;
				for (uint32_t k = 0; k < ref->nstores; k++) {
					if (ref->stores[k].store_id == all_stores[a]) s = &ref->stores[k];
				}
				if (s && s->in) {
					if (!s->visible) s->disabled = 1;
					continue;
				}
				for (uint32_t t = 0; t < ref->nattributes; t++) {
					zend_string *key = zend_strpprintf(0, "%s\x1f" ZEND_LONG_FMT, ZSTR_VAL(ref->attributes[t]), all_stores[a]);
					bool overridden = zend_hash_exists(&set->valued, key);
					zend_string_release(key);
					if (overridden) {
						store_entry(ref, all_stores[a])->disabled = 1;
						break;
					}
				}
			}
		} else {
			store_entry(ref, 0)->disabled = 1;
			for (uint32_t k = 0; k < ref->nstores; k++) {
				if (ref->stores[k].visible) ref->stores[k].disabled = 0;
			}
		}
		/* the label where the image is: every labelled store when it is global */
		if (l) {
			zend_ulong store_id;
			zend_string *label;
			ZEND_HASH_FOREACH_NUM_KEY_PTR((HashTable *) &l->by_store, store_id, label) {
				pimsync_media_ref_store *s = NULL;
				for (uint32_t k = 0; k < ref->nstores; k++) {
					if (ref->stores[k].store_id == (zend_long) store_id) s = &ref->stores[k];
				}
				if (!s && global) s = store_entry(ref, (zend_long) store_id);
				if (s && (s->in || global)) {
					if (s->label) zend_string_release(s->label);
					s->label = zend_string_copy(label);
				}
			} ZEND_HASH_FOREACH_END();
		}
		/* stores in id order: the JSON, and so the generation, does not depend on feed order */
		for (uint32_t k = 1; k < ref->nstores; k++) {
			pimsync_media_ref_store s = ref->stores[k];
			uint32_t j = k;
			while (j > 0 && ref->stores[j - 1].store_id > s.store_id) {
				ref->stores[j] = ref->stores[j - 1];
				j--;
			}
			ref->stores[j] = s;
		}
	}
	zend_hash_destroy(&claimed);

	pimsync_media_images_json(set, images, 0, set->n, &json);
	smart_str_appends(&json, "pimsync-media-v1");
	smart_str_0(&json);
	uint64_t h = pimsync_hash_bytes(ZSTR_VAL(json.s), ZSTR_LEN(json.s), 0x696d61676573ULL);
	snprintf(set->generation, sizeof(set->generation), "%016" PRIx64, h);
	smart_str_free(&json);
}

static void store_key(smart_str *out, zend_long store_id, bool *first)
{
	smart_str_appends(out, *first ? "\"" : ",\"");
	smart_str_append_long(out, store_id);
	smart_str_appends(out, "\":");
	*first = false;
}

void pimsync_media_images_json(const pimsync_media_set *set, const pimsync_images_config *images, uint32_t from, uint32_t to,
                               smart_str *out)
{
	smart_str_appendc(out, '[');
	for (uint32_t i = from; i < to && i < set->n; i++) {
		const pimsync_media_ref *ref = &set->refs[i];
		bool first;
		if (i > from) smart_str_appendc(out, ',');
		smart_str_appends(out, "{\"ref\":");
		json_str(out, ref->ref);
		smart_str_appends(out, ref->source == PIMSYNC_MEDIA_AKENEO ? ",\"source\":\"akeneo\",\"code\":" : ",\"source\":\"url\",\"code\":null");
		if (ref->source == PIMSYNC_MEDIA_AKENEO) {
			json_str(out, ref->location);
			smart_str_appends(out, ",\"url\":null");
		} else {
			smart_str_appends(out, ",\"url\":");
			json_str(out, ref->location);
		}
		smart_str_appends(out, ",\"file\":");
		json_str(out, ref->file);
		smart_str_appends(out, ",\"position\":");
		smart_str_append_long(out, (zend_long) i + 1);
		smart_str_appends(out, ",\"roles\":{");
		first = true;
		for (uint32_t k = 0; k < ref->nstores; k++) {
			const pimsync_media_ref_store *s = &ref->stores[k];
			if (!s->roles) continue;
			store_key(out, s->store_id, &first);
			smart_str_appendc(out, '[');
			bool first_role = true;
			for (uint32_t b = 0; b < images->nroles; b++) {
				if (!(s->roles & (1u << b))) continue;
				if (!first_role) smart_str_appendc(out, ',');
				json_str(out, images->roles[b]);
				first_role = false;
			}
			smart_str_appendc(out, ']');
		}
		smart_str_appends(out, "},\"labels\":{");
		first = true;
		for (uint32_t k = 0; k < ref->nstores; k++) {
			if (!ref->stores[k].label) continue;
			store_key(out, ref->stores[k].store_id, &first);
			json_str(out, ref->stores[k].label);
		}
		smart_str_appends(out, "},\"disabled\":{");
		first = true;
		for (uint32_t k = 0; k < ref->nstores; k++) {
			if (ref->stores[k].disabled < 0) continue;
			store_key(out, ref->stores[k].store_id, &first);
			smart_str_appends(out, ref->stores[k].disabled ? "true" : "false");
		}
		smart_str_appends(out, "}}");
	}
	smart_str_appendc(out, ']');
}

void pimsync_media_keep_json(const pimsync_media_set *set, smart_str *out)
{
	smart_str_appendc(out, '[');
	for (uint32_t i = 0; i < set->n; i++) {
		if (i) smart_str_appendc(out, ',');
		json_str(out, set->refs[i].ref);
	}
	smart_str_appendc(out, ']');
}

void pimsync_media_set_free(pimsync_media_set *set)
{
	for (uint32_t i = 0; i < set->n; i++) {
		pimsync_media_ref *ref = &set->refs[i];
		zend_string_release(ref->ref);
		zend_string_release(ref->location);
		zend_string_release(ref->file);
		for (uint32_t k = 0; k < ref->nattributes; k++) zend_string_release(ref->attributes[k]);
		if (ref->attributes) efree(ref->attributes);
		for (uint32_t k = 0; k < ref->nstores; k++) {
			if (ref->stores[k].label) zend_string_release(ref->stores[k].label);
		}
		if (ref->stores) efree(ref->stores);
	}
	if (set->refs) efree(set->refs);
	if (set->on) zend_hash_destroy(&set->valued);
	memset(set, 0, sizeof(*set));
}

void pimsync_media_set_init(pimsync_media_set *set)
{
	memset(set, 0, sizeof(*set));
	set->on = true;
	zend_hash_init(&set->valued, 16, NULL, NULL, 0);
}
