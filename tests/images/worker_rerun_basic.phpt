--TEST--
Images worker: an unchanged feed synced again makes no job, and a worker run then does nothing; the same job delivered again (a repeat from the outbox) downloads nothing and writes no row
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
$srv = image_server_start('worker_rerun_basic');
$t = worker_setup('worker_rerun_basic');
sync_feed($t, [sync_product('HAT-1', ['picture' => [sync_v(worker_url($srv, 'front.png'))], 'gallery' => [sync_v(worker_url($srv, 'side.png', 41))]])]);
sync_run($t);
$job = worker_raw_jobs($t)[0];
$w = worker_run($t);
echo 'first: ', worker_counts($w), '  changed products: ', json_encode($w['changed_products'] === [sync_entity_id($t, 'HAT-1')] ? ['HAT-1'] : $w['changed_products']), "\n";
$requests = image_server_stats($srv)['requests'];
$before = images_gallery($t, 'HAT-1') . images_roles($t, 'HAT-1') . images_files($t);
$r = sync_run($t);
echo 'sync again: ', $r->counts['unchanged'], ' unchanged, ', $r->images['jobs'], " jobs\n";
$w = worker_run($t);
echo 'worker again: ', worker_counts($w), '  rows written ', $w['rows_written'], "\n";
worker_xadd($t, ['job' => $job]);
$w = worker_run($t);
echo 'the job once more: ', worker_counts($w), '  rows written ', $w['rows_written'], ', files written ', $w['files_written'], ', changed products ', json_encode($w['changed_products']), "\n";
echo 'requests to the image server since the first run: ', image_server_stats($srv)['requests'] - $requests, "\n";
echo worker_dead_letters($t);
echo 'gallery, roles and files as before: ', $before === images_gallery($t, 'HAT-1') . images_roles($t, 'HAT-1') . images_files($t) ? 'yes' : 'no', "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_rerun_basic');
?>
--EXPECT--
first: jobs=1 applied=1 attached=2 reused=0 removed=0 downloaded=2 dead_lettered=0 retried=0
  changed products: ["HAT-1"]
sync again: 1 unchanged, 0 jobs
worker again: jobs=0 applied=0 attached=0 reused=0 removed=0 downloaded=0 dead_lettered=0 retried=0
  rows written 0
the job once more: jobs=1 applied=1 attached=0 reused=0 removed=0 downloaded=0 dead_lettered=0 retried=0
  rows written 0, files written 0, changed products []
requests to the image server since the first run: 0
  (no dead letters)
gallery, roles and files as before: yes
