/* Transformations (config "transformations"): rules that rewrite a source's
 * values before they are mapped and checked, so that "each", "ea" and "Each"
 * all land as "EA" and "Ford Motor Co." as "Ford Motor Company".
 *
 * The config's list of rules is compiled once, when the configuration loads,
 * into one chain per source attribute code (the rules naming it, in config
 * order). The mapper looks an attribute's chain up once per attribute of a
 * product (no lookup at all without rules) and runs it over each string the
 * attribute's values carry: text, a select's option code, each option code
 * of a multiselect; a metric's or a price's amount goes through the chain's
 * number rules only. A rule that changes nothing allocates nothing.
 * What each kind does, exactly: docs/governance.md, "Transformations". */
#ifndef PIMSYNC_VALUE_TRANSFORM_H
#define PIMSYNC_VALUE_TRANSFORM_H

#include "php.h"

typedef enum {
	PIMSYNC_TRANSFORM_TRIM = 0,
	PIMSYNC_TRANSFORM_COLLAPSE_WHITESPACE,
	PIMSYNC_TRANSFORM_STRIP_HTML,
	PIMSYNC_TRANSFORM_CASE,
	PIMSYNC_TRANSFORM_UOM,
	PIMSYNC_TRANSFORM_CANONICALIZE,
	PIMSYNC_TRANSFORM_NUMBER,
	PIMSYNC_TRANSFORM_MAP,
	PIMSYNC_TRANSFORM_KIND_COUNT
} pimsync_transform_kind;

/* The config key of each kind, which is also its name in the run report. */
extern const char *const pimsync_transform_kind_names[PIMSYNC_TRANSFORM_KIND_COUNT];

/* uom and canonicalize keys are folded into a stack buffer: longer ones are refused at load */
#define PIMSYNC_TRANSFORM_KEY_MAX 256

typedef struct {
	pimsync_transform_kind kind;
	bool upper;                  /* case: upper, else lower */
	char decimal_separator;      /* number: '.' or ',' */
	char thousands[4];           /* number: the separator's UTF-8, "" for none */
	HashTable table;             /* uom, canonicalize: folded form => canonical; map: from => to (zend_string) */
	size_t max_key;              /* uom, canonicalize: the longest folded form (a longer value cannot match) */
} pimsync_transform_rule;

typedef struct {
	pimsync_transform_rule **steps; /* borrowed from pimsync_transforms.rules */
	uint32_t n;
	uint32_t first_counter;      /* its steps' counters in a run's array: first_counter + step */
	bool has_number;             /* some step is a number rule: amounts go through it */
	zend_string *attribute;      /* the source attribute code */
} pimsync_transform_chain;

typedef struct {
	pimsync_transform_rule **rules;
	uint32_t nrules;
	HashTable by_attribute;      /* source attribute code => pimsync_transform_chain* */
	uint32_t ncounters;          /* all chains' steps */
	bool on;                     /* some rule exists (else by_attribute is not even initialized) */
} pimsync_transforms;

/* ---- building, at config load (config.c checks the config's shape) ---- */

void pimsync_transforms_init(pimsync_transforms *t);
/* A new rule of that kind, in config order. */
pimsync_transform_rule *pimsync_transforms_add_rule(pimsync_transforms *t, pimsync_transform_kind kind);
/* uom / canonicalize: form (an alias, or the canonical form itself) matches
 * and becomes canonical. NULL on success; else the reason (static text) and
 * *other is the canonical form the folded form already belongs to, if that is it. */
const char *pimsync_transform_add_form(pimsync_transform_rule *r, zend_string *form, zend_string *canonical,
                                       zend_string **other);
/* map: from becomes to. */
void pimsync_transform_add_mapping(pimsync_transform_rule *r, zend_string *from, zend_string *to);
/* Appends a rule to an attribute's chain. */
void pimsync_transforms_attach(pimsync_transforms *t, zend_string *attribute, pimsync_transform_rule *r);
/* Numbers the chains' counters; call once, after the last attach. */
void pimsync_transforms_seal(pimsync_transforms *t);
void pimsync_transforms_free(pimsync_transforms *t);

/* ---- applying, in the mapper ---- */

/* The chain of a source attribute, or NULL. */
static zend_always_inline const pimsync_transform_chain *pimsync_transforms_chain(const pimsync_transforms *t,
                                                                                  zend_string *attribute)
{
	return t->on ? zend_hash_find_ptr((HashTable *) &t->by_attribute, attribute) : NULL;
}

/* Runs the chain over one string, each step on what the one before gave.
 * Returns s itself when no step changed it (no copy, no reference added),
 * else a new string the caller owns. amounts_only: only the number steps run
 * (a metric's or a price's amount). counts: the run's counters (indexed by
 * chain->first_counter + step), each step that changed the value adds one;
 * NULL counts nothing (a value read a second time).
 * A number step that cannot read its input leaves it as it is and, for the
 * first such step, sets unreadable->value to a new reference to that input
 * and unreadable->rule to the step (the caller reports it and releases the
 * value). Text that is not valid UTF-8 is left
 * alone: the mapper refuses it anyway. */
typedef struct {
	zend_string *value;                  /* NULL, or what the number step could not read */
	const pimsync_transform_rule *rule;  /* that step */
} pimsync_transform_unreadable;

zend_string *pimsync_transform_apply(const pimsync_transform_chain *chain, zend_string *s, bool amounts_only,
                                     zend_long *counts, pimsync_transform_unreadable *unreadable);

/* The report's "transformations": {attribute: {kind: changed values}}, with
 * only the kinds that changed something. */
void pimsync_transforms_report(const pimsync_transforms *t, const zend_long *counts, zval *out);

/* The separators of a number rule, for messages: "decimal \",\", thousands \".\"". */
void pimsync_transform_number_format(const pimsync_transform_rule *r, char *buf, size_t size);

#endif
