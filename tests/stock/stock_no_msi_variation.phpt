--TEST--
Engine::sync: a Magento without MSI tables gets only the legacy stock item and stock status
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/stock.inc';
foreach (STOCK_LAYOUTS as $layout => $staging) {
    echo "$layout:\n";
    $t = stock_setup("stock_no_msi_variation_$layout", $staging);
    /* as without Magento_Inventory: the view over the legacy table first, then MSI's tables */
    foreach (['VIEW inventory_stock_1', 'TABLE inventory_stock_sales_channel', 'TABLE inventory_reservation',
              'TABLE inventory_source_item', 'TABLE inventory_source_stock_link', 'TABLE inventory_stock', 'TABLE inventory_source'] as $what) {
        $t['pdo']->exec("DROP $what");
    }
    sync_feed($t, [sync_product('A', ['stock_qty' => [sync_v(9)]]), sync_product('B')]);
    $r = sync_run($t);
    echo sync_counts($r), "\n";
    $tables = array_keys($r->rowsWritten);
    sort($tables);
    echo implode(' ', array_filter($tables, fn ($k) => str_contains($k, 'inventory'))), "\n";
    echo "A ", stock_item($t, 'A'), "\nA ", stock_status($t, 'A'), "\n";
    echo "B ", stock_item($t, 'B'), "\nB ", stock_status($t, 'B'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('stock_no_msi_variation_entity_id');
sync_clean('stock_no_msi_variation_row_id');
?>
--EXPECT--
entity_id:
seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
cataloginventory_stock_item cataloginventory_stock_status
A qty=9.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
A qty=9.0000 stock_status=1
B qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
B qty=0.0000 stock_status=0
row_id:
seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
cataloginventory_stock_item cataloginventory_stock_status
A qty=9.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
A qty=9.0000 stock_status=1
B qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
B qty=0.0000 stock_status=0
