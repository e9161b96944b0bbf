--TEST--
Engine::sync: Magento import CSV cells that cannot be written cost that value only, as value issues naming line and column (a store view's status, a pair without a code, a Yes/No that is neither)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_value_issue_variation');
sync_attr($t, 'material', 'varchar');
sync_attr($t, 'is_new', 'int', 'boolean');
mcsv_write($t, ['sku', 'store_view_code', 'name', 'product_online', 'is_new', 'additional_attributes'], [
    ['HAT', '', 'Hat', '1', 'maybe', '=orphan,material=wool'],
    ['HAT', 'fr', 'Chapeau', '2', '', ''],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo mcsv_dump($t, 'name'), mcsv_dump($t, 'material'), mcsv_dump($t, 'status'), 'is_new: ', mcsv_dump($t, 'is_new'), "\n";
foreach ($t['pdo']->query('SELECT sku, attribute_code, kind, message FROM pimsync_value_issue ORDER BY value_issue_id') as $i) {
    echo "{$i['sku']} {$i['attribute_code']} {$i['kind']}: {$i['message']}\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_value_issue_variation');
?>
--EXPECT--
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
HAT admin 'Hat'
HAT fr 'Chapeau'
HAT admin 'wool'
HAT admin 1
is_new: 
HAT is_new not_a_boolean: line 2, column "is_new": "maybe" is not Yes, No, 1 or 0; the value was left out
HAT additional_attributes malformed: line 2, column "additional_attributes": a pair without an attribute code; the value was left out
HAT product_online not_synced: line 3, column "product_online", store view fr: a store view's status is not synced (pimsync writes the status at store 0); the cell was not applied
