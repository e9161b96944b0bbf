--TEST--
Engine::sync: decimals round to 6 places, metric values convert to the configured unit, prices pick the configured currency
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('value_decimal_basic');
$t['config']['currency'] = 'EUR';
$t['config']['units'] = ['weight' => 'KILOGRAM'];
$t['config']['attributes'] = ['msrp_usd' => ['to' => 'msrp', 'currency' => 'USD']];
$prices = [['amount' => '12.50', 'currency' => 'USD'], ['amount' => '10.99', 'currency' => 'EUR'], ['amount' => '9.00', 'currency' => 'GBP']];
sync_feed($t, [
    sync_product('A', [
        'cost' => [sync_v('1.23456789')],
        'special_price' => [sync_v(0.1 + 0.2)],
        'weight' => [sync_v(['amount' => '1250', 'unit' => 'GRAM'])],
        'price' => [sync_v($prices)],
        'msrp_usd' => [sync_v($prices)],
    ]),
    sync_product('B', [
        'cost' => [sync_v('1.2345644')],
        'weight' => [sync_v(['amount' => 3, 'unit' => 'KILOGRAM'])],
        'price' => [sync_v('1999')],
    ]),
]);
$r = sync_run($t);
echo sync_counts($r), "\n";
foreach (['cost', 'special_price', 'weight', 'price', 'msrp'] as $code) {
    echo sync_dump($t, $code);
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('value_decimal_basic');
?>
--EXPECT--
seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
A 0 '1.234568'
B 0 '1.234564'
A 0 '0.300000'
A 0 '1.250000'
B 0 '3.000000'
A 0 '10.990000'
B 0 '1999.000000'
A 0 '12.500000'
