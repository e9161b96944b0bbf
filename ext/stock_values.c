#include "php.h"
#include "stock_values.h"
#include "value_normalize.h"

bool pimsync_stock_is_attribute(const pimsync_config *cfg, zend_string *akeneo_code)
{
	for (int i = 0; i < PIMSYNC_STOCK_FIELD_COUNT; i++) {
		if (cfg->stock_attributes[i] && zend_string_equals(cfg->stock_attributes[i], akeneo_code)) return true;
	}
	return false;
}

/* The entry of this catalog: not localized or the admin locale's, not scoped or the default channel's. */
static zval *stock_entry_data(const pimsync_config *cfg, zval *entries)
{
	zval *entry;
	if (Z_TYPE_P(entries) != IS_ARRAY) return NULL;
	ZEND_HASH_FOREACH_VAL(Z_ARRVAL_P(entries), entry) {
		if (Z_TYPE_P(entry) != IS_ARRAY) continue;
		zval *locale = zend_hash_str_find(Z_ARRVAL_P(entry), "locale", sizeof("locale") - 1);
		zval *scope = zend_hash_str_find(Z_ARRVAL_P(entry), "scope", sizeof("scope") - 1);
		if (locale && Z_TYPE_P(locale) == IS_STRING && !zend_string_equals(Z_STR_P(locale), cfg->admin_locale)) continue;
		if (scope && Z_TYPE_P(scope) == IS_STRING && !zend_string_equals(Z_STR_P(scope), cfg->channel)) continue;
		return zend_hash_str_find(Z_ARRVAL_P(entry), "data", sizeof("data") - 1);
	}
	ZEND_HASH_FOREACH_END();
	return NULL;
}

/* A quantity as the DECIMAL column stores it, only when it stores it exactly. */
static zend_string *stock_decimal(const pimsync_column *col, zval *data, const char **kind, char *why, size_t why_len)
{
	pimsync_number_status status;
	zend_string *text, *out, *wide;

	if (Z_TYPE_P(data) == IS_LONG) {
		text = zend_long_to_str(Z_LVAL_P(data));
	} else if (Z_TYPE_P(data) == IS_STRING) {
		text = zend_string_copy(Z_STR_P(data));
	} else {
		*kind = "not_a_number";
		snprintf(why, why_len, "expected a number");
		return NULL;
	}
	out = pimsync_norm_decimal(ZSTR_VAL(text), ZSTR_LEN(text), col->precision, col->scale, &status);
	if (!out) {
		*kind = status == PIMSYNC_NUMBER_OUT_OF_RANGE ? "out_of_range" : "not_a_number";
		if (status == PIMSYNC_NUMBER_OUT_OF_RANGE) {
			snprintf(why, why_len, "%.60s is outside what %s.%s (decimal(%d,%d)) holds; the value was left out",
			         ZSTR_VAL(text), col->table, col->name, col->precision, col->scale);
		} else {
			snprintf(why, why_len, "\"%.60s\" is not a number", ZSTR_VAL(text));
		}
		zend_string_release(text);
		return NULL;
	}
	/* the same number with 30 more places: any digit there would be rounded away */
	wide = pimsync_norm_decimal(ZSTR_VAL(text), ZSTR_LEN(text), col->precision + 30, col->scale + 30, &status);
	bool exact = wide != NULL;
	if (wide) {
		const char *dot = strchr(ZSTR_VAL(wide), '.');
		for (const char *p = dot ? dot + 1 + col->scale : ""; *p; p++) {
			if (*p != '0') exact = false;
		}
		zend_string_release(wide);
	}
	if (!exact) {
		*kind = "inexact";
		snprintf(why, why_len, "%.60s has more than %d decimal places, which %s.%s (decimal(%d,%d)) cannot hold; the value was left out",
		         ZSTR_VAL(text), col->scale, col->table, col->name, col->precision, col->scale);
		zend_string_release(out);
		out = NULL;
	}
	zend_string_release(text);
	return out;
}

/* A whole number from 0 to max: true/false, 0, 1, or (backorders) 2. */
static zend_string *stock_flag(zval *data, zend_long max)
{
	zend_long v = -1;
	if (Z_TYPE_P(data) == IS_TRUE) v = 1;
	else if (Z_TYPE_P(data) == IS_FALSE) v = 0;
	else if (Z_TYPE_P(data) == IS_LONG) v = Z_LVAL_P(data);
	else if (Z_TYPE_P(data) == IS_STRING && Z_STRLEN_P(data) == 1 && Z_STRVAL_P(data)[0] >= '0' && Z_STRVAL_P(data)[0] <= '9') {
		v = Z_STRVAL_P(data)[0] - '0';
	}
	return v >= 0 && v <= max ? zend_long_to_str(v) : NULL;
}

void pimsync_stock_map(const pimsync_config *cfg, const pimsync_meta *meta, HashTable *values, pimsync_record *rec)
{
	if (!cfg->stock_mapped || !values) return;
	for (int i = 0; i < PIMSYNC_STOCK_FIELD_COUNT; i++) {
		zend_string *code = cfg->stock_attributes[i];
		zval *entries = code ? zend_hash_find(values, code) : NULL, *data;
		const char *kind = "malformed";
		char why[PIMSYNC_ERR_MAX] = "";
		zend_string *value = NULL;

		if (!entries || !(data = stock_entry_data(cfg, entries)) || Z_TYPE_P(data) == IS_NULL) continue; /* not given: Magento's stays */
		switch ((pimsync_stock_field) i) {
		case PIMSYNC_STOCK_QTY:
			value = stock_decimal(&meta->columns[PIMSYNC_COL_STOCK_QTY], data, &kind, why, sizeof(why));
			break;
		case PIMSYNC_STOCK_MIN_SALE_QTY:
			value = stock_decimal(&meta->columns[PIMSYNC_COL_STOCK_MIN_SALE_QTY], data, &kind, why, sizeof(why));
			break;
		case PIMSYNC_STOCK_MAX_SALE_QTY:
			value = stock_decimal(&meta->columns[PIMSYNC_COL_STOCK_MAX_SALE_QTY], data, &kind, why, sizeof(why));
			break;
		case PIMSYNC_STOCK_BACKORDERS:
			if (!(value = stock_flag(data, 2))) {
				snprintf(why, sizeof(why), "backorders must be 0 (no), 1 (allow qty below 0), 2 (allow and notify the customer),"
				         " true or false; the value was left out");
			}
			break;
		default: /* is_in_stock, manage_stock */
			if (!(value = stock_flag(data, 1))) {
				snprintf(why, sizeof(why), "%s must be true, false, 1 or 0; the value was left out", pimsync_stock_field_names[i]);
			}
			break;
		}
		if (!value) {
			pimsync_issue_addf(&rec->issues, code, 0, kind, PIMSYNC_ISSUE_LEFT_OUT, "stock.%s: %s", pimsync_stock_field_names[i], why);
			continue;
		}
		rec->stock.value[i] = value;
		rec->stock.any = true;
	}
}
