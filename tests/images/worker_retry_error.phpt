--TEST--
Images worker: a retryable failure (HTTP 503) leaves the job pending while the rest of the chunk lands; it is taken again after the visibility timeout, then after the timeout plus a growing backoff, and at its images.retries-th delivery dead-lettered with the last reason and acknowledged
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
$srv = image_server_start('worker_retry_error');
$t = worker_setup('worker_retry_error', false, ['retries' => 3, 'backoff' => 3, 'visibility_timeout' => 3]);
sync_feed($t, [sync_product('HAT-1', ['picture' => [sync_v(worker_url($srv, 'front.png'))], 'gallery' => [sync_v("{$srv['url']}/status/503")]])]);
sync_run($t);
$tries = fn () => count(array_filter(image_server_stats($srv)['paths'], fn ($p) => str_starts_with($p, '/status/503')));
echo '1st delivery: ', worker_counts(worker_run($t, ['max_jobs' => 1])), '  pending ', worker_pending($t), ', 503 requests ', $tries(), "\n", images_gallery($t, 'HAT-1');
echo 'at once again: ', worker_counts(worker_run($t, ['max_jobs' => 1]));
usleep(3200000);
echo 'after the visibility timeout, 2nd delivery: ', worker_counts(worker_run($t, ['max_jobs' => 1])), '  pending ', worker_pending($t), ', 503 requests ', $tries(), "\n";
usleep(3500000);
echo 'past the visibility timeout, within the backoff (3 s + 3 s): ', worker_counts(worker_run($t, ['max_jobs' => 1]));
usleep(3000000);
echo '3rd delivery, the last: ', worker_counts(worker_run($t, ['max_jobs' => 1])), '  pending ', worker_pending($t), ', 503 requests ', $tries(), "\n";
echo images_gallery($t, 'HAT-1'), worker_dead_letters($t, $srv);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_retry_error');
?>
--EXPECT--
1st delivery: jobs=1 applied=1 attached=1 reused=0 removed=0 downloaded=1 dead_lettered=0 retried=1
  pending 1, 503 requests 1
  /f/r/front.png -@1
at once again: jobs=0 applied=0 attached=0 reused=0 removed=0 downloaded=0 dead_lettered=0 retried=0
after the visibility timeout, 2nd delivery: jobs=1 applied=1 attached=0 reused=0 removed=0 downloaded=0 dead_lettered=0 retried=1
  pending 1, 503 requests 2
past the visibility timeout, within the backoff (3 s + 3 s): jobs=0 applied=0 attached=0 reused=0 removed=0 downloaded=0 dead_lettered=0 retried=0
3rd delivery, the last: jobs=1 applied=1 attached=0 reused=0 removed=0 downloaded=0 dead_lettered=1 retried=0
  pending 0, 503 requests 3
  /f/r/front.png -@1
  HAT-1 /status/503 http_status x3: given up after the last delivery: http://127.0.0.1:PORT/status/503: HTTP 503 Service Unavailable
