--TEST--
Ownership: refused values are counted by field (one per store a value would have landed in) in Report::$refusedByOwner and bin/pimsync --json refused_by_owner, stored as value issues not_owner/refused, and not retried: the same feed again refuses nothing and reads nothing
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
require __DIR__ . '/../support/cli.inc';
$t = own_setup('own_report_counts_basic', ['matrix' => 'default'], 'erp');
// name is localized: en_US lands on stores 0 and 1, fr_FR on 2, de_DE on 3
$names = [sync_v('Hat', 'en_US'), sync_v('Chapeau', 'fr_FR'), sync_v('Hut', 'de_DE')];
sync_feed($t, [
    sync_product('A', ['name' => $names, 'weight' => [sync_v(['amount' => '1', 'unit' => 'POUND'])]], ['categories' => ['hats']]),
    sync_product('B', ['name' => [sync_v('Cap', 'en_US')], 'meta_title' => [sync_v('Caps', 'en_US')]]),
]);
$r = cli_run(['sync', '--config', sync_config_file($t), '--json'], ['PIMSYNC_DB_NAME' => pimsync_test_db_name($t['name'])]);
$report = cli_json($r);
echo "exit {$r['exit']}, refused_by_owner: ", json_encode($report['refused_by_owner']), "\n";
echo "value issues: ", $report['value_issues']['count'], ' ', json_encode($report['value_issues']['by_kind']), "\n";
$sum = (int) $t['pdo']->query("SELECT COUNT(*) FROM pimsync_value_issue WHERE kind = 'not_owner' AND action = 'refused'")->fetchColumn();
echo "pimsync_value_issue not_owner/refused rows: $sum (", $sum === array_sum($report['refused_by_owner']) ? 'the report\'s total' : 'NOT the report\'s total', ")\n";
// nothing to retry: the refused values do not make the records be read again
$r = sync_run($t);
echo sync_counts($r), ', refused: ', own_refused($r), ', value issues: ', $r->valueIssues['count'], "\n";
echo 'toArray: ', json_encode($r->toArray()['refused_by_owner']), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_report_counts_basic');
?>
--EXPECT--
exit 0, refused_by_owner: {"categories":1,"name":6,"websites":2,"meta_title":2}
value issues: 13 {"not_owner":11,"name_fallback":2}
pimsync_value_issue not_owner/refused rows: 11 (the report's total)
seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0, refused: none, value issues: 0
toArray: []
