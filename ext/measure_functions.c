/* PHP binding of measure_units.c: PimSync\measurementFamilies() and
 * PimSync\convertMeasure(), for tests and tools that need Akeneo's
 * conversions without a sync run. The only file of the pair that throws. */
#include "php.h"
#include "zend_exceptions.h"
#include "measure_units.h"

/* The standard families plus the caller's; false (ValueError thrown) when theirs are malformed. */
static bool families_for_call(pimsync_measures *m, HashTable *families, uint32_t arg)
{
	pimsync_error err;
	pimsync_measures_init_standard(m);
	if (families && pimsync_measures_add_array(m, families, "$families", &err) == FAILURE) {
		pimsync_measures_free(m);
		zend_argument_value_error(arg, "is not a list of measurement families: %s", err.message);
		return false;
	}
	return true;
}

PHP_FUNCTION(PimSync_measurementFamilies)
{
	HashTable *families = NULL;
	pimsync_measures m;

	ZEND_PARSE_PARAMETERS_START(0, 1)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(families)
	ZEND_PARSE_PARAMETERS_END();

	if (!families_for_call(&m, families, 1)) RETURN_THROWS();
	pimsync_measures_to_array(&m, return_value);
	pimsync_measures_free(&m);
}

PHP_FUNCTION(PimSync_convertMeasure)
{
	zval *amount;
	zend_string *from, *to;
	HashTable *families = NULL;
	pimsync_measures m;
	const pimsync_measure_unit *f, *t;
	pimsync_decimal value;
	pimsync_error why;

	ZEND_PARSE_PARAMETERS_START(3, 4)
		Z_PARAM_ZVAL(amount)
		Z_PARAM_STR(from)
		Z_PARAM_STR(to)
		Z_PARAM_OPTIONAL
		Z_PARAM_ARRAY_HT_OR_NULL(families)
	ZEND_PARSE_PARAMETERS_END();

	if (Z_TYPE_P(amount) != IS_STRING && Z_TYPE_P(amount) != IS_LONG && Z_TYPE_P(amount) != IS_DOUBLE) {
		zend_argument_type_error(1, "must be of type string|int|float, %s given", zend_zval_type_name(amount));
		RETURN_THROWS();
	}
	if (!pimsync_measure_amount(amount, &value)) {
		zend_argument_value_error(1, "must be a number");
		RETURN_THROWS();
	}
	if (!families_for_call(&m, families, 4)) RETURN_THROWS();
	if (!pimsync_measures_pair(&m, from, to, &f, &t, &why) || !pimsync_measure_convert(f, t, &value, &why)) {
		pimsync_measures_free(&m);
		zend_value_error("%s", why.message);
		RETURN_THROWS();
	}
	pimsync_measures_free(&m);
	/* Akeneo's bcmath answer always carries its 12 decimals */
	if (value.scale < PIMSYNC_MEASURE_SCALE) pimsync_decimal_round(&value, PIMSYNC_MEASURE_SCALE);
	RETURN_STR(pimsync_decimal_to_string(&value));
}
