/* Stock rows Magento sells from, written in the batch's transaction:
 *   cataloginventory_stock_item   (the legacy stock item: qty, is_in_stock,
 *                                  backorders, sale limits, manage_stock),
 *   inventory_source_item         (MSI, when its tables exist: quantity and
 *                                  status of the SKU in stock.source_code),
 *   cataloginventory_stock_status (what the Open Source inventory_stock_1 view
 *                                  reads: salable quantity right after a run).
 * Values the feed carries (rec->stock) are applied to what Magento holds and
 * only rows that differ are written. is_in_stock not given is derived as
 * Magento's StockStateProvider::verifyStock() derives it (docs/stock.md).
 * Custom MSI stocks (inventory_stock_N, N > 1) are the module's reindex. */
#ifndef PIMSYNC_STOCK_WRITER_H
#define PIMSYNC_STOCK_WRITER_H

#include "php.h"
#include "sync_config.h"
#include "magento_meta.h"
#include "pdo_bridge.h"
#include "product_record.h"
#include "run_report.h"

typedef struct {
	pimsync_db *db;
	pimsync_config *cfg;
	pimsync_meta *meta;
	pimsync_run_stats *stats;
	bool mirror_legacy;        /* no MSI, or the source is MSI's default one: legacy qty/status follow the feed */
	/* Magento's cataloginventory/item_options (default scope; config.xml's defaults when not saved) */
	double config_min_qty, config_notify_qty;
	zend_long config_backorders;
	bool config_manage_stock;
	zend_string *change_code;  /* "quantity_and_stock_status": the changed-entity log's attribute */
} pimsync_stock_writer;

/* Reads Magento's stock configuration; with MSI, stock.source_code must be
 * in inventory_source (else FAILURE, err says so). */
zend_result pimsync_stock_writer_init(pimsync_stock_writer *s, pimsync_db *db, pimsync_config *cfg, pimsync_meta *meta,
                                      pimsync_run_stats *stats, pimsync_error *err);
void pimsync_stock_writer_free(pimsync_stock_writer *s);

/* The stock rows of recs[0..n) (ids resolved): new products get their rows
 * (qty 0, out of stock, when the feed has no stock for them); changed
 * products with stock values get the rows that differ. Sets rec->stock_changed. */
zend_result pimsync_stock_write(pimsync_stock_writer *s, pimsync_record *recs, uint32_t n);

/* A configurable parent sells from its children: its stock item is in
 * stock with qty 0 (as Magento keeps it), and its stock status is in stock
 * when any enabled child without required options is (Magento's
 * Configurable stock indexer). parents: entity id => [child entity ids…].
 * Call after the children's rows are written, in the same transaction; the
 * parents a row was written for are added to written. A few statements for
 * all of them, whatever their number. */
zend_result pimsync_stock_derive_parents(pimsync_stock_writer *s, HashTable *parents, HashTable *written);

#endif
