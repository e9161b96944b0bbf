--TEST--
Engine::sync: a SKU of spaces only is empty once trimmed as Magento trims it: the record is parked (L0), the others are written
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('sku_trim_empty_error');
sync_feed($t, [
    sync_product('A-1', ['name' => [sync_v('Fine', 'en_US')]]),
    sync_product('   ', ['name' => [sync_v('Blank', 'en_US')]]),
    sync_product(" \t\n", ['name' => [sync_v('Blank too', 'en_US')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach ($r->errors as $e) echo $e['position'], ' ', json_encode($e['sku']), ': ', $e['reason'], "\n";
echo 'dead letters: ', sync_count($t, 'pimsync_dead_letter'), "\n";
echo 'products: ', json_encode($t['pdo']->query('SELECT sku FROM catalog_product_entity')->fetchAll(PDO::FETCH_COLUMN)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('sku_trim_empty_error');
?>
--EXPECT--
partial seen=3 created=1 updated=0 unchanged=0 disabled=0 failed=2
line 2 "   ": SKU is empty after trimming the spaces around it, as Magento trims SKUs
line 3 " \t\n": SKU is empty after trimming the spaces around it, as Magento trims SKUs
dead letters: 2
products: ["A-1"]
