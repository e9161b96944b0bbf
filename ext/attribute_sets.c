#include "php.h"
#include "zend_smart_str.h"
#include "attribute_sets.h"

static inline zend_ulong member_key(zend_long set_id, zend_long attribute_id)
{
	/* attribute id in the low bits, which PHP's integer hash uses */
	return ((zend_ulong) set_id << 32) | (zend_ulong) attribute_id;
}

static bool member_cb(void *ctx, HashTable *row)
{
	HashTable *members = ctx;
	zend_hash_index_add_empty_element(members, member_key(zval_get_long(zend_hash_index_find(row, 0)),
	                                                       zval_get_long(zend_hash_index_find(row, 1))));
	return true;
}

static bool group_cb(void *ctx, HashTable *row)
{
	pimsync_attribute_sets *s = ctx;
	zval id;
	ZVAL_LONG(&id, zval_get_long(zend_hash_index_find(row, 0)));
	zend_hash_index_update(&s->groups, (zend_ulong) zval_get_long(zend_hash_index_find(row, 1)), &id);
	return true;
}

zend_result pimsync_attribute_sets_init(pimsync_attribute_sets *s, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                                        pimsync_run_stats *stats)
{
	char sql[256];
	smart_str q = {0};
	zend_result r;

	memset(s, 0, sizeof(*s));
	s->db = db;
	s->cfg = cfg;
	s->meta = meta;
	s->stats = stats;
	zend_hash_init(&s->members, 4096, NULL, NULL, 0);
	zend_hash_init(&s->groups, 8, NULL, NULL, 0);
	zend_hash_init(&s->added_members, 8, NULL, NULL, 0);
	zend_hash_init(&s->added_groups, 8, NULL, NULL, 0);
	snprintf(sql, sizeof(sql), "SELECT attribute_set_id, attribute_id FROM eav_entity_attribute WHERE entity_type_id = " ZEND_LONG_FMT,
	         meta->product_type_id);
	if (pimsync_db_each_row(db, sql, strlen(sql), member_cb, &s->members) == FAILURE) return FAILURE;
	smart_str_appends(&q, "SELECT attribute_group_id, attribute_set_id FROM eav_attribute_group WHERE attribute_group_name = ");
	pimsync_sql_quote(db, &q, ZSTR_VAL(cfg->attribute_set_group), ZSTR_LEN(cfg->attribute_set_group));
	smart_str_0(&q);
	r = pimsync_db_each_row(db, ZSTR_VAL(q.s), ZSTR_LEN(q.s), group_cb, s);
	smart_str_free(&q);
	return r;
}

void pimsync_attribute_sets_free(pimsync_attribute_sets *s)
{
	zend_hash_destroy(&s->members);
	zend_hash_destroy(&s->groups);
	zend_hash_destroy(&s->added_members);
	zend_hash_destroy(&s->added_groups);
}

/* The set's pimsync group, created (after the set's last group) when missing. */
static zend_long group_of(pimsync_attribute_sets *s, zend_long set_id)
{
	zval *id = zend_hash_index_find(&s->groups, set_id);
	if (!id) id = zend_hash_index_find(&s->added_groups, set_id);
	if (id) return Z_LVAL_P(id);

	smart_str sql = {0};
	zend_string *code = zend_string_tolower(s->cfg->attribute_set_group);
	for (size_t i = 0; i < ZSTR_LEN(code); i++) if (ZSTR_VAL(code)[i] == ' ') ZSTR_VAL(code)[i] = '-';
	smart_str_appends(&sql, "INSERT INTO eav_attribute_group (attribute_set_id, attribute_group_name, sort_order, default_id,"
	                        " attribute_group_code) SELECT ");
	smart_str_append_long(&sql, set_id);
	smart_str_appendc(&sql, ',');
	pimsync_sql_quote(s->db, &sql, ZSTR_VAL(s->cfg->attribute_set_group), ZSTR_LEN(s->cfg->attribute_set_group));
	smart_str_appends(&sql, ", COALESCE(MAX(sort_order), 0) + 1, 0, ");
	pimsync_sql_quote(s->db, &sql, ZSTR_VAL(code), ZSTR_LEN(code));
	smart_str_appends(&sql, " FROM eav_attribute_group WHERE attribute_set_id = ");
	smart_str_append_long(&sql, set_id);
	zend_string_release(code);
	zend_result r = pimsync_db_exec_str(s->db, &sql, NULL);
	smart_str_free(&sql);
	if (r == FAILURE) return 0;
	zval gid;
	ZVAL_LONG(&gid, pimsync_db_last_insert_id(s->db));
	zend_hash_index_update(&s->added_groups, set_id, &gid);
	pimsync_stats_rows(s->stats, "eav_attribute_group", 1);
	return Z_LVAL(gid);
}

