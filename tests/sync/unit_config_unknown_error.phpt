--TEST--
Engine::sync: a unit in the config that no measurement family has stops the run before any product is written, naming the field
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('unit_config_unknown_error');
sync_feed($t, [sync_product('A', ['weight' => [sync_v(['amount' => '1', 'unit' => 'KILOGRAM'])]])]);
foreach ([['units' => ['weight' => 'KILOGRAMS']], ['attributes' => ['shipping_weight' => ['to' => 'weight', 'unit' => 'LBS']]]] as $extra) {
    $t['config'] = $extra + $t['config'];
    try {
        sync_run($t);
        echo "ran\n";
    } catch (PimSync\ConfigException $e) {
        echo get_class($e), ': ', str_replace($t['dir'], 'DIR', $e->getMessage()), "\n";
    }
    unset($t['config']['units'], $t['config']['attributes']);
}
echo sync_count($t, 'catalog_product_entity'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('unit_config_unknown_error');
?>
--EXPECT--
PimSync\ConfigException: Run 1 failed: DIR/config.json: units.weight is KILOGRAMS, which is a unit of no measurement family
PimSync\ConfigException: Run 2 failed: DIR/config.json: attributes.shipping_weight.unit is LBS, which is a unit of no measurement family
0
