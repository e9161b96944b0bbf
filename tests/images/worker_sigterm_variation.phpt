--TEST--
Images worker: SIGTERM while a job downloads stops the worker cleanly: the job in hand is finished, committed and acknowledged, no new job is taken, the result says stopped_by SIGTERM and the log says so; the jobs left wait on the stream and the next worker does them
--EXTENSIONS--
pimsync
pdo_mysql
posix
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_worker.inc';
$srv = image_server_start('worker_sigterm_variation');
$t = worker_setup('worker_sigterm_variation');
$products = [];
foreach (['P1', 'P2', 'P3'] as $i => $sku) {
    $products[] = sync_product($sku, ['picture' => [sync_v(worker_url($srv, strtolower($sku) . '.png', 40 + $i, 30, 0, 'delay_ms=1500'))]]);
}
sync_feed($t, $products);
echo 'jobs on the stream: ', sync_run($t)->images['enqueued'], "\n";
$child = worker_child_start($t, ['batch' => 1, 'block_ms' => 200, 'max_seconds' => 60, 'consumer' => 'worker-s']);
worker_wait_for(fn () => image_server_stats($srv)['active'] >= 1, 'a download in flight');
posix_kill(proc_get_status($child['proc'])['pid'], SIGTERM);
echo "SIGTERM sent while P1 downloads\n";
$out = worker_child_finish($child);
$w = $out['result'];
echo 'worker: exit ', $out['exit'], ', stopped_by ', $w['stopped_by'] ?? 'null', ', ', worker_counts($w);
foreach ($w['log'] as $line) {
    echo '  ', $line, "\n";
}
echo 'values: ', worker_value_counts($t, ['P1', 'P2', 'P3']), '; pending: ', worker_pending($t), "\n";
$next = worker_run($t);
echo 'the next worker: stopped_by ', $next['stopped_by'] ?? 'null', ', ', worker_counts($next);
echo 'values: ', worker_value_counts($t, ['P1', 'P2', 'P3']), '; pending: ', worker_pending($t), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_sigterm_variation');
?>
--EXPECT--
jobs on the stream: 3
SIGTERM sent while P1 downloads
worker: exit 0, stopped_by SIGTERM, jobs=1 applied=1 attached=1 reused=0 removed=0 downloaded=1 dead_lettered=0 retried=0
  SIGTERM received: stopped after the jobs in hand; the others wait on the stream
values: P1 1, P2 0, P3 0; pending: 0
the next worker: stopped_by null, jobs=2 applied=2 attached=2 reused=0 removed=0 downloaded=2 dead_lettered=0 retried=0
values: P1 1, P2 1, P3 1; pending: 0
