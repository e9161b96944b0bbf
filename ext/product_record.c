/* The product record: value list, canonical order and hash. */
#include "php.h"
#include "ext/hash/php_hash.h"
#include "product_record.h"

static const php_hash_ops *xxh3_ops;
#define HASH_CTX_MAX 2048

void pimsync_hash_minit(void)
{
	zend_string *name = zend_string_init("xxh3", 4, 1);
	xxh3_ops = php_hash_fetch_ops(name);
	zend_string_release(name);
	ZEND_ASSERT(xxh3_ops && xxh3_ops->context_size <= HASH_CTX_MAX);
}

uint64_t pimsync_hash_bytes(const void *data, size_t len, uint64_t seed)
{
	_Alignas(64) unsigned char ctx[HASH_CTX_MAX];
	unsigned char digest[8], seed_bytes[8];
	uint64_t h = 0;

	memcpy(seed_bytes, &seed, 8);
	xxh3_ops->hash_init(ctx, NULL);
	xxh3_ops->hash_update(ctx, seed_bytes, 8);
	xxh3_ops->hash_update(ctx, data, len);
	xxh3_ops->hash_final(digest, ctx);
	for (int i = 0; i < 8; i++) h = (h << 8) | digest[i];
	/* stored in BIGINT UNSIGNED; keep it in the signed range PDO returns as int */
	return h & 0x7fffffffffffffffULL;
}

void pimsync_record_add_value(pimsync_record *rec, pimsync_attribute *attr, zend_long store_id, zend_string *value)
{
	if (rec->nvalues == rec->values_cap) {
		rec->values_cap = rec->values_cap ? rec->values_cap * 2 : 32;
		rec->values = erealloc(rec->values, rec->values_cap * sizeof(pimsync_value));
	}
	rec->values[rec->nvalues].attr = attr;
	rec->values[rec->nvalues].store_id = store_id;
	rec->values[rec->nvalues].value = value;
	rec->values[rec->nvalues].pending = false;
	rec->values[rec->nvalues].held_back = false;
	rec->nvalues++;
}

zend_string *pimsync_option_id_list(zend_long *ids, uint32_t n)
{
	smart_str out = {0};
	/* sorted, so that the comparison with Magento's value is stable */
	for (uint32_t i = 1; i < n; i++) {
		zend_long v = ids[i];
		uint32_t j = i;
		while (j > 0 && ids[j - 1] > v) { ids[j] = ids[j - 1]; j--; }
		ids[j] = v;
	}
	for (uint32_t i = 0; i < n; i++) {
		if (i && ids[i] == ids[i - 1]) continue;
		if (out.s) smart_str_appendc(&out, ',');
		smart_str_append_long(&out, ids[i]);
	}
	return smart_str_extract(&out);
}

void pimsync_record_add_pending(pimsync_record *rec, pimsync_attribute *attr, zend_string *akeneo_attribute, zend_long store_id,
                                const zend_long *ids, uint32_t nids, zend_string *const *codes, uint32_t ncodes)
{
	pimsync_pending_value *p;

	rec->pending = erealloc(rec->pending, (rec->npending + 1) * sizeof(pimsync_pending_value));
	p = &rec->pending[rec->npending++];
	p->attr = attr;
	p->akeneo_attribute = zend_string_copy(akeneo_attribute);
	p->store_id = store_id;
	p->nids = nids;
	p->ids = nids ? safe_emalloc(nids, sizeof(zend_long), 0) : NULL;
	if (nids) memcpy(p->ids, ids, nids * sizeof(zend_long));
	p->ncodes = ncodes;
	p->codes = safe_emalloc(ncodes, sizeof(zend_string *), 0);
	for (uint32_t i = 0; i < ncodes; i++) p->codes[i] = zend_string_copy(codes[i]);
	/* a slot in the value order until the batch sets the ids; a record with one is
	 * never taken for unchanged (pimsync_record_has_pending) */
	pimsync_record_add_value(rec, attr, store_id, ZSTR_CHAR('?'));
	rec->values[rec->nvalues - 1].pending = true;
}

