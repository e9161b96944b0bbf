--TEST--
bin/pimsync sync --json: the database connection lost mid-run still gives one valid JSON object naming the run; exit 1
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/cli.inc';
$t = sync_setup('cli_sync_json_connection_lost_error');
$db = pimsync_test_db_name('cli_sync_json_connection_lost_error');
sync_engine($t)->installSchema();
// the first product the run writes holds its statement until the test drops the connection
$t['pdo']->exec('CREATE TRIGGER hold_the_run BEFORE INSERT ON catalog_product_entity FOR EACH ROW SET @held = SLEEP(120)');
sync_feed($t, [sync_product('A'), sync_product('B')]);
sync_config($t);
$p = cli_start(['sync', '--config', "{$t['dir']}/config.json", '--json'], ['PIMSYNC_DB_NAME' => $db]);
$find = $t['pdo']->prepare("SELECT ID FROM information_schema.PROCESSLIST WHERE DB = ? AND STATE = 'User sleep'");
$victim = null;
for ($i = 0; $i < 600 && $victim === null; $i++) { // up to a minute
    usleep(100000);
    $find->execute([$db]);
    $victim = $find->fetchColumn() ?: null;
}
echo $victim !== null ? "the run is writing\n" : "the run never wrote\n";
if ($victim !== null) {
    $t['pdo']->exec('KILL CONNECTION ' . (int) $victim);
}
$r = cli_wait($p);
$report = cli_json($r);
echo 'exit ', $r['exit'], ': ', is_array($report)
    ? "run_id {$report['run_id']}, {$report['status']}, {$report['exception']}, row " . var_export($report['run_row_status'] ?? null, true) . "\n  {$report['message']}"
    : $report, "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('cli_sync_json_connection_lost_error');
?>
--EXPECTF--
the run is writing
exit 1: run_id 1, failed, PimSync\DatabaseException, row 'running'
  Run 1 failed: database failure: %r.*(gone away|Lost connection|2006|2013).*%r
