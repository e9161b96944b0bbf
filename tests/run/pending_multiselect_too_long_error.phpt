--TEST--
A multiselect naming so many new options that their ids do not fit the value column: the record is parked with that reason, the options created for it are rolled back, the other records land
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('pending_multiselect_too_long_error');
$fabric = sync_attr($t, 'fabric', 'varchar', 'multiselect');
$codes = array_map(fn ($i) => "f$i", range(1, 100));
sync_feed($t, [
    sync_product('MANY', ['fabric' => [sync_v($codes)]]),
    sync_product('FEW', ['fabric' => [sync_v(['f1', 'f2'])]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo $r->errors[0]['sku'], ': ', $r->errors[0]['reason'], "\n";
echo 'options of fabric: ', sync_count($t, 'eav_attribute_option', "attribute_id = $fabric"), ', map rows: ', sync_count($t, 'pimsync_entity_map'), "\n";
echo 'FEW: ', count(explode(',', (string) current(sync_values($t, 'FEW', 'fabric')))), " options\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('pending_multiselect_too_long_error');
?>
--EXPECT--
partial seen=2 created=1 updated=0 unchanged=0 disabled=0 failed=1
MANY: attribute fabric, store 0: the ids of its 100 options (399 characters) do not fit catalog_product_entity_varchar.value; the record was not written
options of fabric: 2, map rows: 2
FEW: 2 options