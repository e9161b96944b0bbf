#include <ctype.h>
#include "php.h"
#include "zend_smart_str.h"
#include "product_mapper.h"
#include "value_normalize.h"
#include "value_fit.h"
#include "stock_values.h"
#include "magento_sku.h"


static int store_cmp(const void *a, const void *b)
{
	zend_long x = *(const zend_long *) a, y = *(const zend_long *) b;
	return x < y ? -1 : x > y;
}

/* Every store view the sync writes (0 first), against which an image is
 * shown or hidden; and each role the mapping gives must be a Magento image
 * attribute (media_image). */
static zend_result images_init(pimsync_mapper *m, pimsync_error *err)
{
	const pimsync_images_config *im = &m->cfg->images;
	uint32_t used = im->detect ? im->detected_roles : 0, cap = 1;
	zval *ids, *id;

	for (uint32_t i = 0; i < im->nattributes; i++) used |= im->attributes[i].roles;
	for (uint32_t b = 0; b < im->nroles; b++) {
		if (!(used & (1u << b))) continue;
		pimsync_attribute *attr = zend_hash_find_ptr(&m->meta->attributes, im->roles[b]);
		if (!attr || attr->input != PIMSYNC_INPUT_MEDIA || zend_string_equals_literal(attr->code, "media_gallery")) {
			pimsync_error_set(err, "%s: images: role %s is not a Magento image attribute (frontend_input media_image)",
			                  ZSTR_VAL(m->cfg->origin), ZSTR_VAL(im->roles[b]));
			return FAILURE;
		}
	}
	ZEND_HASH_FOREACH_VAL(&m->locale_stores, ids) cap += zend_hash_num_elements(Z_ARRVAL_P(ids)); ZEND_HASH_FOREACH_END();
	m->media_stores = safe_emalloc(cap, sizeof(zend_long), 0);
	m->media_stores[m->nmedia_stores++] = 0;
	ZEND_HASH_FOREACH_VAL(&m->locale_stores, ids) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(ids), id) {
			bool seen = false;
			for (uint32_t i = 0; i < m->nmedia_stores; i++) seen |= m->media_stores[i] == Z_LVAL_P(id);
			if (!seen) m->media_stores[m->nmedia_stores++] = Z_LVAL_P(id);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	qsort(m->media_stores, m->nmedia_stores, sizeof(zend_long), store_cmp);
	return SUCCESS;
}

zend_result pimsync_mapper_init(pimsync_mapper *m, pimsync_config *cfg, pimsync_meta *meta, pimsync_run_stats *stats,
                                pimsync_error *err)
{
	zend_string *locale;
	zval *stores, *code, *set_id;

	memset(m, 0, sizeof(*m));
	m->cfg = cfg;
	m->meta = meta;
	m->stats = stats;
	m->gate = cfg->ownership.enforced;
	m->system = cfg->source_system;
	for (int i = 0; i < PIMSYNC_FIELD_COUNT; i++) {
		m->field_names[i] = zend_string_init(pimsync_field_names[i], strlen(pimsync_field_names[i]), 0);
	}
	zend_hash_init(&m->locale_stores, 8, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&m->channel_stores, 4, NULL, ZVAL_PTR_DTOR, 0);
	zend_hash_init(&m->target_units, 8, NULL, ZVAL_PTR_DTOR, 0);
	ZEND_HASH_FOREACH_STR_KEY_VAL(cfg->locales, locale, stores) {
		zval ids;
		array_init(&ids);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(stores), code) {
			zval *id = zend_hash_find(&meta->stores, Z_STR_P(code));
			if (!id || Z_LVAL_P(id) == 0) {
				zval_ptr_dtor(&ids);
				pimsync_error_set(err, "%s: locale %s maps to store view \"%s\", which is not in Magento's store table",
				                  ZSTR_VAL(cfg->origin), ZSTR_VAL(locale), Z_STRVAL_P(code));
				pimsync_mapper_free(m);
				return FAILURE;
			}
			add_next_index_long(&ids, Z_LVAL_P(id));
		} ZEND_HASH_FOREACH_END();
		zend_hash_update(&m->locale_stores, locale, &ids);
	} ZEND_HASH_FOREACH_END();

	/* each channel's store views: those of the websites it maps to */
	zend_string *channel;
	ZEND_HASH_FOREACH_STR_KEY_VAL(cfg->channels, channel, stores) {
		zval set;
		array_init(&set);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(stores), code) {
			zval *website = zend_hash_find(&meta->websites, Z_STR_P(code)), *w;
			zend_ulong store_id;
			if (!website || Z_LVAL_P(website) == 0) {
				zval_ptr_dtor(&set);
				pimsync_error_set(err, "%s: channel %s maps to website \"%s\", which is not in Magento's store_website table",
				                  ZSTR_VAL(cfg->origin), ZSTR_VAL(channel), Z_STRVAL_P(code));
				pimsync_mapper_free(m);
				return FAILURE;
			}
			ZEND_HASH_FOREACH_NUM_KEY_VAL(&meta->store_website, store_id, w) {
				if (Z_LVAL_P(w) == Z_LVAL_P(website) && store_id) zend_hash_index_add_empty_element(Z_ARRVAL(set), store_id);
			} ZEND_HASH_FOREACH_END();
		} ZEND_HASH_FOREACH_END();
		zend_hash_update(&m->channel_stores, channel, &set);
	} ZEND_HASH_FOREACH_END();

	set_id = zend_hash_find(&meta->attribute_sets, cfg->default_attribute_set);
	if (!set_id) {
		pimsync_error_set(err, "%s: default_attribute_set \"%s\" is not a product attribute set in Magento",
		                  ZSTR_VAL(cfg->origin), ZSTR_VAL(cfg->default_attribute_set));
		pimsync_mapper_free(m);
		return FAILURE;
	}
	m->default_set_id = Z_LVAL_P(set_id);
	if (cfg->images.enabled && images_init(m, err) == FAILURE) {
		pimsync_mapper_free(m);
		return FAILURE;
	}
	if (cfg->transforms.on) m->transform_counts = ecalloc(cfg->transforms.ncounters ? cfg->transforms.ncounters : 1, sizeof(zend_long));
	pimsync_validation_init(&m->validation, &cfg->validation, meta, stats);
	stats->validation_on = cfg->validation.n > 0;
	return SUCCESS;
}

void pimsync_mapper_free(pimsync_mapper *m)
{
	pimsync_validation_free(&m->validation);
	if (m->targets) efree(m->targets);
	if (m->media_stores) efree(m->media_stores);
	if (m->detected) efree(m->detected);
	if (m->transform_counts) efree(m->transform_counts);
	for (int i = 0; i < PIMSYNC_FIELD_COUNT; i++) {
		if (m->field_names[i]) zend_string_release(m->field_names[i]);
	}
	zend_hash_destroy(&m->locale_stores);
	zend_hash_destroy(&m->channel_stores);
	zend_hash_destroy(&m->target_units);
}

