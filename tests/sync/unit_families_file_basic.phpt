--TEST--
Engine::sync with source.measurement_families_path: a custom family converts, and a family of a standard code replaces Akeneo's (here Weight, with a STONE unit)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('unit_families_file_basic');
sync_attr($t, 'pack_size', 'decimal', 'text', 1);
$unit = fn(string $code, array $ops) => ['code' => $code, 'labels' => ['en_US' => ucfirst(strtolower($code))],
    'convert_from_standard' => array_map(fn($o) => ['operator' => $o[0], 'value' => $o[1]], $ops), 'symbol' => strtolower($code)];
/* the shape GET /api/rest/v1/measurement-families answers: units indexed by code */
file_put_contents("{$t['dir']}/families.json", json_encode([
    ['code' => 'Packaging', 'labels' => ['en_US' => 'Packaging'], 'standard_unit_code' => 'BOX',
     'units' => ['BOX' => $unit('BOX', [['mul', '1']]), 'CRATE' => $unit('CRATE', [['mul', '12']]), 'PALLET' => $unit('PALLET', [['mul', '12'], ['mul', '40']])]],
    ['code' => 'Weight', 'labels' => ['en_US' => 'Weight'], 'standard_unit_code' => 'KILOGRAM',
     'units' => ['KILOGRAM' => $unit('KILOGRAM', [['mul', '1']]), 'POUND' => $unit('POUND', [['mul', '0.45359237']]),
                 'STONE' => $unit('STONE', [['mul', '6.35029318']])]],
], JSON_PRETTY_PRINT));
$t['config']['source']['measurement_families_path'] = 'families.json';
$t['config']['units'] = ['pack_size' => 'CRATE'];
sync_feed($t, [
    sync_product('A', ['name' => [sync_v('A', 'en_US')], 'pack_size' => [sync_v(['amount' => '2', 'unit' => 'PALLET'])], 'weight' => [sync_v(['amount' => '1', 'unit' => 'STONE'])]]),
    /* the file's Weight has no GRAM: Akeneo's standard Weight is replaced, not merged */
    sync_product('B', ['name' => [sync_v('B', 'en_US')], 'pack_size' => [sync_v(['amount' => '6', 'unit' => 'BOX'])], 'weight' => [sync_v(['amount' => '500', 'unit' => 'GRAM'])]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'pack_size'), sync_dump($t, 'weight');
foreach ($r->valueIssues['sample'] as $i) {
    echo "{$i['sku']} {$i['attribute']}: {$i['message']}\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('unit_families_file_basic');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
A 0 '80.000000'
B 0 '0.500000'
A 0 '14.000000'
B weight: unknown unit GRAM
