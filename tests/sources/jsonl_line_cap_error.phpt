--TEST--
Engine::sync: a JSON-lines line over source.max_line_bytes is parked by its position with its first bytes, the reason saying so; the following lines are imported
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('jsonl_line_cap_error');
$t['config']['source'] = ['type' => 'jsonl', 'path' => 'feed.jsonl', 'max_line_bytes' => 2048];
$long = json_encode(sync_product('LONG', ['description' => [sync_v(str_repeat('x', 6000), 'en_US')]]));
sync_feed($t, [
    sync_product('A', ['name' => [sync_v('Hat', 'en_US')]]),
    $long,
    sync_product('C', ['name' => [sync_v('Cap', 'en_US')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$dl = $t['pdo']->query('SELECT position, sku, reason, payload, payload_bytes FROM pimsync_dead_letter')->fetchAll();
echo count($dl), ' ', $dl[0]['position'], ' ', var_export($dl[0]['sku'], true), "\n";
echo $dl[0]['reason'], "\n";
// the row keeps the line's first bytes; payload_bytes its whole length, as for any payload the row cannot hold
echo strlen($dl[0]['payload']), ' ', $dl[0]['payload_bytes'], ' ', var_export((int) $dl[0]['payload_bytes'] === strlen($long), true), ' ',
    var_export($dl[0]['payload'] === substr($long, 0, 4096), true), "\n";
echo $r->errors[0]['position'], "\n";
var_dump(sync_entity_id($t, 'A') !== null, sync_entity_id($t, 'C') !== null, sync_entity_id($t, 'LONG'));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('jsonl_line_cap_error');
?>
--EXPECT--
partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
1 line 2 NULL
line 2 (at byte 129) is 6135 bytes long, over source.max_line_bytes (2048): skipped without being read; only its first 4096 bytes are kept here, not its exact bytes
4096 6135 true true
line 2
bool(true)
bool(true)
NULL