zend_result pimsync_mapper_use_measures(pimsync_mapper *m, const pimsync_measures *measures, pimsync_error *err)
{
	zend_string *code;
	zval *unit, *rule;

	m->measures = measures;
	zend_hash_clean(&m->target_units);
	ZEND_HASH_FOREACH_STR_KEY_VAL(m->cfg->units, code, unit) {
		if (!pimsync_measures_find(measures, Z_STR_P(unit))) {
			pimsync_error_set(err, "%s: units.%s is %s, which is a unit of no measurement family", ZSTR_VAL(m->cfg->origin),
			                  ZSTR_VAL(code), Z_STRVAL_P(unit));
			return FAILURE;
		}
		Z_TRY_ADDREF_P(unit);
		zend_hash_update(&m->target_units, code, unit);
	} ZEND_HASH_FOREACH_END();
	if (!zend_hash_str_exists(&m->target_units, "weight", sizeof("weight") - 1)) {
		/* Magento's own setting: Magento_Directory's config.xml ships lbs */
		zend_string *magento = m->meta->weight_unit;
		const char *target;
		if (!magento || zend_string_equals_literal(magento, "lbs")) {
			target = "POUND";
		} else if (zend_string_equals_literal(magento, "kgs")) {
			target = "KILOGRAM";
		} else {
			pimsync_error_set(err, "Magento's weight unit (core_config_data general/locale/weight_unit) is \"%s\", "
			                  "neither lbs nor kgs: set units.weight in %s", ZSTR_VAL(magento), ZSTR_VAL(m->cfg->origin));
			return FAILURE;
		}
		zval t;
		ZVAL_STRING(&t, target);
		zend_hash_str_update(&m->target_units, "weight", sizeof("weight") - 1, &t);
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(m->cfg->attributes, code, rule) {
		zval *u = Z_TYPE_P(rule) == IS_ARRAY ? zend_hash_str_find(Z_ARRVAL_P(rule), "unit", sizeof("unit") - 1) : NULL;
		if (u && Z_TYPE_P(u) == IS_STRING && !pimsync_measures_find(measures, Z_STR_P(u))) {
			pimsync_error_set(err, "%s: attributes.%s.unit is %s, which is a unit of no measurement family",
			                  ZSTR_VAL(m->cfg->origin), ZSTR_VAL(code), Z_STRVAL_P(u));
			return FAILURE;
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

static zval *find(HashTable *h, const char *key)
{
	return zend_hash_str_find(h, key, strlen(key));
}

zend_string *pimsync_product_sku(pimsync_mapper *m, HashTable *product)
{
	zval *id = find(product, "identifier"), *values, *entries, *entry, *data;
	if (id && Z_TYPE_P(id) == IS_STRING) return Z_STR_P(id);
	/* /products-uuid: the identifier is a value of the identifier attribute */
	values = find(product, "values");
	if (!values || Z_TYPE_P(values) != IS_ARRAY) return NULL;
	entries = zend_hash_find(Z_ARRVAL_P(values), m->cfg->identifier_attribute);
	if (!entries || Z_TYPE_P(entries) != IS_ARRAY) return NULL;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
		if (Z_TYPE_P(entry) == IS_ARRAY && (data = find(Z_ARRVAL_P(entry), "data")) && Z_TYPE_P(data) == IS_STRING) {
			return Z_STR_P(data);
		}
	} ZEND_HASH_FOREACH_END();
	return NULL;
}

/* Why one value could not be converted: with a kind, the value is refused
 * and the rest of the product goes on. Or, for a select, that it names
 * options the batch is to create (pending, with the ids and codes). */
typedef struct {
	const char *kind;
	pimsync_error err;
	bool pending;
	uint32_t nids, ncodes;
	zend_long ids[PIMSYNC_MULTISELECT_MAX];
	zend_string *codes[PIMSYNC_MULTISELECT_MAX]; /* borrowed from the product */
} value_refusal;

#define REFUSE(why, k, ...) do { (why)->kind = (k); pimsync_error_set(&(why)->err, __VA_ARGS__); return NULL; } while (0)

static zend_string *decimal_refused(const pimsync_column *col, pimsync_number_status status, const char *text,
                                    value_refusal *why)
{
	if (status == PIMSYNC_NUMBER_OUT_OF_RANGE) {
		REFUSE(why, "out_of_range", "%.60s is outside what %s.%s (decimal(%d,%d)) holds; the value was left out",
		       text, col->table, col->name, col->precision, col->scale);
	}
	REFUSE(why, "not_a_number", "\"%.60s\" is not a number", text);
}

/* A number (JSON integer, or the digits of a JSON number or string) as the
 * decimal column stores it. No double reaches here: json_decode.c hands
 * every non-integer number over as its digits. */
static zend_string *number_to_decimal(pimsync_mapper *m, zval *v, value_refusal *why)
{
	const pimsync_column *col = &m->meta->columns[PIMSYNC_COL_VALUE_DECIMAL];
	pimsync_number_status status;
	zend_string *out, *text;

	switch (Z_TYPE_P(v)) {
	case IS_LONG: text = zend_long_to_str(Z_LVAL_P(v)); break;
	case IS_STRING: text = zend_string_copy(Z_STR_P(v)); break;
	default: REFUSE(why, "not_a_number", "expected a number");
	}
	out = pimsync_norm_decimal(ZSTR_VAL(text), ZSTR_LEN(text), col->precision, col->scale, &status);
	if (!out) decimal_refused(col, status, ZSTR_VAL(text), why);
	zend_string_release(text);
	return out;
}

/* Adds the option code to why: its id when Magento has it, else the code
 * for the batch to create. false (why set) when it may not be created. */
static bool add_option(pimsync_mapper *m, pimsync_attribute *attr, zend_string *code, value_refusal *why)
{
	zend_long id = pimsync_meta_option_id(attr, code);
	if (id) {
		why->ids[why->nids++] = id;
		return true;
	}
	if (!m->cfg->create_options || !attr->table_options) {
		why->kind = "unknown_option";
		pimsync_error_set(&why->err, "attribute %s: option \"%s\" does not exist in Magento%s", ZSTR_VAL(attr->code),
		                  ZSTR_VAL(code), attr->table_options ? " and options.create_missing is false" : "");
		return false;
	}
	if (!pimsync_entities_code_valid(code)) {
		why->kind = "unknown_option";
		pimsync_error_set(&why->err, "attribute %s: option code must be 1 to 255 bytes of UTF-8 without characters beyond U+FFFF",
		                  ZSTR_VAL(attr->code));
		return false;
	}
	why->codes[why->ncodes++] = code;
	why->pending = true;
	return true;
}

/* A price collection: the first configured currency it has. */
static zend_string *convert_price(pimsync_mapper *m, pimsync_attribute *attr, HashTable *rule, HashTable *prices,
                                  bool *is_null, value_refusal *why)
{
	zval *rule_cur = rule ? find(rule, "currency") : NULL, *want, *price, *cur, *amount;
	HashTable *currencies = rule_cur && Z_TYPE_P(rule_cur) == IS_ARRAY ? Z_ARRVAL_P(rule_cur) : m->cfg->currencies;
	smart_str have = {0};

	ZEND_HASH_FOREACH_VAL(currencies, want) {
		ZEND_HASH_FOREACH_VAL(prices, price) {
			if (Z_TYPE_P(price) != IS_ARRAY || !(cur = find(Z_ARRVAL_P(price), "currency")) || Z_TYPE_P(cur) != IS_STRING
			    || !zend_string_equals(Z_STR_P(cur), Z_STR_P(want))) continue;
			amount = find(Z_ARRVAL_P(price), "amount");
			if (!amount || Z_TYPE_P(amount) == IS_NULL) {
				*is_null = true;
				return NULL;
			}
			return number_to_decimal(m, amount, why);
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	ZEND_HASH_FOREACH_VAL(prices, price) {
		if (Z_TYPE_P(price) == IS_ARRAY && (cur = find(Z_ARRVAL_P(price), "currency")) && Z_TYPE_P(cur) == IS_STRING) {
			smart_str_appends(&have, have.s ? ", " : "");
			smart_str_append(&have, Z_STR_P(cur));
		}
	} ZEND_HASH_FOREACH_END();
	smart_str_0(&have);
	why->kind = "missing_currency";
	pimsync_error_set(&why->err, "no price in %s (the feed has %s); the price was left out",
	                  ZSTR_VAL(Z_STR_P(zend_hash_index_find(currencies, 0))), have.s ? ZSTR_VAL(have.s) : "none");
	smart_str_free(&have);
	return NULL;
}

/* A metric {amount, unit}, converted to the attribute's unit the way Akeneo
 * converts (measure_units.h), then rounded as the DECIMAL(20,6) column would. */
static zend_string *convert_metric(pimsync_mapper *m, pimsync_attribute *attr, HashTable *rule, HashTable *metric,
                                   bool *is_null, value_refusal *why)
{
	zval *amount = find(metric, "amount"), *unit = find(metric, "unit");
	zval *rule_unit = rule ? find(rule, "unit") : NULL, *cfg_unit = zend_hash_find(&m->target_units, attr->code);
	zend_string *target = rule_unit && Z_TYPE_P(rule_unit) == IS_STRING ? Z_STR_P(rule_unit)
		: (cfg_unit ? Z_STR_P(cfg_unit) : NULL);
	const pimsync_measure_unit *from, *to;
	pimsync_decimal value;

	if (!amount || !unit || Z_TYPE_P(unit) != IS_STRING) REFUSE(why, "malformed", "a metric value needs amount and unit");
	if (Z_TYPE_P(amount) == IS_NULL) {
		*is_null = true;
		return NULL;
	}
	/* no unit to convert to: the amount is written as given */
	if (!target || zend_string_equals(target, Z_STR_P(unit))) return number_to_decimal(m, amount, why);
	if (!pimsync_measure_amount(amount, &value)) REFUSE(why, "not_a_number", "the metric amount is not a number");
	if (!pimsync_measures_pair(m->measures, Z_STR_P(unit), target, &from, &to, &why->err)
	    || !pimsync_measure_convert(from, to, &value, &why->err)) {
		why->kind = "unit";
		return NULL;
	}
	/* the converted digits are rounded and fitted to the column like any other number */
	zval digits;
	ZVAL_STR(&digits, pimsync_decimal_to_string(&value));
	zend_string *dec = number_to_decimal(m, &digits, why);
	zval_ptr_dtor(&digits);
	return dec;
}

/* The Magento text of one Akeneo data item, or NULL with why set.
 * *is_null is set when the feed explicitly says null. */
static zend_string *convert_data(pimsync_mapper *m, pimsync_attribute *attr, zend_string *akeneo_code, HashTable *rule,
                                 zval *data, bool *is_null, value_refusal *why)
{
	*is_null = false;
	if (Z_TYPE_P(data) == IS_NULL) {
		*is_null = true;
		return NULL;
	}
	if (attr->input == PIMSYNC_INPUT_SELECT && attr->table_options) {
		if (Z_TYPE_P(data) != IS_STRING) REFUSE(why, "malformed", "a select value must be an option code");
		if (!add_option(m, attr, Z_STR_P(data), why) || why->pending) return NULL;
		return zend_long_to_str(why->ids[0]);
	}
	if (attr->input == PIMSYNC_INPUT_MULTISELECT && attr->table_options) {
		zval *code;
		if (Z_TYPE_P(data) != IS_ARRAY) REFUSE(why, "malformed", "a multiselect value must be a list of option codes");
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(data), code) {
			if (Z_TYPE_P(code) != IS_STRING || why->nids + why->ncodes == PIMSYNC_MULTISELECT_MAX) {
				REFUSE(why, "malformed", "a multiselect value must be a list of at most %d option codes", PIMSYNC_MULTISELECT_MAX);
			}
			if (!add_option(m, attr, Z_STR_P(code), why)) return NULL;
		} ZEND_HASH_FOREACH_END();
		if (why->nids + why->ncodes == 0) {
			*is_null = true;
			return NULL;
		}
		return why->pending ? NULL : pimsync_option_id_list(why->ids, why->nids);
	}
	if (Z_TYPE_P(data) == IS_TRUE || Z_TYPE_P(data) == IS_FALSE) {
		if (attr->backend == PIMSYNC_BACKEND_INT || attr->backend == PIMSYNC_BACKEND_VARCHAR) {
			return zend_long_to_str(Z_TYPE_P(data) == IS_TRUE ? 1 : 0);
		}
		REFUSE(why, "wrong_type", "a yes/no value cannot go into a %s attribute", pimsync_backend_names[attr->backend]);
	}

	switch (attr->backend) {
	case PIMSYNC_BACKEND_DECIMAL: {
		if (Z_TYPE_P(data) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(data)) && HT_IS_PACKED(Z_ARRVAL_P(data))) {
			return convert_price(m, attr, rule, Z_ARRVAL_P(data), is_null, why);
		}
		if (Z_TYPE_P(data) == IS_ARRAY) return convert_metric(m, attr, rule, Z_ARRVAL_P(data), is_null, why);
		return number_to_decimal(m, data, why);
	}
	case PIMSYNC_BACKEND_INT:
		if (Z_TYPE_P(data) == IS_LONG) return zend_long_to_str(Z_LVAL_P(data));
		if (Z_TYPE_P(data) == IS_STRING) {
			/* a JSON number arrives as its digits: "12", "12.0", "1.2e3", "12345678901234567890" */
			pimsync_number_status status;
			zend_string *whole = pimsync_norm_integer(Z_STRVAL_P(data), Z_STRLEN_P(data), 40, &status);
			if (!whole) {
				if (status == PIMSYNC_NUMBER_OUT_OF_RANGE) REFUSE(why, "out_of_range", "%.60s is out of range", Z_STRVAL_P(data));
				if (status == PIMSYNC_NUMBER_NOT_WHOLE) REFUSE(why, "not_an_integer", "%.60s is not a whole number", Z_STRVAL_P(data));
				REFUSE(why, "not_an_integer", "\"%.60s\" is not an integer", Z_STRVAL_P(data));
			}
			return whole; /* the column's range is checked when the value is fitted */
		}
		REFUSE(why, "not_an_integer", "not an integer");
	case PIMSYNC_BACKEND_DATETIME:
		if (Z_TYPE_P(data) == IS_STRING) {
			pimsync_date_status status;
			zend_string *out = pimsync_norm_datetime(Z_STRVAL_P(data), Z_STRLEN_P(data), &status);
			if (out) return out;
			if (status == PIMSYNC_DATE_NOT_IN_CALENDAR) {
				REFUSE(why, "invalid_date", "%.40s is not a date of the calendar; the value was left out", Z_STRVAL_P(data));
			}
			if (status == PIMSYNC_DATE_OUT_OF_RANGE) {
				REFUSE(why, "out_of_range", "%.40s is outside the years 1000 to 9999 a DATETIME holds (in UTC); the value was left out",
				       Z_STRVAL_P(data));
			}
		}
		REFUSE(why, "invalid_date", "\"%.40s\" is not a date (expected 2024-01-31T00:00:00+00:00)",
		       Z_TYPE_P(data) == IS_STRING ? Z_STRVAL_P(data) : "?");
	case PIMSYNC_BACKEND_VARCHAR:
	case PIMSYNC_BACKEND_TEXT:
		if (Z_TYPE_P(data) == IS_LONG || Z_TYPE_P(data) == IS_DOUBLE) return zval_get_string(data);
		if (Z_TYPE_P(data) != IS_STRING) REFUSE(why, "wrong_type", "expected text");
		if (!pimsync_utf8_valid(Z_STRVAL_P(data), Z_STRLEN_P(data))) REFUSE(why, "encoding", "text is not valid UTF-8");
		return zend_string_copy(Z_STR_P(data));
	default:
		REFUSE(why, "static", "a static column of catalog_product_entity is not synced");
	}
}

/* ---- the ownership gate (ownership.h): a field the source does not own is not written ---- */

static inline bool not_owner(const pimsync_mapper *m, pimsync_system owner)
{
	return m->gate && owner != m->system;
}

static inline pimsync_system field_owner(const pimsync_mapper *m, pimsync_field field)
{
	return m->cfg->ownership.field_owner[field];
}

/* A refused value: a value issue the report counts under refused_by_owner.
 * Not retried: the same record is refused the same way until the matrix changes. */
static void refuse(pimsync_mapper *m, pimsync_record *rec, zend_string *field, zend_long store_id, pimsync_system owner,
                   bool plural, const char *what)
{
	pimsync_issue_addf(&rec->issues, field, store_id, "not_owner", PIMSYNC_ISSUE_REFUSED, "%s %s to %s; this %s %s was not applied%s",
	                   ZSTR_VAL(field), plural ? "belong" : "belongs", pimsync_system_label(owner),
	                   m->system == PIMSYNC_SYSTEM_ERP ? "ERP" : "PIM", what,
	                   owner == PIMSYNC_SYSTEM_MAGENTO ? " (what Magento holds stays)" : "");
}

static void refuse_field(pimsync_mapper *m, pimsync_record *rec, pimsync_field field, const char *what)
{
	bool plural = field != PIMSYNC_FIELD_STATUS && field != PIMSYNC_FIELD_STOCK;
	refuse(m, rec, m->field_names[field], PIMSYNC_ISSUE_NO_STORE, field_owner(m, field), plural, what);
}

/* The stores one value entry goes to, in m->targets. */
static void entry_targets(pimsync_mapper *m, bool global, bool admin, zval *stores, HashTable *channel_stores,
                          bool default_channel)
{
	m->ntargets = 0;
#define TARGET(id) do { \
		if (m->ntargets == m->targets_cap) { \
			m->targets_cap = m->targets_cap ? m->targets_cap * 2 : 16; \
			m->targets = erealloc(m->targets, m->targets_cap * sizeof(zend_long)); \
		} \
		m->targets[m->ntargets++] = (id); \
	} while (0)
	if (admin) TARGET(0);
	if (global) return;
	if (stores) {
		zval *store;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(stores), store) {
			if (channel_stores && !zend_hash_index_exists(channel_stores, Z_LVAL_P(store))) continue;
			TARGET(Z_LVAL_P(store));
		} ZEND_HASH_FOREACH_END();
	} else if (!default_channel) {
		/* not localized, another channel's: every store view of its websites */
		zend_ulong store_id;
		ZEND_HASH_FOREACH_NUM_KEY(channel_stores, store_id) {
			TARGET((zend_long) store_id);
		} ZEND_HASH_FOREACH_END();
	}
#undef TARGET
}

/* The stores one value entry ({locale, scope, data}) goes to, in
 * m->targets; false when it goes nowhere. global: the Magento attribute
 * holds one value, the admin one. */
/* A value entry for one store view by its code ({"store": "fr", "data": …},
 * a Magento import file's store view row): that store view, every store
 * view of its website for a website-scoped attribute, none for a global
 * one (its one value is the default row's). */
static bool store_entry_stores(pimsync_mapper *m, pimsync_record *rec, bool global, pimsync_attribute *attr, zend_string *code)
{
	zval *id = zend_hash_find(&m->meta->stores, code), *website, *w;
	m->ntargets = 0;
	if (!id || Z_LVAL_P(id) == 0) {
		pimsync_stats_warn(m->stats, "unknown_store", rec->position, "store view %s is not in Magento's store table; its values were skipped",
		                   ZSTR_VAL(code));
		return false;
	}
	if (global) return false;
	if (!attr || attr->scope != PIMSYNC_SCOPE_WEBSITE || !(website = zend_hash_index_find(&m->meta->store_website, Z_LVAL_P(id)))) {
		entry_targets(m, true, true, NULL, NULL, true); /* resets and sizes m->targets: store 0 */
		m->targets[0] = Z_LVAL_P(id);
		return true;
	}
	zend_ulong store_id;
	ZEND_HASH_FOREACH_NUM_KEY_VAL(&m->meta->store_website, store_id, w) {
		if (!store_id || Z_LVAL_P(w) != Z_LVAL_P(website)) continue;
		if (m->ntargets == m->targets_cap) {
			m->targets_cap = m->targets_cap ? m->targets_cap * 2 : 16;
			m->targets = erealloc(m->targets, m->targets_cap * sizeof(zend_long));
		}
		m->targets[m->ntargets++] = (zend_long) store_id;
	} ZEND_HASH_FOREACH_END();
	return m->ntargets > 0;
}

static bool entry_stores(pimsync_mapper *m, pimsync_record *rec, bool global, HashTable *entry, pimsync_attribute *attr)
{
	zval *locale = find(entry, "locale"), *scope = find(entry, "scope");
	/* only a Magento import file names store views: an Akeneo feed's entries are not searched for it */
	zval *store = m->cfg->source_kind == PIMSYNC_SOURCE_MAGENTO_CSV ? find(entry, "store") : NULL;
	if (store && Z_TYPE_P(store) == IS_STRING) return store_entry_stores(m, rec, global, attr, Z_STR_P(store));

	/* a scoped value belongs to its channel's store views; one of a channel
	 * the config does not map is not for this catalog */
	HashTable *channel_stores = NULL;
	bool default_channel = true;
	if (scope && Z_TYPE_P(scope) == IS_STRING) {
		zval *set = zend_hash_find(&m->channel_stores, Z_STR_P(scope));
		if (!set) return false;
		channel_stores = Z_ARRVAL_P(set);
		default_channel = zend_string_equals(Z_STR_P(scope), m->cfg->channel);
	}
	bool localized = locale && Z_TYPE_P(locale) == IS_STRING;
	zval *stores = NULL;
	if (localized) {
		stores = zend_hash_find(&m->locale_stores, Z_STR_P(locale));
		if (!stores) {
			pimsync_stats_warn(m->stats, "unknown_locale", rec->position,
			                   "locale %s is not mapped to a store view in \"locales\"; its values were skipped",
			                   Z_STRVAL_P(locale));
			return false;
		}
	}
	/* store 0 holds the admin locale's value in the default channel */
	bool admin = (!localized || zend_string_equals(Z_STR_P(locale), m->cfg->admin_locale)) && default_channel;
	/* a global Magento attribute holds one value: the admin one */
	if (global && !admin) return false;
	entry_targets(m, global, admin, stores, channel_stores, default_channel);
	return m->ntargets > 0;
}

/* value fitted to col under unsupported_characters (NULL: left out), each
 * refusal or adjustment a value issue of every target store; what names the
 * value in the message ("" for an attribute's own value). */
static zend_string *fit_for_targets(pimsync_mapper *m, pimsync_record *rec, zend_string *code, const pimsync_column *col,
                                    zend_string *value, const char *what)
{
	pimsync_fit fit;
	value = pimsync_fit_value(col, value, m->cfg->unsupported_characters, &fit);
	for (uint32_t i = 0; i < m->ntargets; i++) {
		if (!value) {
			pimsync_issue_addf(&rec->issues, code, m->targets[i], fit.kind, PIMSYNC_ISSUE_LEFT_OUT, "%s%s", what, fit.err.message);
		} else if (fit.adjusted) {
			pimsync_issue_addf(&rec->issues, code, m->targets[i], "characters", PIMSYNC_ISSUE_ADJUSTED,
			                   "%s%zu character%s the %s column cannot hold %s (unsupported_characters: %s)", what, fit.adjusted,
			                   fit.adjusted == 1 ? "" : "s", ZSTR_VAL(col->charset),
			                   m->cfg->unsupported_characters == PIMSYNC_CHARS_STRIP ? "removed" : "replaced by U+FFFD",
			                   m->cfg->unsupported_characters == PIMSYNC_CHARS_STRIP ? "strip" : "replace");
		}
	}
	return value;
}

/* ---- transformations (value_transform.h): the data as the config's rules leave it ---- */

/* Runs the chain over one string of a value; the result in *out (s itself
 * when unchanged). A number step that cannot read it is reported, once for
 * each store the value goes to. */
static zend_string *transform_string(pimsync_mapper *m, pimsync_record *rec, pimsync_attribute *attr,
                                     const pimsync_transform_chain *chain, zend_string *s, bool amount)
{
	pimsync_transform_unreadable unreadable = {0};
	zend_string *out = pimsync_transform_apply(chain, s, amount, m->transform_counts, &unreadable);
	if (unreadable.value) {
		char format[96];
		pimsync_transform_number_format(unreadable.rule, format, sizeof(format));
		for (uint32_t i = 0; i < m->ntargets; i++) {
			pimsync_issue_addf(&rec->issues, attr->code, m->targets[i], "transform_number", PIMSYNC_ISSUE_KEPT,
			                   "\"%.60s\" is not a number the transformation reads (%s); the value was kept as it was",
			                   ZSTR_VAL(unreadable.value), format);
		}
		zend_string_release(unreadable.value);
	}
	return out;
}

/* A list of strings (a multiselect's option codes), or a price collection
 * ([{amount, currency}]); tmp gets a changed copy. An option code the rules
 * leave empty is dropped. false: nothing of the list is left. */
static bool transform_list(pimsync_mapper *m, pimsync_record *rec, pimsync_attribute *attr,
                           const pimsync_transform_chain *chain, zval *data, zval *tmp)
{
	zval *item;
	zend_ulong i = 0, n = zend_hash_num_elements(Z_ARRVAL_P(data));
	zend_string **dropped = NULL; /* borrowed from data */
	uint32_t ndropped = 0;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(data), item) {
		zval changed;
		ZVAL_UNDEF(&changed);
		if (Z_TYPE_P(item) == IS_STRING) {
			zend_string *out = transform_string(m, rec, attr, chain, Z_STR_P(item), false);
			if (out != Z_STR_P(item)) ZVAL_STR(&changed, out);
		} else if (Z_TYPE_P(item) == IS_ARRAY && chain->has_number) {
			zval *amount = find(Z_ARRVAL_P(item), "amount");
			if (amount && Z_TYPE_P(amount) == IS_STRING) {
				zend_string *out = transform_string(m, rec, attr, chain, Z_STR_P(amount), true);
				if (out != Z_STR_P(amount)) {
					ZVAL_ARR(&changed, zend_array_dup(Z_ARRVAL_P(item)));
					add_assoc_str(&changed, "amount", out);
				}
			}
		}
		if (Z_TYPE(changed) != IS_UNDEF) {
			if (Z_TYPE_P(tmp) == IS_UNDEF) {
				/* the first change: a copy of the items before it */
				zval *before;
				zend_ulong k = 0;
				array_init_size(tmp, (uint32_t) n);
				ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(data), before) {
					if (k++ == i) break;
					Z_TRY_ADDREF_P(before);
					add_next_index_zval(tmp, before);
				} ZEND_HASH_FOREACH_END();
			}
			if (Z_TYPE(changed) == IS_STRING && Z_STRLEN(changed) == 0) {
				if (!dropped) dropped = safe_emalloc(n, sizeof(zend_string *), 0);
				dropped[ndropped++] = Z_STR_P(item);
				zval_ptr_dtor(&changed);
			} else {
				add_next_index_zval(tmp, &changed);
			}
		} else if (Z_TYPE_P(tmp) != IS_UNDEF) {
			Z_TRY_ADDREF_P(item);
			add_next_index_zval(tmp, item);
		}
		i++;
	} ZEND_HASH_FOREACH_END();
	bool left = !(Z_TYPE_P(tmp) == IS_ARRAY && n && zend_hash_num_elements(Z_ARRVAL_P(tmp)) == 0);
	/* the codes dropped from a list that keeps others (a list left empty is reported whole) */
	for (uint32_t d = 0; left && d < ndropped; d++) {
		for (uint32_t t = 0; t < m->ntargets; t++) {
			pimsync_issue_addf(&rec->issues, attr->code, m->targets[t], "transform_empty", PIMSYNC_ISSUE_ADJUSTED,
			                   "the transformations left nothing of option code \"%.60s\"; it was dropped from the list",
			                   ZSTR_VAL(dropped[d]));
		}
	}
	if (dropped) efree(dropped);
	return left;
}

