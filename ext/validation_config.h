/* The "validation" rules of the config (validation_rules.h checks records
 * against them): parsed once, kept with the config. */
#ifndef PIMSYNC_VALIDATION_CONFIG_H
#define PIMSYNC_VALIDATION_CONFIG_H

#include "php.h"

typedef enum {
	PIMSYNC_RULE_RANGE = 0, PIMSYNC_RULE_RATIO, PIMSYNC_RULE_LENGTH, PIMSYNC_RULE_NO_HTML, PIMSYNC_RULE_CONTAINS,
	PIMSYNC_RULE_ALLOWED, PIMSYNC_RULE_REQUIRED, PIMSYNC_RULE_CATEGORY_EXISTS, PIMSYNC_RULE_SKU_PATTERN,
	PIMSYNC_RULE_DRIFT, PIMSYNC_RULE_UNIQUE, /* layer 2: against what Magento holds (the other system's values) */
	PIMSYNC_RULE_KINDS
} pimsync_rule_kind;

typedef enum {
	PIMSYNC_RULE_REJECT_VALUE = 0, PIMSYNC_RULE_REJECT_RECORD, PIMSYNC_RULE_WRITE_DISABLED
} pimsync_rule_action;

extern const char *const pimsync_rule_kind_names[PIMSYNC_RULE_KINDS];

typedef struct {
	zend_string *name;          /* the rule's own name, unique in the config */
	zend_string *issue_kind;    /* "L1:<name>" (L0 for sku_pattern): the value issue kind */
	pimsync_rule_kind kind;
	pimsync_rule_action action;
	zend_string *attribute;     /* Magento attribute code (range, ratio, length, no_html, contains, allowed) */
	zend_string *reference;     /* ratio: the attribute the value is compared with */
	double min, max;            /* range, ratio, length; -INF / INF when not given */
	zend_string **words;        /* contains: keywords (lowercase); allowed: values; required: attribute codes */
	uint32_t nwords;
	zend_string **sets;         /* required: attribute set names (none: every set) */
	uint32_t nsets;
	zend_string **types;        /* required: product types, "simple" / "configurable" (none: both) */
	uint32_t ntypes;
	zend_string *pattern;       /* sku_pattern: a PCRE pattern with delimiters, as preg_match takes */
	double tolerance;           /* drift: the share of Magento's value a new one may differ by */
} pimsync_rule;

typedef struct {
	pimsync_rule *rules;
	uint32_t n;
} pimsync_validation_config;

/* Parsed from the normalized config's "validation" (config.c checked it). */
void pimsync_validation_config_bind(pimsync_validation_config *vc, HashTable *validation);
void pimsync_validation_config_free(pimsync_validation_config *vc);

#endif
