#include <math.h>
#include "php.h"
#include "zend_smart_str.h"
#include "zend_exceptions.h"
#include "ext/pcre/php_pcre.h"
#include "validation_rules.h"
#include "value_normalize.h"
#include "magento_collation.h"
#include "magento_sku.h"

/* ---- one run's rules ---- */

static pimsync_attribute *attribute_or_warn(const pimsync_meta *meta, pimsync_run_stats *stats, const pimsync_rule *r, zend_string *code)
{
	pimsync_attribute *a = zend_hash_find_ptr(&meta->attributes, code);
	if (!a) {
		char key[300];
		snprintf(key, sizeof(key), "validation_attribute:%s:%s", ZSTR_VAL(r->name), ZSTR_VAL(code));
		pimsync_stats_warn(stats, key, NULL, "validation rule %s names attribute %s, which Magento does not have: %s",
		                   ZSTR_VAL(r->name), ZSTR_VAL(code), r->kind == PIMSYNC_RULE_REQUIRED ? "it is not required" : "the rule is skipped");
	}
	return a;
}

void pimsync_validation_init(pimsync_validation *v, const pimsync_validation_config *vc, const pimsync_meta *meta,
                             pimsync_run_stats *stats)
{
	memset(v, 0, sizeof(*v));
	v->stats = stats;
	if (!vc->n) return;
	v->rules = ecalloc(vc->n, sizeof(pimsync_run_rule));
	for (uint32_t i = 0; i < vc->n; i++) {
		const pimsync_rule *r = &vc->rules[i];
		pimsync_run_rule *rr = &v->rules[v->n++];
		rr->rule = r;
		v->ndrift += r->kind == PIMSYNC_RULE_DRIFT;
		v->nunique += r->kind == PIMSYNC_RULE_UNIQUE;
		if (r->attribute && !(rr->attr = attribute_or_warn(meta, stats, r, r->attribute))) rr->skip = true;
		if (r->reference && !(rr->reference = attribute_or_warn(meta, stats, r, r->reference))) rr->skip = true;
		if (r->kind == PIMSYNC_RULE_REQUIRED) {
			rr->required = safe_emalloc(r->nwords, sizeof(pimsync_attribute *), 0);
			for (uint32_t k = 0; k < r->nwords; k++) {
				pimsync_attribute *a = attribute_or_warn(meta, stats, r, r->words[k]);
				if (a) rr->required[rr->nrequired++] = a;
			}
			rr->set_ids = r->nsets ? safe_emalloc(r->nsets, sizeof(zend_long), 0) : NULL;
			for (uint32_t k = 0; k < r->nsets; k++) {
				zval *id = zend_hash_find(&meta->attribute_sets, r->sets[k]);
				if (id) {
					rr->set_ids[rr->nset_ids++] = Z_LVAL_P(id);
					continue;
				}
				char key[300];
				snprintf(key, sizeof(key), "validation_set:%s:%s", ZSTR_VAL(r->name), ZSTR_VAL(r->sets[k]));
				pimsync_stats_warn(stats, key, NULL, "validation rule %s names attribute set %s, which Magento does not have",
				                   ZSTR_VAL(r->name), ZSTR_VAL(r->sets[k]));
			}
			if (r->nsets && !rr->nset_ids) rr->skip = true;
		}
		if (r->kind == PIMSYNC_RULE_SKU_PATTERN && !pcre_get_compiled_regex_cache(r->pattern)) {
			if (EG(exception)) zend_clear_exception();
			char key[300];
			snprintf(key, sizeof(key), "validation_pattern:%s", ZSTR_VAL(r->name));
			pimsync_stats_warn(stats, key, NULL, "validation rule %s: %s is not a pattern preg_match accepts; the rule is skipped",
			                   ZSTR_VAL(r->name), ZSTR_VAL(r->pattern));
			rr->skip = true;
		}
	}
}

void pimsync_validation_free(pimsync_validation *v)
{
	for (uint32_t i = 0; i < v->n; i++) {
		if (v->rules[i].required) efree(v->rules[i].required);
		if (v->rules[i].set_ids) efree(v->rules[i].set_ids);
	}
	if (v->rules) efree(v->rules);
	memset(v, 0, sizeof(*v));
}

/* ---- checks ---- */

