/* The Magento import CSV source's settings (config "source" with "type":
 * "magento_csv"), bound once from the normalized config (strings borrowed). */
#ifndef PIMSYNC_MAGENTO_CSV_SETTINGS_H
#define PIMSYNC_MAGENTO_CSV_SETTINGS_H

#include "php.h"
#include "csv_reader.h"

typedef struct {
	bool on;                    /* source.type is "magento_csv" */
	zend_string *path;
	pimsync_csv_format format;  /* delimiter from the config; enclosure '"', no escape, UTF-8 as Magento's import */
	char multiple_value_separator;
	bool fields_enclosure;      /* additional_attributes values are wrapped in quotes */
	zend_string *empty_value;   /* the empty attribute value constant */
} pimsync_magento_csv_settings;

#endif
