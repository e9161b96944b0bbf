#include "php.h"
#include "plan_report.h"
#include "ownership.h"

static void table_dtor(zval *zv)
{
	zend_hash_destroy(Z_PTR_P(zv));
	efree(Z_PTR_P(zv));
}

pimsync_plan *pimsync_plan_new(const pimsync_ownership *ownership)
{
	pimsync_plan *p = ecalloc(1, sizeof(*p));
	p->ownership = ownership;
	zend_hash_init(&p->updated, 16, NULL, table_dtor, 0);
	zend_hash_init(&p->created, 16, NULL, NULL, 0);
	zend_hash_init(&p->samples, 16, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&p->by_owner, 4, NULL, table_dtor, 0);
	zend_hash_init(&p->by_rule, 8, NULL, NULL, 0);
	array_init(&p->pending);
	return p;
}

void pimsync_plan_free(pimsync_plan *p)
{
	zend_hash_destroy(&p->updated);
	zend_hash_destroy(&p->created);
	zend_hash_destroy(&p->samples);
	zend_hash_destroy(&p->by_owner);
	zend_hash_destroy(&p->by_rule);
	zval_ptr_dtor(&p->pending);
	efree(p);
}

/* The count under key in t, made when missing. */
static zend_long *count_str(HashTable *t, const char *key, size_t len)
{
	zval *v = zend_hash_str_find(t, key, len);
	if (!v) {
		zval zero;
		ZVAL_LONG(&zero, 0);
		v = zend_hash_str_add(t, key, len, &zero);
	}
	return &Z_LVAL_P(v);
}

/* The table under key in t (a HashTable of counts), made when missing. */
static HashTable *table_str(HashTable *t, const char *key, size_t len)
{
	HashTable *sub = zend_hash_str_find_ptr(t, key, len);
	if (!sub) {
		sub = emalloc(sizeof(HashTable));
		zend_hash_init(sub, 8, NULL, NULL, 0);
		zend_hash_str_add_ptr(t, key, len, sub);
	}
	return sub;
}

void pimsync_plan_value(pimsync_plan *p, zend_string *attribute, zend_long store_id, zend_string *sku, const zval *old,
                        zend_string *value, bool is_new)
{
	zval entry;
	array_init_size(&entry, 6);
	add_next_index_str(&entry, zend_string_copy(attribute));
	add_next_index_long(&entry, store_id);
	add_next_index_str(&entry, zend_string_copy(sku));
	if (old && Z_TYPE_P(old) == IS_STRING) add_next_index_str(&entry, zend_string_copy(Z_STR_P(old)));
	else add_next_index_null(&entry);
	if (value) add_next_index_str(&entry, zend_string_copy(value));
	else add_next_index_null(&entry);
	add_next_index_bool(&entry, is_new);
	add_next_index_zval(&p->pending, &entry);
}

void pimsync_plan_attempt(pimsync_plan *p)
{
	zend_hash_clean(Z_ARRVAL(p->pending));
}

