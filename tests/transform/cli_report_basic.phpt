--TEST--
bin/pimsync sync: the values the transformations changed, per attribute and kind, in the text summary and in --json ("transformations"); no line and null without rules
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/cli.inc';
$t = sync_setup('transform_cli_report', false, ['transformations' => [
    ['attributes' => ['name'], 'trim' => true],
    ['attributes' => ['name'], 'case' => 'upper'],
]]);
sync_feed($t, [sync_product('A', ['name' => [sync_v(' Hat', 'en_US')]]), sync_product('B', ['name' => [sync_v('CAP ', 'en_US')]])]);
$env = ['PIMSYNC_DB_NAME' => pimsync_test_db_name('transform_cli_report')];
$r = cli_run(['sync', '--config', sync_config_file($t)], $env);
$transformed = fn (string $out): array => array_filter(explode("\n", $out), fn (string $l): bool => str_contains($l, 'transformed'));
echo 'exit ', $r['exit'], ': ', implode("\n", $transformed($r['stdout'])), "\n";
sync_feed($t, [sync_product('A', ['name' => [sync_v(' Hat 2', 'en_US')]])]);
$r = cli_run(['sync', '--config', sync_config_file($t), '--json'], $env);
echo 'exit ', $r['exit'], ': ', json_encode(cli_json($r)['transformations']), "\n";
unset($t['config']['transformations']);
$r = cli_run(['sync', '--config', sync_config_file($t), '--json'], $env);
echo 'exit ', $r['exit'], ': ', json_encode(cli_json($r)['transformations']), "\n";
$r = cli_run(['sync', '--config', sync_config_file($t)], $env);
echo 'exit ', $r['exit'], ': ', count($transformed($r['stdout'])), " lines\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_cli_report');
?>
--EXPECT--
exit 0:   values transformed: name trim 2, name case 1
exit 0: {"name":{"trim":1,"case":1}}
exit 0: null
exit 0: 0 lines
