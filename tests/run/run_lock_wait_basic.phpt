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

/* holds the lock $for seconds, or with "stdin" until release() */
function hold(string $db, string $for): array
{
    $p = ['proc' => proc_open(cli_php([__DIR__ . '/../support/hold_lock.php', $db, $for]),
        [0 => ['pipe', 'r'], 1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes, null, cli_env([]))];
    $p['pipes'] = $pipes;
    if (fgets($pipes[1]) !== "held\n") {
        throw new RuntimeException('the lock holder did not start: ' . stream_get_contents($pipes[2]));
    }
    return $p;
}

function release(array $p): void
{
    fclose($p['pipes'][0]);
    fclose($p['pipes'][1]);
    fclose($p['pipes'][2]);
    proc_close($p['proc']);
}

// waits: the holder lets go after 3 s (time enough for this process to reach the lock, even under valgrind), the run then goes through
$p = hold($db, '3');
$t0 = microtime(true);
$r = sync_run($t, ['lock_wait' => 30]);
$waited = microtime(true) - $t0;
release($p);
var_dump($r->status, $r->counts['created'], $waited > 1.0, $waited < 20);

// bin/pimsync --wait, the same way
sync_feed($t, [sync_product('A'), sync_product('B')]);
$p = hold($db, '1.5');
$c = cli_run(['sync', '--config', "{$t['dir']}/config.json", '--json', '--wait', '30'], ['PIMSYNC_DB_NAME' => $db]);
release($p);
var_dump($c['exit'], cli_json($c)['counts']['created']);

// a wait shorter than the holder's run: refused after waiting
$p = hold($db, 'stdin');
$c = cli_run(['sync', '--config', "{$t['dir']}/config.json", '--json', '--wait', '1'], ['PIMSYNC_DB_NAME' => $db]);
release($p);
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
