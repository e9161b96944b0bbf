--TEST--
Engine::sync: an ERP CSV row with more or fewer fields than the header is parked with its exact bytes and line; the other rows land
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_column_count_error', ['sku' => 'sku', 'attributes' => ['name' => 'name', 'price' => ['column' => 'price', 'type' => 'price', 'currency' => 'USD']]]);
csv_write($t, "sku,name,price\nA,Hat,10\nB,Cap, red,12\nC,Scarf\nD,Glove,4\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo csv_dead_letters($t);
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_column_count_error');
?>
--EXPECT--
partial seen=4 created=2 updated=0 unchanged=0 disabled=0 failed=2
line 3 | line 3: 4 fields where the header has 3 columns (a delimiter too many or too few, or a field that should have been quoted) | "B,Cap, red,12"
line 4 | line 4: 2 fields where the header has 3 columns (a delimiter too many or too few, or a field that should have been quoted) | "C,Scarf"
A 0 'Hat'
D 0 'Glove'