/* A value as a finding shows it: at most 60 characters, on one line. */
static void append_cut(smart_str *out, zend_string *value)
{
	size_t n = 0, i = 0, len = ZSTR_LEN(value);
	const unsigned char *s = (const unsigned char *) ZSTR_VAL(value);
	smart_str_appendc(out, '"');
	while (i < len && n < 60) {
		size_t step = 1;
		while (i + step < len && (s[i + step] & 0xC0) == 0x80) step++;
		if (s[i] == '\n' || s[i] == '\r' || s[i] == '\t') smart_str_appendc(out, ' ');
		else smart_str_appendl(out, (const char *) s + i, step);
		i += step;
		n++;
	}
	smart_str_appends(out, i < len ? "…\"" : "\"");
}

static bool has_html(zend_string *s)
{
	const char *p = ZSTR_VAL(s), *end = p + ZSTR_LEN(s);
	for (; p < end; p++) {
		if (*p == '<' && p + 1 < end && (isalpha((unsigned char) p[1]) || p[1] == '/' || p[1] == '!')
		    && memchr(p + 1, '>', end - p - 1)) return true;
		if (*p == '&' && p + 2 < end) {
			const char *q = p + 1;
			if (*q == '#') q++;
			while (q < end && isalnum((unsigned char) *q)) q++;
			if (q < end && *q == ';' && q > p + 1) return true;
		}
	}
	return false;
}

static bool contains_any(const pimsync_rule *r, zend_string *value)
{
	zend_string *lower = zend_string_tolower(value);
	bool found = false;
	for (uint32_t i = 0; i < r->nwords && !found; i++) {
		found = php_memnstr(ZSTR_VAL(lower), ZSTR_VAL(r->words[i]), ZSTR_LEN(r->words[i]), ZSTR_VAL(lower) + ZSTR_LEN(lower)) != NULL;
	}
	zend_string_release(lower);
	return found;
}

static bool is_allowed(const pimsync_rule *r, zend_string *value)
{
	for (uint32_t i = 0; i < r->nwords; i++) if (zend_string_equals(r->words[i], value)) return true;
	return false;
}

static const pimsync_value *value_at(const pimsync_record *rec, const pimsync_attribute *attr, zend_long store_id)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		if (rec->values[i].attr == attr && rec->values[i].store_id == store_id && rec->values[i].value) return &rec->values[i];
	}
	return NULL;
}

static bool has_any_value(const pimsync_record *rec, const pimsync_attribute *attr)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) if (rec->values[i].attr == attr && rec->values[i].value) return true;
	return false;
}

static void append_bound(smart_str *out, const char *what, double bound)
{
	smart_str_appends(out, what);
	smart_str_append_double(out, bound, 4, false);
}

/* Why value v breaks rule rr (appended to why), or false when it does not. */
static bool value_fails(const pimsync_run_rule *rr, const pimsync_record *rec, const pimsync_value *v, smart_str *why)
{
	const pimsync_rule *r = rr->rule;
	double x;
	switch (r->kind) {
	case PIMSYNC_RULE_RANGE:
		x = zend_strtod(ZSTR_VAL(v->value), NULL);
		if (x >= r->min && x <= r->max) return false;
		smart_str_appends(why, "is ");
		smart_str_appends(why, ZSTR_VAL(v->value));
		append_bound(why, x < r->min ? ", below the minimum " : ", above the maximum ", x < r->min ? r->min : r->max);
		return true;
	case PIMSYNC_RULE_RATIO: {
		const pimsync_value *ref = value_at(rec, rr->reference, v->store_id);
		if (!ref) ref = value_at(rec, rr->reference, 0);
		double base = ref ? zend_strtod(ZSTR_VAL(ref->value), NULL) : 0;
		if (base == 0) return false; /* nothing to compare with */
		x = zend_strtod(ZSTR_VAL(v->value), NULL) / base;
		if (x >= r->min && x <= r->max) return false;
		smart_str_appends(why, "is ");
		smart_str_appends(why, ZSTR_VAL(v->value));
		smart_str_appends(why, ", ");
		smart_str_append_double(why, x, 4, false);
		smart_str_appends(why, " times ");
		smart_str_append(why, r->reference);
		smart_str_appends(why, " ");
		smart_str_appends(why, ZSTR_VAL(ref->value));
		append_bound(why, x < r->min ? ": less than " : ": more than ", x < r->min ? r->min : r->max);
		smart_str_appends(why, " times");
		return true;
	}
	case PIMSYNC_RULE_LENGTH: {
		size_t n = pimsync_utf8_length(ZSTR_VAL(v->value), ZSTR_LEN(v->value));
		if ((double) n >= r->min && (double) n <= r->max) return false;
		smart_str_append_unsigned(why, n);
		append_bound(why, (double) n < r->min ? " characters, fewer than " : " characters, more than ", (double) n < r->min ? r->min : r->max);
		smart_str_appends(why, ": ");
		append_cut(why, v->value);
		return true;
	}
	case PIMSYNC_RULE_NO_HTML:
		if (!has_html(v->value)) return false;
		smart_str_appends(why, "contains HTML: ");
		append_cut(why, v->value);
		return true;
	case PIMSYNC_RULE_CONTAINS:
		if (contains_any(r, v->value)) return false;
		smart_str_appends(why, "contains none of the required words: ");
		append_cut(why, v->value);
		return true;
	case PIMSYNC_RULE_ALLOWED:
		if (is_allowed(r, v->value)) return false;
		append_cut(why, v->value);
		smart_str_appends(why, " is not one of the allowed values");
		return true;
	default:
		return false;
	}
}

