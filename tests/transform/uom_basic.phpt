--TEST--
Transformations: "uom" writes a unit of measure's canonical code for any of its aliases, matched after trimming and regardless of letter case (the code itself matches too); a value that is the code already, or no alias, is left alone
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('transform_uom_basic', false, ['transformations' => [
    ['attributes' => ['sales_unit'], 'uom' => ['EA' => ['each', 'ea', 'Each', 'pc'], 'BX' => ['box', 'carton']]],
]]);
sync_attr($t, 'sales_unit', 'varchar', 'text', 1);
$units = ['P1' => ' Each ', 'P2' => 'EACH', 'P3' => 'pc', 'P4' => 'Ea', 'P5' => 'EA', 'P6' => 'Carton', 'P7' => 'pallet', 'P8' => 'e a'];
$feed = [];
foreach ($units as $sku => $unit) {
    $feed[] = sync_product($sku, ['sales_unit' => [sync_v($unit)]]);
}
sync_feed($t, $feed);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", sync_dump($t, 'sales_unit');
echo json_encode($r->transformations), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_uom_basic');
?>
--EXPECT--
success seen=8 created=8 updated=0 unchanged=0 disabled=0 failed=0
P1 0 'EA'
P2 0 'EA'
P3 0 'EA'
P4 0 'EA'
P5 0 'EA'
P6 0 'BX'
P7 0 'pallet'
P8 0 'e a'
{"sales_unit":{"uom":5}}
