--TEST--
Engine::sync delta window overlaps the last run's start: a product stamped in the very second that run started is read again
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('delta_overlap_basic', ['products' => 3, 'options' => ['color' => 3]]);
$t = sync_setup('delta_overlap_basic', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
echo sync_run($t)->status, "\n";
$started = $t['pdo']->query('SELECT started_at FROM pimsync_run WHERE run_id = 1')->fetchColumn();

/* edited while run 1 was listing, in the second it started: Akeneo's "updated >" excludes it */
akeneo_scenario_set($srv, ['product_overrides' => ['2' => [
    'updated' => gmdate('Y-m-d\TH:i:sP', strtotime("$started UTC")),
    'values' => ['name' => [['locale' => 'en_US', 'scope' => null, 'data' => 'Shirt 2, edited']]],
]]]);
$r = sync_run($t, ['mode' => 'delta']);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('delta_overlap_basic');
akeneo_clean('delta_overlap_basic');
?>
--EXPECT--
success
success seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
sku-00001 0 'Shirt 1'
sku-00001 1 'Shirt 1'
sku-00002 0 'Shirt 2, edited'
sku-00002 1 'Shirt 2, edited'
sku-00003 0 'Shirt 3'
sku-00003 1 'Shirt 3'