static void count_finding(pimsync_run_stats *stats, const pimsync_rule *r)
{
	zval *n = zend_hash_find(&stats->validation_findings, r->name);
	if (n) {
		Z_LVAL_P(n)++;
		return;
	}
	zval one;
	ZVAL_LONG(&one, 1);
	zend_hash_add(&stats->validation_findings, r->name, &one);
}

typedef struct {
	pimsync_validation *v;
	pimsync_record *rec;
	smart_str rejected;   /* reject_record findings, for the dead letter */
	bool *drop;           /* rec->values[i] is left out */
	uint32_t found;
} check_ctx;

/* One finding: counted by rule, then acted on. outcome says what reject_value did. */
static void finding(check_ctx *k, const pimsync_run_rule *rr, zend_string *attribute, zend_long store_id, const char *message,
                    int value_index, const char *outcome)
{
	const pimsync_rule *r = rr->rule;
	pimsync_record *rec = k->rec;
	k->found++;
	count_finding(k->v->stats, r);
	switch (r->action) {
	case PIMSYNC_RULE_REJECT_RECORD:
		if (k->rejected.s) smart_str_appends(&k->rejected, "; ");
		smart_str_appends(&k->rejected, ZSTR_VAL(r->issue_kind));
		smart_str_appends(&k->rejected, " ");
		smart_str_appends(&k->rejected, message);
		break;
	case PIMSYNC_RULE_REJECT_VALUE:
		if (value_index >= 0) k->drop[value_index] = true;
		pimsync_issue_addf(&rec->issues, attribute, store_id, ZSTR_VAL(r->issue_kind), PIMSYNC_ISSUE_LEFT_OUT,
		                   "%s (rule %s); %s", message, ZSTR_VAL(r->name), outcome);
		k->v->stats->validation_values_rejected++;
		break;
	case PIMSYNC_RULE_WRITE_DISABLED:
		rec->disable_if_new = true;
		if (rec->nheld == rec->held_cap) {
			rec->held_cap = rec->held_cap ? rec->held_cap * 2 : 4;
			rec->held = erealloc(rec->held, rec->held_cap * sizeof(pimsync_held_value));
		}
		rec->held[rec->nheld++] = (pimsync_held_value) {
			.attr = value_index >= 0 ? rec->values[value_index].attr : NULL, .attribute = zend_string_copy(attribute),
			.store_id = store_id, .kind = ZSTR_VAL(r->issue_kind), .message = zend_strpprintf(0, "%s (rule %s)", message, ZSTR_VAL(r->name)),
		};
		break;
	}
}

