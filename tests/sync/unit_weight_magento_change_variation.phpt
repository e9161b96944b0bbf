--TEST--
Engine::sync: when Magento's weight unit changes, the next run converts the weights of an unchanged feed again
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('unit_weight_magento_change_variation');
sync_feed($t, [sync_product('A', ['weight' => [sync_v(['amount' => '1', 'unit' => 'KILOGRAM'])]])]);
$r = sync_run($t);
echo sync_counts($r), "\n", sync_dump($t, 'weight');
$t['pdo']->exec("INSERT INTO core_config_data (scope, scope_id, path, value) VALUES ('default', 0, 'general/locale/weight_unit', 'kgs')");
$r = sync_run($t);
echo sync_counts($r), "\n", sync_dump($t, 'weight');
$r = sync_run($t);
echo sync_counts($r), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('unit_weight_magento_change_variation');
?>
--EXPECT--
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
A 0 '2.204623'
seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
A 0 '1.000000'
seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0
