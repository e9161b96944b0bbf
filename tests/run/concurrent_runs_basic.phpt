--TEST--
Two syncs started at once against one database, first import and delta run: the second stops at once with the lock (exit 75, naming the first run), and the catalog holds one product per SKU, one category per code and one option per code, exactly as one run leaves it
--EXTENSIONS--
pimsync
pdo_mysql
posix
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/run_child.inc';
require __DIR__ . '/../support/catalog_dump.inc';

// what one run at a time leaves: a first import, then a delta run naming one more category
$clean = sync_setup('concurrent_runs_clean');
run_catalog_setup($clean);
run_catalog_feed($clean);
sync_run($clean, ['batch_size' => 3]);
$afterFull = catalog_dump($clean['pdo']);
run_catalog_feed($clean, 'sale');
sync_run($clean, ['mode' => 'delta', 'batch_size' => 3]);
$afterDelta = catalog_dump($clean['pdo']);

$t = sync_setup('concurrent_runs_basic');
run_catalog_setup($t);
sync_engine($t)->installSchema();
$db = $t['pdo']->query('SELECT DATABASE()')->fetchColumn();
foreach (['full' => [$afterFull, ''], 'delta' => [$afterDelta, 'sale']] as $mode => [$expected, $extra]) {
    run_catalog_feed($t, $extra);
    // the first run is held inside its first category creation while the second starts
    $holder = pimsync_test_pdo($db);
    $holder->beginTransaction();
    $holder->query('SELECT entity_id FROM catalog_category_entity WHERE entity_id = 2 FOR UPDATE');
    $first = run_child_start($t, $mode, 3);
    run_child_wait_blocked($t, 'UPDATE catalog_category_entity SET');
    $second = run_child_finish(run_child_start($t, $mode, 3));
    // refused at once: it ended while the first one still waits on the held row
    $firstStillWaiting = proc_get_status($first['proc'])['running'];
    $holder->rollBack();
    $first = run_child_finish($first);
    echo "$mode: first exit {$first['exit']} {$first['result']['status']}, second exit {$second['exit']} ",
        $second['result']['exception'], ', while the first still ran: ', $firstStillWaiting ? 'yes' : 'no', "\n";
    echo '  ', preg_replace(['/"pimsync:[^"]+"/', '/started [^)]+/', '/connection \d+/'], ['"LOCK"', 'started T', 'connection N'],
        $second['result']['message']), "\n";
    $diff = catalog_dump_diff($expected, catalog_dump($t['pdo']));
    echo '  same catalog as one run at a time: ', $diff === '' ? 'yes' : "no\n$diff", "\n";
}
echo 'P12 is in: ', implode(', ', $t['pdo']->query("SELECT v.value FROM catalog_category_product cp
    JOIN catalog_product_entity e ON e.entity_id = cp.product_id AND e.sku = 'P12'
    JOIN catalog_category_entity_varchar v ON v.entity_id = cp.category_id AND v.attribute_id = 45 AND v.store_id = 0 ORDER BY v.value")->fetchAll(PDO::FETCH_COLUMN)), "\n";
echo 'products: ', sync_count($t, 'catalog_product_entity'), ', distinct SKUs: ',
    (int) $t['pdo']->query('SELECT COUNT(DISTINCT sku) FROM catalog_product_entity')->fetchColumn(), "\n";
echo 'categories under the root: ', sync_count($t, 'catalog_category_entity', 'parent_id = 2'), "\n";
echo 'runs: ', json_encode($t['pdo']->query('SELECT run_id, status FROM pimsync_run ORDER BY run_id')->fetchAll(PDO::FETCH_KEY_PAIR)), "\n";

// started at the same moment, with nothing holding either: one runs, the other stops or runs after it
run_catalog_feed($t, 'clearance');
$a = run_child_start($t, 'delta', 3);
$b = run_child_start($t, 'delta', 3);
$exits = [run_child_finish($a)['exit'], run_child_finish($b)['exit']];
sort($exits);
echo 'at once: exits ', in_array($exits, [[0, 0], [0, 75]], true) ? 'one ran, the other ran after it or stopped' : json_encode($exits), "\n";
echo 'categories named clearance: ', (int) $t['pdo']->query("SELECT COUNT(*) FROM catalog_category_entity_varchar WHERE value = 'clearance' AND attribute_id = 45")->fetchColumn(),
    ', map rows: ', sync_count($t, 'pimsync_entity_map', "kind = 'category'"), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('concurrent_runs_clean');
sync_clean('concurrent_runs_basic');
?>
--EXPECT--
full: first exit 0 success, second exit 75 PimSync\LockedException, while the first still ran: yes
  The sync could not start: another pimsync run holds the lock "LOCK" on this database: run #1 (full, started T), on database connection N; this run was not started. Wait for it to finish, or let the run wait (--wait SECONDS, sync option lock_wait)
  same catalog as one run at a time: yes
delta: first exit 0 success, second exit 75 PimSync\LockedException, while the first still ran: yes
  The sync could not start: another pimsync run holds the lock "LOCK" on this database: run #2 (delta, started T), on database connection N; this run was not started. Wait for it to finish, or let the run wait (--wait SECONDS, sync option lock_wait)
  same catalog as one run at a time: yes
P12 is in: sale, socks
products: 12, distinct SKUs: 12
categories under the root: 5
runs: {"1":"success","2":"success"}
at once: exits one ran, the other ran after it or stopped
categories named clearance: 1, map rows: 6