/* The data an entry's value is converted from: data itself when no rule
 * changed it, else tmp (which the caller releases). NULL: the rules left
 * nothing of it (an empty text or option code), and it is left out as if
 * the feed had no such value, reported once for each store it went to. */
static zval *transform_data(pimsync_mapper *m, pimsync_record *rec, pimsync_attribute *attr,
                            const pimsync_transform_chain *chain, zval *data, zval *tmp)
{
	bool left = true;
	if (Z_TYPE_P(data) == IS_STRING) {
		zend_string *out = transform_string(m, rec, attr, chain, Z_STR_P(data), false);
		if (out == Z_STR_P(data)) return data;
		ZVAL_STR(tmp, out);
		left = ZSTR_LEN(out) > 0;
	} else if (Z_TYPE_P(data) == IS_ARRAY && zend_array_is_list(Z_ARRVAL_P(data))) {
		left = transform_list(m, rec, attr, chain, data, tmp);
	} else if (Z_TYPE_P(data) == IS_ARRAY && chain->has_number) {
		/* a metric: its amount */
		zval *amount = find(Z_ARRVAL_P(data), "amount");
		if (amount && Z_TYPE_P(amount) == IS_STRING) {
			zend_string *out = transform_string(m, rec, attr, chain, Z_STR_P(amount), true);
			if (out != Z_STR_P(amount)) {
				ZVAL_ARR(tmp, zend_array_dup(Z_ARRVAL_P(data)));
				add_assoc_str(tmp, "amount", out);
			}
		}
	}
	if (!left) {
		for (uint32_t i = 0; i < m->ntargets; i++) {
			pimsync_issue_addf(&rec->issues, attr->code, m->targets[i], "transform_empty", PIMSYNC_ISSUE_LEFT_OUT,
			                   "the transformations left nothing of the value; it was left out, as if the feed had none");
		}
		return NULL;
	}
	return Z_TYPE_P(tmp) == IS_UNDEF ? data : tmp;
}

