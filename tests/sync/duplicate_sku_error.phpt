--TEST--
Engine::sync: a SKU seen twice in one feed is parked the second time; the first record is written
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('duplicate_sku_error');
sync_feed($t, [
    sync_product('A', ['name' => [sync_v('First', 'en_US')]]),
    sync_product('B', ['name' => [sync_v('Other', 'en_US')]]),
    sync_product('A', ['name' => [sync_v('Second', 'en_US')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
print_r($r->errors);
echo implode(' | ', $t['pdo']->query('SELECT position, sku, reason FROM pimsync_dead_letter')->fetch()), "\n";
echo sync_dump($t, 'name');
// the same on a second run, when A is already known
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_count($t, 'pimsync_dead_letter'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('duplicate_sku_error');
?>
--EXPECT--
partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
Array
(
    [0] => Array
        (
            [position] => line 3
            [sku] => A
            [reason] => duplicate record: SKU already read at record 1 of this feed
        )

)
line 3 | A | duplicate record: SKU already read at record 1 of this feed
A 0 'First'
A 1 'First'
B 0 'Other'
B 1 'Other'
partial seen=3 created=0 updated=0 unchanged=2 disabled=0 failed=1
2
