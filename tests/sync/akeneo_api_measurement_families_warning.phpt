--TEST--
Engine::sync with the akeneo_api source: when /api/rest/v1/measurement-families cannot be read (an older PIM answers 404), the run goes on with Akeneo's standard families and says so
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
/* requests: 1 token, 2 the families */
$srv = akeneo_start('engine_akeneo_api_measurement_families_warning', ['products' => 2, 'options' => ['color' => 3],
    'faults' => ['2' => ['status' => 404]],
    'product_values' => ['weight' => [['locale' => null, 'scope' => null, 'data' => ['amount' => '453.59237', 'unit' => 'GRAM']]]]]);
$t = sync_setup('akeneo_api_measurement_families_warning', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo str_replace((string) $srv['port'], 'PORT', $r->warnings['measurement_families']['message']), "\n";
echo sync_dump($t, 'weight');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('akeneo_api_measurement_families_warning');
akeneo_clean('engine_akeneo_api_measurement_families_warning');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
the PIM's measurement families could not be read, Akeneo's standard ones are used: GET http://127.0.0.1:PORT/api/rest/v1/measurement-families failed: HTTP 404 after 1 attempt: {"code":404,"message":"Scripted fault"}
sku-00001 0 '1.000000'
sku-00002 0 '1.000000'
