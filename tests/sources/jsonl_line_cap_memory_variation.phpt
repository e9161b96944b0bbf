--TEST--
Engine::sync: a 40 MB JSON-lines line over a 1 MB source.max_line_bytes is skipped in chunks: peak memory stays a few MB, the next line is imported
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('jsonl_line_cap_memory_variation');
$t['config']['source'] = ['type' => 'jsonl', 'path' => 'feed.jsonl', 'max_line_bytes' => 1 << 20];
$file = "{$t['dir']}/feed.jsonl";
$f = fopen($file, 'w');
fwrite($f, json_encode(sync_product('A')) . "\n");
$head = '{"identifier":"HUGE","values":{"description":[{"locale":"en_US","scope":null,"data":"';
fwrite($f, $head);
$chunk = str_repeat('y', 1 << 20);
for ($i = 0; $i < 40; $i++) {
    fwrite($f, $chunk);
}
unset($chunk);
fwrite($f, "\"}]}}\n" . json_encode(sync_product('B')) . "\n");
fclose($f);
$before = memory_get_usage();
memory_reset_peak_usage();
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$peak = memory_get_peak_usage() - $before;
echo "peak under 16 MB: ", var_export($peak < 16 << 20, true), "\n";
// payload_bytes: the whole line's length, though the row keeps only its start
$row = $t['pdo']->query('SELECT position, payload_bytes, LENGTH(payload) AS kept FROM pimsync_dead_letter')->fetch();
echo $row['position'], ' ', var_export((int) $row['payload_bytes'] === strlen($head) + (40 << 20) + strlen('"}]}}'), true), ' ', $row['kept'], "\n";
var_dump(sync_entity_id($t, 'A') !== null, sync_entity_id($t, 'B') !== null);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('jsonl_line_cap_memory_variation');
?>
--EXPECT--
partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
peak under 16 MB: true
line 2 true 4096
bool(true)
bool(true)