void pimsync_record_add_link(pimsync_record *rec, pimsync_link_type type, pimsync_link_target_kind kind, uint32_t position,
                             zend_string *target)
{
	if ((rec->nlinks & (rec->nlinks - 1)) == 0) {
		/* grows at 1, 2, 4, 8…: most products have a handful */
		rec->links = erealloc(rec->links, (rec->nlinks ? rec->nlinks * 2 : 1) * sizeof(pimsync_link_ref));
	}
	pimsync_link_ref *l = &rec->links[rec->nlinks++];
	l->type = type;
	l->kind = kind;
	l->position = position;
	l->target = zend_string_copy(target);
}

static int value_cmp(const void *a, const void *b)
{
	const pimsync_value *x = a, *y = b;
	if (x->attr->id != y->attr->id) return x->attr->id < y->attr->id ? -1 : 1;
	if (x->store_id != y->store_id) return x->store_id < y->store_id ? -1 : 1;
	return 0;
}

static int long_cmp(const void *a, const void *b)
{
	zend_long x = *(const zend_long *) a, y = *(const zend_long *) b;
	return x < y ? -1 : x > y;
}

void pimsync_record_finish(pimsync_record *rec)
{
	uint32_t i, out = 0;
	/* stable order first, so "last one wins" below is well defined */
	for (i = 0; i < rec->nvalues; i++) {
		/* insertion sort is fine for the ~60 values of a product */
		pimsync_value v = rec->values[i];
		uint32_t j = i;
		while (j > 0 && value_cmp(&rec->values[j - 1], &v) > 0) {
			rec->values[j] = rec->values[j - 1];
			j--;
		}
		rec->values[j] = v;
	}
	for (i = 0; i < rec->nvalues; i++) {
		if (out > 0 && value_cmp(&rec->values[out - 1], &rec->values[i]) == 0) {
			if (rec->values[out - 1].value) zend_string_release(rec->values[out - 1].value);
			rec->values[out - 1] = rec->values[i];
			continue;
		}
		rec->values[out++] = rec->values[i];
	}
	rec->nvalues = out;
	if (rec->ncategories > 1) {
		qsort(rec->category_ids, rec->ncategories, sizeof(zend_long), long_cmp);
		for (i = 1, out = 1; i < rec->ncategories; i++) {
			if (rec->category_ids[i] != rec->category_ids[out - 1]) rec->category_ids[out++] = rec->category_ids[i];
		}
		rec->ncategories = out;
	}
}

