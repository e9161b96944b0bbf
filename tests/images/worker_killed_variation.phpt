--TEST--
Images worker: a worker killed (SIGKILL) in the middle of a chunk leaves its job pending; after the visibility timeout another worker claims it and finishes it: no image lost, none attached twice, no temp file left
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
$srv = image_server_start('worker_killed_variation');
$t = worker_setup('worker_killed_variation', false, ['visibility_timeout' => 2]);
$slow = fn (string $name, int $w) => sync_v(worker_url($srv, $name, $w, 30, 0, 'delay_ms=1500'));
sync_feed($t, [
    sync_product('FAST-1', ['picture' => [sync_v(worker_url($srv, 'fast.png', 50))], 'gallery' => [sync_v(worker_url($srv, 'fast2.png', 51))]]),
    sync_product('SLOW-1', ['picture' => [$slow('s1.png', 60)], 'gallery' => [$slow('s2.png', 61), $slow('s3.png', 62)]]),
]);
sync_run($t);
// one job at a time: FAST-1 is committed and acknowledged, SLOW-1 is downloading when the worker dies
$a = worker_child_start($t, ['once' => true, 'batch' => 1, 'consumer' => 'worker-a']);
worker_wait_for(fn () => image_server_stats($srv)['active'] >= 3, 'the slow downloads');
worker_child_kill($a);
echo 'worker A killed; values: ', worker_value_counts($t, ['FAST-1', 'SLOW-1']), '; pending: ', worker_pending($t), "\n";
echo 'worker B at once: ', worker_counts(worker_run($t, ['consumer' => 'worker-b']));
usleep(2100000);
$r = worker_run($t, ['consumer' => 'worker-b']);
echo 'worker B after the visibility timeout: claimed ', $r['claimed'], '; ', worker_counts($r);
echo 'values: ', worker_value_counts($t, ['FAST-1', 'SLOW-1']), '; pending: ', worker_pending($t), "\n";
echo images_gallery($t, 'SLOW-1'), images_roles($t, 'SLOW-1'), "files:\n", images_files($t);
echo 'owned values: ', sync_count($t, 'pimsync_media_link'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_killed_variation');
?>
--EXPECT--
worker A killed; values: FAST-1 2, SLOW-1 0; pending: 1
worker B at once: jobs=0 applied=0 attached=0 reused=0 removed=0 downloaded=0 dead_lettered=0 retried=0
worker B after the visibility timeout: claimed 1; jobs=1 applied=1 attached=3 reused=0 removed=0 downloaded=3 dead_lettered=0 retried=0
values: FAST-1 2, SLOW-1 3; pending: 0
  /s/1/s1.png -@1
  /s/2/s2.png -@2
  /s/3/s3.png -@3
  store 0: image=/s/1/s1.png small_image=/s/1/s1.png thumbnail=/s/1/s1.png
files:
  /f/a/fast.png
  /f/a/fast2.png
  /s/1/s1.png
  /s/2/s2.png
  /s/3/s3.png
owned values: 5
