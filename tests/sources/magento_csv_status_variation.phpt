--TEST--
Engine::sync: Magento import CSV status: product_online 1 enables, 2 disables; an empty cell leaves an existing product's status as it is and creates a new product enabled
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_status_variation');
mcsv_write($t, ['sku', 'name', 'product_online'], [
    ['HAT', 'Hat', '2'],
    ['CAP', 'Cap', '1'],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", mcsv_dump($t, 'status');
mcsv_write($t, ['sku', 'name', 'product_online'], [
    ['HAT', 'Hat 2', ''],
    ['CAP', 'Cap 2', '2'],
    ['BAG', 'Bag', ''],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", mcsv_dump($t, 'status');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_status_variation');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
CAP admin 1
HAT admin 2
success seen=3 created=1 updated=2 unchanged=0 disabled=0 failed=0
BAG admin 1
CAP admin 2
HAT admin 2
