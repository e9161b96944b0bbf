/* The batch stage that makes configurables configurable, inside the batch's
 * transaction, after the values:
 *
 * - a configurable's super attributes (catalog_product_super_attribute, its
 *   axes in order as position; a label row for store 0 with the attribute's
 *   frontend label and use_default 1) follow its family variant: an axis
 *   added is inserted, one dropped is deleted (its label goes with it by the
 *   foreign key); has_options and required_options are 1, as Magento's
 *   Configurable type sets them for a product with configurable attributes;
 * - a variant product is linked to its root model's configurable
 *   (catalog_product_super_link: parent_id is the configurable's link id,
 *   row_id on Commerce, product_id the child's entity id; the same pair in
 *   catalog_product_relation), its links to other configurables pimsync wrote
 *   are removed (it moved, or left its model), and a product that becomes a
 *   child gets configurables.child_visibility. Links to configurables made in
 *   Magento are left alone. A child whose configurable is not in Magento is
 *   written unlinked and reported (parent_missing), and read again next run. */
#ifndef PIMSYNC_CONFIGURABLE_LINKS_H
#define PIMSYNC_CONFIGURABLE_LINKS_H

#include "product_writer.h"

zend_result pimsync_configurables_write(pimsync_writer *w, pimsync_record *recs, uint32_t n);

#endif
