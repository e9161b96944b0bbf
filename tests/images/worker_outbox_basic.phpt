--TEST--
Images worker: jobs a sync could not put on the stream (Redis unreachable) wait in pimsync_image_outbox; a worker run puts them on the stream first, then does them
--EXTENSIONS--
pimsync
pdo_mysql
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_worker.inc';
$srv = image_server_start('worker_outbox_basic');
$t = worker_setup('worker_outbox_basic');
$port = $t['config']['images']['redis']['port'];
$t['config']['images']['redis'] = ['port' => redis_free_port(), 'connect_timeout' => 0.2];
sync_feed($t, [sync_product('HAT-1', ['picture' => [sync_v(worker_url($srv, 'front.png'))]]),
    sync_product('CAP-1', ['picture' => [sync_v(worker_url($srv, 'cap.png', 41))]])]);
$r = sync_run($t);
echo 'sync with Redis down: ', $r->images['jobs'], ' jobs, ', $r->images['outbox'], ' in the outbox, ', count(image_jobs_on($t['stream'])), " on the stream\n";
$t['config']['images']['redis'] = ['port' => $port];
$w = worker_run($t);
echo 'worker: ', $w['outbox_flushed'], ' put on the stream from the outbox; ', worker_counts($w);
echo 'outbox rows: ', sync_count($t, 'pimsync_image_outbox'), ', pending: ', worker_pending($t), "\n";
echo images_gallery($t, 'HAT-1'), images_gallery($t, 'CAP-1');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_outbox_basic');
?>
--EXPECT--
sync with Redis down: 2 jobs, 2 in the outbox, 0 on the stream
worker: 2 put on the stream from the outbox; jobs=2 applied=2 attached=2 reused=0 removed=0 downloaded=2 dead_lettered=0 retried=0
outbox rows: 0, pending: 0
  /f/r/front.png -@1
  /c/a/cap.png -@1
