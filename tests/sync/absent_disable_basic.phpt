--TEST--
Engine::sync: with absent "disable", a product missing from a full feed gets status 2, and is enabled again when it returns
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('absent_disable_basic');
$t['config']['absent'] = 'disable';
$t['config']['absent_max_percent'] = 100; // two products: one absent is 50%
$a = sync_product('A', ['name' => [sync_v('Hat', 'en_US')]]);
$b = sync_product('B', ['name' => [sync_v('Cap', 'en_US')]]);
sync_feed($t, [$a, $b]);
sync_run($t);
sync_feed($t, [$a]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'status');
$id = sync_entity_id($t, 'B');
var_dump($r->changedEntities[$id]['action']);
// the next run without B does not disable it again
$r = sync_run($t);
echo sync_counts($r), "\n";
sync_feed($t, [$a, $b]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'status');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('absent_disable_basic');
?>
--EXPECT--
seen=1 created=0 updated=0 unchanged=1 disabled=1 failed=0
A 0 1
B 0 2
string(8) "disabled"
seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0
seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0
A 0 1
B 0 1