void pimsync_mapper_report_transforms(pimsync_mapper *m)
{
	if (!m->cfg->transforms.on) return;
	zval_ptr_dtor(&m->stats->transformations);
	pimsync_transforms_report(&m->cfg->transforms, m->transform_counts, &m->stats->transformations);
}

/* ---- value entries ---- */

static zend_result map_entry_data(pimsync_mapper *m, pimsync_record *rec, pimsync_attribute *attr, zend_string *akeneo_code,
                                  HashTable *rule, zval *data);

/* Adds one Akeneo value entry ({locale, scope, data}) to the record; chain:
 * the source attribute's transformations, or NULL. */
static zend_result map_entry(pimsync_mapper *m, pimsync_record *rec, pimsync_attribute *attr, zend_string *akeneo_code,
                             HashTable *rule, const pimsync_transform_chain *chain, HashTable *entry)
{
	zval *data = find(entry, "data"), tmp;

	if (!entry_stores(m, rec, attr->scope == PIMSYNC_SCOPE_GLOBAL, entry, attr)) return SUCCESS;
	if (!chain || !data) return map_entry_data(m, rec, attr, akeneo_code, rule, data);
	ZVAL_UNDEF(&tmp);
	zval *transformed = transform_data(m, rec, attr, chain, data, &tmp);
	zend_result r = transformed ? map_entry_data(m, rec, attr, akeneo_code, rule, transformed) : SUCCESS;
	zval_ptr_dtor(&tmp); /* the pending option codes were copied */
	return r;
}

