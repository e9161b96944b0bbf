--TEST--
Engine::sync: a stock.source_code that is not in inventory_source stops the run before anything is written
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/stock.inc';
foreach (STOCK_LAYOUTS as $layout => $staging) {
    $t = stock_setup("stock_source_code_error_$layout", $staging, ['source_code' => 'warehouse_nord']);
    sync_feed($t, [sync_product('A', ['stock_qty' => [sync_v(9)]])]);
    try {
        sync_run($t);
        echo "no error\n";
    } catch (PimSync\Exception $e) {
        echo get_class($e), ": ", str_replace($t['dir'], 'DIR', $e->getMessage()), "\n";
    }
    echo "$layout products: ", sync_count($t, 'catalog_product_entity'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('stock_source_code_error_entity_id');
sync_clean('stock_source_code_error_row_id');
?>
--EXPECT--
PimSync\ConfigException: Run 1 failed: DIR/config.json: stock.source_code "warehouse_nord" is not a source in Magento's inventory_source table
entity_id products: 0
PimSync\ConfigException: Run 1 failed: DIR/config.json: stock.source_code "warehouse_nord" is not a source in Magento's inventory_source table
row_id products: 0
