--TEST--
Engine::sync with the akeneo_api source: JSON numbers in API pages keep the source's digits as from a file (12345678901234567890 and 1.10 into text attributes stay as written; 0.1234565 rounds half up on its digits to 0.123457, where a double would give 0.123456)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$raw = fn (string $number) => [['locale' => null, 'scope' => null, 'data' => "__raw__:$number"]];
$srv = akeneo_start('engine_akeneo_api_json_numbers', ['products' => 1, 'options' => ['color' => 3], 'product_values' => [
    'meta_keyword' => $raw('12345678901234567890'), 'meta_title' => $raw('1.10'), 'cost' => $raw('0.1234565'),
    'special_price' => $raw('1.5E-7')]]);
$t = sync_setup('akeneo_api_json_numbers', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach (['meta_keyword', 'meta_title', 'cost', 'special_price'] as $code) echo sync_dump($t, $code);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('akeneo_api_json_numbers');
akeneo_clean('engine_akeneo_api_json_numbers');
?>
--EXPECT--
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
sku-00001 0 '12345678901234567890'
sku-00001 0 '1.10'
sku-00001 0 '0.123457'
sku-00001 0 '0.000000'