/* Converts one entry's data for the stores in m->targets. */
static zend_result map_entry_data(pimsync_mapper *m, pimsync_record *rec, pimsync_attribute *attr, zend_string *akeneo_code,
                                  HashTable *rule, zval *data)
{
	bool is_null;
	zend_string *value;
	value_refusal why;
	why.kind = NULL;
	why.pending = false;
	why.nids = why.ncodes = 0;

	if (!data) {
		why.kind = "malformed";
		pimsync_error_set(&why.err, "a value without \"data\"");
		value = NULL;
		is_null = false;
	} else {
		value = convert_data(m, attr, akeneo_code, rule, data, &is_null, &why);
	}
	if (why.pending) {
		for (uint32_t i = 0; i < m->ntargets; i++) {
			pimsync_record_add_pending(rec, attr, akeneo_code, m->targets[i], why.ids, why.nids, why.codes, why.ncodes);
		}
		return SUCCESS;
	}
	if (!value && !is_null) {
		for (uint32_t i = 0; i < m->ntargets; i++) {
			pimsync_issue_addf(&rec->issues, attr->code, m->targets[i], why.kind, PIMSYNC_ISSUE_LEFT_OUT, "%s", why.err.message);
		}
		return SUCCESS;
	}
	if (value) {
		value = fit_for_targets(m, rec, attr->code, pimsync_meta_value_column(m->meta, attr), value, "");
		if (!value) return SUCCESS;
	}
	for (uint32_t i = 0; i < m->ntargets; i++) {
		pimsync_record_add_value(rec, attr, m->targets[i], value ? zend_string_copy(value) : NULL);
	}
	if (value) zend_string_release(value);
	return SUCCESS;
}


/* ---- images (images_config.h): the media set is named on the record, never fetched ---- */

static bool image_extension(const char *name, size_t len)
{
	static const char *const known[] = {".jpg", ".jpeg", ".png", ".gif", ".webp", NULL};
	for (int i = 0; known[i]; i++) {
		size_t n = strlen(known[i]);
		if (len > n && strncasecmp(name + len - n, known[i], n) == 0) return true;
	}
	return false;
}

/* Akeneo's file storage key: a/b/c/d/<sha1>_<name> (PathGenerator). */
static bool akeneo_file_key(const char *s, size_t len)
{
	if (len < 8 + 42) return false;
	for (int i = 0; i < 8; i += 2) {
		if (!isxdigit((unsigned char) s[i]) || s[i + 1] != '/') return false;
	}
	for (int i = 8; i < 48; i++) {
		if (!isxdigit((unsigned char) s[i])) return false;
	}
	return s[48] == '_';
}

/* An image value's location: an http(s) URL, else an Akeneo media file code. */
static bool media_location(zval *data, pimsync_media_source *source)
{
	if (Z_TYPE_P(data) != IS_STRING || Z_STRLEN_P(data) == 0 || Z_STRLEN_P(data) > 2048) return false;
	for (size_t i = 0; i < Z_STRLEN_P(data); i++) {
		if ((unsigned char) Z_STRVAL_P(data)[i] < 0x20) return false;
	}
	*source = strncasecmp(Z_STRVAL_P(data), "http://", 7) == 0 || strncasecmp(Z_STRVAL_P(data), "https://", 8) == 0
		? PIMSYNC_MEDIA_URL : PIMSYNC_MEDIA_AKENEO;
	return true;
}

/* Without a list in images.attributes: an attribute is an image attribute
 * when a value of it is a media file of the PIM (the file key, or the
 * download link the API gives such values) named like an image. */
static bool detected_image(zval *entries)
{
	zval *entry, *data, *links;
	if (Z_TYPE_P(entries) != IS_ARRAY) return false;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
		if (Z_TYPE_P(entry) != IS_ARRAY || !(data = find(Z_ARRVAL_P(entry), "data")) || Z_TYPE_P(data) != IS_STRING) continue;
		links = find(Z_ARRVAL_P(entry), "_links");
		bool media = akeneo_file_key(Z_STRVAL_P(data), Z_STRLEN_P(data))
			|| (links && Z_TYPE_P(links) == IS_ARRAY && find(Z_ARRVAL_P(links), "download"));
		return media && image_extension(Z_STRVAL_P(data), Z_STRLEN_P(data));
	} ZEND_HASH_FOREACH_END();
	return false;
}

static int code_cmp(const void *a, const void *b)
{
	return zend_binary_strcmp(ZSTR_VAL(*(zend_string *const *) a), ZSTR_LEN(*(zend_string *const *) a),
	                          ZSTR_VAL(*(zend_string *const *) b), ZSTR_LEN(*(zend_string *const *) b));
}

/* Detection: the product's image attributes by code, the first taking the
 * default roles (m->detected, reset per product). */
static void detect_images(pimsync_mapper *m, HashTable *values)
{
	const pimsync_images_config *im = &m->cfg->images;
	zend_string *code, **codes;
	zval *entries;
	uint32_t n = 0;

	m->ndetected = 0;
	if (!values || !zend_hash_num_elements(values)) return;
	codes = safe_emalloc(zend_hash_num_elements(values), sizeof(zend_string *), 0);
	ZEND_HASH_FOREACH_STR_KEY_VAL(values, code, entries) {
		if (!code || zend_hash_exists(im->excluded, code) || zend_string_equals(code, m->cfg->identifier_attribute)) continue;
		if (detected_image(entries)) codes[n++] = code;
	} ZEND_HASH_FOREACH_END();
	qsort(codes, n, sizeof(zend_string *), code_cmp);
	if (n > m->detected_cap) {
		m->detected_cap = n;
		m->detected = erealloc(m->detected, n * sizeof(pimsync_image_attribute));
	}
	for (uint32_t i = 0; i < n; i++) {
		m->detected[i] = (pimsync_image_attribute) {.code = codes[i], .roles = i == 0 ? im->detected_roles : 0, .gallery = true,
			.position = i + 1, .label = im->labels};
	}
	m->ndetected = n;
	efree(codes);
}

static const pimsync_image_attribute *image_rule(pimsync_mapper *m, zend_string *code)
{
	if (!m->cfg->images.detect) return zend_hash_find_ptr(&m->cfg->images.by_code, code);
	for (uint32_t i = 0; i < m->ndetected; i++) {
		if (zend_string_equals(m->detected[i].code, code)) return &m->detected[i];
	}
	return NULL;
}

/* values.<code> is a list of {locale, scope, data} objects; FAILURE, said in err, otherwise. */
static zend_result check_entries(zend_string *code, zval *entries, pimsync_error *err)
{
	zval *entry;
	if (Z_TYPE_P(entries) == IS_ARRAY) {
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
			if (Z_TYPE_P(entry) != IS_ARRAY) goto bad;
		} ZEND_HASH_FOREACH_END();
		return SUCCESS;
	}
bad:
	pimsync_error_set(err, "values.%s must be a list of {locale, scope, data}", ZSTR_VAL(code));
	return FAILURE;
}

/* Some entry of values.<code> carries data (not null). */
static bool has_data(zval *entries)
{
	zval *entry, *data;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
		if ((data = find(Z_ARRVAL_P(entry), "data")) && Z_TYPE_P(data) != IS_NULL) return true;
	} ZEND_HASH_FOREACH_END();
	return false;
}

/* Each value of an image attribute names an image for its stores (image
 * roles are store-view values in Magento); a null value names none. */
