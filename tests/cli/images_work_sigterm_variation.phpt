--TEST--
bin/pimsync images:work (no --once, as a supervisor runs it): SIGTERM while a job downloads ends the command after that job, with its summary line saying "stopped by SIGTERM" and exit 0; no further run starts, the other jobs stay on the stream
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
require __DIR__ . '/../support/cli.inc';
$srv = image_server_start('cli_images_work_sigterm_variation');
$t = worker_setup('cli_images_work_sigterm_variation');
sync_feed($t, [
    sync_product('A', ['picture' => [sync_v(worker_url($srv, 'a.png', 40, 30, 0, 'delay_ms=1500'))]]),
    sync_product('B', ['picture' => [sync_v(worker_url($srv, 'b.png', 41, 30, 0, 'delay_ms=1500'))]]),
]);
sync_run($t);
$env = ['PIMSYNC_DB_NAME' => pimsync_test_db_name('cli_images_work_sigterm_variation')];
$p = cli_start(['images:work', '--config', sync_config_file($t), '--max-jobs', '1000'], $env);
worker_wait_for(fn () => image_server_stats($srv)['active'] >= 1, 'a download in flight');
$started = microtime(true);
posix_kill(proc_get_status($p['proc'])['pid'], SIGTERM);
$r = cli_wait($p);
echo 'exit ', $r['exit'], ' within 20 s: ', microtime(true) - $started < 20 ? 'yes' : 'no', "\n";
echo preg_replace(['/in \d+\.\d s/', '/\(\d+ bytes\)/', '/stream [^\s;]+/', '/^images: \d jobs/', '/\d (applied|images attached|products changed|downloaded)/'],
    ['in N s', '(N bytes)', 'stream S', 'images: N jobs', 'N $1'], $r['stdout']);
echo 'log: ', implode(' | ', preg_grep('/SIGTERM/', explode("\n", $r['stderr']))), "\n";
$done = sync_count($t, 'catalog_product_entity_media_gallery_value');
echo 'gallery values after the stop: ', $done >= 1 && $done <= 2 ? '1 or 2' : $done, '; pending: ', worker_pending($t), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('cli_images_work_sigterm_variation');
?>
--EXPECT--
exit 0 within 20 s: yes
images: N jobs in N s (N applied, 0 obsolete, 0 refused, 0 claimed from other workers): N images attached (0 on files already stored), 0 updated, 0 removed, 0 retired; N products changed; N downloaded (N bytes); 0 dead-lettered, 0 left for a retry, 0 deadlocks retried; 0 from pimsync_image_outbox; stream S; stopped by SIGTERM
log: pimsync: SIGTERM received: stopped after the jobs in hand; the others wait on the stream
gallery values after the stop: 1 or 2; pending: 0
