/* Field ownership (issue 9): which system owns each field, and the gate that
 * refuses a value from a source that does not own it.
 *
 * Every source has a system ("source.system": the PIM or the ERP; Magento is
 * no source). The matrix (config "ownership") gives each field its owner, a
 * sync class and free-text rules for the sheet teams share (`pimsync matrix`).
 * A field is a Magento attribute code, or one of the fields below that are not
 * attribute values (status, stock, categories, websites, links, images); a
 * field the matrix does not list belongs to default_owner. A field owned by
 * "magento" is written by no source, so a merchant's edit survives.
 *
 * The gate costs one comparison per value: each attribute's owner is resolved
 * once at run start (pimsync_attribute.owner) and each other field's owner is
 * a member here. With matrix "none" (the default) nothing is enforced. */
#ifndef PIMSYNC_OWNERSHIP_H
#define PIMSYNC_OWNERSHIP_H

#include "php.h"
#include "magento_meta.h"
#include "run_report.h"

typedef enum {
	PIMSYNC_SYSTEM_PIM = 0,
	PIMSYNC_SYSTEM_ERP,
	PIMSYNC_SYSTEM_MAGENTO,
	PIMSYNC_SYSTEM_COUNT
} pimsync_system;

/* DESIGN.md's governance vocabulary: hot data in seconds, cold data in daily
 * batches, taxonomy and reference data weekly or on demand. */
typedef enum {
	PIMSYNC_CLASS_REALTIME = 0,
	PIMSYNC_CLASS_DAILY,
	PIMSYNC_CLASS_WEEKLY,
	PIMSYNC_CLASS_COUNT
} pimsync_sync_class;

/* The fields that are not attribute values. */
typedef enum {
	PIMSYNC_FIELD_STATUS = 0, /* Akeneo "enabled" -> status, and disabling absent products */
	PIMSYNC_FIELD_STOCK,      /* config "stock": the stock item fields */
	PIMSYNC_FIELD_CATEGORIES, /* product-category links */
	PIMSYNC_FIELD_WEBSITES,   /* the websites a new product joins */
	PIMSYNC_FIELD_LINKS,      /* associations -> catalog_product_link */
	PIMSYNC_FIELD_IMAGES,     /* image jobs (images.enabled) */
	PIMSYNC_FIELD_COUNT
} pimsync_field;

extern const char *const pimsync_system_names[PIMSYNC_SYSTEM_COUNT];  /* "pim", "erp", "magento" */
extern const char *const pimsync_class_names[PIMSYNC_CLASS_COUNT];    /* "realtime", "daily", "weekly" */
extern const char *const pimsync_field_names[PIMSYNC_FIELD_COUNT];    /* "status", "stock", … */

/* One row of the matrix. */
typedef struct {
	pimsync_system owner;
	pimsync_sync_class sync_class;
	zend_string *rules;       /* free text for the sheet; never NULL */
	bool listed;              /* given under ownership.fields (else from the default table) */
} pimsync_field_rule;

typedef struct pimsync_ownership {
	bool enforced;            /* matrix "default": the gate is on */
	pimsync_system default_owner;
	HashTable rules;          /* field => pimsync_field_rule*: the default table, the config's fields over it */
	pimsync_system field_owner[PIMSYNC_FIELD_COUNT];
} pimsync_ownership;

/* Name <-> enum; -1 when the name is none of them. */
int pimsync_system_from_name(const char *name, size_t len);
int pimsync_class_from_name(const char *name, size_t len);
/* "the PIM", "the ERP", "Magento": for messages a merchandiser reads. */
const char *pimsync_system_label(pimsync_system s);
/* A keyword of the matrix (status, stock, price…) or a plausible Magento
 * attribute code (a letter, then letters, digits and _; at most 60, Magento's
 * ATTRIBUTE_CODE_MAX_LENGTH). */
bool pimsync_ownership_keyword(const char *name, size_t len);
bool pimsync_ownership_plausible_code(const char *name, size_t len);

/* The default table's row for a field (matrix "default"); false when it has none. */
bool pimsync_ownership_default_row(const char *field, size_t len, pimsync_system *owner, pimsync_sync_class *sync_class,
                                   const char **rules);

/* Builds the matrix from the normalized "ownership" object (validated by
 * config.c): the default table when matrix is "default", then each field. */
void pimsync_ownership_init(pimsync_ownership *o, HashTable *normalized);
void pimsync_ownership_free(pimsync_ownership *o);

/* The owner of a field: its row, else default_owner. */
pimsync_system pimsync_ownership_owner(const pimsync_ownership *o, zend_string *field);
const pimsync_field_rule *pimsync_ownership_rule(const pimsync_ownership *o, zend_string *field);

/* Run start: every attribute of the metadata gets its owner, and each field
 * of ownership.fields that is neither a keyword nor a Magento attribute is a
 * warning naming it. Nothing happens when the matrix is not enforced. */
void pimsync_ownership_resolve(const pimsync_ownership *o, pimsync_meta *meta, pimsync_run_stats *stats);

/* The sheet: a list of rows [field, owner, class, rules, source, magento_attribute, table], one per field
 * of the matrix and per attribute the config renames; with meta the attribute's backend table, else the
 * config's view ("" when unknown). */
void pimsync_ownership_matrix(const pimsync_ownership *o, HashTable *attribute_renames, const pimsync_meta *meta,
                              zval *out);

#endif
