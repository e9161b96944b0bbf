--TEST--
Engine::sync: stock from Akeneo attributes (qty, is_in_stock, backorders, sale limits) goes into cataloginventory_stock_item, for new and changed products
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
    $t = stock_setup("stock_item_basic_$layout", $staging);
    sync_feed($t, [
        sync_product('A', ['stock_qty' => [sync_v(12)], 'in_stock' => [sync_v(true)], 'backorders' => [sync_v(2)],
            'min_order' => [sync_v('2')], 'max_order' => [sync_v('50.5')]]),
        sync_product('B', ['stock_qty' => [sync_v('7.25')]]),
        sync_product('C', ['name' => [sync_v('No stock in the feed', 'en_US')]]),
    ]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", stock_rows($r), "\n";
    foreach (['A', 'B', 'C'] as $sku) {
        echo "$sku ", stock_item($t, $sku), "\n";
    }
    /* the PIM changes the stock of an existing product: its item follows */
    sync_feed($t, [
        sync_product('A', ['stock_qty' => [sync_v(3)], 'in_stock' => [sync_v(false)], 'backorders' => [sync_v(0)],
            'min_order' => [sync_v('2')], 'max_order' => [sync_v('50.5')]]),
        sync_product('B', ['stock_qty' => [sync_v('7.25')]]),
        sync_product('C', ['name' => [sync_v('No stock in the feed', 'en_US')], 'stock_qty' => [sync_v(4)]]),
    ]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", stock_rows($r), "\n";
    foreach (['A', 'B', 'C'] as $sku) {
        echo "$sku ", stock_item($t, $sku), "\n";
    }
    $changed = $t['pdo']->query("SELECT attributes FROM pimsync_run_entity WHERE run_id = {$r->runId} ORDER BY entity_id")->fetchAll(PDO::FETCH_COLUMN);
    echo "changed: ", implode(' | ', $changed), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('stock_item_basic_entity_id');
sync_clean('stock_item_basic_row_id');
?>
--EXPECT--
entity_id:
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
cataloginventory_stock_item=3 inventory_source_item=3 cataloginventory_stock_status=3
A qty=12.0000 is_in_stock=1 backorders=2 use_config_backorders=0 min_sale_qty=2.0000 use_config_min_sale_qty=0 max_sale_qty=50.5000 use_config_max_sale_qty=0 stock_status_changed_auto=0 low_stock_date=no
B qty=7.2500 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
C qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
seen=3 created=0 updated=2 unchanged=1 disabled=0 failed=0
cataloginventory_stock_item=2 inventory_source_item=2 cataloginventory_stock_status=2
A qty=3.0000 is_in_stock=0 backorders=0 use_config_backorders=0 min_sale_qty=2.0000 use_config_min_sale_qty=0 max_sale_qty=50.5000 use_config_max_sale_qty=0 stock_status_changed_auto=0 low_stock_date=no
B qty=7.2500 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
C qty=4.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
changed: quantity_and_stock_status | quantity_and_stock_status
row_id:
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
cataloginventory_stock_item=3 inventory_source_item=3 cataloginventory_stock_status=3
A qty=12.0000 is_in_stock=1 backorders=2 use_config_backorders=0 min_sale_qty=2.0000 use_config_min_sale_qty=0 max_sale_qty=50.5000 use_config_max_sale_qty=0 stock_status_changed_auto=0 low_stock_date=no
B qty=7.2500 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
C qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
seen=3 created=0 updated=2 unchanged=1 disabled=0 failed=0
cataloginventory_stock_item=2 inventory_source_item=2 cataloginventory_stock_status=2
A qty=3.0000 is_in_stock=0 backorders=0 use_config_backorders=0 min_sale_qty=2.0000 use_config_min_sale_qty=0 max_sale_qty=50.5000 use_config_max_sale_qty=0 stock_status_changed_auto=0 low_stock_date=no
B qty=7.2500 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
C qty=4.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
changed: quantity_and_stock_status | quantity_and_stock_status
