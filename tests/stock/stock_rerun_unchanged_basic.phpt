--TEST--
Engine::sync: a product re-read with the same stock writes no stock row (the stock is diffed like values)
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
    $t = stock_setup("stock_rerun_unchanged_basic_$layout", $staging);
    $stock = ['stock_qty' => [sync_v('0.5')], 'backorders' => [sync_v(false)], 'max_order' => [sync_v(20)]];
    sync_feed($t, [sync_product('A', $stock + ['name' => [sync_v('Hat', 'en_US')]]), sync_product('B', $stock)]);
    echo stock_rows(sync_run($t)), "\n";
    /* another value changes: the products are mapped and diffed again, their stock is the same */
    sync_feed($t, [sync_product('A', $stock + ['name' => [sync_v('Straw hat', 'en_US')]]), sync_product('B', $stock + ['name' => [sync_v('Cap', 'en_US')]])]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", stock_rows($r), "\n";
    $changed = $t['pdo']->query("SELECT attributes FROM pimsync_run_entity WHERE run_id = {$r->runId} ORDER BY entity_id")->fetchAll(PDO::FETCH_COLUMN);
    echo "changed: ", implode(' | ', $changed), "\n";
    echo "A ", stock_item($t, 'A'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('stock_rerun_unchanged_basic_entity_id');
sync_clean('stock_rerun_unchanged_basic_row_id');
?>
--EXPECT--
entity_id:
cataloginventory_stock_item=2 inventory_source_item=2 cataloginventory_stock_status=2
seen=2 created=0 updated=2 unchanged=0 disabled=0 failed=0
cataloginventory_stock_item=0 inventory_source_item=0 cataloginventory_stock_status=0
changed: name | name
A qty=0.5000 is_in_stock=1 backorders=0 use_config_backorders=0 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=20.0000 use_config_max_sale_qty=0 stock_status_changed_auto=0 low_stock_date=yes
row_id:
cataloginventory_stock_item=2 inventory_source_item=2 cataloginventory_stock_status=2
seen=2 created=0 updated=2 unchanged=0 disabled=0 failed=0
cataloginventory_stock_item=0 inventory_source_item=0 cataloginventory_stock_status=0
changed: name | name
A qty=0.5000 is_in_stock=1 backorders=0 use_config_backorders=0 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=20.0000 use_config_max_sale_qty=0 stock_status_changed_auto=0 low_stock_date=yes
