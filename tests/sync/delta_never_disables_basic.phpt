--TEST--
Engine::sync: mode delta never disables products absent from the feed
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('delta_never_disables_basic');
$t['config']['absent'] = 'disable';
$a = sync_product('A', ['name' => [sync_v('Hat', 'en_US')]]);
$b = sync_product('B', ['name' => [sync_v('Cap', 'en_US')]]);
sync_feed($t, [$a, $b]);
sync_run($t);
$a['values']['cost'] = [sync_v(3)];
sync_feed($t, [$a]);
$r = sync_run($t, ['mode' => 'delta']);
echo $r->mode, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'status');
var_dump($r->warnings);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('delta_never_disables_basic');
?>
--EXPECT--
delta seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
A 0 1
B 0 1
array(0) {
}
