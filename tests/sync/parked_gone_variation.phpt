--TEST--
Engine::sync delta run: a parked record the PIM no longer serves when asked for by uuid is closed as gone, and not asked for again
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('parked_gone_variation', ['products' => 3, 'options' => ['color' => 3],
    'product_overrides' => ['3' => ['categories' => 'summer']]]);
$t = sync_setup('parked_gone_variation', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
echo sync_run($t)->status, "\n";
akeneo_scenario_set($srv, ['products' => 2]);   // product 3 was deleted in Akeneo
$r = sync_run($t, ['mode' => 'delta']);
echo $r->status, "\n";
foreach ($r->warnings as $key => $w) {
    echo $key, ': ', $w['message'], "\n";
}
echo implode(',', $t['pdo']->query('SELECT CONCAT(status, " ", resolved_run_id) FROM pimsync_dead_letter')->fetchAll(PDO::FETCH_COLUMN)), "\n";
$before = count(akeneo_log($srv));
sync_run($t, ['mode' => 'delta']);
echo count(akeneo_product_searches($srv, $before)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('parked_gone_variation');
akeneo_clean('parked_gone_variation');
?>
--EXPECT--
partial
success
parked_requested_again: 1 records parked by earlier runs were requested again by uuid
parked_gone: 1 records parked by earlier runs are no longer served by the source (deleted, or out of the API user's reach): their dead letters are closed as gone
gone 2
1