static zend_result add_member(pimsync_attribute_sets *s, zend_long set_id, pimsync_attribute *attr)
{
	zend_long group_id = group_of(s, set_id);
	char sql[320];
	if (!group_id) return FAILURE;
	snprintf(sql, sizeof(sql), "INSERT INTO eav_entity_attribute (entity_type_id, attribute_set_id, attribute_group_id,"
	         " attribute_id, sort_order) SELECT " ZEND_LONG_FMT ", " ZEND_LONG_FMT ", " ZEND_LONG_FMT ", " ZEND_LONG_FMT ","
	         " COALESCE(MAX(sort_order), 0) + 1 FROM eav_entity_attribute WHERE attribute_group_id = " ZEND_LONG_FMT,
	         s->meta->product_type_id, set_id, group_id, attr->id, group_id);
	if (pimsync_db_exec(s->db, sql, strlen(sql), NULL) == FAILURE) return FAILURE;
	pimsync_stats_rows(s->stats, "eav_entity_attribute", 1);
	return SUCCESS;
}

zend_result pimsync_attribute_sets_assign(pimsync_attribute_sets *s, pimsync_record *recs, uint32_t n)
{
	for (uint32_t i = 0; i < n; i++) {
		pimsync_record *rec = &recs[i];
		pimsync_attribute *last = NULL;
		for (uint32_t j = 0; j < rec->nvalues; j++) {
			pimsync_value *v = &rec->values[j];
			if (!v->value || v->attr == last) continue; /* values are sorted by attribute */
			last = v->attr;
			zend_ulong key = member_key(rec->attribute_set_id, v->attr->id);
			if (zend_hash_index_exists(&s->members, key) || zend_hash_index_exists(&s->added_members, key)) continue;
			if (s->cfg->assign_attribute_sets) {
				if (add_member(s, rec->attribute_set_id, v->attr) == FAILURE) return FAILURE;
				zend_hash_index_add_empty_element(&s->added_members, key);
				continue;
			}
			/* once per record and attribute, whatever the store */
			if (!rec->set_warned) {
				pimsync_issue_addf(&rec->issues, v->attr->code, PIMSYNC_ISSUE_NO_STORE, "not_in_set", PIMSYNC_ISSUE_HIDDEN,
				                   "attribute %s is not in the product's attribute set (id " ZEND_LONG_FMT "): the value was written,"
				                   " but Magento will not show it until the attribute is added to the set"
				                   " (attribute_sets.assign_missing is false)", ZSTR_VAL(v->attr->code), rec->attribute_set_id);
			}
		}
		/* a configurable's axes: Magento offers only attributes of its set as configurable attributes */
		for (uint32_t j = 0; j < rec->naxes && s->cfg->assign_attribute_sets; j++) {
			zend_ulong key = member_key(rec->attribute_set_id, rec->axes[j]->id);
			if (zend_hash_index_exists(&s->members, key) || zend_hash_index_exists(&s->added_members, key)) continue;
			if (add_member(s, rec->attribute_set_id, rec->axes[j]) == FAILURE) return FAILURE;
			zend_hash_index_add_empty_element(&s->added_members, key);
		}
		rec->set_warned = true;
	}
	return SUCCESS;
}

bool pimsync_attribute_sets_has(pimsync_attribute_sets *s, zend_long set_id, const pimsync_attribute *attr)
{
	return zend_hash_index_exists(&s->members, member_key(set_id, attr->id));
}

void pimsync_attribute_sets_commit(pimsync_attribute_sets *s)
{
	zend_ulong key;
	zval *id;
	ZEND_HASH_FOREACH_NUM_KEY(&s->added_members, key) {
		zend_hash_index_add_empty_element(&s->members, key);
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_NUM_KEY_VAL(&s->added_groups, key, id) {
		zend_hash_index_update(&s->groups, key, id);
	} ZEND_HASH_FOREACH_END();
	pimsync_attribute_sets_rollback(s);
}

void pimsync_attribute_sets_rollback(pimsync_attribute_sets *s)
{
	zend_hash_clean(&s->added_members);
	zend_hash_clean(&s->added_groups);
}
