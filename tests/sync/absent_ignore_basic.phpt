--TEST--
Engine::sync: with absent "ignore", a product missing from a full feed is left untouched and a warning counts it
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('absent_ignore_basic');
$a = sync_product('A', ['name' => [sync_v('Hat', 'en_US')]]);
$b = sync_product('B', ['name' => [sync_v('Cap', 'en_US')]]);
sync_feed($t, [$a, $b]);
sync_run($t);
sync_feed($t, [$a]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo $r->warnings['absent_ignored']['count'], ': ', $r->warnings['absent_ignored']['message'], "\n";
echo sync_dump($t, 'status');
var_dump($r->rowsWritten);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('absent_ignore_basic');
?>
--EXPECT--
seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0
1: 1 products pimsync wrote before are absent from this full feed and were left as they are (absent: "ignore")
A 0 1
B 0 1
array(0) {
}
