--TEST--
Engine::sync: weight goes to the unit Magento is set to (core_config_data general/locale/weight_unit: kgs, lbs, or no row = Magento's default lbs); units.weight in the config wins
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$cases = [
    'unit_weight_magento_kgs' => ['kgs', []],
    'unit_weight_magento_lbs' => ['lbs', []],
    'unit_weight_magento_unset' => [null, []],
    'unit_weight_magento_config' => ['kgs', ['weight' => 'GRAM']],
];
foreach ($cases as $name => [$magento, $units]) {
    $t = sync_setup($name);
    if ($units) {
        $t['config']['units'] = $units;
    }
    if ($magento !== null) {
        $t['pdo']->prepare("INSERT INTO core_config_data (scope, scope_id, path, value) VALUES ('default', 0, 'general/locale/weight_unit', ?)")
            ->execute([$magento]);
    }
    sync_feed($t, [
        sync_product('A', ['weight' => [sync_v(['amount' => '1000.0000', 'unit' => 'GRAM'])]]),
        sync_product('B', ['weight' => [sync_v(['amount' => '2.0000', 'unit' => 'POUND'])]]),
    ]);
    $r = sync_run($t);
    echo "Magento ", $magento ?? 'no row', $units ? ', units.weight ' . $units['weight'] : '', ": ", $r->status, "\n", sync_dump($t, 'weight');
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
foreach (['kgs', 'lbs', 'unset', 'config'] as $case) {
    sync_clean("unit_weight_magento_$case");
}
?>
--EXPECT--
Magento kgs: success
A 0 '1.000000'
B 0 '0.907185'
Magento lbs: success
A 0 '2.204623'
B 0 '2.000000'
Magento no row: success
A 0 '2.204623'
B 0 '2.000000'
Magento kgs, units.weight GRAM: success
A 0 '1000.000000'
B 0 '907.184740'