void pimsync_plan_committed(pimsync_plan *p)
{
	zval *entry;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL(p->pending), entry) {
		HashTable *e = Z_ARRVAL_P(entry);
		zend_string *attribute = Z_STR_P(zend_hash_index_find(e, 0));
		zend_long store_id = Z_LVAL_P(zend_hash_index_find(e, 1));
		if (Z_TYPE_P(zend_hash_index_find(e, 5)) == IS_TRUE) {
			(*count_str(&p->created, ZSTR_VAL(attribute), ZSTR_LEN(attribute)))++;
			continue;
		}
		HashTable *stores = table_str(&p->updated, ZSTR_VAL(attribute), ZSTR_LEN(attribute));
		zval *n = zend_hash_index_find(stores, (zend_ulong) store_id);
		if (n) {
			Z_LVAL_P(n)++;
		} else {
			zval one;
			ZVAL_LONG(&one, 1);
			zend_hash_index_add(stores, (zend_ulong) store_id, &one);
		}
		/* the samples show what changes: values of products Magento has */
		zval *list = zend_hash_find(&p->samples, attribute);
		if (!list) {
			zval empty;
			array_init(&empty);
			list = zend_hash_add(&p->samples, attribute, &empty);
		}
		if (zend_hash_num_elements(Z_ARRVAL_P(list)) >= PIMSYNC_PLAN_SAMPLES) continue;
		zval sample;
		array_init_size(&sample, 4);
		add_assoc_zval(&sample, "sku", zend_hash_index_find(e, 2));
		Z_TRY_ADDREF_P(zend_hash_index_find(e, 2));
		add_assoc_long(&sample, "store_id", store_id);
		zval *old = zend_hash_index_find(e, 3), *value = zend_hash_index_find(e, 4);
		Z_TRY_ADDREF_P(old);
		add_assoc_zval(&sample, "old", old);
		Z_TRY_ADDREF_P(value);
		add_assoc_zval(&sample, "new", value);
		add_next_index_zval(list, &sample);
	} ZEND_HASH_FOREACH_END();
	zend_hash_clean(Z_ARRVAL(p->pending));
}

void pimsync_plan_refused(pimsync_plan *p, const char *field, zend_long n)
{
	zend_string *name = zend_string_init(field, strlen(field), 0);
	const char *owner = pimsync_system_names[pimsync_ownership_owner(p->ownership, name)];
	zend_string_release(name);
	*count_str(table_str(&p->by_owner, owner, strlen(owner)), field, strlen(field)) += n;
}

void pimsync_plan_rule(pimsync_plan *p, const char *kind)
{
	(*count_str(&p->by_rule, kind, strlen(kind)))++;
}

static void add_counts(zval *out, const char *key, const HashTable *counts)
{
	zval copy;
	array_init_size(&copy, zend_hash_num_elements(counts));
	zend_hash_copy(Z_ARRVAL(copy), (HashTable *) counts, NULL);
	add_assoc_zval(out, key, &copy);
}

static void add_tables(zval *out, const char *key, const HashTable *tables)
{
	zval all;
	zend_string *name;
	HashTable *sub;
	array_init(&all);
	ZEND_HASH_FOREACH_STR_KEY_PTR((HashTable *) tables, name, sub) {
		add_counts(&all, ZSTR_VAL(name), sub);
	} ZEND_HASH_FOREACH_END();
	add_assoc_zval(out, key, &all);
}

/* One entry per attribute and store view: store ids as keys would turn a
 * JSON object into a list. */
static void add_values(zval *out, const HashTable *updated)
{
	zval all;
	zend_string *attribute;
	HashTable *stores;
	array_init(&all);
	ZEND_HASH_FOREACH_STR_KEY_PTR((HashTable *) updated, attribute, stores) {
		zend_ulong store_id;
		zval *n;
		ZEND_HASH_FOREACH_NUM_KEY_VAL(stores, store_id, n) {
			zval entry;
			array_init_size(&entry, 3);
			add_assoc_str(&entry, "attribute", zend_string_copy(attribute));
			add_assoc_long(&entry, "store_id", (zend_long) store_id);
			add_assoc_long(&entry, "count", Z_LVAL_P(n));
			add_next_index_zval(&all, &entry);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	add_assoc_zval(out, "values", &all);
}

void pimsync_plan_add_to(const pimsync_plan *p, zval *plan)
{
	zval samples, refused;
	add_values(plan, &p->updated);
	add_counts(plan, "new_product_values", &p->created);
	array_init(&samples);
	zend_hash_copy(Z_ARRVAL(samples), (HashTable *) &p->samples, zval_add_ref);
	add_assoc_zval(plan, "samples", &samples);
	array_init_size(&refused, 2);
	add_tables(&refused, "by_owner", &p->by_owner);
	add_counts(&refused, "by_rule", &p->by_rule);
	add_assoc_zval(plan, "refused", &refused);
}
