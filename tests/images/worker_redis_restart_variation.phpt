--TEST--
Images worker: Redis stopped and started again while a worker runs: the job whose acknowledgement failed stays pending and is finished after the restart, the worker reconnects with a backoff and logs a bounded number of lines, and jobs put on the stream after the restart are done: nothing lost, nothing attached twice
--EXTENSIONS--
pimsync
pdo_mysql
posix
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); if (!shell_exec('command -v redis-server')) echo "skip redis-server is not installed\n"; ?>
--FILE--
<?php
require __DIR__ . '/../support/image_worker.inc';
$srv = image_server_start('worker_redis_restart_variation');
$t = worker_setup('worker_redis_restart_variation', false, ['visibility_timeout' => 1]);
$redis = redis_private_start($t);
$port = $redis['port'];
$t['config']['images']['redis'] = ['port' => $port, 'connect_timeout' => 0.2, 'timeout' => 1];
$products = [
    sync_product('P1', ['picture' => [sync_v(worker_url($srv, 'p1.png', 50))]]),
    sync_product('P2', ['picture' => [sync_v(worker_url($srv, 'p2.png', 51, 30, 0, 'delay_ms=1500'))]]),
];
sync_feed($t, $products);
sync_run($t);
$child = worker_child_start($t, ['batch' => 1, 'block_ms' => 200, 'max_jobs' => 4, 'max_seconds' => 60, 'consumer' => 'worker-r']);
worker_wait_for(fn () => worker_value_counts($t, ['P1']) === 'P1 1' && image_server_stats($srv)['active'] >= 1, 'P1 done, P2 downloading');
redis_private_stop($redis);
echo "Redis stopped while P2 downloads\n";
// P2 commits meanwhile and its XACK fails; polled, not slept, so a slow run (valgrind) waits longer
worker_wait_for(fn () => worker_value_counts($t, ['P2']) === 'P2 1', 'P2 committed while Redis is down', 60.0);
echo 'P2 committed while Redis is down: ', worker_value_counts($t, ['P2']), "\n";
$redis = redis_private_start($t, $port);
echo "Redis started again\n";
$products[] = sync_product('P3', ['picture' => [sync_v(worker_url($srv, 'p3.png', 52))]]);
sync_feed($t, $products);
$r = sync_run($t);
echo 'a sync after the restart: ', $r->images['jobs'], " job\n";
$out = worker_child_finish($child);
$w = $out['result'];
if (isset($w['exception'])) {
    echo 'the worker stopped: ', $w['exception'], ': ', $w['message'], "\n";
}
echo 'worker: exit ', $out['exit'], ', ', worker_counts($w);
echo 'claimed again (its ack was lost): ', $w['claimed'], ', Redis errors seen: ', $w['redis_errors'] > 0 ? 'yes' : 'no', "\n";
echo 'log lines: ', count($w['log']), ' (bounded: ', count($w['log']) <= 4 ? 'yes' : 'no', ")\n";
foreach ($w['log'] as $line) {
    echo '  ', preg_replace(['/\d+\.\d+ s/', "/:$port/"], ['N s', ':PORT'], $line), "\n";
}
echo 'values: ', worker_value_counts($t, ['P1', 'P2', 'P3']), '; pending: ', worker_pending($t, $port), "\n";
echo worker_dead_letters($t);
redis_private_stop($redis);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_redis_restart_variation');
?>
--EXPECT--
Redis stopped while P2 downloads
P2 committed while Redis is down: P2 1
Redis started again
a sync after the restart: 1 job
worker: exit 0, jobs=4 applied=4 attached=3 reused=0 removed=0 downloaded=3 dead_lettered=0 retried=0
claimed again (its ack was lost): 1, Redis errors seen: yes
log lines: 2 (bounded: yes)
  Redis at 127.0.0.1:PORT is unreachable: Connection refused; the worker tries again with a backoff
  Redis is back after N s
values: P1 1, P2 1, P3 1; pending: 0
  (no dead letters)
