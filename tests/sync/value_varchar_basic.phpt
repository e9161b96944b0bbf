--TEST--
Engine::sync: varchar values round-trip byte for byte in a utf8mb4 catalog (multibyte, emoji, 255 characters); 256 characters are left out and reported, the product lands
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('value_varchar_basic', false, [], 'utf8mb4');
$long = str_repeat('é', 254) . '😀'; // 255 characters, 512 bytes
$names = ['A' => 'Crème brûlée — 東京 😀👩‍👩‍👧', 'B' => $long];
sync_feed($t, [
    sync_product('A', ['name' => [sync_v($names['A'], 'en_US')]]),
    sync_product('B', ['name' => [sync_v($names['B'], 'en_US')]]),
    sync_product('C', ['name' => [sync_v('ok', 'en_US')], 'meta_title' => [sync_v($long . 'x', 'en_US')]]),
]);
$r = sync_run($t);
echo sync_counts($r), "\n";
foreach ($names as $sku => $name) {
    $stored = sync_values($t, $sku, 'name');
    var_dump($stored[0] === $name, $stored[1] === $name);
}
echo sync_issues($t);
var_dump(sync_values($t, 'C', 'name'), sync_values($t, 'C', 'meta_title'));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('value_varchar_basic');
?>
--EXPECT--
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
bool(true)
bool(true)
bool(true)
bool(true)
C meta_title 0 too_long left_out: 256 characters is longer than the 255 that catalog_product_entity_varchar.value holds; the value was left out
C meta_title 1 too_long left_out: 256 characters is longer than the 255 that catalog_product_entity_varchar.value holds; the value was left out
array(2) {
  [0]=>
  string(2) "ok"
  [1]=>
  string(2) "ok"
}
array(0) {
}
