--TEST--
bin/pimsync sync --json: one valid JSON object on stdout for a successful and a partial run (invalid UTF-8 in the report substituted); exit 0 and 2
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/cli.inc';
$t = sync_setup('cli_sync_json_basic');
// the feed's directory name is not UTF-8: the report's "source" (the resolved path) carries it
$dir = "d-\xff";
mkdir("{$t['dir']}/$dir");
$feed = "$dir/feed.jsonl";
sync_feed($t, [sync_product('A', ['name' => [sync_v('Hat', 'en_US')]])], $feed);
file_put_contents("{$t['dir']}/$dir/config.json", json_encode($t['config']));
$config = "{$t['dir']}/$dir/config.json";
$env = ['PIMSYNC_DB_NAME' => pimsync_test_db_name('cli_sync_json_basic')];
$r = cli_run(['sync', '--config', $config, '--json'], $env);
$report = cli_json($r);
echo 'exit ', $r['exit'], ': ', is_array($report) ? "{$report['status']}" . ($r['exit'] === 1 ? " {$report['message']}" : '') . ", created {$report['counts']['created']}, source "
    . (str_ends_with($report['source'], "d-\u{FFFD}/feed.jsonl") ? 'substituted' : var_export($report['source'], true)) : $report, "\n";

sync_feed($t, [sync_product('A', ['name' => [sync_v('Hat', 'en_US')]]), "{\"identifier\": \"B\xff\", \"values\": {"], $feed);
$r = cli_run(['sync', '--config', $config, '--json', '--batch-size', '10'], $env);
$report = cli_json($r);
echo 'exit ', $r['exit'], ': ', is_array($report) ? "{$report['status']}, failed {$report['counts']['failed']}, "
    . "{$report['errors'][0]['position']}: {$report['errors'][0]['reason']}" : $report, "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('cli_sync_json_basic');
?>
--EXPECT--
exit 0: success, created 1, source substituted
exit 2: partial, failed 1, line 2: invalid JSON: malformed UTF-8
