--TEST--
Engine::sync: a qty DECIMAL(12,4) cannot hold exactly (a fifth decimal, too many digits) or a bad backorders value is a value issue: left out, never rounded, the product lands
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
    $t = stock_setup("stock_qty_inexact_error_$layout", $staging);
    sync_feed($t, [
        sync_product('A', ['name' => [sync_v('Hat', 'en_US')], 'stock_qty' => [sync_v('1.23456')]]),
        sync_product('B', ['name' => [sync_v('Hat', 'en_US')], 'stock_qty' => [sync_v('123456789')]]),
        sync_product('C', ['name' => [sync_v('Hat', 'en_US')], 'stock_qty' => [sync_v('2.50000')], 'backorders' => [sync_v(3)]]),
    ]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", sync_issues($t);
    foreach (['A', 'B', 'C'] as $sku) {
        echo "$sku ", stock_item($t, $sku), "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('stock_qty_inexact_error_entity_id');
sync_clean('stock_qty_inexact_error_row_id');
?>
--EXPECT--
entity_id:
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
A stock_qty 0 inexact left_out: stock.qty: 1.23456 has more than 4 decimal places, which cataloginventory_stock_item.qty (decimal(12,4)) cannot hold; the value was left out
B stock_qty 0 out_of_range left_out: stock.qty: 123456789 is outside what cataloginventory_stock_item.qty (decimal(12,4)) holds; the value was left out
C backorders 0 malformed left_out: stock.backorders: backorders must be 0 (no), 1 (allow qty below 0), 2 (allow and notify the customer), true or false; the value was left out
A qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
B qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
C qty=2.5000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
row_id:
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
A stock_qty 0 inexact left_out: stock.qty: 1.23456 has more than 4 decimal places, which cataloginventory_stock_item.qty (decimal(12,4)) cannot hold; the value was left out
B stock_qty 0 out_of_range left_out: stock.qty: 123456789 is outside what cataloginventory_stock_item.qty (decimal(12,4)) holds; the value was left out
C backorders 0 malformed left_out: stock.backorders: backorders must be 0 (no), 1 (allow qty below 0), 2 (allow and notify the customer), true or false; the value was left out
A qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
B qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
C qty=2.5000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
