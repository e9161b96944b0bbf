--TEST--
Images worker: the images of a chunk download in parallel: six images that each take 1 s to answer are done in about one such period
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
$srv = image_server_start('worker_parallel_basic');
$t = worker_setup('worker_parallel_basic');
$slow = [];
for ($i = 1; $i <= 6; $i++) {
    $slow[] = sync_v(worker_url($srv, "slow$i.png", 40 + $i, 30, 0, 'delay_ms=1000'));
}
sync_feed($t, [sync_product('HAT-1', ['gallery' => $slow])]);
sync_run($t);
$r = worker_run($t);
echo worker_counts($r);
echo 'in about one slow period (1 s, and far from the 6 s one after the other): ', $r['elapsed_s'] >= 1.0 && $r['elapsed_s'] < 4 ? 'yes' : "no ({$r['elapsed_s']} s)", "\n";
echo 'requests at once on the server: ', image_server_stats($srv)['max_active'], "\n";
echo images_gallery($t, 'HAT-1');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_parallel_basic');
?>
--EXPECT--
jobs=1 applied=1 attached=6 reused=0 removed=0 downloaded=6 dead_lettered=0 retried=0
in about one slow period (1 s, and far from the 6 s one after the other): yes
requests at once on the server: 6
  /s/l/slow1.png -@1
  /s/l/slow2.png -@2
  /s/l/slow3.png -@3
  /s/l/slow4.png -@4
  /s/l/slow5.png -@5
  /s/l/slow6.png -@6