static zend_result map_images(pimsync_mapper *m, pimsync_record *rec, zend_string *code, const pimsync_image_attribute *rule,
                              zval *entries, pimsync_error *err)
{
	zval *entry, *data;
	pimsync_media_source source;
	if (check_entries(code, entries, err) == FAILURE) return FAILURE;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
		if (!entry_stores(m, rec, false, Z_ARRVAL_P(entry), NULL)) continue;
		data = find(Z_ARRVAL_P(entry), "data");
		if (!data || Z_TYPE_P(data) == IS_NULL) continue;
		if (!media_location(data, &source)) {
			char key[300];
			snprintf(key, sizeof(key), "image_value:%s", ZSTR_VAL(code));
			pimsync_stats_warn(m->stats, key, rec->position,
			                   "a value of image attribute %s is neither a media file code nor an http(s) URL; that image was"
			                   " left out", ZSTR_VAL(code));
			continue;
		}
		pimsync_media_add(&rec->media, source, Z_STR_P(data), code, rule, m->targets, m->ntargets);
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* The labels the set's label attributes give, store by store, then the set finished. */
static void finish_images(pimsync_mapper *m, HashTable *values, pimsync_record *rec)
{
	pimsync_media_labels labels[8] = {0};
	uint32_t nlabels = 0;
	for (uint32_t i = 0; i < rec->media.n && nlabels < 8; i++) {
		zend_string *attribute = rec->media.refs[i].label_attribute;
		bool known = false;
		zval *entries, *entry, *data;
		if (!attribute) continue;
		for (uint32_t k = 0; k < nlabels; k++) known |= zend_string_equals(labels[k].attribute, attribute);
		if (known) continue;
		pimsync_media_labels *l = &labels[nlabels++];
		l->attribute = attribute;
		zend_hash_init(&l->by_store, 8, NULL, ZVAL_PTR_DTOR, 0);
		entries = values ? zend_hash_find(values, attribute) : NULL;
		if (!entries || Z_TYPE_P(entries) != IS_ARRAY) continue;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
			if (Z_TYPE_P(entry) != IS_ARRAY || !(data = find(Z_ARRVAL_P(entry), "data")) || Z_TYPE_P(data) != IS_STRING
			    || Z_STRLEN_P(data) == 0 || !entry_stores(m, rec, false, Z_ARRVAL_P(entry), NULL)) continue;
			/* the label column is utf8mb3 varchar(255) in Magento: fitted as any value is */
			zend_string *label = fit_for_targets(m, rec, attribute, &m->meta->columns[PIMSYNC_COL_GALLERY_LABEL],
			                                     zend_string_copy(Z_STR_P(data)), "image label: ");
			if (!label) continue;
			for (uint32_t t = 0; t < m->ntargets; t++) {
				zval z;
				ZVAL_STR_COPY(&z, label);
				zend_hash_index_update(&l->by_store, m->targets[t], &z);
			}
			zend_string_release(label);
		} ZEND_HASH_FOREACH_END();
	}
	pimsync_media_finish(&rec->media, &m->cfg->images, m->media_stores, m->nmedia_stores, labels, nlabels);
	for (uint32_t k = 0; k < nlabels; k++) zend_hash_destroy(&labels[k].by_store);
}

static zend_result map_values(pimsync_mapper *m, HashTable *values, pimsync_record *rec, pimsync_error *err)
{
	zend_string *code;
	zval *entries, *entry;

	ZEND_HASH_FOREACH_STR_KEY_VAL(values, code, entries) {
		HashTable *rule = NULL;
		zend_string *target = code;
		pimsync_attribute *attr;

		if (!code || zend_string_equals(code, m->cfg->identifier_attribute)) continue;
		if (pimsync_stock_is_attribute(m->cfg, code)) continue; /* a stock field (stock_values.h), not an attribute */
		if (m->cfg->images.enabled) {
			const pimsync_image_attribute *image = image_rule(m, code);
			if (image && rec->media.on) {
				if (map_images(m, rec, code, image, entries, err) == FAILURE) return FAILURE;
				continue;
			}
			if (image) {
				/* images refused (not the source's): the product's gallery is left as it is */
				if (check_entries(code, entries, err) == FAILURE) return FAILURE;
				if (has_data(entries)) refuse_field(m, rec, PIMSYNC_FIELD_IMAGES, "image");
				continue;
			}
		}
		zval *r = zend_hash_find(m->cfg->attributes, code);
		if (r) {
			if (Z_TYPE_P(r) == IS_NULL) continue; /* configured as not synced */
			rule = Z_ARRVAL_P(r);
			target = Z_STR_P(find(rule, "to"));
		} else if (!m->cfg->map_unlisted_attributes) {
			continue;
		}
		attr = zend_hash_find_ptr(&m->meta->attributes, target);
		if (!attr) {
			char key[300];
			snprintf(key, sizeof(key), "unknown_attribute:%s", ZSTR_VAL(target));
			pimsync_stats_warn(m->stats, key, rec->position,
			                   "attribute %s is not a Magento product attribute; its values were skipped "
			                   "(map it under \"attributes\", or set it to null to silence this)", ZSTR_VAL(target));
			continue;
		}
		if (attr->input == PIMSYNC_INPUT_MEDIA) {
			char key[300];
			snprintf(key, sizeof(key), "media_attribute:%s", ZSTR_VAL(target));
			pimsync_stats_warn(m->stats, key, rec->position,
			                   "attribute %s holds images, which the catalog sync does not write; skipped",
			                   ZSTR_VAL(target));
			continue;
		}
		if (attr->backend == PIMSYNC_BACKEND_STATIC || attr == m->meta->status) {
			char key[300];
			snprintf(key, sizeof(key), "static_attribute:%s", ZSTR_VAL(target));
			pimsync_stats_warn(m->stats, key, rec->position,
			                   "attribute %s is managed by pimsync itself or is a static column; skipped", ZSTR_VAL(target));
			continue;
		}
		if (check_entries(code, entries, err) == FAILURE) return FAILURE;
		if (not_owner(m, (pimsync_system) attr->owner)) {
			/* each value that would have landed is refused, store by store; a null (a removal) too */
			ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
				if (!entry_stores(m, rec, attr->scope == PIMSYNC_SCOPE_GLOBAL, Z_ARRVAL_P(entry), attr)) continue;
				for (uint32_t t = 0; t < m->ntargets; t++) {
					refuse(m, rec, attr->code, m->targets[t], (pimsync_system) attr->owner, false, "value");
				}
			} ZEND_HASH_FOREACH_END();
			continue;
		}
		const pimsync_transform_chain *chain = pimsync_transforms_chain(&m->cfg->transforms, code);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
			if (map_entry(m, rec, attr, code, rule, chain, Z_ARRVAL_P(entry)) == FAILURE) return FAILURE;
		} ZEND_HASH_FOREACH_END();
		if (attr == m->meta->url_key) rec->has_url_key = true;
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

static bool record_has_value(pimsync_record *rec, pimsync_attribute *attr, zend_long store_id)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		if (rec->values[i].attr == attr && rec->values[i].store_id == store_id && rec->values[i].value) return true;
	}
	return false;
}

/* A product Magento creates must have a name: the first filled attribute of
 * name_fallback (the admin locale's value first), else the SKU. Used by the
 * writer for new products only: an existing product keeps its name. */
static void choose_fallback_name(pimsync_mapper *m, HashTable *values, pimsync_record *rec)
{
	zval *code;
	if (not_owner(m, (pimsync_system) m->meta->name->owner)) {
		/* the name is not this source's: none of its values names the product, its SKU does */
		rec->fallback_name = zend_string_copy(rec->sku);
		return;
	}
	ZEND_HASH_FOREACH_VAL(m->cfg->name_fallback, code) {
		zval *entries = values ? zend_hash_find(values, Z_STR_P(code)) : NULL, *entry, *data, *locale;
		const pimsync_transform_chain *chain = pimsync_transforms_chain(&m->cfg->transforms, Z_STR_P(code));
		zend_string *any = NULL;
		if (!entries || Z_TYPE_P(entries) != IS_ARRAY) continue;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
			if (Z_TYPE_P(entry) != IS_ARRAY || !(data = find(Z_ARRVAL_P(entry), "data")) || Z_TYPE_P(data) != IS_STRING
			    || Z_STRLEN_P(data) == 0 || !pimsync_utf8_valid(Z_STRVAL_P(data), Z_STRLEN_P(data))) continue;
			/* the name as the transformations leave it (counted where the value itself was mapped) */
			zend_string *name = Z_STR_P(data);
			if (chain) {
				pimsync_transform_unreadable unreadable = {0};
				name = pimsync_transform_apply(chain, name, false, NULL, &unreadable);
				if (unreadable.value) zend_string_release(unreadable.value);
				if (name == Z_STR_P(data)) name = zend_string_copy(name);
				if (ZSTR_LEN(name) == 0) {
					zend_string_release(name);
					continue;
				}
			} else {
				name = zend_string_copy(name);
			}
			locale = find(Z_ARRVAL_P(entry), "locale");
			if (m->cfg->source_kind == PIMSYNC_SOURCE_MAGENTO_CSV && find(Z_ARRVAL_P(entry), "store")) {
				if (!any) any = Z_STR_P(data); /* a store view's value: as a locale's, not the admin one */
				continue;
			}
			if (!locale || Z_TYPE_P(locale) != IS_STRING || zend_string_equals(Z_STR_P(locale), m->cfg->admin_locale)) {
				if (any) zend_string_release(any);
				any = name;
				break;
			}
			if (!any) any = name;
			else zend_string_release(name);
		} ZEND_HASH_FOREACH_END();
		if (any) {
			rec->fallback_name = any;
			rec->fallback_from = zend_string_copy(Z_STR_P(code));
			return;
		}
	} ZEND_HASH_FOREACH_END();
	rec->fallback_name = zend_string_copy(rec->sku);
}