uint64_t pimsync_record_hash(const pimsync_record *rec)
{
	smart_str buf = {0};
	uint64_t h;
	smart_str_append_long(&buf, rec->attribute_set_id);
	smart_str_appendc(&buf, rec->enabled ? 'E' : 'D');
	for (uint32_t i = 0; i < rec->ncategories; i++) {
		smart_str_appendc(&buf, 'c');
		smart_str_append_long(&buf, rec->category_ids[i]);
	}
	/* associations in feed order: their order is their position */
	for (uint32_t i = 0; i < rec->nlinks; i++) {
		const pimsync_link_ref *l = &rec->links[i];
		smart_str_appendc(&buf, 'L');
		smart_str_append_long(&buf, l->type);
		smart_str_appendc(&buf, '/');
		smart_str_append_long(&buf, l->kind);
		smart_str_appendc(&buf, '/');
		smart_str_append_long(&buf, l->position);
		smart_str_appendc(&buf, '=');
		smart_str_append_long(&buf, (zend_long) ZSTR_LEN(l->target));
		smart_str_appendc(&buf, ':');
		smart_str_append(&buf, l->target);
	}
	for (uint32_t i = 0; i < rec->nwebsites; i++) {
		smart_str_appendc(&buf, 'W');
		smart_str_append_long(&buf, rec->website_ids[i]);
	}
	/* the uuid is remembered for the links that name this product by it */
	if (rec->uuid) {
		smart_str_appendc(&buf, 'U');
		smart_str_append(&buf, rec->uuid);
	}
	if (rec->configurable) {
		smart_str_appends(&buf, "C");
		for (uint32_t i = 0; i < rec->naxes; i++) {
			smart_str_appendc(&buf, 'a');
			smart_str_append_long(&buf, rec->axes[i]->id);
		}
	}
	if (rec->parent_sku) {
		smart_str_appends(&buf, "P");
		smart_str_append_long(&buf, (zend_long) ZSTR_LEN(rec->parent_sku));
		smart_str_appendc(&buf, ':');
		smart_str_append(&buf, rec->parent_sku);
	}
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		const pimsync_value *v = &rec->values[i];
		smart_str_appendc(&buf, '\x1e');
		smart_str_append_long(&buf, v->attr->id);
		smart_str_appendc(&buf, '/');
		smart_str_append_long(&buf, v->store_id);
		if (v->value) {
			smart_str_appendc(&buf, '=');
			smart_str_append_long(&buf, (zend_long) ZSTR_LEN(v->value));
			smart_str_appendc(&buf, ':');
			smart_str_append(&buf, v->value);
		} else {
			smart_str_appendc(&buf, '~');
		}
	}
	for (int i = 0; i < PIMSYNC_STOCK_FIELD_COUNT; i++) {
		if (!rec->stock.value[i]) continue;
		smart_str_appendc(&buf, '\x1f');
		smart_str_append_long(&buf, i);
		smart_str_appendc(&buf, '=');
		smart_str_append(&buf, rec->stock.value[i]);
	}
	/* images on: a change of the media set alone is a change of the record */
	if (rec->media.on) {
		smart_str_appendc(&buf, 'M');
		smart_str_appends(&buf, rec->media.generation);
	}
	smart_str_0(&buf);
	h = pimsync_hash_bytes(ZSTR_VAL(buf.s), ZSTR_LEN(buf.s), 0x70696d73796e63ULL);
	smart_str_free(&buf);
	/* 0 and 1 are the state's markers (disabled as absent, written with values left out) */
	return h < PIMSYNC_HASH_MARKERS ? h + PIMSYNC_HASH_MARKERS : h;
}

void pimsync_record_free(pimsync_record *rec)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		if (rec->values[i].value) zend_string_release(rec->values[i].value);
	}
	if (rec->values) efree(rec->values);
	for (int i = 0; i < PIMSYNC_STOCK_FIELD_COUNT; i++) {
		if (rec->stock.value[i]) zend_string_release(rec->stock.value[i]);
	}
	if (rec->category_ids) efree(rec->category_ids);
	for (uint32_t i = 0; i < rec->npending; i++) {
		pimsync_pending_value *p = &rec->pending[i];
		zend_string_release(p->akeneo_attribute);
		for (uint32_t j = 0; j < p->ncodes; j++) zend_string_release(p->codes[j]);
		efree(p->codes);
		if (p->ids) efree(p->ids);
	}
	if (rec->pending) efree(rec->pending);
	for (uint32_t i = 0; i < rec->nnew_categories; i++) zend_string_release(rec->new_categories[i]);
	if (rec->new_categories) efree(rec->new_categories);
	if (rec->mapped_category_ids) efree(rec->mapped_category_ids);
	for (uint32_t i = 0; i < rec->nlinks; i++) zend_string_release(rec->links[i].target);
	if (rec->links) efree(rec->links);
	if (rec->uuid) zend_string_release(rec->uuid);
	if (rec->website_ids) efree(rec->website_ids);
	if (rec->sku) zend_string_release(rec->sku);
	if (rec->position) zend_string_release(rec->position);
	if (rec->raw) zend_string_release(rec->raw);
	if (rec->source_id) zend_string_release(rec->source_id);
	pimsync_issue_list_free(&rec->issues);
	for (uint32_t i = 0; i < rec->nheld; i++) {
		zend_string_release(rec->held[i].attribute);
		zend_string_release(rec->held[i].message);
	}
	if (rec->held) efree(rec->held);
	if (rec->fallback_name) zend_string_release(rec->fallback_name);
	if (rec->fallback_from) zend_string_release(rec->fallback_from);
	if (rec->axes) efree(rec->axes);
	if (rec->parent_sku) zend_string_release(rec->parent_sku);
	pimsync_media_set_free(&rec->media);
	memset(rec, 0, sizeof(*rec));
}
