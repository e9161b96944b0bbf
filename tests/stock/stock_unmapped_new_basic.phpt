--TEST--
Engine::sync: without "stock", a new product gets an empty stock item, its MSI source item and its stock status (as a product created in the admin), and an existing product's stock is left alone
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
    $t = sync_setup("stock_unmapped_new_basic_$layout", $staging);
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Hat', 'en_US')]])]);
    $r = sync_run($t);
    echo stock_rows($r), "\n";
    echo "A ", stock_item($t, 'A'), "\nA ", stock_status($t, 'A'), "\nA ", stock_sources($t, 'A'), "\nA ", stock_index($t, 'A'), "\n";
    /* the ERP set the stock in Magento; a change in the PIM does not touch it */
    $id = sync_entity_id($t, 'A');
    $t['pdo']->exec("UPDATE cataloginventory_stock_item SET qty = 40, is_in_stock = 1 WHERE product_id = $id");
    $t['pdo']->exec("UPDATE inventory_source_item SET quantity = 40, status = 1 WHERE sku = 'A'");
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Straw hat', 'en_US')]])]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", stock_rows($r), "\n";
    echo "A ", stock_item($t, 'A'), "\nA ", stock_sources($t, 'A'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('stock_unmapped_new_basic_entity_id');
sync_clean('stock_unmapped_new_basic_row_id');
?>
--EXPECT--
entity_id:
cataloginventory_stock_item=1 inventory_source_item=1 cataloginventory_stock_status=1
A qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
A qty=0.0000 stock_status=0
A default quantity=0.0000 status=0
A quantity=0.0000 is_salable=0
seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
cataloginventory_stock_item=0 inventory_source_item=0 cataloginventory_stock_status=0
A qty=40.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
A default quantity=40.0000 status=1
row_id:
cataloginventory_stock_item=1 inventory_source_item=1 cataloginventory_stock_status=1
A qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
A qty=0.0000 stock_status=0
A default quantity=0.0000 status=0
A quantity=0.0000 is_salable=0
seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
cataloginventory_stock_item=0 inventory_source_item=0 cataloginventory_stock_status=0
A qty=40.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
A default quantity=40.0000 status=1
