--TEST--
Engine::sync: integer and yes/no values land in the int table
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('value_int_boolean_basic');
sync_attr($t, 'pieces', 'int', 'text', 1);
sync_attr($t, 'is_new', 'int', 'boolean', 1);
sync_feed($t, [
    sync_product('A', ['pieces' => [sync_v(12)], 'is_new' => [sync_v(true)]]),
    sync_product('B', ['pieces' => [sync_v('-7')], 'is_new' => [sync_v(false)]]),
    sync_product('C', ['pieces' => [sync_v('3.5')]]),
]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'pieces'), sync_dump($t, 'is_new');
echo $r->errors[0]['sku'], ': ', $r->errors[0]['reason'], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('value_int_boolean_basic');
?>
--EXPECT--
seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
A 0 12
B 0 -7
A 0 1
B 0 0
C: attribute pieces: not an integer
