--TEST--
Engine::sync: varchar values round-trip byte for byte (multibyte, emoji, 255 characters); 256 are refused
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('value_varchar_basic');
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
echo $r->errors[0]['sku'], ': ', $r->errors[0]['reason'], "\n";
var_dump(sync_entity_id($t, 'C'));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('value_varchar_basic');
?>
--EXPECT--
seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
bool(true)
bool(true)
bool(true)
bool(true)
C: attribute meta_title: 256 characters is longer than the 255 a Magento varchar attribute holds
NULL
