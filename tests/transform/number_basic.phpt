--TEST--
Transformations: "number" reads numbers written with the configured decimal and thousands separators ("1.234,50" -> 1234.50) in a decimal attribute, a price collection's amounts, a metric's amount and a text attribute; a plain number is left alone; a text it cannot read is kept as it was and reported (transform_number)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('transform_number_basic', false, [
    'units' => ['weight' => 'KILOGRAM'],
    'transformations' => [
        ['attributes' => ['pack_size', 'price', 'weight', 'net_content'], 'number' => ['decimal_separator' => ',', 'thousands_separator' => '.']],
        ['attributes' => ['volume'], 'number' => ['decimal_separator' => ',', 'thousands_separator' => ' ']],
    ],
]);
sync_attr($t, 'pack_size', 'decimal', 'text', 1);
sync_attr($t, 'volume', 'decimal', 'text', 1);
sync_attr($t, 'net_content', 'varchar', 'text', 1);
sync_feed($t, [
    sync_product('P1', [
        'name' => [sync_v('Product 1', 'en_US')],
        'pack_size' => [sync_v('1.234,50')],
        'price' => [sync_v([['amount' => '1.299,00', 'currency' => 'USD'], ['amount' => '1.100,00', 'currency' => 'EUR']])],
        'weight' => [sync_v(['amount' => '2,5', 'unit' => 'KILOGRAM'])],
        'net_content' => [sync_v(' 1.000.000,125 ')],
        'volume' => [sync_v("1\u{00A0}234,5")],
    ]),
    sync_product('P2', [
        'name' => [sync_v('Product 2', 'en_US')],
        'pack_size' => [sync_v('-0,75')],
        'price' => [sync_v([['amount' => '12', 'currency' => 'USD']])],
        'weight' => [sync_v(['amount' => 3, 'unit' => 'KILOGRAM'])],
        'net_content' => [sync_v('250')],
        'volume' => [sync_v('1 234 567')],
    ]),
    sync_product('P3', [
        'name' => [sync_v('Product 3', 'en_US')],
        'pack_size' => [sync_v('1,2,3')],
        'net_content' => [sync_v('about 5')],
        'volume' => [sync_v('12 34')],
    ]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach (['pack_size', 'price', 'weight', 'net_content', 'volume'] as $code) {
    echo "-- $code\n", sync_dump($t, $code);
}
echo sync_issues($t);
echo json_encode($r->transformations), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_number_basic');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
-- pack_size
P1 0 '1234.500000'
P2 0 '-0.750000'
-- price
P1 0 '1299.000000'
P2 0 '12.000000'
-- weight
P1 0 '2.500000'
P2 0 '3.000000'
-- net_content
P1 0 '1000000.125'
P2 0 '250'
P3 0 'about 5'
-- volume
P1 0 '1234.500000'
P2 0 '1234567.000000'
P3 pack_size 0 transform_number kept: "1,2,3" is not a number the transformation reads (decimal separator ",", thousands separator "."); the value was kept as it was
P3 pack_size 0 not_a_number left_out: "1,2,3" is not a number
P3 net_content 0 transform_number kept: "about 5" is not a number the transformation reads (decimal separator ",", thousands separator "."); the value was kept as it was
P3 volume 0 transform_number kept: "12 34" is not a number the transformation reads (decimal separator ",", thousands separator " "); the value was kept as it was
P3 volume 0 not_a_number left_out: "12 34" is not a number
{"pack_size":{"number":2},"price":{"number":2},"weight":{"number":1},"net_content":{"number":1},"volume":{"number":2}}
