--TEST--
Engine::sync and bin/pimsync: while another run holds the database's run lock, a sync stops at once with LockedException (exit 75), writes nothing and names the run that holds it
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/cli.inc';
$t = sync_setup('run_lock_error');
sync_feed($t, [sync_product('A'), sync_product('B')]);
$db = $t['pdo']->query('SELECT DATABASE()')->fetchColumn();
sync_run($t); // run 1 creates the tables and the products
$t['pdo']->exec("UPDATE pimsync_run SET status = 'running' WHERE run_id = 1"); // as if run 1 still went on
sync_feed($t, [sync_product('A'), sync_product('B'), sync_product('C')]);

// another connection (another run, on this host or another) holds the lock
$holder = pimsync_test_pdo($db);
var_dump($holder->query("SELECT GET_LOCK('pimsync:$db:sync', 0)")->fetchColumn());

$t0 = microtime(true);
try {
    sync_run($t);
    echo "no exception\n";
} catch (PimSync\LockedException $e) {
    echo get_class($e), "\n", str_replace($db, 'DB', $e->getMessage()), "\n";
}
var_dump(microtime(true) - $t0 < 2.0);
var_dump($t['pdo']->query('SELECT COUNT(*) FROM pimsync_run')->fetchColumn());
var_dump($t['pdo']->query("SELECT COUNT(*) FROM catalog_product_entity WHERE sku = 'C'")->fetchColumn());

$r = cli_run(['sync', '--config', "{$t['dir']}/config.json", '--json'], ['PIMSYNC_DB_NAME' => $db]);
$json = cli_json($r);
var_dump($r['exit'], $json['status'], $json['error'], $json['exception'], $json['run_id']);
var_dump(str_contains($r['stderr'], 'another pimsync run holds the lock'));

// the lock freed: the next run starts, and finds run 1 'running' behind a lock nobody held: aborted
$holder->query("SELECT RELEASE_LOCK('pimsync:$db:sync')");
$r = sync_run($t);
var_dump($r->status, $r->counts['created']);
print_r($t['pdo']->query('SELECT run_id, status FROM pimsync_run ORDER BY run_id')->fetchAll(PDO::FETCH_KEY_PAIR));
echo $t['pdo']->query('SELECT message FROM pimsync_run WHERE run_id = 1')->fetchColumn(), "\n";
echo $r->warnings['aborted_runs']['message'], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('run_lock_error');
?>
--EXPECTF--
int(1)
PimSync\LockedException
The sync could not start: another pimsync run holds the lock "pimsync:DB:sync" on this database: run #1 (full, started %d-%d-%d %d:%d:%d UTC), on database connection %d; this run was not started. Wait for it to finish, or let the run wait (--wait SECONDS, sync option lock_wait)
bool(true)
int(1)
int(0)
int(75)
string(6) "failed"
string(6) "locked"
string(23) "PimSync\LockedException"
NULL
bool(true)
string(7) "success"
int(1)
Array
(
    [1] => aborted
    [2] => success
)
the run stopped without closing its row (killed, out of memory, or its database connection lost); closed by run 2, which found it running while holding the run lock. Its committed batches stay; later runs read its records again
1 earlier run stopped without closing its row (killed, out of memory, or a lost connection): closed as aborted; 0 temporary files left behind removed
