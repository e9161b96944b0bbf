/* The PIM's category tree written into Magento's, once per run, before the
 * products (in a transaction of its own, after the run lock and metadata):
 * every Akeneo category below a root becomes a Magento category under the
 * root's Magento category (categories.root_id, or the id categories.map
 * gives the root's code), with parent_id, path, level, position (Akeneo's
 * position, else the order among siblings in the feed), children_count on
 * every ancestor, name per store view from the labels per locale, url_key
 * and url_path per store view as Magento builds them (CategoryUrlPathGenerator:
 * the parent's url_path, then the key; none above level 2), is_active and
 * include_in_menu from the config, display_mode PRODUCTS and is_anchor 1 as
 * Magento's admin creates a category. Codes are remembered in
 * pimsync_entity_map (kind category). A code in categories.map is that
 * Magento category: its children go under it, pimsync does not write it.
 *
 * What Magento holds is compared first: an unchanged category costs nothing.
 * A moved category takes its subtree along (path and level of every
 * descendant, children_count of old and new ancestors, url_path per store);
 * a renamed one keeps its url keys unless categories.url_keys_follow_labels.
 * Categories pimsync wrote that the tree no longer has are reported or, with
 * categories.removed "disable", switched off (is_active 0 at store 0,
 * remembered as kind category_gone, switched on again when they return).
 * Each category's url rewrites follow (category_rewrites.h). */
#ifndef PIMSYNC_CATEGORY_TREE_H
#define PIMSYNC_CATEGORY_TREE_H

#include "php.h"
#include "sync_config.h"
#include "magento_meta.h"
#include "pdo_bridge.h"
#include "run_report.h"

typedef struct pimsync_category_tree pimsync_category_tree;

pimsync_category_tree *pimsync_category_tree_new(pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                                                 HashTable *locale_stores, pimsync_run_stats *stats);
/* One category as Akeneo sends it (a file line or an API item). */
void pimsync_category_tree_add_json(void *tree, const char *json, size_t len);
/* Writes the tree read so far, in one transaction; on SUCCESS the run's
 * metadata knows every code of the tree. FAILURE: the database's error in
 * the db's err, the transaction rolled back. */
zend_result pimsync_category_tree_write(pimsync_category_tree *t);
/* After a successful write: the ids (keys) of the categories Magento had
 * whose url_path changed in some store (moved, renamed with url keys that
 * follow the labels, key changed), descendants included. */
HashTable *pimsync_category_tree_paths_changed(pimsync_category_tree *t);
void pimsync_category_tree_free(pimsync_category_tree *t);

#endif
