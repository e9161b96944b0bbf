/* One product as pimsync plans to write it: Magento attribute values per
 * store, kept sorted so that its hash does not depend on feed order. */
#ifndef PIMSYNC_PRODUCT_RECORD_H
#define PIMSYNC_PRODUCT_RECORD_H

#include "php.h"
#include "magento_meta.h"
#include "value_issue.h"
#include "sync_config.h"
#include "media_refs.h"

typedef struct {
	pimsync_attribute *attr;  /* borrowed from the meta */
	zend_long store_id;
	zend_string *value;       /* NULL: the feed says null, the stored value is removed */
	bool pending;             /* names options Magento lacks: set by the batch that creates them */
	bool held_back;           /* a layer 2 rule left it out in this batch (validation_rules.h): a retry skips it too */
} pimsync_value;

/* A select or multiselect value naming options Magento does not have yet.
 * Mapping creates nothing: the batch creates the options in its transaction
 * (catalog_entities.h), then puts their ids into the value. */
typedef struct {
	pimsync_attribute *attr;
	zend_string *akeneo_attribute; /* its option labels are Akeneo's, found by this code */
	zend_long store_id;
	zend_long *ids;                /* the options that exist */
	uint32_t nids;
	zend_string **codes;           /* the options to create */
	uint32_t ncodes;
} pimsync_pending_value;

/* The stock fields the feed carries (config "stock"), as the columns of
 * cataloginventory_stock_item hold them ("12.0000", "1"). */
typedef struct {
	zend_string *value[PIMSYNC_STOCK_FIELD_COUNT]; /* NULL: the feed does not give it */
	bool any;
} pimsync_stock_values;

/* Magento's product link types pimsync writes (catalog_product_link_type:
 * relation, up_sell, cross_sell). */
typedef enum {
	PIMSYNC_LINK_RELATED = 0,
	PIMSYNC_LINK_UPSELL,
	PIMSYNC_LINK_CROSSSELL,
	PIMSYNC_LINK_TYPES
} pimsync_link_type;

/* How an Akeneo association names the product it points at. */
typedef enum {
	PIMSYNC_LINK_TO_SKU = 0, /* a product identifier (/products items) */
	PIMSYNC_LINK_TO_UUID,    /* a product uuid (/products-uuid items) */
	PIMSYNC_LINK_TO_MODEL,   /* a product model code: the configurable of that SKU */
	PIMSYNC_LINK_TARGET_KINDS
} pimsync_link_target_kind;

/* One association of the feed, as mapping leaves it: named, not resolved
 * (the batch resolves it to an entity id, or keeps it pending). */
typedef struct {
	pimsync_link_type type;
	pimsync_link_target_kind kind;
	uint32_t position;        /* 1, 2, 3… in feed order within its Magento link type */
	zend_string *target;
} pimsync_link_ref;

/* A value a write_disabled validation rule flagged (validation_rules.h):
 * written on a new product, which lands disabled; left out of an existing one. */
typedef struct {
	pimsync_attribute *attr;  /* NULL for a finding about no value (a required attribute missing) */
	zend_string *attribute;   /* what the finding names */
	zend_long store_id;
	const char *kind;         /* the rule's "L1:<rule>", owned by the config */
	zend_string *message;
} pimsync_held_value;

typedef enum {
	PIMSYNC_RECORD_NEW = 0,     /* no Magento product with this SKU yet */
	PIMSYNC_RECORD_CHANGED,     /* exists; values are diffed against Magento */
} pimsync_record_kind;

