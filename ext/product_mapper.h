/* Maps one decoded Akeneo product onto Magento: attribute codes, locales to
 * store views, channel, family to attribute set, categories, option codes to
 * option ids, units and currency; and validates it (layer 0 and 1). */
#ifndef PIMSYNC_PRODUCT_MAPPER_H
#define PIMSYNC_PRODUCT_MAPPER_H

#include "php.h"
#include "sync_config.h"
#include "magento_meta.h"
#include "product_record.h"
#include "catalog_entities.h"
#include "run_report.h"
#include "measure_units.h"
#include "validation_rules.h"

typedef struct {
	pimsync_config *cfg;
	pimsync_meta *meta;
	pimsync_run_stats *stats;
	HashTable locale_stores;   /* Akeneo locale => list of store ids (longs) */
	HashTable channel_stores;  /* Akeneo channel => set of store ids (keys) of its websites */
	zend_long default_set_id;
	const pimsync_measures *measures; /* Akeneo's and the PIM's measurement families */
	HashTable target_units;    /* Magento attribute code => unit its metric values are converted to */
	zend_long *targets;        /* the stores of the value entry being mapped (reused) */
	uint32_t ntargets, targets_cap;
	/* images on (images_config.h) */
	zend_long *media_stores;   /* every store view the sync writes, 0 included, sorted */
	uint32_t nmedia_stores;
	pimsync_image_attribute *detected; /* without a list: this product's image attributes, by code */
	uint32_t ndetected, detected_cap;
	/* the ownership gate (ownership.h): on when the matrix is enforced */
	bool gate;
	pimsync_system system;     /* the system the source speaks for */
	zend_string *field_names[PIMSYNC_FIELD_COUNT]; /* "status", "stock"…: the attribute of their value issues */
	pimsync_validation validation;     /* the config's validation rules, resolved for this run */
	zend_long *transform_counts; /* values each transformation step changed (value_transform.h), NULL without rules */
} pimsync_mapper;

/* Mapping is a pure function of the record, the config and the metadata read
 * at run start: options and categories Magento lacks are only named in the
 * record (pending), for the batch to create (catalog_entities.h). */
zend_result pimsync_mapper_init(pimsync_mapper *m, pimsync_config *cfg, pimsync_meta *meta, pimsync_run_stats *stats,
                                pimsync_error *err);
void pimsync_mapper_free(pimsync_mapper *m);

/* Resolves the units metric values are converted to, once the measurement
 * families are known: config "units", and for weight without one Magento's
 * general/locale/weight_unit (lbs -> POUND, kgs -> KILOGRAM; lbs when unset).
 * FAILURE when a unit named in the config is in no family. */
zend_result pimsync_mapper_use_measures(pimsync_mapper *m, const pimsync_measures *measures, pimsync_error *err);

/* Reads the SKU of a decoded product (identifier, or values.<identifier attribute>). */
zend_string *pimsync_product_sku(pimsync_mapper *m, HashTable *product);

/* The attribute set of an Akeneo family (a zval string, or NULL/other for
 * none): families config, a set of the family's name, else the default.
 * FAILURE when the config names a set Magento does not have. */
zend_result pimsync_mapper_attribute_set(pimsync_mapper *m, zval *family, zend_long *set_id, pimsync_error *err);

/* Fills rec (sku and position already set). FAILURE: the record is rejected
 * and err says why; the run goes on. */
zend_result pimsync_map_product(pimsync_mapper *m, HashTable *product, pimsync_record *rec, pimsync_error *err);

/* The run report's "transformations" (stats->transformations) from what the
 * mapper counted; nothing without rules. */
void pimsync_mapper_report_transforms(pimsync_mapper *m);

#endif
