--TEST--
Engine::sync: a 1 MB description lands in Magento's MEDIUMTEXT; the text limit is the column's, read from the database (a TEXT column takes 65,535 bytes, one more is left out and reported), on both write paths
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$mb = str_repeat('Ünïcødé text, ', 80000); // ~1.3 MB
$text = str_repeat('ü', 32767) . 'x'; // 65,535 bytes
foreach (sync_write_paths('value_text_basic') as $path => $t) {
    sync_feed($t, [sync_product('BIG', ['description' => [sync_v($mb, 'en_US')]])]);
    $r = sync_run($t);
    echo "$path: ", sync_counts($r), ' loadData=', var_export($r->loadData, true), "\n";
    var_dump(sync_values($t, 'BIG', 'description')[0] === $mb);

    // an install whose text values are TEXT, not MEDIUMTEXT: the engine reads the limit
    $t['pdo']->exec('DELETE FROM catalog_product_entity_text');
    $t['pdo']->exec('ALTER TABLE catalog_product_entity_text MODIFY value TEXT NULL');
    sync_feed($t, [
        sync_product('A', ['name' => [sync_v('A', 'en_US')], 'description' => [sync_v($text, 'en_US')]]),
        sync_product('B', ['name' => [sync_v('B', 'en_US')], 'description' => [sync_v($text . 'y', 'en_US')]]),
    ]);
    $r = sync_run($t, ['mode' => 'delta']);
    echo sync_counts($r), " status=", $r->status, "\n";
    $stored = sync_values($t, 'A', 'description');
    var_dump($stored[0] === $text, $stored[1] === $text, sync_values($t, 'B', 'description'), sync_values($t, 'B', 'name')[0]);
    echo sync_issues($t, $r->runId);
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('value_text_basic_load_data');
sync_clean('value_text_basic_insert');
?>
--EXPECT--
load_data: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0 loadData=true
bool(true)
seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0 status=success
bool(true)
bool(true)
array(0) {
}
string(1) "B"
B description 0 too_long left_out: 65536 bytes is longer than the 65535 that catalog_product_entity_text.value holds; the value was left out
B description 1 too_long left_out: 65536 bytes is longer than the 65535 that catalog_product_entity_text.value holds; the value was left out
insert: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0 loadData=false
bool(true)
seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0 status=success
bool(true)
bool(true)
array(0) {
}
string(1) "B"
B description 0 too_long left_out: 65536 bytes is longer than the 65535 that catalog_product_entity_text.value holds; the value was left out
B description 1 too_long left_out: 65536 bytes is longer than the 65535 that catalog_product_entity_text.value holds; the value was left out