static void check_rule(check_ctx *k, const pimsync_run_rule *rr)
{
	const pimsync_rule *r = rr->rule;
	pimsync_record *rec = k->rec;
	smart_str why = {0};

	switch (r->kind) {
	case PIMSYNC_RULE_REQUIRED: {
		bool type_ok = !r->ntypes, set_ok = !rr->nset_ids;
		for (uint32_t i = 0; i < r->ntypes; i++) {
			type_ok |= zend_string_equals_literal(r->types[i], "configurable") == rec->configurable;
		}
		for (uint32_t i = 0; i < rr->nset_ids; i++) set_ok |= rr->set_ids[i] == rec->attribute_set_id;
		if (!type_ok || !set_ok) return;
		for (uint32_t i = 0; i < rr->nrequired; i++) {
			if (has_any_value(rec, rr->required[i])) continue;
			smart_str_appends(&why, "required ");
			smart_str_append(&why, rr->required[i]->code);
			smart_str_appends(&why, " is missing");
			smart_str_0(&why);
			finding(k, rr, rr->required[i]->code, PIMSYNC_ISSUE_NO_STORE, ZSTR_VAL(why.s), -1, NULL); /* never reject_value (config.c) */
			smart_str_free(&why);
		}
		return;
	}
	case PIMSYNC_RULE_CATEGORY_EXISTS:
		for (uint32_t i = 0; i < rec->nnew_categories; i++) {
			smart_str_appends(&why, "category ");
			smart_str_append(&why, rec->new_categories[i]);
			smart_str_appends(&why, " does not exist in Magento");
			smart_str_0(&why);
			/* reject_value: the product lands in the categories that exist, the others are not created */
			finding(k, rr, rec->new_categories[i], PIMSYNC_ISSUE_NO_STORE, ZSTR_VAL(why.s), -1, "the product was not put in it");
			smart_str_free(&why);
		}
		if (r->action == PIMSYNC_RULE_REJECT_VALUE && rec->nnew_categories) {
			for (uint32_t i = 0; i < rec->nnew_categories; i++) zend_string_release(rec->new_categories[i]);
			rec->nnew_categories = 0;
		}
		return;
	case PIMSYNC_RULE_SKU_PATTERN: {
		pcre_cache_entry *pce = pcre_get_compiled_regex_cache(r->pattern);
		zval matched;
		if (!pce) return;
		php_pcre_match_impl(pce, rec->sku, &matched, NULL, 0, 0, 0, 0);
		bool ok = Z_TYPE(matched) == IS_LONG && Z_LVAL(matched) > 0;
		zval_ptr_dtor(&matched);
		if (ok) return;
		smart_str_appends(&why, "SKU ");
		append_cut(&why, rec->sku);
		smart_str_appends(&why, " does not match ");
		smart_str_append(&why, r->pattern);
		smart_str_0(&why);
		finding(k, rr, rec->sku, PIMSYNC_ISSUE_NO_STORE, ZSTR_VAL(why.s), -1, NULL); /* reject_record only (config.c) */
		smart_str_free(&why);
		return;
	}
	default:
		for (uint32_t i = 0; i < rec->nvalues; i++) {
			pimsync_value *v = &rec->values[i];
			if (v->attr != rr->attr || !v->value || k->drop[i]) continue;
			if (!value_fails(rr, rec, v, &why)) continue;
			smart_str_0(&why);
			zend_string *message = zend_strpprintf(0, "%s %s", ZSTR_VAL(v->attr->code), ZSTR_VAL(why.s));
			finding(k, rr, v->attr->code, v->store_id, ZSTR_VAL(message), (int) i, "the value was left out");
			zend_string_release(message);
			smart_str_free(&why);
		}
		smart_str_free(&why);
	}
}

zend_result pimsync_validate_record(pimsync_validation *v, pimsync_record *rec, pimsync_error *err)
{
	check_ctx k = {.v = v, .rec = rec};
	uint32_t kept = 0;

	if (!v->n) return SUCCESS;
	k.drop = rec->nvalues ? ecalloc(rec->nvalues, sizeof(bool)) : NULL;
	for (uint32_t i = 0; i < v->n; i++) {
		if (!v->rules[i].skip && v->rules[i].rule->kind < PIMSYNC_RULE_DRIFT) check_rule(&k, &v->rules[i]);
	}
	v->stats->validated++;
	if (!k.found) {
		v->stats->validation_passed++;
		rec->validation_clean = true;
	}
	if (k.rejected.s) {
		smart_str_0(&k.rejected);
		pimsync_error_set(err, "rejected by validation: %s", ZSTR_VAL(k.rejected.s));
		smart_str_free(&k.rejected);
		if (k.drop) efree(k.drop);
		v->stats->validation_records_rejected++;
		return FAILURE;
	}
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		if (k.drop[i]) {
			if (rec->values[i].value) zend_string_release(rec->values[i].value);
			continue;
		}
		rec->values[kept++] = rec->values[i];
	}
	rec->nvalues = kept;
	if (k.drop) efree(k.drop);
	return SUCCESS;
}

