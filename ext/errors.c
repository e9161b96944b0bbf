#include "php_pimsync.h"
#include "zend_exceptions.h"
#include "errors.h"

zend_class_entry *pimsync_ce_exception;
zend_class_entry *pimsync_ce_config_exception;
zend_class_entry *pimsync_ce_schema_exception;
zend_class_entry *pimsync_ce_database_exception;
zend_class_entry *pimsync_ce_source_exception;
zend_class_entry *pimsync_ce_http_exception;
zend_class_entry *pimsync_ce_locked_exception;

void php_pimsync_throw(zend_class_entry *ce, const char *format, ...)
{
	va_list args;
	char *message;

	va_start(args, format);
	zend_vspprintf(&message, 0, format, args);
	va_end(args);
	zend_throw_exception(ce, message, 0);
	efree(message);
}

/* A message longer than the buffer is cut before the character the cut
 * would split: the message goes to utf8mb4 columns and JSON reports. */
static void cut_at_character(char *message, size_t len)
{
	size_t lead = len;
	while (lead > 0 && len - lead < 4 && ((unsigned char) message[lead - 1] & 0xC0) == 0x80) lead--;
	if (lead == 0) return;
	unsigned char c = (unsigned char) message[lead - 1];
	size_t want = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
	if (len - (lead - 1) < want) message[lead - 1] = '\0';
}

void pimsync_error_set(pimsync_error *err, const char *format, ...)
{
	va_list args;
	int n;

	va_start(args, format);
	n = vsnprintf(err->message, sizeof(err->message), format, args);
	va_end(args);
	if (n >= (int) sizeof(err->message)) cut_at_character(err->message, sizeof(err->message) - 1);
}
