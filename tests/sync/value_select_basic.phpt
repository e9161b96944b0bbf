--TEST--
Engine::sync: a select value becomes its option id, a multiselect the sorted, comma-separated ids
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('value_select_basic');
$tags = sync_attr($t, 'tags', 'varchar', 'multiselect', 1);
$t['pdo']->exec("INSERT INTO eav_attribute_option (option_id, attribute_id, sort_order) VALUES (40, $tags, 1), (30, $tags, 2), (35, $tags, 3)");
$t['pdo']->exec("INSERT INTO eav_attribute_option_value (option_id, store_id, value) VALUES (40, 0, 'Alpha'), (30, 0, 'Zeta'), (35, 0, 'Mid')");
sync_feed($t, [
    sync_product('A', ['color' => [sync_v('black')], 'tags' => [sync_v(['alpha', 'zeta', 'mid'])]]),
    sync_product('B', ['color' => [sync_v('White')], 'tags' => [sync_v(['mid', 'alpha'])]]),
]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'color'), sync_dump($t, 'tags');
echo sync_count($t, 'eav_attribute_option'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('value_select_basic');
?>
--EXPECT--
seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
A 0 3
B 0 4
A 0 '30,35,40'
B 0 '35,40'
10
