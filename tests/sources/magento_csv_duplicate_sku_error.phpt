--TEST--
Engine::sync: Magento import CSV: a SKU whose rows are not consecutive: its second group is a duplicate, parked with its rows' bytes and the line its first group started on
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_duplicate_sku_error');
mcsv_write($t, ['sku', 'store_view_code', 'name'], [
    ['HAT', '', 'Hat'],
    ['CAP', '', 'Cap'],
    ['hat', '', 'Second hat'],
    ['hat', 'fr', 'Chapeau'],
    ['CAP', 'fr', 'Casquette'],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo csv_dead_letters($t);
echo mcsv_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_duplicate_sku_error');
?>
--EXPECT--
partial seen=4 created=2 updated=0 unchanged=0 disabled=0 failed=2
line 4 | line 4: SKU "hat" was already read from line 2 on: the rows of one SKU must be consecutive (its default row, then its store view rows); this second group is a duplicate and was not written | "hat,,\"Second hat\"\nhat,fr,Chapeau"
line 6 | line 6: SKU "CAP" was already read from line 3 on: the rows of one SKU must be consecutive (its default row, then its store view rows); this second group is a duplicate and was not written | "CAP,fr,Casquette"
CAP admin 'Cap'
HAT admin 'Hat'