void pimsync_validation_apply_held(pimsync_record *rec, const pimsync_meta *meta, pimsync_run_stats *stats)
{
	uint32_t kept = 0;
	bool is_new = rec->kind == PIMSYNC_RECORD_NEW;
	if (!rec->disable_if_new || rec->held_applied) return;
	rec->held_applied = true; /* a batch tried again after a deadlock does not apply it twice */
	for (uint32_t i = 0; i < rec->nheld; i++) {
		pimsync_held_value *h = &rec->held[i];
		pimsync_issue_addf(&rec->issues, h->attribute, h->store_id, h->kind, is_new ? PIMSYNC_ISSUE_WRITTEN_DISABLED : PIMSYNC_ISSUE_LEFT_OUT,
		                   is_new ? "%s; the new product was written disabled" : "%s; the value was left out and the status kept",
		                   ZSTR_VAL(h->message));
	}
	if (is_new) stats->validation_written_disabled++;
	else for (uint32_t i = 0; i < rec->nheld; i++) stats->validation_values_rejected += rec->held[i].attr != NULL;
	bool has_status = false;
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		pimsync_value *v = &rec->values[i];
		bool drop = false;
		if (v->attr == meta->status) {
			has_status = true;
			if (is_new) {
				if (v->value) zend_string_release(v->value);
				v->value = zend_long_to_str(2); /* Magento's "Disabled" */
			}
			drop = !is_new; /* an existing product keeps the status Magento has */
		}
		for (uint32_t k = 0; k < rec->nheld && !drop && !is_new; k++) {
			drop = rec->held[k].attr == v->attr && rec->held[k].store_id == v->store_id;
		}
		if (drop) {
			if (v->value) zend_string_release(v->value);
			continue;
		}
		rec->values[kept++] = *v;
	}
	rec->nvalues = kept;
	if (is_new && !has_status) {
		/* the source owns no status (ownership.h): the new product still lands disabled */
		pimsync_record_add_value(rec, meta->status, 0, zend_long_to_str(2));
		pimsync_record_finish(rec);
	}
}

/* ---- layer 2, in the batch: against the values Magento holds ---- */

/* A layer 2 finding on rec: counted, and rec no longer passed every rule. */
static void layer2_finding(pimsync_validation *v, pimsync_record *rec, const pimsync_rule *r)
{
	count_finding(v->stats, r);
	v->stats->validation_values_rejected++;
	if (rec->validation_clean) {
		rec->validation_clean = false;
		v->stats->validation_passed--;
	}
}

bool pimsync_validation_drifts(pimsync_validation *v, pimsync_record *rec, pimsync_value *val, zend_string *current)
{
	if (val->held_back) return true; /* the batch is tried again: found and reported already */
	for (uint32_t i = 0; i < v->n; i++) {
		const pimsync_run_rule *rr = &v->rules[i];
		const pimsync_rule *r = rr->rule;
		if (r->kind != PIMSYNC_RULE_DRIFT || rr->skip || rr->attr != val->attr) continue;
		double was = zend_strtod(ZSTR_VAL(current), NULL), now = zend_strtod(ZSTR_VAL(val->value), NULL);
		if (was == 0 || fabs(now - was) <= r->tolerance * fabs(was)) continue; /* no share of 0 to measure by */
		layer2_finding(v, rec, r);
		val->held_back = true;
		pimsync_issue_addf(&rec->issues, val->attr->code, val->store_id, ZSTR_VAL(r->issue_kind), PIMSYNC_ISSUE_LEFT_OUT,
		                   "%s %s is %.1f %% from the %s Magento has, more than the %.1f %% allowed (rule %s); the value was left out",
		                   ZSTR_VAL(val->attr->code), ZSTR_VAL(val->value), fabs(now - was) / fabs(was) * 100, ZSTR_VAL(current),
		                   r->tolerance * 100, ZSTR_VAL(r->name));
		return true;
	}
	return false;
}

typedef struct {
	HashTable *holders; /* collation key of a value => SKU of the product that has it */
} holders_ctx;

static bool holder_cb(void *ctx, HashTable *row)
{
	holders_ctx *h = ctx;
	zend_string *value = zval_get_string(zend_hash_index_find(row, 0)), *sku = zval_get_string(zend_hash_index_find(row, 1));
	zend_string *key = pimsync_collation_key(value);
	zval z;
	ZVAL_STR(&z, sku);
	if (!zend_hash_add(h->holders, key, &z)) zval_ptr_dtor(&z); /* the first holder names the duplicate */
	zend_string_release(key);
	zend_string_release(value);
	return true;
}

