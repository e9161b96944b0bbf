--TEST--
Engine::sync: Magento import CSV additional_attributes with fields_enclosure: code="value" pairs whose values hold "," "=" and doubled quotes
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_additional_attributes_variation', ['fields_enclosure' => true]);
sync_attr($t, 'material', 'varchar');
sync_attr($t, 'care', 'varchar');
// the cell as Magento's import accepts it with "Fields enclosure": material="wool, silk=50%",care="wash ""cold"""
mcsv_write($t, ['sku', 'name', 'additional_attributes'], [
    ['HAT', 'Hat', 'material="wool, silk=50%",care="wash ""cold"""'],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo mcsv_dump($t, 'material'), mcsv_dump($t, 'care');
// without fields_enclosure, the same cell splits at the "," before "care": what Magento does too
$t['config']['source']['fields_enclosure'] = false;
$r = sync_run($t); // how the file is read is part of what its bytes mean: the row is read again
echo mcsv_dump($t, 'material'), mcsv_dump($t, 'care');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_additional_attributes_variation');
?>
--EXPECT--
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
HAT admin 'wool, silk=50%'
HAT admin 'wash "cold"'
HAT admin '"wool'
HAT admin '"wash ""cold"""'
