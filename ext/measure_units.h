/* Akeneo measurement families and Akeneo's way of converting between their
 * units. A family has a standard unit; each unit has a list of operations
 * (Akeneo's "convert_from_standard": {operator mul|div|add|sub, value}). As
 * Akeneo's MeasureConverter applies them, the list takes an amount in that unit
 * to the standard unit, in order; the way back runs the list backwards with
 * each operator inverted. Every step is bcmath at scale 12 (decimal_math.h).
 *
 * The table starts as Akeneo's standard families (measure_standard.c) and is
 * extended by the families the PIM itself reports (GET
 * /api/rest/v1/measurement-families, or a file in that format): a family of
 * the same code replaces the standard one, new codes are added. */
#ifndef PIMSYNC_MEASURE_UNITS_H
#define PIMSYNC_MEASURE_UNITS_H

#include "php.h"
#include "zend_smart_str.h"
#include "errors.h"
#include "decimal_math.h"

/* Akeneo's scale for every conversion step (MeasureConverter::SCALE). */
#define PIMSYNC_MEASURE_SCALE 12

typedef struct {
	pimsync_decimal_op op;
	pimsync_decimal operand;
	zend_string *value;          /* the operand as Akeneo wrote it */
} pimsync_measure_operation;

typedef struct pimsync_measure_family pimsync_measure_family;

typedef struct pimsync_measure_unit {
	zend_string *code;
	zend_string *symbol;         /* may be NULL */
	pimsync_measure_family *family;
	uint32_t nops;
	pimsync_measure_operation *ops;
	struct pimsync_measure_unit *same_code; /* a unit of this code in a later family (OUNCE: Weight, then Volume) */
} pimsync_measure_unit;

struct pimsync_measure_family {
	zend_string *code;
	zend_string *standard;       /* standard unit code */
	HashTable units;             /* unit code => pimsync_measure_unit*, in the PIM's order */
};

typedef struct {
	HashTable families;          /* family code => pimsync_measure_family*, in order */
	HashTable by_unit;           /* unit code => first unit of that code, others via same_code */
} pimsync_measures;

/* The standard table, as data (measure_standard.c). */
typedef struct { const char *code, *ops, *symbol; } pimsync_standard_unit;
typedef struct { const char *code, *standard; const pimsync_standard_unit *units; } pimsync_standard_family;
extern const pimsync_standard_family pimsync_standard_families[];

/* Akeneo's standard families. */
void pimsync_measures_init_standard(pimsync_measures *m);
void pimsync_measures_free(pimsync_measures *m);

/* Adds the families of a decoded GET /api/rest/v1/measurement-families answer
 * (a list of {code, standard_unit_code, units: {code: {code,
 * convert_from_standard, symbol}}}; units may also be a list). Nothing is
 * added when any family is invalid; err names origin, family and unit. */
zend_result pimsync_measures_add_array(pimsync_measures *m, HashTable *families, const char *origin, pimsync_error *err);
/* The same from JSON text (NUL-terminated, as PHP's JSON scanner needs), or from a JSON file. */
zend_result pimsync_measures_add_json(pimsync_measures *m, const char *json, size_t len, const char *origin, pimsync_error *err);
zend_result pimsync_measures_add_file(pimsync_measures *m, const char *path, pimsync_error *err);

/* The first unit of that code (case-insensitive after an exact miss, as
 * Akeneo looks units up), or NULL. */
const pimsync_measure_unit *pimsync_measures_find(const pimsync_measures *m, zend_string *code);

/* The units of from and to in the first family that holds both. false when
 * there is none; why then says "unknown unit XYZ" or "FEET (Length) cannot be
 * converted to KILOGRAM (Weight)". */
bool pimsync_measures_pair(const pimsync_measures *m, zend_string *from, zend_string *to,
                           const pimsync_measure_unit **from_unit, const pimsync_measure_unit **to_unit, pimsync_error *why);

/* An Akeneo metric amount as Akeneo's converter reads it: an integer, a
 * decimal string, or a float written with 12 decimals (number_format). false
 * when it is not a number. */
bool pimsync_measure_amount(const zval *amount, pimsync_decimal *out);

/* value (in from) becomes the same amount in to, both of one family. false
 * only when a step overflows (why set). */
bool pimsync_measure_convert(const pimsync_measure_unit *from, const pimsync_measure_unit *to, pimsync_decimal *value,
                             pimsync_error *why);

/* A canonical text of every family's conversions, for the run's hash seed: a
 * PIM whose families change must re-map records whose bytes did not. */
void pimsync_measures_fingerprint(const pimsync_measures *m, smart_str *out);

/* The table in the API's format (labels left out), for PHP. */
void pimsync_measures_to_array(const pimsync_measures *m, zval *out);

#endif
