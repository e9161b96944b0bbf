/* The structure sync (`pimsync structure`, Engine::structure(), or a sync's
 * first phase with structure "auto"): Akeneo's attributes, their options and
 * its families become Magento's EAV attributes, options and attribute sets.
 * It creates what is missing and updates labels and option sort orders; it
 * removes nothing, never changes an existing attribute's type (a mismatch is
 * reported), never touches swatches, and leaves an option label a merchant set
 * in Magento (one pimsync_option_label does not record) as it is. With plan,
 * it reads everything and writes nothing: the report lists what a run would do.
 * A run writes in one transaction; a second run finds nothing to do. */
#ifndef PIMSYNC_STRUCTURE_SYNC_H
#define PIMSYNC_STRUCTURE_SYNC_H

#include "php.h"
#include "sync_config.h"
#include "pdo_bridge.h"
#include "run_report.h"

/* Runs the structure sync on an open connection whose caller holds the run
 * lock and whose own tables exist; err is the connection's (db->err). report
 * gets the array Engine::structure() returns (plan, changed, message, counts,
 * changes, notices). FAILURE with err and *kind: nothing was written. sleep:
 * the callable for API retry waits, or undef. */
zend_result pimsync_structure_sync(pimsync_db *db, pimsync_config *cfg, bool plan, zval *sleep, pimsync_run_stats *stats,
                                   zval *report, pimsync_fatal_kind *kind, pimsync_error *err);

/* Engine::structure(): takes the run lock, installs the own tables, runs the
 * structure sync. Sets *fatal_kind (run_report.h) on failure. */
zend_result pimsync_structure_run(zend_object *pdo, pimsync_config *cfg, bool plan, zval *sleep, zval *report,
                                  pimsync_fatal_kind *fatal_kind, pimsync_error *err);

#endif
