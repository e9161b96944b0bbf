--TEST--
Images worker: a worker that reaches a restarted Redis while it is still loading its data (every command answered "LOADING") waits it out with a backoff instead of stopping as if refused, then does the job on the stream
--EXTENSIONS--
pimsync
pdo_mysql
posix
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); if (!shell_exec('command -v redis-server')) echo "skip redis-server is not installed\n";
// run-tests.php -m runs valgrind with --trace-children=yes, so redis-server and the worker run under it too: Redis then
// cannot populate and load its data in a window a worker's start falls into. run-tests sets ZEND_DONT_UNLOAD_MODULES for
// a SKIPIF under -m only (scripts/asan.sh does not): this path's memory is checked by the ASan run, children included.
if (getenv('ZEND_DONT_UNLOAD_MODULES')) echo "skip under valgrind (run-tests.php -m): the timing needs native children\n"; ?>
--FILE--
<?php
require __DIR__ . '/../support/image_worker.inc';
$srv = image_server_start('worker_redis_loading_variation');
$t = worker_setup('worker_redis_loading_variation', false, ['visibility_timeout' => 1]);
// the data is loaded from an RDB file at start: 3 million keys keep Redis loading for a while
$snapshot = ['--appendonly', 'no', '--save', '', '--enable-debug-command', 'yes'];
$redis = redis_private_start($t, null, $snapshot);
$port = $redis['port'];
$t['config']['images']['redis'] = ['port' => $port, 'connect_timeout' => 0.5, 'timeout' => 2];
sync_feed($t, [sync_product('P1', ['picture' => [sync_v(worker_url($srv, 'p1.png', 50))]])]);
echo 'a sync before the restart: ', sync_run($t)->images['enqueued'], " job on the stream\n";
$r = redis_connect($port, 60);
redis_cmd($r, 'DEBUG', 'POPULATE', '3000000');
redis_cmd($r, 'SAVE');
fclose($r);
redis_private_stop($redis);

$redis = redis_private_start($t, $port, $snapshot, false);
// the worker starts only once Redis is seen answering LOADING
worker_wait_for(function () use ($port): bool {
    try {
        $r = redis_connect($port, 0.2);
        try {
            redis_cmd($r, 'XLEN', 'any');
            return false;
        } finally {
            fclose($r);
        }
    } catch (RuntimeException $e) {
        return str_contains($e->getMessage(), 'LOADING');
    }
}, 'Redis answering LOADING', 30.0);
echo "Redis restarted and loading\n";
$child = worker_child_start($t, ['batch' => 1, 'block_ms' => 200, 'max_jobs' => 1, 'max_seconds' => 60, 'consumer' => 'worker-l']);
$out = worker_child_finish($child);
$w = $out['result'];
if (isset($w['exception'])) {
    echo 'the worker stopped: ', $w['exception'], ': ', $w['message'], "\n";
}
echo 'worker: exit ', $out['exit'], ', jobs ', $w['jobs'] ?? '?', ', Redis errors seen: ', ($w['redis_errors'] ?? 0) > 0 ? 'yes' : 'no', "\n";
foreach ($w['log'] as $line) {
    echo '  ', preg_replace(['/\d+\.\d+ s/', "/:$port/"], ['N s', ':PORT'], $line), "\n";
}
echo 'values: ', worker_value_counts($t, ['P1']), '; pending: ', worker_pending($t, $port), "\n";
echo worker_dead_letters($t);
redis_private_stop($redis);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_redis_loading_variation');
?>
--EXPECT--
a sync before the restart: 1 job on the stream
Redis restarted and loading
worker: exit 0, jobs 1, Redis errors seen: yes
  Redis at 127.0.0.1:PORT cannot serve yet: XGROUP: LOADING Redis is loading the dataset in memory; the worker tries again with a backoff
  Redis is back after N s
values: P1 1; pending: 0
  (no dead letters)
