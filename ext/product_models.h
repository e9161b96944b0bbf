/* Akeneo's product models and family variants, read before the products of a
 * run and held for it: a root model (no parent) becomes a Magento
 * configurable product; a sub-model (level 1 of a two-level family variant)
 * only passes its values down to its variant products; the family variant
 * names the axes, which become the configurable's super attributes (those of
 * both levels, in order, as Akeneo's own connector flattens them). A variant
 * product inherits every value it does not carry itself from its sub-model,
 * then from the root, and is linked to the root's configurable. */
#ifndef PIMSYNC_PRODUCT_MODELS_H
#define PIMSYNC_PRODUCT_MODELS_H

#include "php.h"
#include "errors.h"

typedef struct {
	zend_string *code;
	zend_string *parent;          /* NULL for a root model */
	zend_string *family_variant;  /* NULL when the item has none */
	zend_string *family;          /* NULL when the item has none */
	zend_string *raw;             /* its bytes: decoded again when needed (see pimsync_models_item), kept for a dead letter */
	zend_string *position;        /* "model line 3" / "model item 3" */
	uint64_t raw_hash;            /* of the bytes alone */
} pimsync_product_model;

typedef struct {
	zend_string *code;
	zend_string **axes;           /* Akeneo attribute codes: level 1's, then level 2's */
	uint32_t naxes;
	uint32_t levels;              /* 1 or 2 */
	uint64_t hash;                /* of the axes in order: a change re-maps the configurable */
} pimsync_family_variant;

typedef struct pimsync_product_models_s {
	HashTable models;             /* code => pimsync_product_model* (owned), in feed order */
	HashTable variants;           /* family variant code => pimsync_family_variant* (owned) */
	HashTable families;           /* family codes the models name (keys), to ask their variants */
	HashTable decoded;            /* code => decoded item, the last few asked for: 250k products' models decoded
	                               * all at once held over 1 GB, their bytes a seventh of it */
	bool loaded;                  /* the source has a product-model feed: "parent" links products */
} pimsync_product_models;

void pimsync_models_init(pimsync_product_models *m);
void pimsync_models_free(pimsync_product_models *m);

/* Adds a model from its JSON bytes, reading only its code, parent, family,
 * family variant (and that "values" is an object). FAILURE (err says why)
 * when it is not one JSON object or has no code: the caller parks it. A code
 * read twice keeps the first and fails for the second. */
zend_result pimsync_models_add_json(pimsync_product_models *m, const char *json, size_t len, zend_string *position,
                                    pimsync_error *err);
/* Adds a family variant (an item of /families/{family}/variants). */
zend_result pimsync_models_add_variant_json(pimsync_product_models *m, const char *json, size_t len, pimsync_error *err);

pimsync_product_model *pimsync_models_find(pimsync_product_models *m, zend_string *code);
/* The model's item decoded (an array, borrowed until the next call). Adding
 * a model reads only the keys it is filed under: NULL (err says why) when the
 * rest of its bytes are not valid JSON. */
HashTable *pimsync_models_item(pimsync_product_models *m, pimsync_product_model *model, pimsync_error *err);
/* The root of a model's chain (itself for a root), NULL when an ancestor is
 * unknown or the chain loops. */
pimsync_product_model *pimsync_models_root(pimsync_product_models *m, pimsync_product_model *model);
pimsync_family_variant *pimsync_models_variant(pimsync_product_models *m, pimsync_product_model *model);

/* What a variant product's mapped result depends on besides its own bytes:
 * the bytes of every model up its chain and the axes of the root's family
 * variant. 0 when the parent is unknown. */
uint64_t pimsync_models_chain_hash(pimsync_product_models *m, zend_string *parent);

/* Adds to values (a product's "values") each attribute of the parent's
 * chain the product does not carry: the nearest model's first. Returns the
 * model whose bytes do not decode (err says why), NULL when all did. */
pimsync_product_model *pimsync_models_inherit(pimsync_product_models *m, pimsync_product_model *parent, HashTable *values,
                                              pimsync_error *err);

/* The "parent" of a product read from its bytes without decoding them (the
 * first "parent" key with a string or null value), or NULL. Decoding tells
 * the truth; this only picks the seed of the byte hash. */
zend_string *pimsync_models_scan_parent(const char *json, size_t len);

#endif
