--TEST--
Transformations: the run report counts the values each kind changed per source attribute (Report::$transformations, toArray() and pimsync_run.report): one per value entry whatever its store views, rules of one kind on an attribute summed, unchanged values not counted; a re-run of the same feed maps nothing and counts nothing; without rules it is null
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$rules = [
    ['attributes' => ['name', 'description'], 'trim' => true],
    ['attributes' => ['name'], 'map' => ['Hat' => 'Wool hat']],
    ['attributes' => ['name'], 'map' => ['Wool hat' => 'Warm wool hat']],
];
$t = sync_setup('transform_report_counts', false, ['transformations' => $rules]);
sync_feed($t, [
    sync_product('P1', ['name' => [sync_v(' Hat ', 'en_US'), sync_v('Chapeau', 'fr_FR'), sync_v(' Hut', 'de_DE')], 'description' => [sync_v('Warm ')]]),
    sync_product('P2', ['name' => [sync_v('Wool hat', 'en_US')], 'description' => [sync_v('Plain')]]),
]);
$r = sync_run($t);
echo "== run 1: {$r->status} ", sync_counts($r), "\n", sync_dump($t, 'name');
echo 'report:  ', json_encode($r->transformations), "\n";
echo 'toArray: ', json_encode($r->toArray()['transformations']), "\n";
$stored = json_decode($t['pdo']->query("SELECT report FROM pimsync_run WHERE run_id = {$r->runId}")->fetchColumn(), true);
echo 'stored:  ', json_encode($stored['transformations']), "\n";
$r = sync_run($t);
echo "== run 2: {$r->status} ", sync_counts($r), "\n", 'report:  ', json_encode($r->transformations), "\n";
$t['config']['transformations'] = [];
$r = sync_run($t);
echo "== no rules: {$r->status} ", sync_counts($r), "\n", 'report:  ', json_encode($r->transformations), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_report_counts');
?>
--EXPECT--
== run 1: success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
P1 0 'Warm wool hat'
P1 1 'Warm wool hat'
P1 2 'Chapeau'
P1 3 'Hut'
P2 0 'Warm wool hat'
P2 1 'Warm wool hat'
report:  {"name":{"trim":2,"map":3},"description":{"trim":1}}
toArray: {"name":{"trim":2,"map":3},"description":{"trim":1}}
stored:  {"name":{"trim":2,"map":3},"description":{"trim":1}}
== run 2: success seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0
report:  []
== no rules: success seen=2 created=0 updated=2 unchanged=0 disabled=0 failed=0
report:  null
