--TEST--
Engine::sync: integer and yes/no values land in the int table; a fraction or a number beyond int(11) is left out and reported, the product lands
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
    sync_product('A', ['name' => [sync_v('A')], 'pieces' => [sync_v(12)], 'is_new' => [sync_v(true)]]),
    sync_product('B', ['name' => [sync_v('B')], 'pieces' => [sync_v('-7')], 'is_new' => [sync_v(false)]]),
    sync_product('C', ['name' => [sync_v('C')], 'pieces' => [sync_v('3.5')], 'is_new' => [sync_v(true)]]),
    sync_product('D', ['name' => [sync_v('D')], 'pieces' => [sync_v(3000000000)], 'is_new' => [sync_v('12.0')]]),
    // a fraction beyond the sixth place is still a fraction: never rounded to 12
    sync_product('E', ['name' => [sync_v('E')], 'pieces' => [sync_v('12.0000004')]]),
]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'pieces'), sync_dump($t, 'is_new');
echo sync_issues($t);
echo json_encode($r->valueIssues['by_kind']), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('value_int_boolean_basic');
?>
--EXPECT--
seen=5 created=5 updated=0 unchanged=0 disabled=0 failed=0
A 0 12
B 0 -7
A 0 1
B 0 0
C 0 1
D 0 12
C pieces 0 not_an_integer left_out: 3.5 is not a whole number
D pieces 0 out_of_range left_out: 3000000000 is outside catalog_product_entity_int.value's range (-2147483648 to 2147483647); the value was left out
E pieces 0 not_an_integer left_out: 12.0000004 is not a whole number
{"not_an_integer":2,"out_of_range":1}