typedef struct {
	zend_string *sku;
	zend_string *position;      /* "line 12" / "item 340", for reports */
	zend_string *raw;           /* the source bytes, for the dead-letter table */
	zend_string *source_id;     /* the source's id (Akeneo uuid or identifier), NULL for a file */
	uint64_t raw_hash;
	uint64_t record_hash;
	zend_long attribute_set_id;
	bool enabled;
	pimsync_value *values;
	uint32_t nvalues, values_cap;
	zend_long *category_ids;    /* sorted */
	uint32_t ncategories;
	/* what the batch creates first (catalog_entities.h) */
	pimsync_pending_value *pending;
	uint32_t npending;
	zend_string **new_categories; /* category codes Magento lacks */
	uint32_t nnew_categories;
	zend_long *mapped_category_ids; /* with new_categories: the ids that existed, sorted */
	uint32_t nmapped_categories;
	pimsync_link_ref *links;    /* associations, in feed order (product_links.h) */
	uint32_t nlinks;
	zend_string *uuid;          /* the product's Akeneo uuid, when the item has one */
	bool has_url_key;           /* the feed carries url_key itself */
	bool keep_categories;       /* ownership.h: the source does not own categories, the product's links stay as they are */
	bool keep_links;            /* ownership.h: the source does not own links, the product's links stay as they are */
	bool websites_refused;      /* ownership.h: a new product's websites were refused (and reported once) */
	bool status_on_create;      /* the record has no status: a new product gets enabled (1), an existing one keeps its own */
	zend_long *website_ids;     /* the websites the record names itself (a Magento import file's product_websites), else NULL */
	uint32_t nwebsites;
	pimsync_stock_values stock; /* quantity, stock status and order limits, when the feed carries them */
	pimsync_issue_list issues;  /* values left out or adjusted, for the report and pimsync_value_issue */
	zend_string *fallback_name; /* the feed has no name: what a new product is named (name_fallback) */
	zend_string *fallback_from; /* the Akeneo attribute it came from, NULL for the SKU */
	bool set_warned;            /* attribute-set membership already reported */
	/* configurables (product_models.h) */
	bool configurable;          /* a root product model: type_id configurable */
	pimsync_attribute **axes;   /* its super attributes, in order (borrowed from the meta) */
	uint32_t naxes;
	zend_string *parent_sku;    /* a variant product: the SKU of its root model's configurable */
	bool models_known;          /* its links to configurables are kept in step (the run knows its model, or that it has none) */
	bool parent_warned;         /* parent_missing already reported */
	pimsync_media_set media;    /* images on: the desired media set, for the image jobs (media_refs.h) */
	bool disable_if_new;        /* a write_disabled rule found something (validation_rules.h) */
	bool held_applied;
	bool validation_clean;      /* no layer 0 or 1 finding: counted as passed, until a layer 2 one */
	bool unique_checked;        /* layer 2 uniqueness checked (a batch tried again does not check twice) */
	pimsync_held_value *held;   /* the values it flagged */
	uint32_t nheld, held_cap;
	/* filled by the writer */
	pimsync_record_kind kind;
	zend_long entity_id;
	zend_long link_id;          /* row_id on Commerce, else entity_id */
	zend_long current_set_id;   /* attribute set Magento has now */
	uint32_t rows_changed;      /* value, category and link rows written */
	bool url_changed;           /* url_key or visibility written: rewrites follow */
	bool stock_changed;         /* a stock row written (stock item, source item or stock status) */
	bool categories_changed;    /* category links written or removed: category-path rewrites follow */
	bool links_changed;         /* product link rows written or removed */
	uint32_t linked, unlinked;  /* super links this record gained and lost */
	bool axes_changed;          /* a configurable's super attributes were written */
} pimsync_record;

void pimsync_record_add_value(pimsync_record *rec, pimsync_attribute *attr, zend_long store_id, zend_string *value);
/* Magento's multiselect value: option ids sorted, unique, comma-separated. */
#define PIMSYNC_MULTISELECT_MAX 256
zend_string *pimsync_option_id_list(zend_long *ids, uint32_t n);
/* A value whose options the batch creates; ids and codes are copied. */
void pimsync_record_add_pending(pimsync_record *rec, pimsync_attribute *attr, zend_string *akeneo_attribute, zend_long store_id,
                                const zend_long *ids, uint32_t nids, zend_string *const *codes, uint32_t ncodes);
/* True when the batch must create options or categories before writing it. */
static inline bool pimsync_record_has_pending(const pimsync_record *rec)
{
	return rec->npending || rec->nnew_categories;
}
/* An association of the record; target is copied. */
void pimsync_record_add_link(pimsync_record *rec, pimsync_link_type type, pimsync_link_target_kind kind, uint32_t position,
                             zend_string *target);
/* Sorts values by attribute and store, keeps the last of duplicates. */
void pimsync_record_finish(pimsync_record *rec);
/* Never below PIMSYNC_HASH_MARKERS: those values mark states (delta_state.h). */
uint64_t pimsync_record_hash(const pimsync_record *rec);
#define PIMSYNC_HASH_MARKERS 2
void pimsync_record_free(pimsync_record *rec);

/* XXH3-64 of bytes, through ext/hash so no extra library is linked. */
uint64_t pimsync_hash_bytes(const void *data, size_t len, uint64_t seed);
void pimsync_hash_minit(void);

#endif
