--TEST--
Engine::sync: ERP CSV in UTF-8 with or without a byte order mark: the BOM is dropped, so the first header column is found by its name
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$columns = ['sku' => 'Item No', 'attributes' => ['name' => 'Name']];
$t = csv_setup('csv_bom_basic', $columns, [], 'bom.csv');
csv_write($t, "\xEF\xBB\xBFItem No;Name\nA;Café\n");
$t['config']['source']['delimiter'] = ';';
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";

$t['config']['source']['path'] = 'plain.csv';
file_put_contents("{$t['dir']}/plain.csv", "Item No;Name\nB;Thé\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_bom_basic');
?>
--EXPECT--
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
A 0 'Café'
B 0 'Thé'
