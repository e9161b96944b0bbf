--TEST--
Engine::status and bin/pimsync status: a row a dead run left 'running' shows as 'aborted' at once (nobody holds the run lock), while the row of a run that holds the lock stays 'running'
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/cli.inc';
$t = sync_setup('status_dead_run_basic');
sync_feed($t, [sync_product('A')]);
sync_run($t);
$db = $t['pdo']->query('SELECT DATABASE()')->fetchColumn();
$statuses = fn (array $runs): string => implode(' ', array_map(fn ($r) => "#{$r['run_id']} {$r['status']}", $runs));

// a live run: it holds the lock, its row is right
$t['pdo']->exec("UPDATE pimsync_run SET status = 'running', finished_at = NULL WHERE run_id = 1");
$holder = pimsync_test_pdo($db);
$holder->query("SELECT GET_LOCK('pimsync:$db:sync', 0)");
echo 'while held: ', $statuses(sync_engine($t)->status()), "\n";

// the holder is gone (its process killed): the row is a dead run's
unset($holder);
usleep(200000);
echo 'after: ', $statuses(sync_engine($t)->status()), "\n";
echo $t['pdo']->query('SELECT message FROM pimsync_run WHERE run_id = 1')->fetchColumn(), "\n";

$t['pdo']->exec("UPDATE pimsync_run SET status = 'running' WHERE run_id = 1");
$c = cli_run(['status', '--json'], ['PIMSYNC_DB_NAME' => $db]);
echo 'bin/pimsync status: ', $c['exit'], ' ', $statuses(json_decode($c['stdout'], true)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('status_dead_run_basic');
?>
--EXPECT--
while held: #1 running
after: #1 aborted
the run stopped without closing its row (killed, out of memory, or its database connection lost); closed by a status check, which found it running while holding the run lock. Its committed batches stay; later runs read its records again
bin/pimsync status: 0 #1 aborted
