--TEST--
Engine::sync source.delta_overlap_seconds sets the overlap: with 0 the window starts exactly at the last run's start
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('delta_overlap_config_variation', ['products' => 2, 'options' => ['color' => 3]]);
$t = sync_setup('delta_overlap_config_variation', false, ['currency' => 'EUR',
    'source' => ['type' => 'akeneo_api', 'delta_overlap_seconds' => 0] + akeneo_settings($srv)]);
echo sync_run($t)->status, "\n";
$started = $t['pdo']->query('SELECT started_at FROM pimsync_run WHERE run_id = 1')->fetchColumn();
$before = count(akeneo_log($srv));
$r = sync_run($t, ['mode' => 'delta']);
var_dump(akeneo_product_searches($srv, $before) === [['updated' => [['operator' => '>', 'value' => $started]]]]);

foreach ([-1, 86401, '5'] as $bad) {
    $t['config']['source']['delta_overlap_seconds'] = $bad;
    try {
        sync_config($t);
    } catch (PimSync\ConfigException $e) {
        echo str_replace($t['dir'], 'DIR', $e->getMessage()), "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('delta_overlap_config_variation');
akeneo_clean('delta_overlap_config_variation');
?>
--EXPECTF--
success
bool(true)
DIR/config.json:%d: field "source.delta_overlap_seconds": source.delta_overlap_seconds must be an integer from 0 to 86400, got -1
DIR/config.json:%d: field "source.delta_overlap_seconds": source.delta_overlap_seconds must be an integer from 0 to 86400, got 86401
DIR/config.json:%d: field "source.delta_overlap_seconds": source.delta_overlap_seconds must be an integer from 0 to 86400, got string
