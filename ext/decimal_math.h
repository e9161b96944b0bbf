/* Exact decimal numbers with bcmath's rules: each operation is computed
 * exactly, then truncated toward zero to the scale asked for. Akeneo converts
 * measures with bcmul/bcdiv/bcadd/bcsub at scale 12, truncating after every
 * step; doing the same is what makes a converted weight carry the digits
 * Akeneo shows, where a double would drift in the last places. */
#ifndef PIMSYNC_DECIMAL_MATH_H
#define PIMSYNC_DECIMAL_MATH_H

#include "php.h"

/* Magnitude in base 10^9 limbs, least significant first. 44 limbs hold the
 * widest intermediate (a 144-digit value times a 144-digit operand); parsed
 * values are held to 16 limbs so no operation can outgrow the array. */
#define PIMSYNC_DECIMAL_LIMBS 44
#define PIMSYNC_DECIMAL_PARSE_DIGITS 144

typedef struct {
	uint32_t limb[PIMSYNC_DECIMAL_LIMBS];
	int n;          /* limbs in use; 0 means zero */
	int scale;      /* digits after the decimal point */
	bool negative;  /* never set on zero */
} pimsync_decimal;

typedef enum {
	PIMSYNC_DECIMAL_ADD,
	PIMSYNC_DECIMAL_SUB,
	PIMSYNC_DECIMAL_MUL,
	PIMSYNC_DECIMAL_DIV,
} pimsync_decimal_op;

/* A plain decimal: optional sign, digits, optional point and digits ("-12.50",
 * "+3", ".5", "7."). false for anything else (exponents, spaces) or more than
 * PIMSYNC_DECIMAL_PARSE_DIGITS digits. */
bool pimsync_decimal_parse(pimsync_decimal *d, const char *s, size_t len);
void pimsync_decimal_from_long(pimsync_decimal *d, zend_long v);
bool pimsync_decimal_is_zero(const pimsync_decimal *d);

/* out = a op b, exact, then truncated toward zero to scale digits (padded when
 * shorter), as bcmath does. false on division by zero or when the result does
 * not fit. out may be a or b. */
bool pimsync_decimal_apply(pimsync_decimal *out, const pimsync_decimal *a, pimsync_decimal_op op,
                           const pimsync_decimal *b, int scale);

/* Rounds half away from zero to scale digits: what a DECIMAL column does
 * with a value that has more digits than it keeps. */
bool pimsync_decimal_round(pimsync_decimal *d, int scale);

/* "-12.500000": exactly d->scale digits after the point, never "-0". */
zend_string *pimsync_decimal_to_string(const pimsync_decimal *d);

#endif
