--TEST--
Engine::sync: an ERP CSV row over source.max_record_bytes is parked unread by its line, with its first bytes and its whole length; the rows after it land
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_record_cap_error', ['sku' => 'sku', 'attributes' => ['name' => 'name', 'description' => 'text']], ['max_record_bytes' => 1 << 20]);
$big = 'B,Cap,"' . str_repeat("x,\n", 1 << 20) . '"'; // 3 MB, quoted, with line ends
csv_write($t, "sku,name,text\nA,Hat,short\n$big\nC,Scarf,\"a\nb\"\nD,Glove,x\nE,two fields\n");
$before = memory_get_usage();
memory_reset_peak_usage();
$r = sync_run($t);
$peak = memory_get_peak_usage() - $before;
echo $r->status, ' ', sync_counts($r), "\n";
echo 'peak under 3 MB: ', var_export($peak < 3 << 20, true), "\n";
$d = $t['pdo']->query('SELECT position, reason, LENGTH(payload) AS kept, payload_bytes FROM pimsync_dead_letter ORDER BY dead_letter_id')->fetch();
echo $d['position'], ' | ', $d['reason'], "\n";
echo 'kept ', $d['kept'], ' of the whole: ', var_export((int) $d['payload_bytes'] === strlen($big), true), "\n";
// lines are counted through the skipped row: B's 2^20 line ends, C's one
$e = $t['pdo']->query("SELECT position FROM pimsync_dead_letter WHERE position <> 'line 3'")->fetchColumn();
echo 'E is on line 2^20 + 7: ', var_export($e === 'line ' . ((1 << 20) + 7), true), "\n";
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_record_cap_error');
?>
--EXPECT--
partial seen=5 created=3 updated=0 unchanged=0 disabled=0 failed=2
peak under 3 MB: true
line 3 | line 3: a record of 3145736 bytes, over source.max_record_bytes (1048576): skipped without being read; only its first 4096 bytes are kept here, not its exact bytes
kept 4096 of the whole: true
E is on line 2^20 + 7: true
A 0 'Hat'
C 0 'Scarf'
D 0 'Glove'
