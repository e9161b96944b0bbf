/* Exact decimal arithmetic on base-10^9 magnitudes (see decimal_math.h). */
#include "php.h"
#include "zend_smart_str.h"
#include "decimal_math.h"

#define BASE 1000000000u

static const uint32_t pow10_small[10] = {1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000};

static void trim(pimsync_decimal *d)
{
	while (d->n > 0 && d->limb[d->n - 1] == 0) d->n--;
	if (d->n == 0) d->negative = false;
}

/* d = d * m + add, m and add below BASE. */
static bool mul_small_add(pimsync_decimal *d, uint32_t m, uint32_t add)
{
	uint64_t carry = add;
	for (int i = 0; i < d->n; i++) {
		uint64_t t = (uint64_t) d->limb[i] * m + carry;
		d->limb[i] = (uint32_t) (t % BASE);
		carry = t / BASE;
	}
	if (carry) {
		if (d->n == PIMSYNC_DECIMAL_LIMBS) return false;
		d->limb[d->n++] = (uint32_t) carry;
	}
	return true;
}

/* d = floor(d / m), m from 1 to BASE; returns the remainder. */
static uint32_t div_small(pimsync_decimal *d, uint32_t m)
{
	uint64_t rem = 0;
	for (int i = d->n - 1; i >= 0; i--) {
		uint64_t cur = rem * BASE + d->limb[i];
		d->limb[i] = (uint32_t) (cur / m);
		rem = cur % m;
	}
	trim(d);
	return (uint32_t) rem;
}

/* d = d * 10^k */
static bool shift_up(pimsync_decimal *d, int k)
{
	if (d->n == 0) return true;
	for (; k >= 9; k -= 9) {
		if (d->n == PIMSYNC_DECIMAL_LIMBS) return false;
		memmove(&d->limb[1], &d->limb[0], d->n * sizeof(uint32_t));
		d->limb[0] = 0;
		d->n++;
	}
	return k == 0 || mul_small_add(d, pow10_small[k], 0);
}

/* d = floor(d / 10^k); returns the last digit dropped (for rounding). */
static uint32_t shift_down(pimsync_decimal *d, int k)
{
	uint32_t last = 0;
	if (k <= 0) return 0;
	/* drop whole limbs but the last digit's, so that digit can be returned */
	for (; k > 9; k -= 9) {
		if (d->n == 0) return 0;
		memmove(&d->limb[0], &d->limb[1], (d->n - 1) * sizeof(uint32_t));
		d->n--;
	}
	if (k > 1) div_small(d, pow10_small[k - 1]);
	last = div_small(d, 10);
	return last;
}

/* Makes d carry exactly scale digits after the point, truncating. */
static bool set_scale(pimsync_decimal *d, int scale)
{
	if (d->scale < scale && !shift_up(d, scale - d->scale)) return false;
	if (d->scale > scale) shift_down(d, d->scale - scale);
	d->scale = scale;
	trim(d);
	return true;
}

static int cmp_mag(const pimsync_decimal *a, const pimsync_decimal *b)
{
	if (a->n != b->n) return a->n < b->n ? -1 : 1;
	for (int i = a->n - 1; i >= 0; i--) {
		if (a->limb[i] != b->limb[i]) return a->limb[i] < b->limb[i] ? -1 : 1;
	}
	return 0;
}

static bool add_mag(pimsync_decimal *r, const pimsync_decimal *a, const pimsync_decimal *b)
{
	int n = MAX(a->n, b->n);
	uint32_t carry = 0;
	for (int i = 0; i < n; i++) {
		uint32_t t = (i < a->n ? a->limb[i] : 0) + (i < b->n ? b->limb[i] : 0) + carry;
		carry = t >= BASE;
		r->limb[i] = carry ? t - BASE : t;
	}
	r->n = n;
	if (carry) {
		if (n == PIMSYNC_DECIMAL_LIMBS) return false;
		r->limb[r->n++] = 1;
	}
	return true;
}

