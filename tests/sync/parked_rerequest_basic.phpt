--TEST--
Engine::sync delta run after a run that parked a record: the window still advances, the parked record is asked for by uuid until it passes, then its dead letters are resolved
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
/* product 3 is refused as a whole: its categories are not a list */
$broken = ['product_overrides' => ['3' => ['categories' => 'summer']]];
$srv = akeneo_start('parked_rerequest_basic', ['products' => 5, 'options' => ['color' => 3]] + $broken);
$t = sync_setup('parked_rerequest_basic', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
$uuid3 = '00000000-0000-4000-8000-000000000003';

function run_and_show(array $t, array $srv): void
{
    $before = count(akeneo_log($srv));
    $r = sync_run($t, ['mode' => 'delta']);
    $id = $t['pdo']->query('SELECT MAX(run_id) FROM pimsync_run')->fetchColumn();
    $previous = $t['pdo']->query("SELECT started_at FROM pimsync_run WHERE run_id = $id - 1")->fetchColumn();
    echo "run $id: ", $r->status, ' ', sync_counts($r), "\n";
    foreach (akeneo_product_searches($srv, $before) as $search) {
        if (isset($search['updated'])) {
            $window = gmdate('Y-m-d H:i:s', strtotime("$previous UTC") - 5);
            echo '  updated > ', $search['updated'][0]['value'] === $window ? "run " . ($id - 1) . "'s start - 5 s" : $search['updated'][0]['value'], "\n";
        } else {
            echo '  ', json_encode($search), "\n";
        }
    }
}

$r = sync_run($t);
echo 'run 1: ', $r->status, ' ', sync_counts($r), "\n";
/* run 1 was an hour ago: run 2's window then differs from run 3's */
$t['pdo']->exec('UPDATE pimsync_run SET started_at = started_at - INTERVAL 1 HOUR WHERE run_id = 1');

run_and_show($t, $srv);                 // still broken: parked again
akeneo_scenario_set($srv, ['product_overrides' => []]);
run_and_show($t, $srv);                 // fixed in Akeneo (its "updated" is old): lands
run_and_show($t, $srv);                 // nothing open: the window only
echo sync_dump($t, 'name');
foreach ($t['pdo']->query('SELECT run_id, sku, source_id, status, resolved_run_id FROM pimsync_dead_letter ORDER BY dead_letter_id') as $row) {
    echo implode(' ', array_map(fn($v) => $v ?? 'NULL', $row)), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('parked_rerequest_basic');
akeneo_clean('parked_rerequest_basic');
?>
--EXPECT--
run 1: partial seen=5 created=4 updated=0 unchanged=0 disabled=0 failed=1
run 2: partial seen=1 created=0 updated=0 unchanged=0 disabled=0 failed=1
  updated > run 1's start - 5 s
  {"uuid":[{"operator":"IN","value":["00000000-0000-4000-8000-000000000003"]}]}
run 3: success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  updated > run 2's start - 5 s
  {"uuid":[{"operator":"IN","value":["00000000-0000-4000-8000-000000000003"]}]}
run 4: success seen=0 created=0 updated=0 unchanged=0 disabled=0 failed=0
  updated > run 3's start - 5 s
sku-00001 0 'Shirt 1'
sku-00001 1 'Shirt 1'
sku-00002 0 'Shirt 2'
sku-00002 1 'Shirt 2'
sku-00003 0 'Shirt 3'
sku-00003 1 'Shirt 3'
sku-00004 0 'Shirt 4'
sku-00004 1 'Shirt 4'
sku-00005 0 'Shirt 5'
sku-00005 1 'Shirt 5'
1 sku-00003 00000000-0000-4000-8000-000000000003 resolved 3
2 sku-00003 00000000-0000-4000-8000-000000000003 resolved 3
