--TEST--
Engine::sync: a metric in an unknown unit, or in a unit of another family, is left out and reported (SKU, attribute, store, reason); the product lands with its other values
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('unit_refused_error');
$t['config']['units'] = ['weight' => 'KILOGRAM'];
sync_feed($t, [
    sync_product('A', ['name' => [sync_v('Anvil', 'en_US')], 'weight' => [sync_v(['amount' => '3', 'unit' => 'XYZ'])]]),
    sync_product('B', ['name' => [sync_v('Boat', 'en_US')], 'weight' => [sync_v(['amount' => '3', 'unit' => 'FEET'])]]),
    sync_product('C', ['name' => [sync_v('Cup', 'en_US')], 'weight' => [sync_v(['amount' => '300', 'unit' => 'GRAM'])]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'name'), sync_dump($t, 'weight');
echo 'issues: ', $r->valueIssues['count'], ' ', json_encode($r->valueIssues['by_kind']), "\n";
foreach ($r->valueIssues['sample'] as $i) {
    echo "report: {$i['sku']} {$i['attribute']} store={$i['store_id']} {$i['kind']} {$i['action']}: {$i['message']}\n";
}
foreach ($t['pdo']->query('SELECT sku, attribute_code, store_id, kind, action, message FROM pimsync_value_issue ORDER BY sku') as $i) {
    echo "table: {$i['sku']} {$i['attribute_code']} store={$i['store_id']} {$i['kind']} {$i['action']}: {$i['message']}\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('unit_refused_error');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
A 0 'Anvil'
A 1 'Anvil'
B 0 'Boat'
B 1 'Boat'
C 0 'Cup'
C 1 'Cup'
C 0 '0.300000'
issues: 2 {"unit":2}
report: A weight store=0 unit left_out: unknown unit XYZ
report: B weight store=0 unit left_out: FEET (Length) cannot be converted to KILOGRAM (Weight)
table: A weight store=0 unit left_out: unknown unit XYZ
table: B weight store=0 unit left_out: FEET (Length) cannot be converted to KILOGRAM (Weight)