/* r = a - b with |a| >= |b| */
static void sub_mag(pimsync_decimal *r, const pimsync_decimal *a, const pimsync_decimal *b)
{
	int64_t borrow = 0;
	for (int i = 0; i < a->n; i++) {
		int64_t t = (int64_t) a->limb[i] - (i < b->n ? b->limb[i] : 0) - borrow;
		borrow = t < 0;
		r->limb[i] = (uint32_t) (borrow ? t + BASE : t);
	}
	r->n = a->n;
	trim(r);
}

static bool mul_mag(pimsync_decimal *r, const pimsync_decimal *a, const pimsync_decimal *b)
{
	uint32_t out[PIMSYNC_DECIMAL_LIMBS] = {0};
	if (a->n + b->n > PIMSYNC_DECIMAL_LIMBS) return false;
	for (int i = 0; i < a->n; i++) {
		uint64_t carry = 0;
		for (int j = 0; j < b->n; j++) {
			uint64_t t = (uint64_t) a->limb[i] * b->limb[j] + out[i + j] + carry;
			out[i + j] = (uint32_t) (t % BASE);
			carry = t / BASE;
		}
		out[i + b->n] = (uint32_t) carry;
	}
	memcpy(r->limb, out, sizeof(out));
	r->n = a->n + b->n;
	trim(r);
	return true;
}

/* q = floor(a / b), b not zero. A one-limb divisor (most operands: 16, 1.8,
 * 3600) takes the short path; longer ones go digit by digit. */
static void div_mag(pimsync_decimal *q, const pimsync_decimal *a, const pimsync_decimal *b)
{
	pimsync_decimal num = *a, rem, out;
	if (b->n == 1) {
		div_small(&num, b->limb[0]);
		memcpy(q->limb, num.limb, sizeof(num.limb));
		q->n = num.n;
		return;
	}
	memset(&rem, 0, sizeof(rem));
	memset(&out, 0, sizeof(out));
	for (int i = num.n - 1; i >= 0; i--) {
		for (int p = 8; p >= 0; p--) {
			uint32_t digit = (num.limb[i] / pow10_small[p]) % 10, qd = 0;
			mul_small_add(&rem, 10, digit);
			while (cmp_mag(&rem, b) >= 0) {
				sub_mag(&rem, &rem, b);
				qd++;
			}
			/* the quotient has no more digits than the numerator: cannot overflow */
			if (out.n == 0) {
				if (qd) { out.limb[0] = qd; out.n = 1; }
			} else {
				mul_small_add(&out, 10, qd);
			}
		}
	}
	memcpy(q->limb, out.limb, sizeof(out.limb));
	q->n = out.n;
}

bool pimsync_decimal_parse(pimsync_decimal *d, const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	int digits = 0, scale = 0;
	bool neg = false, point = false;

	memset(d, 0, sizeof(*d));
	if (p < end && (*p == '-' || *p == '+')) neg = *p++ == '-';
	for (; p < end; p++) {
		if (*p == '.' && !point) {
			point = true;
			continue;
		}
		if (*p < '0' || *p > '9') return false;
		if (++digits > PIMSYNC_DECIMAL_PARSE_DIGITS) return false;
		if (point) scale++;
		if (d->n == 0) {
			if (*p != '0') { d->limb[0] = (uint32_t) (*p - '0'); d->n = 1; }
		} else {
			mul_small_add(d, 10, (uint32_t) (*p - '0'));
		}
	}
	if (digits == 0) return false;
	d->scale = scale;
	d->negative = neg && d->n > 0;
	return true;
}

void pimsync_decimal_from_long(pimsync_decimal *d, zend_long v)
{
	uint64_t m = v < 0 ? (uint64_t) 0 - (uint64_t) v : (uint64_t) v;
	memset(d, 0, sizeof(*d));
	d->negative = v < 0;
	while (m) {
		d->limb[d->n++] = (uint32_t) (m % BASE);
		m /= BASE;
	}
}

bool pimsync_decimal_is_zero(const pimsync_decimal *d)
{
	return d->n == 0;
}

