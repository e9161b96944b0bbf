--TEST--
Engine::sync: a price collection without the configured currency leaves that price out and reports it (SKU, attribute, store, the currencies the feed has); the product lands; a currency list is tried in order, amounts are never converted
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$feed = [
    sync_product('P1', ['name' => [sync_v('One', 'en_US')], 'price' => [sync_v([['amount' => '12.50', 'currency' => 'USD'], ['amount' => '11.00', 'currency' => 'EUR']])]]),
    sync_product('P2', ['name' => [sync_v('Two', 'en_US')], 'price' => [sync_v([['amount' => '9.90', 'currency' => 'EUR']])]]),
    sync_product('P3', ['name' => [sync_v('Three', 'en_US')], 'price' => [sync_v([['amount' => '7.00', 'currency' => 'GBP']])]]),
];
foreach (['USD' => 'USD', 'USD then EUR' => ['USD', 'EUR']] as $label => $currency) {
    $t = sync_setup('missing_currency_basic', false, ['currency' => $currency]);
    sync_feed($t, $feed);
    $r = sync_run($t);
    echo "== $label: {$r->status} ", sync_counts($r), "\n", sync_dump($t, 'price'), sync_issues($t);
    echo json_encode($r->valueIssues['sample'][0] ?? null), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('missing_currency_basic');
?>
--EXPECT--
== USD: success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
P1 0 '12.500000'
P2 price 0 missing_currency left_out: no price in USD (the feed has EUR); the price was left out
P3 price 0 missing_currency left_out: no price in USD (the feed has GBP); the price was left out
{"sku":"P2","attribute":"price","store_id":0,"kind":"missing_currency","action":"left_out","message":"no price in USD (the feed has EUR); the price was left out"}
== USD then EUR: success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
P1 0 '12.500000'
P2 0 '9.900000'
P3 price 0 missing_currency left_out: no price in USD (the feed has GBP); the price was left out
{"sku":"P3","attribute":"price","store_id":0,"kind":"missing_currency","action":"left_out","message":"no price in USD (the feed has GBP); the price was left out"}
