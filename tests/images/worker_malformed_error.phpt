--TEST--
Images worker: a job that is not JSON, of another version, or a stream entry without a job is dead-lettered at once (malformed_job) and acknowledged; the good job next to them lands
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
$srv = image_server_start('worker_malformed_error');
$t = worker_setup('worker_malformed_error');
sync_feed($t, [sync_product('HAT-1', ['picture' => [sync_v(worker_url($srv, 'front.png'))]])]);
sync_run($t);
worker_xadd($t, ['job' => '{"v":1,"run":']);
worker_xadd($t, ['job' => '{"v":2}']);
worker_xadd($t, ['other' => 'x']);
echo worker_counts($r = worker_run($t));
echo 'refused: ', $r['refused'], ', pending: ', worker_pending($t), "\n";
echo images_gallery($t, 'HAT-1');
echo worker_dead_letters($t, $srv);
echo 'the job is kept for replay: ', json_encode($t['pdo']->query('SELECT job FROM pimsync_image_dead_letter ORDER BY dead_letter_id')->fetchAll(PDO::FETCH_COLUMN)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_malformed_error');
?>
--EXPECT--
jobs=4 applied=1 attached=1 reused=0 removed=0 downloaded=1 dead_lettered=3 retried=0
refused: 3, pending: 0
  /f/r/front.png -@1
  - (job) malformed_job x1: malformed image job: invalid JSON at line 1, column 13: unexpected token near end of file
  - (job) malformed_job x1: malformed image job: "v" is 2; this pimsync reads version 1
  - (job) malformed_job x1: the stream entry has no "job" field
the job is kept for replay: ["{\"v\":1,\"run\":","{\"v\":2}",""]
