--TEST--
Engine::sync: the run's pimsync_run row holds status, mode, source, counts, timings and the JSON report
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('run_row_basic');
sync_feed($t, [sync_product('A', ['name' => [sync_v('Hat', 'en_US')]]), '{bad', sync_product('B')]);
$before = $t['pdo']->query('SELECT UTC_TIMESTAMP()')->fetchColumn();
$r = sync_run($t);
$row = $t['pdo']->query('SELECT * FROM pimsync_run')->fetch();
$report = json_decode($row['report'], true);
unset($row['report']);
var_dump($row['run_id'] == $r->runId, $row['started_at'] >= $before, $row['finished_at'] >= $row['started_at'], $row['source'] === "{$t['dir']}/feed.jsonl", $row['source_key'] === "{$t['dir']}/feed.jsonl");
unset($row['run_id'], $row['started_at'], $row['finished_at'], $row['elapsed_s'], $row['source'], $row['source_key']);
print_r($row);
var_dump($report['run_id'] === $r->runId, $report['counts'] === $r->counts, $report['rows_written'] === $r->rowsWritten, $report['errors'] === $r->errors, $report['status']);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('run_row_basic');
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
Array
(
    [status] => partial
    [mode] => full
    [seen] => 3
    [created] => 2
    [updated] => 0
    [unchanged] => 0
    [disabled] => 0
    [failed] => 1
    [message] => 
)
bool(true)
bool(true)
bool(true)
bool(true)
string(7) "partial"