/* Layer 1 business rules that hold for every catalog. */
static zend_result check_rules(pimsync_mapper *m, pimsync_record *rec, pimsync_error *err)
{
	for (uint32_t i = 0; i < rec->nvalues; i++) {
		pimsync_value *v = &rec->values[i];
		if (v->value && v->attr->backend == PIMSYNC_BACKEND_DECIMAL && ZSTR_VAL(v->value)[0] == '-'
		    && (zend_string_equals_literal(v->attr->code, "price") || zend_string_equals_literal(v->attr->code, "special_price")
		        || zend_string_equals_literal(v->attr->code, "cost") || zend_string_equals_literal(v->attr->code, "weight"))) {
			pimsync_error_set(err, "attribute %s: %s is negative", ZSTR_VAL(v->attr->code), ZSTR_VAL(v->value));
			return FAILURE;
		}
	}
	/* and those the config declares */
	return pimsync_validate_record(&m->validation, rec, err);
}

/* The id of a category code, 0 when the batch is to create it, -1 (err
 * set) when it may not be. */
static zend_long category_id(pimsync_mapper *m, zend_string *code, pimsync_error *err)
{
	zval *known = zend_hash_find(m->cfg->category_map, code);
	if (known || (known = zend_hash_find(&m->meta->categories, code))) return Z_LVAL_P(known);
	if (!m->cfg->create_categories) {
		pimsync_error_set(err, "category \"%s\" is not mapped and categories.create_missing is false", ZSTR_VAL(code));
		return -1;
	}
	if (!pimsync_entities_code_valid(code)) {
		pimsync_error_set(err, "category code must be 1 to 255 bytes of UTF-8 without characters beyond U+FFFF");
		return -1;
	}
	return 0;
}

/* The Magento link type an Akeneo association type maps to; false when it is
 * not synced (null in "associations", or a type the config does not know,
 * told once per run). */
static bool association_link_type(pimsync_mapper *m, zend_string *akeneo_type, zend_string *position, pimsync_link_type *out)
{
	if (m->cfg->source_kind == PIMSYNC_SOURCE_MAGENTO_CSV) {
		/* a Magento import file names Magento's link types themselves (related_skus, upsell_skus, crosssell_skus) */
		*out = zend_string_equals_literal(akeneo_type, "up_sell") ? PIMSYNC_LINK_UPSELL
			: zend_string_equals_literal(akeneo_type, "cross_sell") ? PIMSYNC_LINK_CROSSSELL : PIMSYNC_LINK_RELATED;
		return true;
	}
	zval *to = zend_symtable_find(m->cfg->associations, akeneo_type);
	if (!to) {
		char key[300];
		snprintf(key, sizeof(key), "association_type:%s", ZSTR_VAL(akeneo_type));
		pimsync_stats_warn(m->stats, key, position,
		                   "association type %s is not in \"associations\"; its links were not synced (map it to \"related\","
		                   " \"up_sell\" or \"cross_sell\", or to null to silence this)", ZSTR_VAL(akeneo_type));
		return false;
	}
	if (Z_TYPE_P(to) != IS_STRING) return false;
	*out = zend_string_equals_literal(Z_STR_P(to), "up_sell") ? PIMSYNC_LINK_UPSELL
		: zend_string_equals_literal(Z_STR_P(to), "cross_sell") ? PIMSYNC_LINK_CROSSSELL : PIMSYNC_LINK_RELATED;
	return true;
}

static bool link_listed(const pimsync_record *rec, pimsync_link_type type, pimsync_link_target_kind kind, zend_string *target)
{
	for (uint32_t i = 0; i < rec->nlinks; i++) {
		const pimsync_link_ref *l = &rec->links[i];
		if (l->type == type && l->kind == kind && zend_string_equals(l->target, target)) return true;
	}
	return false;
}

/* Adds one list of association targets (products or product_models). */
static zend_result map_association_list(pimsync_mapper *m, pimsync_record *rec, zend_string *akeneo_type, pimsync_link_type type,
                                        pimsync_link_target_kind kind, zval *list, uint32_t *next_position, pimsync_error *err)
{
	zval *code;
	if (!list || Z_TYPE_P(list) == IS_NULL) return SUCCESS;
	if (Z_TYPE_P(list) != IS_ARRAY) {
		pimsync_error_set(err, "associations.%s must hold lists of codes", ZSTR_VAL(akeneo_type));
		return FAILURE;
	}
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(list), code) {
		if (Z_TYPE_P(code) != IS_STRING) {
			pimsync_error_set(err, "associations.%s must hold lists of codes", ZSTR_VAL(akeneo_type));
			return FAILURE;
		}
		/* a SKU is matched as Magento stores it: trimmed */
		zend_string *target = kind == PIMSYNC_LINK_TO_UUID ? zend_string_copy(Z_STR_P(code)) : pimsync_sku_trim(Z_STR_P(code));
		if (ZSTR_LEN(target) == 0 || ZSTR_LEN(target) > 255 || !pimsync_utf8_valid(ZSTR_VAL(target), ZSTR_LEN(target))) {
			pimsync_stats_warn(m->stats, "association_target", rec->position,
			                   "an association of %s names no product pimsync can look up (empty, over 255 bytes or not UTF-8);"
			                   " that link was not synced", ZSTR_VAL(akeneo_type));
		} else if (!link_listed(rec, type, kind, target)) {
			/* two Akeneo types may map to one Magento type: the first mention keeps its place; a link to the
			 * product itself (left out and reported by the writer) takes none, so the others stay 1, 2, 3… */
			bool self = false;
			if (kind == PIMSYNC_LINK_TO_SKU) {
				zend_string *a = pimsync_sku_key(target), *b = pimsync_sku_key(rec->sku);
				self = zend_string_equals(a, b);
				zend_string_release(a);
				zend_string_release(b);
			}
			pimsync_record_add_link(rec, type, kind, self ? 0 : ++next_position[type], target);
		}
		zend_string_release(target);
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* Akeneo associations as Magento product links, in feed order. A /products
 * item (it has "identifier") names products by identifier, a /products-uuid
 * item by uuid; product models are named by code (their configurable's SKU).
 * Groups have no Magento counterpart; quantified associations are not synced. */
static zend_result map_associations(pimsync_mapper *m, HashTable *product, pimsync_record *rec, pimsync_error *err)
{
	zval *associations = find(product, "associations"), *identifier = find(product, "identifier"), *lists;
	pimsync_link_target_kind product_kind = identifier && Z_TYPE_P(identifier) == IS_STRING ? PIMSYNC_LINK_TO_SKU : PIMSYNC_LINK_TO_UUID;
	uint32_t next_position[PIMSYNC_LINK_TYPES] = {0};
	zend_string *akeneo_type;

	if (!associations || Z_TYPE_P(associations) == IS_NULL) return SUCCESS;
	if (Z_TYPE_P(associations) != IS_ARRAY) {
		pimsync_error_set(err, "\"associations\" must be an object");
		return FAILURE;
	}
	ZEND_HASH_FOREACH_STR_KEY_VAL(Z_ARRVAL_P(associations), akeneo_type, lists) {
		pimsync_link_type type;
		zval *groups;
		if (!akeneo_type || Z_TYPE_P(lists) != IS_ARRAY) {
			pimsync_error_set(err, "\"associations\" must map association types to {products, product_models, groups}");
			return FAILURE;
		}
		if (!association_link_type(m, akeneo_type, rec->position, &type)) continue;
		if (map_association_list(m, rec, akeneo_type, type, product_kind, find(Z_ARRVAL_P(lists), "products"), next_position, err) == FAILURE
		    || map_association_list(m, rec, akeneo_type, type, PIMSYNC_LINK_TO_MODEL, find(Z_ARRVAL_P(lists), "product_models"),
		                            next_position, err) == FAILURE) {
			return FAILURE;
		}
		groups = find(Z_ARRVAL_P(lists), "groups");
		if (groups && Z_TYPE_P(groups) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(groups))) {
			pimsync_stats_warn(m->stats, "association_groups", rec->position,
			                   "associations with product groups (%s) have no Magento counterpart and were not synced",
			                   ZSTR_VAL(akeneo_type));
		}
	} ZEND_HASH_FOREACH_END();
	return SUCCESS;
}

/* The record carries some association target. */
static bool has_associations(HashTable *product)
{
	zval *associations = find(product, "associations"), *lists, *list;
	if (!associations || Z_TYPE_P(associations) != IS_ARRAY) return false;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(associations), lists) {
		if (Z_TYPE_P(lists) != IS_ARRAY) continue;
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(lists), list) {
			if (Z_TYPE_P(list) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(list))) return true;
		} ZEND_HASH_FOREACH_END();
	} ZEND_HASH_FOREACH_END();
	return false;
}

/* Stock not the source's: each stock field the record carries is refused; Magento's stock stays. */
static void refuse_stock(pimsync_mapper *m, HashTable *values, pimsync_record *rec)
{
	for (int i = 0; i < PIMSYNC_STOCK_FIELD_COUNT; i++) {
		zend_string *code = m->cfg->stock_attributes[i];
		zval *entries = code ? zend_hash_find(values, code) : NULL;
		if (!entries || Z_TYPE_P(entries) != IS_ARRAY || !has_data(entries)) continue;
		char what[80];
		snprintf(what, sizeof(what), "value (%s)", pimsync_stock_field_names[i]);
		refuse_field(m, rec, PIMSYNC_FIELD_STOCK, what);
	}
}

