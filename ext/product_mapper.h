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

typedef struct {
	pimsync_config *cfg;
	pimsync_meta *meta;
	pimsync_catalog_entities *entities;
	pimsync_run_stats *stats;
	HashTable locale_stores;   /* Akeneo locale => list of store ids (longs) */
	HashTable channel_stores;  /* Akeneo channel => set of store ids (keys) of its websites */
	zend_long default_set_id;
	zend_long *targets;        /* the stores of the value entry being mapped (reused) */
	uint32_t ntargets, targets_cap;
} pimsync_mapper;

zend_result pimsync_mapper_init(pimsync_mapper *m, pimsync_config *cfg, pimsync_meta *meta,
                                pimsync_catalog_entities *entities, pimsync_run_stats *stats, pimsync_error *err);
void pimsync_mapper_free(pimsync_mapper *m);

/* Reads the SKU of a decoded product (identifier, or values.<identifier attribute>). */
zend_string *pimsync_product_sku(pimsync_mapper *m, HashTable *product);

/* Fills rec (sku and position already set). FAILURE: the record is rejected
 * and err says why; the run goes on. */
zend_result pimsync_map_product(pimsync_mapper *m, HashTable *product, pimsync_record *rec, pimsync_error *err);

#endif
