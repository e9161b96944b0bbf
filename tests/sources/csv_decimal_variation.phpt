--TEST--
Engine::sync: ERP CSV numbers with a decimal comma and a thousands dot ("1.234,50") land as Magento decimals: a price, a metric weight, an integer
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_decimal_variation', ['sku' => 'Nr', 'attributes' => [
    'name' => 'Name',
    'price' => ['column' => 'Preis', 'type' => 'price', 'currency' => 'USD'],
    'weight' => ['column' => 'Gewicht', 'type' => 'metric', 'unit' => 'GRAM'],
    'pack_size' => ['column' => 'Stück', 'type' => 'integer'],
    'margin' => ['column' => 'Marge', 'type' => 'decimal'],
]], ['delimiter' => ';', 'decimal_separator' => ',', 'thousands_separator' => '.']);
$t['config']['units'] = ['weight' => 'KILOGRAM'];
sync_attr($t, 'pack_size', 'int', 'text', 1);
sync_attr($t, 'margin', 'decimal', 'text', 1);
csv_write($t, "Nr;Name;Preis;Gewicht;Stück;Marge\nA;Hat;1.234,50;2.500;1.000;-1.234,5\nB;Cap;0,99;750,5;12;+0,25\nC;Scarf;12;1.234.567,125;0;-7\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
// the weight is converted from the column's GRAM to the KILOGRAM Magento keeps
echo sync_dump($t, 'price'), sync_dump($t, 'weight'), sync_dump($t, 'pack_size'), sync_dump($t, 'margin');
echo sync_issues($t), csv_dead_letters($t);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_decimal_variation');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
A 0 '1234.500000'
B 0 '0.990000'
C 0 '12.000000'
A 0 '2.500000'
B 0 '0.750500'
C 0 '1234.567125'
A 0 1000
B 0 12
C 0 0
A 0 '-1234.500000'
B 0 '0.250000'
C 0 '-7.000000'
