--TEST--
bin/pimsync: a bad option value, an unknown or misplaced option, a missing value: a usage error on stderr naming the option and what it wants; exit 64
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/cli.inc';
$cases = [
    ['sync', '--config', 'x.json', '--batch-size', 'abc'],
    ['sync', '--config', 'x.json', '--batch-size', '0'],
    ['sync', '--config', 'x.json', '--batch-size=10001'],
    ['status', '--limit', 'x'],
    ['sync', '--config', 'x.json', '--frobnicate'],
    ['status', '--batch-size', '5'],
    ['sync', '--config'],
    ['sync', '--config', '--full'],
    ['sync', '--config', 'x.json', '--json=yes'],
    ['sync', '--config', 'x.json', '--full', '--delta'],
    ['sync', 'x.json'],
    ['resync'],
];
foreach ($cases as $args) {
    $r = cli_run($args, ['PIMSYNC_DB_PORT' => '1']); // never reaches a database
    echo implode(' ', $args), ' => exit ', $r['exit'], ': ', strtok($r['stderr'], "\n"),
        str_contains($r['stderr'], 'usage: pimsync sync') ? ' [+ usage]' : '', $r['stdout'] === '' ? '' : ' stdout: ' . $r['stdout'], "\n";
}
// with --json, stdout still gets one JSON object
$r = cli_run(['sync', '--config', 'x.json', '--json', '--batch-size', 'abc']);
echo $r['exit'], ' ', $r['stdout'];
?>
--EXPECT--
sync --config x.json --batch-size abc => exit 64: pimsync: --batch-size wants a whole number from 1 to 10000, got "abc" [+ usage]
sync --config x.json --batch-size 0 => exit 64: pimsync: --batch-size wants a whole number from 1 to 10000, got "0" [+ usage]
sync --config x.json --batch-size=10001 => exit 64: pimsync: --batch-size wants a whole number from 1 to 10000, got "10001" [+ usage]
status --limit x => exit 64: pimsync: --limit wants a whole number from 1 to 1000, got "x" [+ usage]
sync --config x.json --frobnicate => exit 64: pimsync: unknown option --frobnicate [+ usage]
status --batch-size 5 => exit 64: pimsync: --batch-size is not an option of status [+ usage]
sync --config => exit 64: pimsync: --config needs a value: a configuration file [+ usage]
sync --config --full => exit 64: pimsync: --config needs a value: a configuration file [+ usage]
sync --config x.json --json=yes => exit 64: pimsync: --json takes no value [+ usage]
sync --config x.json --full --delta => exit 64: pimsync: --full and --delta exclude each other [+ usage]
sync x.json => exit 64: pimsync: unexpected argument "x.json" [+ usage]
resync => exit 64: pimsync: unknown command "resync" [+ usage]
64 {"run_id":null,"status":"failed","error":"usage","message":"--batch-size wants a whole number from 1 to 10000, got \"abc\""}