bool pimsync_decimal_apply(pimsync_decimal *out, const pimsync_decimal *a, pimsync_decimal_op op,
                           const pimsync_decimal *b, int scale)
{
	pimsync_decimal x = *a, y = *b, r;
	memset(&r, 0, sizeof(r));

	switch (op) {
	case PIMSYNC_DECIMAL_SUB:
		y.negative = y.n > 0 && !y.negative;
		ZEND_FALLTHROUGH;
	case PIMSYNC_DECIMAL_ADD: {
		int common = MAX(x.scale, y.scale);
		if (!set_scale(&x, common) || !set_scale(&y, common)) return false;
		if (x.negative == y.negative) {
			if (!add_mag(&r, &x, &y)) return false;
			r.negative = x.negative;
		} else if (cmp_mag(&x, &y) >= 0) {
			sub_mag(&r, &x, &y);
			r.negative = x.negative;
		} else {
			sub_mag(&r, &y, &x);
			r.negative = y.negative;
		}
		r.scale = common;
		break;
	}
	case PIMSYNC_DECIMAL_MUL:
		if (!mul_mag(&r, &x, &y)) return false;
		r.negative = x.negative != y.negative;
		r.scale = x.scale + y.scale;
		break;
	case PIMSYNC_DECIMAL_DIV: {
		/* a/b at scale s is floor(A * 10^(s + sb - sa) / B) on the magnitudes */
		int e = scale + y.scale - x.scale;
		if (y.n == 0) return false;
		if (e >= 0) {
			if (!shift_up(&x, e)) return false;
		} else {
			shift_down(&x, -e);
		}
		div_mag(&r, &x, &y);
		r.negative = a->negative != b->negative;
		r.scale = scale;
		break;
	}
	}
	trim(&r);
	if (!set_scale(&r, scale)) return false;
	*out = r;
	return true;
}

bool pimsync_decimal_round(pimsync_decimal *d, int scale)
{
	if (d->scale <= scale) return set_scale(d, scale);
	bool neg = d->negative;
	uint32_t first_dropped = shift_down(d, d->scale - scale);
	d->scale = scale;
	if (first_dropped >= 5) {
		if (d->n == 0) { d->limb[0] = 1; d->n = 1; }
		else if (!mul_small_add(d, 1, 1)) return false;
	}
	d->negative = neg;
	trim(d);
	return true;
}

zend_string *pimsync_decimal_to_string(const pimsync_decimal *d)
{
	smart_str digits = {0}, out = {0};
	char chunk[16];

	if (d->n == 0) {
		smart_str_appendc(&digits, '0');
	} else {
		snprintf(chunk, sizeof(chunk), "%u", d->limb[d->n - 1]);
		smart_str_appends(&digits, chunk);
		for (int i = d->n - 2; i >= 0; i--) {
			snprintf(chunk, sizeof(chunk), "%09u", d->limb[i]);
			smart_str_appendl(&digits, chunk, 9);
		}
	}
	smart_str_0(&digits);
	const char *s = ZSTR_VAL(digits.s);
	size_t len = ZSTR_LEN(digits.s);
	if (d->negative) smart_str_appendc(&out, '-');
	if (len <= (size_t) d->scale) {
		smart_str_appendc(&out, '0');
		if (d->scale) smart_str_appendc(&out, '.');
		for (size_t i = len; i < (size_t) d->scale; i++) smart_str_appendc(&out, '0');
		if (d->n) smart_str_appendl(&out, s, len);
		else if (d->scale) {
			/* zero: the loop above wrote scale - 1 zeros, the digit "0" makes the last */
			smart_str_appendc(&out, '0');
		}
	} else {
		smart_str_appendl(&out, s, len - d->scale);
		if (d->scale) {
			smart_str_appendc(&out, '.');
			smart_str_appendl(&out, s + len - d->scale, d->scale);
		}
	}
	smart_str_free(&digits);
	return smart_str_extract(&out);
}
