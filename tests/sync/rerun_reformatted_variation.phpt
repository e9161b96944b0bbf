--TEST--
Engine::sync: a record whose bytes changed but whose meaning did not (keys reordered, "updated" moved) writes no Magento rows
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('rerun_reformatted_variation');
$p = sync_product('A', ['name' => [sync_v('Hat', 'en_US')], 'cost' => [sync_v('1.50')]], ['updated' => '2024-01-01T00:00:00+00:00']);
sync_feed($t, [$p]);
echo sync_counts(sync_run($t)), "\n";
$q = array_reverse($p, true);
$q['updated'] = '2024-02-02T00:00:00+00:00';
$q['values']['cost'] = [sync_v('1.500')];
sync_feed($t, [$q]);
$r = sync_run($t);
echo sync_counts($r), "\n";
print_r($r->rowsWritten);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('rerun_reformatted_variation');
?>
--EXPECT--
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0
Array
(
)
