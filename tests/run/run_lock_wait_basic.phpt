--TEST--
Engine::sync lock_wait and bin/pimsync --wait: a run waits for the run that holds the lock, then runs; a wait too short ends in LockedException (exit 75)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/cli.inc';
$t = sync_setup('run_lock_wait_basic');
sync_feed($t, [sync_product('A')]);
sync_config($t);
$db = $t['pdo']->query('SELECT DATABASE()')->fetchColumn();

function hold(string $db, float $seconds): array
{
    $p = cli_start([], [], cli_php([__DIR__ . '/../support/hold_lock.php', $db, (string) $seconds]));
    if (fgets($p['pipes'][1]) !== "held\n") {
        throw new RuntimeException('the lock holder did not start');
    }
    return $p;
}

// waits: the holder lets go after 1.5 s, the run then goes through
$p = hold($db, 1.5);
$t0 = microtime(true);
$r = sync_run($t, ['lock_wait' => 30]);
$waited = microtime(true) - $t0;
cli_wait($p);
var_dump($r->status, $r->counts['created'], $waited > 1.0, $waited < 20);

// bin/pimsync --wait, the same way
sync_feed($t, [sync_product('A'), sync_product('B')]);
$p = hold($db, 1.5);
$c = cli_run(['sync', '--config', "{$t['dir']}/config.json", '--json', '--wait', '30'], ['PIMSYNC_DB_NAME' => $db]);
cli_wait($p);
var_dump($c['exit'], cli_json($c)['counts']['created']);

// a wait shorter than the holder's run: refused after waiting
$p = hold($db, 4);
$c = cli_run(['sync', '--config', "{$t['dir']}/config.json", '--json', '--wait', '1'], ['PIMSYNC_DB_NAME' => $db]);
cli_wait($p);
var_dump($c['exit'], cli_json($c)['error'], str_contains($c['stderr'], '(waited for it)'));

try {
    sync_run($t, ['lock_wait' => -1]);
} catch (ValueError $e) {
    echo $e->getMessage(), "\n";
}
$c = cli_run(['sync', '--config', "{$t['dir']}/config.json", '--wait', 'soon'], ['PIMSYNC_DB_NAME' => $db]);
var_dump($c['exit']);
echo strtok($c['stderr'], "\n"), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('run_lock_wait_basic');
?>
--EXPECT--
string(7) "success"
int(1)
bool(true)
bool(true)
int(0)
int(1)
int(75)
string(6) "locked"
bool(true)
PimSync\Engine::sync(): Argument #1 ($options) option "lock_wait" must be an integer number of seconds from 0 to 86400
int(64)
pimsync: --wait wants a whole number of seconds from 0 to 86400, got "soon"
