--TEST--
Engine::sync: Magento import CSV: __EMPTY__VALUE__ removes a value (default row and store view row), an empty cell leaves it as it is
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_empty_value_basic');
sync_attr($t, 'material', 'varchar');
$header = ['sku', 'store_view_code', 'name', 'description', 'meta_title', 'additional_attributes'];
mcsv_write($t, $header, [
    ['HAT', '', 'Hat', 'Warm', 'Hat title', 'material=wool'],
    ['HAT', 'fr', 'Chapeau', 'Chaud', '', ''],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
mcsv_write($t, $header, [
    ['HAT', '', 'Hat', '__EMPTY__VALUE__', '', 'material=__EMPTY__VALUE__'],
    ['HAT', 'fr', '__EMPTY__VALUE__', '', '', ''],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo mcsv_dump($t, 'name'), mcsv_dump($t, 'description'), mcsv_dump($t, 'meta_title'), 'material: ', mcsv_dump($t, 'material'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_empty_value_basic');
?>
--EXPECT--
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
success seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
HAT admin 'Hat'
HAT fr 'Chaud'
HAT admin 'Hat title'
material: 
