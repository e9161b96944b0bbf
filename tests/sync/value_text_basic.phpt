--TEST--
Engine::sync: a 65,535-byte text value round-trips; one byte more is refused and parked with its payload
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('value_text_basic');
$text = str_repeat('ü', 32767) . 'x'; // 65,535 bytes
sync_feed($t, [
    sync_product('A', ['description' => [sync_v($text, 'en_US')]]),
    sync_product('B', ['description' => [sync_v($text . 'y', 'en_US')]]),
]);
$r = sync_run($t);
echo sync_counts($r), " status=", $r->status, "\n";
$stored = sync_values($t, 'A', 'description');
var_dump(array_keys($stored), $stored[0] === $text, $stored[1] === $text);
print_r($r->errors);
$dl = $t['pdo']->query('SELECT run_id, position, sku, reason, payload FROM pimsync_dead_letter')->fetchAll();
echo count($dl), " {$dl[0]['run_id']} {$dl[0]['position']} {$dl[0]['sku']}\n";
var_dump(json_decode($dl[0]['payload'], true)['values']['description'][0]['data'] === $text . 'y');
var_dump(sync_entity_id($t, 'B'));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('value_text_basic');
?>
--EXPECT--
seen=2 created=1 updated=0 unchanged=0 disabled=0 failed=1 status=partial
array(2) {
  [0]=>
  int(0)
  [1]=>
  int(1)
}
bool(true)
bool(true)
Array
(
    [0] => Array
        (
            [position] => line 2
            [sku] => B
            [reason] => attribute description: 65536 bytes is longer than Magento's text column (65,535 bytes)
        )

)
1 1 line 2 B
bool(true)
NULL
