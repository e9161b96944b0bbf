--TEST--
Engine::sync: with MSI, the source item and the legacy stock status follow the feed, so inventory_stock_1 (what the salable quantity is read from) shows the quantity at once
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
    $t = stock_setup("stock_msi_salable_basic_$layout", $staging);
    sync_feed($t, [
        sync_product('A', ['stock_qty' => [sync_v(12)]]),
        sync_product('B', ['stock_qty' => [sync_v(0)]]),
        sync_product('C', ['stock_qty' => [sync_v(-3)], 'backorders' => [sync_v(1)]]),
    ]);
    sync_run($t);
    foreach (['A', 'B', 'C'] as $sku) {
        echo "$sku source: ", stock_sources($t, $sku), "\n";
        echo "$sku status: ", stock_status($t, $sku), "\n";
        echo "$sku inventory_stock_1: ", stock_index($t, $sku), "\n";
    }
    /* sold out in the PIM, restocked: the index follows the next run */
    sync_feed($t, [
        sync_product('A', ['stock_qty' => [sync_v(0)]]),
        sync_product('B', ['stock_qty' => [sync_v(4)]]),
        sync_product('C', ['stock_qty' => [sync_v(-3)], 'backorders' => [sync_v(1)]]),
    ]);
    sync_run($t);
    foreach (['A', 'B'] as $sku) {
        echo "$sku after: ", stock_sources($t, $sku), " / ", stock_index($t, $sku), "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('stock_msi_salable_basic_entity_id');
sync_clean('stock_msi_salable_basic_row_id');
?>
--EXPECT--
entity_id:
A source: default quantity=12.0000 status=1
A status: qty=12.0000 stock_status=1
A inventory_stock_1: quantity=12.0000 is_salable=1
B source: default quantity=0.0000 status=0
B status: qty=0.0000 stock_status=0
B inventory_stock_1: quantity=0.0000 is_salable=0
C source: default quantity=-3.0000 status=1
C status: qty=0.0000 stock_status=1
C inventory_stock_1: quantity=0.0000 is_salable=1
A after: default quantity=0.0000 status=0 / quantity=0.0000 is_salable=0
B after: default quantity=4.0000 status=1 / quantity=4.0000 is_salable=1
row_id:
A source: default quantity=12.0000 status=1
A status: qty=12.0000 stock_status=1
A inventory_stock_1: quantity=12.0000 is_salable=1
B source: default quantity=0.0000 status=0
B status: qty=0.0000 stock_status=0
B inventory_stock_1: quantity=0.0000 is_salable=0
C source: default quantity=-3.0000 status=1
C status: qty=0.0000 stock_status=1
C inventory_stock_1: quantity=0.0000 is_salable=1
A after: default quantity=0.0000 status=0 / quantity=0.0000 is_salable=0
B after: default quantity=4.0000 status=1 / quantity=4.0000 is_salable=1
