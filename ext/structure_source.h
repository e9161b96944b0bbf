/* Akeneo's catalog structure, read whole before the structure sync writes
 * anything (no HTTP inside its transaction): attributes, attribute groups,
 * families, and the options of the select attributes. From the JSON-lines
 * files the config names (source.attributes_path, attribute_groups_path,
 * families_path, attribute_options_path) or from the API's endpoints
 * (/attributes, /attribute-groups, /families, /attributes/{code}/options).
 * Every item is kept decoded, as the API returns it. */
#ifndef PIMSYNC_STRUCTURE_SOURCE_H
#define PIMSYNC_STRUCTURE_SOURCE_H

#include "php.h"
#include "sync_config.h"
#include "catalog_entities.h"
#include "run_report.h"

typedef struct {
	zval attributes;  /* list of attribute items */
	zval groups;      /* attribute group code => item */
	zval families;    /* list of family items */
} pimsync_akeneo_structure;

/* Fills out; the options go into entities (its option labels, as the product
 * sync reads them). sleep: callable for retry waits, or undef. A line or
 * item that is not a JSON object with a code is skipped with a warning. */
zend_result pimsync_structure_read(pimsync_akeneo_structure *out, pimsync_config *cfg, zval *sleep,
                                   pimsync_catalog_entities *entities, pimsync_run_stats *stats, pimsync_error *err);
void pimsync_structure_free(pimsync_akeneo_structure *s);

#endif
