--TEST--
Engine::sync: a UTF-8 byte order mark at the start of a JSON-lines file is skipped: line 1 is read as a product
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('jsonl_bom_basic');
$file = sync_feed($t, [
    sync_product('A', ['name' => [sync_v('Hat', 'en_US')]]),
    sync_product('B', ['name' => [sync_v('Cap', 'en_US')]]),
]);
file_put_contents($file, "\xEF\xBB\xBF" . file_get_contents($file));
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
print_r(sync_values($t, 'A', 'name'));
echo sync_count($t, 'pimsync_dead_letter'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('jsonl_bom_basic');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
Array
(
    [0] => Hat
    [1] => Hat
)
0
