/* pimsync_option_label: the option labels pimsync wrote, per option and
 * store. A label in eav_attribute_option_value that differs from the one
 * recorded here (or that has none recorded) was set by a merchant in Magento:
 * the structure sync leaves it as it is. This file owns the table's SQL. */
#ifndef PIMSYNC_OPTION_LABELS_H
#define PIMSYNC_OPTION_LABELS_H

#include "php.h"
#include "zend_smart_str.h"
#include "pdo_bridge.h"

/* The key of an (option, store) pair: the option id in the low bits, which
 * PHP's integer hash uses (docs/ARCHITECTURE.md, "Integer keys"). */
static inline zend_ulong pimsync_option_label_key(zend_long option_id, zend_long store_id)
{
	return ((zend_ulong) store_id << 32) | (zend_ulong) option_id;
}

/* Appends one row to a pending "record these labels" statement. */
void pimsync_option_labels_add(const pimsync_db *db, smart_str *rows, zend_long option_id, zend_long store_id, zend_string *value);
/* Writes the pending rows (none: nothing) and empties rows. */
zend_result pimsync_option_labels_flush(pimsync_db *db, smart_str *rows);

/* Every recorded label of the options of attribute attribute_id:
 * pimsync_option_label_key => string zval (out has ZVAL_PTR_DTOR). */
zend_result pimsync_option_labels_load(pimsync_db *db, zend_long attribute_id, HashTable *out);

#endif
