--TEST--
Engine::sync: Magento import CSV: a SKU's default row writes store 0, the store view rows after it write their store views
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_store_rows_basic');
mcsv_write($t, ['sku', 'store_view_code', 'attribute_set_code', 'product_type', 'name', 'description', 'price', 'weight', 'product_online', 'url_key'], [
    ['HAT', '', 'Default', 'simple', 'Hat', 'A warm hat', '10.5000', '0.2', '1', 'hat'],
    ['HAT', 'fr', '', '', 'Chapeau', '', '', '', '', 'chapeau'],
    ['HAT', 'de', '', '', 'Hut', 'Ein warmer Hut', '', '', '', ''],
    ['CAP', '', 'Default', 'simple', 'Cap', '', '7', '', '2', 'cap'],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo mcsv_dump($t, 'name'), mcsv_dump($t, 'description'), mcsv_dump($t, 'price'), mcsv_dump($t, 'url_key'), mcsv_dump($t, 'status');
echo 'issues: ', json_encode($r->valueIssues), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_store_rows_basic');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
CAP admin 'Cap'
HAT admin 'Hat'
HAT fr 'Chapeau'
HAT de 'Hut'
HAT admin 'A warm hat'
HAT de 'Ein warmer Hut'
CAP admin '7.000000'
HAT admin '10.500000'
CAP admin 'cap'
HAT admin 'hat'
HAT fr 'chapeau'
CAP admin 2
HAT admin 1
issues: {"count":0,"by_kind":[],"sample":[]}
