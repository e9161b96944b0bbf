--TEST--
Engine::sync: an ERP CSV file with ";" or a tab as delimiter lands its rows (name, price, description) in Magento
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$columns = ['sku' => 'Item No', 'attributes' => [
    'name' => 'Description 1',
    'price' => ['column' => 'Unit Price', 'type' => 'price', 'currency' => 'USD'],
    'description' => 'Notes',
]];
$t = csv_setup('csv_delimiter_basic', $columns, ['delimiter' => ';'], 'semicolon.csv');
csv_write($t, "Item No;Description 1;Unit Price;Notes\nA-1;Hat, red;12.50;wool, 100%\nA-2;Cap;8;\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'name'), sync_dump($t, 'price'), sync_dump($t, 'description');

$t['config']['source'] = ['type' => 'csv', 'path' => 'tab.csv', 'delimiter' => "\t", 'columns' => $columns];
file_put_contents("{$t['dir']}/tab.csv", "Item No\tDescription 1\tUnit Price\tNotes\nB-1\tScarf; long\t20\tsilk\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_delimiter_basic');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
A-1 0 'Hat, red'
A-2 0 'Cap'
A-1 0 '12.500000'
A-2 0 '8.000000'
A-1 0 'wool, 100%'
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
A-1 0 'Hat, red'
A-2 0 'Cap'
B-1 0 'Scarf; long'
