/* The PHP objects of the extension: their C structs and MINIT hooks.
 * Each class keeps its native state in front of the embedded zend_object. */
#ifndef PIMSYNC_OBJECTS_H
#define PIMSYNC_OBJECTS_H

#include "php.h"

struct pimsync_config;

extern zend_class_entry *pimsync_ce_config;
extern zend_class_entry *pimsync_ce_engine;
extern zend_class_entry *pimsync_ce_report;
extern zend_class_entry *pimsync_ce_image_worker;

typedef struct {
	struct pimsync_config *config; /* owned */
	zend_object std;
} pimsync_config_object;

typedef struct {
	zval pdo;        /* the caller's PDO, kept alive for the engine's lifetime */
	zval config;     /* the PimSync\Config object */
	zend_object std;
} pimsync_engine_object;

static inline pimsync_config_object *pimsync_config_from_obj(zend_object *obj)
{
	return (pimsync_config_object *)((char *)obj - XtOffsetOf(pimsync_config_object, std));
}

static inline pimsync_engine_object *pimsync_engine_from_obj(zend_object *obj)
{
	return (pimsync_engine_object *)((char *)obj - XtOffsetOf(pimsync_engine_object, std));
}

/* Engine and ImageWorker hold the same two objects: one create, free and gc
 * for both, and one __construct(\PDO $pdo, Config $config). */
zend_object *pimsync_engine_object_create(zend_class_entry *ce);
void pimsync_engine_object_construct(INTERNAL_FUNCTION_PARAMETERS);

void php_pimsync_config_minit(zend_class_entry *ce);
void php_pimsync_engine_minit(zend_class_entry *ce);
void php_pimsync_report_minit(zend_class_entry *ce);
void php_pimsync_image_worker_minit(zend_class_entry *ce);

#endif
