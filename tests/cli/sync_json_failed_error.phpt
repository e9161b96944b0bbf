--TEST--
bin/pimsync sync --json: a configuration error, a database that refuses the connection and a failed run each print one valid JSON object (invalid UTF-8 substituted); exit 1
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/cli.inc';
$t = sync_setup('cli_sync_json_failed_error');
$env = ['PIMSYNC_DB_NAME' => pimsync_test_db_name('cli_sync_json_failed_error')];
$show = static function (string $case, array $r): void {
    $report = cli_json($r);
    if (!is_array($report)) {
        echo "$case: exit {$r['exit']}: $report\n";
        return;
    }
    echo "$case: exit {$r['exit']}, run_id ", var_export($report['run_id'], true), ", {$report['status']}, {$report['exception']}, counts ",
        json_encode($report['counts']), "\n  ", $report['message'], "\n";
};

// a configuration error whose message names a file whose directory is not UTF-8
$dir = "{$t['dir']}/conf-\xff";
mkdir($dir);
file_put_contents("$dir/config.json", '{"source": {"type": "jsonl", "path": "feed.jsonl"}, "frobnicate": 1}');
$show('config error', cli_run(['sync', '--config', "$dir/config.json", '--json'], $env));

// nothing listens where the database should be
sync_feed($t, [sync_product('A')]);
sync_config($t);
$show('database refused', cli_run(['sync', '--config', "{$t['dir']}/config.json", '--json'],
    ['PIMSYNC_DB_PORT' => (string) cli_closed_port()] + $env));

// the run starts, then cannot read its feed: the report comes from its pimsync_run row
unlink("{$t['dir']}/feed.jsonl");
$r = cli_run(['sync', '--config', "{$t['dir']}/config.json", '--json'], $env);
$show('failed run', $r);
echo '  row: ', cli_json($r)['run_row_status'], ', ', $t['pdo']->query('SELECT status FROM pimsync_run WHERE run_id = 1')->fetchColumn(), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('cli_sync_json_failed_error');
?>
--EXPECTF--
config error: exit 1, run_id NULL, failed, PimSync\ConfigException, counts null
  %s/conf-�/config.json:1: field "frobnicate": unknown field%s
database refused: exit 1, run_id NULL, failed, PDOException, counts null
  SQLSTATE[HY000] [2002] Connection refused
failed run: exit 1, run_id 1, failed, PimSync\SourceException, counts {"seen":0,"created":0,"updated":0,"unchanged":0,"disabled":0,"failed":0}
  Run 1 failed: cannot read the source: cannot open %s/feed.jsonl: No such file or directory
  row: failed, failed
