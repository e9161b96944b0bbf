--TEST--
Inside a running sync (its progress callback, on the same PDO connection): Engine::status does not take the live run for a dead one, and a second sync is refused with LockedException
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('run_lock_nested_error');
sync_feed($t, [sync_product('A'), sync_product('B')]);
$engine = sync_engine($t);
$seen = [];
$r = $engine->sync(['progress' => function (array $p) use ($engine, &$seen): void {
    if (!$p['final']) {
        return;
    }
    $seen[] = 'status inside the run: #1 ' . $engine->status()[0]['status'];
    try {
        $engine->sync();
        $seen[] = 'nested sync ran';
    } catch (PimSync\LockedException $e) {
        $seen[] = str_replace($GLOBALS['t']['pdo']->query('SELECT DATABASE()')->fetchColumn(), 'DB', $e->getMessage());
    }
}]);
echo implode("\n", $seen), "\n";
echo $r->status, ' ', sync_counts($r), "\n";
echo json_encode($t['pdo']->query('SELECT run_id, status FROM pimsync_run')->fetchAll(PDO::FETCH_KEY_PAIR)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('run_lock_nested_error');
?>
--EXPECT--
status inside the run: #1 running
The sync could not start: a pimsync run is already running on this database connection (lock "pimsync:DB:sync"): a run cannot be started, or a dead run closed, from inside another
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
{"1":"success"}
