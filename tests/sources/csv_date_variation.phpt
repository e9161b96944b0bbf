--TEST--
Engine::sync: ERP CSV source.date_format (Y-m-d, d.m.Y, m/d/Y, one with a time) reads each cell into Magento's ISO datetime
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$cases = [
    'Y-m-d' => '2024-02-29',
    'd.m.Y' => '29.02.2024',
    'm/d/Y' => '02/29/2024',
    'j.n.Y H:i' => '9.3.2024 14:05',
];
$i = 0;
foreach ($cases as $format => $cell) {
    $t = csv_setup('csv_date_variation_' . $i++, ['sku' => 'sku', 'attributes' => [
        'news_from_date' => ['column' => 'new from', 'type' => 'date'],
    ]], ['date_format' => $format]);
    csv_write($t, "sku,new from\nA,$cell\n");
    $r = sync_run($t);
    echo str_pad($format, 10), ' ', $cell, ' -> ', sync_values($t, 'A', 'news_from_date')[0] ?? 'none', ' ', $r->status, "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
for ($i = 0; $i < 4; $i++) {
    sync_clean("csv_date_variation_$i");
}
?>
--EXPECT--
Y-m-d      2024-02-29 -> 2024-02-29 00:00:00 success
d.m.Y      29.02.2024 -> 2024-02-29 00:00:00 success
m/d/Y      02/29/2024 -> 2024-02-29 00:00:00 success
j.n.Y H:i  9.3.2024 14:05 -> 2024-03-09 14:05:00 success