static void drop_value(pimsync_record *rec, uint32_t index)
{
	if (rec->values[index].value) zend_string_release(rec->values[index].value);
	memmove(&rec->values[index], &rec->values[index + 1], (rec->nvalues - index - 1) * sizeof(pimsync_value));
	rec->nvalues--;
}

static int value_index(const pimsync_record *rec, const pimsync_attribute *attr)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		if (rec->values[i].attr == attr && rec->values[i].store_id == 0 && rec->values[i].value) return (int) i;
	}
	return -1;
}

zend_result pimsync_validation_unique(pimsync_validation *v, pimsync_db *db, const pimsync_meta *meta, const char *link,
                                      pimsync_record *recs, uint32_t n)
{
	zend_result r = SUCCESS;
	for (uint32_t k = 0; k < v->n && r == SUCCESS; k++) {
		const pimsync_run_rule *rr = &v->rules[k];
		if (rr->rule->kind != PIMSYNC_RULE_UNIQUE || rr->skip || rr->attr->backend == PIMSYNC_BACKEND_STATIC) continue;
		smart_str sql = {0};
		uint32_t listed = 0;
		smart_str_append_printf(&sql, "SELECT v.value, e.sku FROM catalog_product_entity_%s v JOIN catalog_product_entity e ON e.%s = v.%s"
		                        " WHERE v.attribute_id = " ZEND_LONG_FMT " AND v.store_id = 0 AND v.value IN (",
		                        pimsync_backend_names[rr->attr->backend], link, link, rr->attr->id);
		for (uint32_t i = 0; i < n; i++) {
			int at = recs[i].unique_checked ? -1 : value_index(&recs[i], rr->attr);
			if (at < 0) continue;
			if (listed++) smart_str_appendc(&sql, ',');
			pimsync_sql_quote(db, &sql, ZSTR_VAL(recs[i].values[at].value), ZSTR_LEN(recs[i].values[at].value));
		}
		smart_str_appendc(&sql, ')');
		pimsync_meta_append_live(meta, &sql, "e");
		smart_str_0(&sql);
		HashTable holders, batch;
		zend_hash_init(&holders, 16, NULL, ZVAL_PTR_DTOR, 0);
		zend_hash_init(&batch, 16, NULL, ZVAL_PTR_DTOR, 0);
		holders_ctx h = {.holders = &holders};
		if (listed) r = pimsync_db_each_row(db, ZSTR_VAL(sql.s), ZSTR_LEN(sql.s), holder_cb, &h);
		smart_str_free(&sql);
		for (uint32_t i = 0; i < n && r == SUCCESS && listed; i++) {
			pimsync_record *rec = &recs[i];
			int at = rec->unique_checked ? -1 : value_index(rec, rr->attr);
			if (at < 0) continue;
			zend_string *key = pimsync_collation_key(rec->values[at].value), *own = pimsync_sku_key(rec->sku);
			zval *other = zend_hash_find(&holders, key);
			if (other) {
				zend_string *holder = pimsync_sku_key(Z_STR_P(other));
				if (zend_string_equals(holder, own)) other = NULL; /* its own value */
				zend_string_release(holder);
			}
			if (!other) other = zend_hash_find(&batch, key);
			if (other) {
				layer2_finding(v, rec, rr->rule);
				pimsync_issue_addf(&rec->issues, rr->attr->code, 0, ZSTR_VAL(rr->rule->issue_kind), PIMSYNC_ISSUE_LEFT_OUT,
				                   "%s %s is also the %s of %s: one product under two SKUs? (rule %s); the value was left out",
				                   ZSTR_VAL(rr->attr->code), ZSTR_VAL(rec->values[at].value), ZSTR_VAL(rr->attr->code),
				                   ZSTR_VAL(Z_STR_P(other)), ZSTR_VAL(rr->rule->name));
				drop_value(rec, (uint32_t) at);
			} else {
				zval z;
				ZVAL_STR_COPY(&z, rec->sku);
				zend_hash_update(&batch, key, &z);
			}
			zend_string_release(key);
			zend_string_release(own);
		}
		zend_hash_destroy(&holders);
		zend_hash_destroy(&batch);
	}
	if (r == SUCCESS) for (uint32_t i = 0; i < n; i++) recs[i].unique_checked = true;
	return r;
}
