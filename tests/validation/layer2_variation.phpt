--TEST--
Validation layer 2, against what Magento holds: a drift rule leaves out a weight too far from the one Magento has (another system's) and writes one within the tolerance; a unique rule leaves out an EAN another product has in Magento, or an earlier product of the same batch (one product under two SKUs), and keeps a product's own; each a value issue L2:<rule> naming both; such a product no longer counts as passing every rule
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('validation_layer2_variation', false, ['units' => ['weight' => 'KILOGRAM']]);
sync_attr($t, 'ean', 'varchar');
$kg = fn (string $amount) => [sync_v(['amount' => $amount, 'unit' => 'KILOGRAM'])];
$p = fn (string $sku, string $weight, ?string $ean = null) => sync_product($sku, ['name' => [sync_v("Item $sku", 'en_US')], 'weight' => $kg($weight)]
    + ($ean === null ? [] : ['ean' => [sync_v($ean)]]));
sync_feed($t, [$p('L1', '10'), $p('L2', '10', '4006381333931'), $p('L3', '10')]);
sync_run($t);
$t['config']['validation'] = ['rules' => [
    ['rule' => 'weight_drift', 'kind' => 'drift', 'attribute' => 'weight', 'tolerance' => 0.2],
    ['rule' => 'one_ean', 'kind' => 'unique', 'attribute' => 'ean'],
]];
sync_feed($t, [
    $p('L1', '15'),                       // 50 % from Magento's 10: left out
    $p('L2', '10', '4006381333931'),      // its own EAN: kept
    $p('L3', '11'),                       // 10 %: written
    $p('L4', '1', '4006381333931'),       // L2's EAN in Magento: left out (new product: no drift to measure)
    $p('L5', '1', '0000000000017'),
    $p('L6', '1', '0000000000017'),       // L5's, earlier in the batch: left out
]);
$r = sync_run($t);
echo $r->status, ', ', sync_counts($r), "\n";
echo sync_dump($t, 'weight'), sync_dump($t, 'ean');
echo sync_issues($t, $r->runId);
echo json_encode($r->validation), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('validation_layer2_variation');
?>
--EXPECT--
success, seen=6 created=3 updated=1 unchanged=2 disabled=0 failed=0
L1 0 '10.000000'
L2 0 '10.000000'
L3 0 '11.000000'
L4 0 '1.000000'
L5 0 '1.000000'
L6 0 '1.000000'
L2 0 '4006381333931'
L5 0 '0000000000017'
L1 weight 0 L2:weight_drift left_out: weight 15.000000 is 50.0 % from the 10.000000 Magento has, more than the 20.0 % allowed (rule weight_drift); the value was left out
L4 ean 0 L2:one_ean left_out: ean 4006381333931 is also the ean of L2: one product under two SKUs? (rule one_ean); the value was left out
L6 ean 0 L2:one_ean left_out: ean 0000000000017 is also the ean of L5: one product under two SKUs? (rule one_ean); the value was left out
{"checked":6,"passed":3,"first_time_pass_rate":0.5,"values_rejected":3,"records_rejected":0,"written_disabled":0,"findings_by_rule":{"one_ean":2,"weight_drift":1}}