zend_result pimsync_mapper_attribute_set(pimsync_mapper *m, zval *family, zend_long *set_id_out, pimsync_error *err)
{
	*set_id_out = m->default_set_id;
	if (family && Z_TYPE_P(family) == IS_STRING) {
		zval *set_name = zend_hash_find(m->cfg->families, Z_STR_P(family)), *set_id;
		if (set_name) {
			if (!(set_id = zend_hash_find(&m->meta->attribute_sets, Z_STR_P(set_name)))) {
				pimsync_error_set(err, "family %s maps to attribute set \"%s\", which Magento does not have",
				                  Z_STRVAL_P(family), Z_STRVAL_P(set_name));
				return FAILURE;
			}
			*set_id_out = Z_LVAL_P(set_id);
		} else if ((set_id = zend_hash_find(&m->meta->family_sets, Z_STR_P(family)))) {
			*set_id_out = Z_LVAL_P(set_id); /* the set the structure sync made for the family */
		} else if ((set_id = zend_hash_find(&m->meta->attribute_sets, Z_STR_P(family)))) {
			*set_id_out = Z_LVAL_P(set_id); /* a set named like the family */
		}
	}
	return SUCCESS;
}

zend_result pimsync_map_product(pimsync_mapper *m, HashTable *product, pimsync_record *rec, pimsync_error *err)
{
	zval *enabled = find(product, "enabled"), *family = find(product, "family");
	zval *categories = find(product, "categories"), *values = find(product, "values");

	const pimsync_column *sku_col = &m->meta->columns[PIMSYNC_COL_SKU];
	if (ZSTR_LEN(rec->sku) == 0 || !pimsync_utf8_valid(ZSTR_VAL(rec->sku), ZSTR_LEN(rec->sku))
	    || pimsync_utf8_length(ZSTR_VAL(rec->sku), ZSTR_LEN(rec->sku)) > (size_t) sku_col->max_chars) {
		pimsync_error_set(err, "SKU must be 1 to " ZEND_LONG_FMT " characters of valid UTF-8 (catalog_product_entity.sku)",
		                  sku_col->max_chars);
		return FAILURE;
	}
	if (pimsync_fit_unsupported_chars(sku_col, ZSTR_VAL(rec->sku), ZSTR_LEN(rec->sku))) {
		/* a SKU is an identity: it is never adjusted */
		pimsync_error_set(err, "SKU has characters (emoji or others beyond U+FFFF) that the %s column catalog_product_entity.sku"
		                  " cannot hold", ZSTR_VAL(sku_col->charset));
		return FAILURE;
	}
	for (size_t i = 0; i < ZSTR_LEN(rec->sku); i++) {
		if ((unsigned char) ZSTR_VAL(rec->sku)[i] < 0x20) {
			pimsync_error_set(err, "SKU contains a control character");
			return FAILURE;
		}
	}
	if (values && Z_TYPE_P(values) != IS_ARRAY) {
		pimsync_error_set(err, "\"values\" must be an object");
		return FAILURE;
	}

	bool status_refused = not_owner(m, field_owner(m, PIMSYNC_FIELD_STATUS));
	rec->enabled = status_refused || !enabled || Z_TYPE_P(enabled) != IS_FALSE; /* a refused status is in no hash */
	if (status_refused && enabled && Z_TYPE_P(enabled) != IS_NULL) refuse_field(m, rec, PIMSYNC_FIELD_STATUS, "value");
	if (m->cfg->images.enabled) {
		if (!not_owner(m, field_owner(m, PIMSYNC_FIELD_IMAGES))) pimsync_media_set_init(&rec->media);
		if (m->cfg->images.detect) detect_images(m, values ? Z_ARRVAL_P(values) : NULL);
	}
	if (pimsync_mapper_attribute_set(m, family, &rec->attribute_set_id, err) == FAILURE) return FAILURE;

	if (not_owner(m, field_owner(m, PIMSYNC_FIELD_CATEGORIES))) {
		/* the product's category links are left as they are, whatever the record lists */
		rec->keep_categories = true;
		if (categories && Z_TYPE_P(categories) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(categories))) {
			refuse_field(m, rec, PIMSYNC_FIELD_CATEGORIES, "assignment");
		}
	} else if (!categories && m->cfg->source_kind == PIMSYNC_SOURCE_MAGENTO_CSV) {
		/* a Magento import file's empty categories cell leaves the product's categories as they are */
		rec->keep_categories = true;
	} else if (categories && Z_TYPE_P(categories) == IS_ARRAY && zend_hash_num_elements(Z_ARRVAL_P(categories))) {
		uint32_t n = zend_hash_num_elements(Z_ARRVAL_P(categories));
		zval *code;
		rec->category_ids = ecalloc(n, sizeof(zend_long));
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(categories), code) {
			if (Z_TYPE_P(code) != IS_STRING) {
				pimsync_error_set(err, "\"categories\" must be a list of category codes");
				return FAILURE;
			}
			zend_long id = category_id(m, Z_STR_P(code), err);
			if (id < 0) return FAILURE;
			if (id > 0) {
				rec->category_ids[rec->ncategories++] = id;
				continue;
			}
			if (!rec->new_categories) rec->new_categories = safe_emalloc(n, sizeof(zend_string *), 0);
			rec->new_categories[rec->nnew_categories++] = zend_string_copy(Z_STR_P(code));
		} ZEND_HASH_FOREACH_END();
	} else if (categories && Z_TYPE_P(categories) != IS_ARRAY) {
		pimsync_error_set(err, "\"categories\" must be a list of category codes");
		return FAILURE;
	}

	if (values && map_values(m, Z_ARRVAL_P(values), rec, err) == FAILURE) return FAILURE;
	if (!not_owner(m, field_owner(m, PIMSYNC_FIELD_STOCK))) {
		pimsync_stock_map(m->cfg, m->meta, values ? Z_ARRVAL_P(values) : NULL, rec);
	} else if (values) {
		refuse_stock(m, Z_ARRVAL_P(values), rec);
	}
	if (!not_owner(m, field_owner(m, PIMSYNC_FIELD_LINKS))) {
		/* a Magento import file without link cells leaves the product's links as they are */
		if (!find(product, "associations") && m->cfg->source_kind == PIMSYNC_SOURCE_MAGENTO_CSV) rec->keep_links = true;
		else if (map_associations(m, product, rec, err) == FAILURE) return FAILURE;
	} else {
		/* the product's links are left as they are, whatever the record associates */
		rec->keep_links = true;
		if (has_associations(product)) refuse_field(m, rec, PIMSYNC_FIELD_LINKS, "association");
	}
	zval *websites = find(product, "websites");
	if (websites && Z_TYPE_P(websites) == IS_ARRAY) {
		/* a record that names its websites (Magento import's product_websites: codes the source checked) */
		zval *code, *id;
		rec->website_ids = safe_emalloc(zend_hash_num_elements(Z_ARRVAL_P(websites)) + 1, sizeof(zend_long), 0);
		ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(websites), code) {
			if (Z_TYPE_P(code) == IS_STRING && (id = zend_hash_find(&m->meta->websites, Z_STR_P(code))) && Z_LVAL_P(id) > 0) {
				rec->website_ids[rec->nwebsites++] = Z_LVAL_P(id);
			}
		} ZEND_HASH_FOREACH_END();
	}
	zval *uuid = find(product, "uuid");
	if (uuid && Z_TYPE_P(uuid) == IS_STRING && Z_STRLEN_P(uuid) > 0 && Z_STRLEN_P(uuid) <= 36) rec->uuid = zend_string_copy(Z_STR_P(uuid));
	if (!record_has_value(rec, m->meta->name, 0)) choose_fallback_name(m, values ? Z_ARRVAL_P(values) : NULL, rec);
	/* status comes from Akeneo's "enabled": 1 enabled, 2 disabled, global */
	if (!enabled && m->cfg->source_kind == PIMSYNC_SOURCE_MAGENTO_CSV) {
		/* a Magento import file's empty status cell leaves the status as it is; a new product is created enabled */
		rec->status_on_create = !status_refused;
	} else if (!status_refused) {
		pimsync_record_add_value(rec, m->meta->status, 0, zend_long_to_str(rec->enabled ? 1 : 2));
	}
	pimsync_record_finish(rec);
	if (rec->media.on) finish_images(m, values ? Z_ARRVAL_P(values) : NULL, rec);
	if (rec->nnew_categories && rec->ncategories) {
		rec->mapped_category_ids = safe_emalloc(rec->ncategories, sizeof(zend_long), 0);
		memcpy(rec->mapped_category_ids, rec->category_ids, rec->ncategories * sizeof(zend_long));
		rec->nmapped_categories = rec->ncategories;
	}
	if (check_rules(m, rec, err) == FAILURE) return FAILURE;
	/* a name a rule left out names no new product: its SKU does */
	if (!rec->fallback_name && !record_has_value(rec, m->meta->name, 0)) rec->fallback_name = zend_string_copy(rec->sku);
	rec->record_hash = pimsync_record_hash(rec);
	return SUCCESS;
}
