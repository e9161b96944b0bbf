#include "php.h"
#include "magento_sku.h"
#include "magento_collation.h"

/* PHP's trim() default set, which Backend\Sku::trimValue() uses */
static bool trimmed_char(unsigned char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\x0B';
}

zend_string *pimsync_sku_trim(zend_string *s)
{
	const char *p = ZSTR_VAL(s), *end = p + ZSTR_LEN(s);
	while (p < end && trimmed_char((unsigned char) *p)) p++;
	while (end > p && trimmed_char((unsigned char) end[-1])) end--;
	if (p == ZSTR_VAL(s) && (size_t) (end - p) == ZSTR_LEN(s)) return zend_string_copy(s);
	return zend_string_init(p, end - p, 0);
}

zend_string *pimsync_sku_key(zend_string *sku)
{
	return pimsync_collation_key(sku);
}
