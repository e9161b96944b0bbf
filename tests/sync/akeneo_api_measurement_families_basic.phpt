--TEST--
Engine::sync with the akeneo_api source: the PIM's measurement families are read once, at run start, from /api/rest/v1/measurement-families; its custom family converts
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$unit = fn(string $code, string $factor) => ['code' => $code, 'labels' => ['en_US' => ucfirst(strtolower($code))],
    'convert_from_standard' => [['operator' => 'mul', 'value' => $factor]], 'symbol' => strtolower($code)];
$srv = akeneo_start('engine_akeneo_api_measurement_families', [
    'products' => 3, 'options' => ['color' => 3],
    'measurement_families' => [
        ['code' => 'Packaging', 'labels' => ['en_US' => 'Packaging'], 'standard_unit_code' => 'BOX',
         'units' => ['BOX' => $unit('BOX', '1'), 'CRATE' => $unit('CRATE', '12'), 'PALLET' => $unit('PALLET', '480')]],
    ],
    'product_values' => [
        'pack_size' => [['locale' => null, 'scope' => null, 'data' => ['amount' => '2', 'unit' => 'PALLET']]],
        'weight' => [['locale' => null, 'scope' => null, 'data' => ['amount' => '1.5000', 'unit' => 'KILOGRAM']]],
    ],
]);
$t = sync_setup('akeneo_api_measurement_families_basic', false, ['currency' => 'EUR', 'units' => ['pack_size' => 'CRATE'],
    'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
sync_attr($t, 'pack_size', 'decimal', 'text', 1);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
/* the custom family converts; Akeneo's standard Weight still does (to Magento's lbs) */
echo sync_dump($t, 'pack_size'), sync_dump($t, 'weight');
echo count(array_filter(akeneo_log($srv), fn($e) => $e['uri'] === '/api/rest/v1/measurement-families')), " request for the families\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('akeneo_api_measurement_families_basic');
akeneo_clean('engine_akeneo_api_measurement_families');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
sku-00001 0 '80.000000'
sku-00002 0 '80.000000'
sku-00003 0 '80.000000'
sku-00001 0 '3.306934'
sku-00002 0 '3.306934'
sku-00003 0 '3.306934'
1 request for the families
