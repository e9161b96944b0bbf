--TEST--
Engine::sync: Magento import CSV stock columns (qty, is_in_stock, allow_backorders, min_cart_qty, max_cart_qty, manage_stock) feed the stock item without a "stock" in the config
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_stock_basic');
mcsv_write($t, ['sku', 'store_view_code', 'name', 'qty', 'is_in_stock', 'allow_backorders', 'min_cart_qty', 'max_cart_qty', 'manage_stock'], [
    ['HAT', '', 'Hat', '12.0000', '1', '0', '2', '100', '1'],
    ['HAT', 'fr', 'Chapeau', '99', '0', '', '', '', ''],
    ['CAP', '', 'Cap', '0', '0', '', '', '', ''],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach ($t['pdo']->query('SELECT e.sku, s.qty, s.is_in_stock, s.backorders, s.min_sale_qty, s.max_sale_qty, s.manage_stock, s.use_config_manage_stock
    FROM cataloginventory_stock_item s JOIN catalog_product_entity e ON e.entity_id = s.product_id ORDER BY e.sku') as $s) {
    echo json_encode($s), "\n";
}
echo 'stock config: ', json_encode(sync_config($t)->toArray()['stock']), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_stock_basic');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
{"sku":"CAP","qty":"0.0000","is_in_stock":0,"backorders":0,"min_sale_qty":"1.0000","max_sale_qty":"0.0000","manage_stock":0,"use_config_manage_stock":1}
{"sku":"HAT","qty":"12.0000","is_in_stock":1,"backorders":0,"min_sale_qty":"2.0000","max_sale_qty":"100.0000","manage_stock":1,"use_config_manage_stock":0}
stock config: {"qty":"qty","is_in_stock":"is_in_stock","backorders":"allow_backorders","min_sale_qty":"min_cart_qty","max_sale_qty":"max_cart_qty","manage_stock":"manage_stock","source_code":"default"}