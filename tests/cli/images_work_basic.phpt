--TEST--
bin/pimsync images:work --once: the jobs a sync put on the stream are done; one summary line (jobs, images attached and reused, dead-lettered, retried), exit 0; a second run finds nothing; --max-jobs stops early; a bad --max-jobs is a usage error
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
require __DIR__ . '/../support/cli.inc';
$srv = image_server_start('cli_images_work_basic');
$t = worker_setup('cli_images_work_basic');
sync_feed($t, [
    sync_product('A', ['picture' => [sync_v(worker_url($srv, 'a.png', 40))], 'gallery' => [sync_v("{$srv['url']}/status/404")]]),
    sync_product('B', ['picture' => [sync_v(worker_url($srv, 'b.png', 41))]]),
    sync_product('C', ['picture' => [sync_v(worker_url($srv, 'a.png', 40))]]),
]);
sync_run($t);
$env = ['PIMSYNC_DB_NAME' => pimsync_test_db_name('cli_images_work_basic')];
$clean = fn (string $s) => preg_replace(['/in \d+\.\d s/', '/\(\d+ bytes\)/', '/stream \S+/'], ['in N s', '(N bytes)', 'stream S'], $s);
$r = cli_run(['images:work', '--config', sync_config_file($t), '--once', '--max-jobs', '2'], $env);
echo 'exit ', $r['exit'], ': ', $clean($r['stdout']);
$r = cli_run(['images:work', '--config', sync_config_file($t), '--once'], $env);
echo 'exit ', $r['exit'], ': ', $clean($r['stdout']);
$r = cli_run(['images:work', '--config', sync_config_file($t), '--once'], $env);
echo 'exit ', $r['exit'], ': ', $clean($r['stdout']);
echo 'gallery values: ', worker_value_counts($t, ['A', 'B', 'C']), '; dead letters: ', sync_count($t, 'pimsync_image_dead_letter'), "\n";
$r = cli_run(['images:work', '--config', sync_config_file($t), '--max-jobs', '0'], $env);
echo 'exit ', $r['exit'], ': ', strtok($r['stderr'], "\n"), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('cli_images_work_basic');
?>
--EXPECT--
exit 0: images: 2 jobs in N s (2 applied, 0 obsolete, 0 refused, 0 claimed from other workers): 2 images attached (0 on files already stored), 0 updated, 0 removed, 0 retired; 2 products changed; 2 downloaded (N bytes); 1 dead-lettered, 0 left for a retry, 0 deadlocks retried; 0 from pimsync_image_outbox; stream S
exit 0: images: 1 jobs in N s (1 applied, 0 obsolete, 0 refused, 0 claimed from other workers): 1 images attached (1 on files already stored), 0 updated, 0 removed, 0 retired; 1 products changed; 1 downloaded (N bytes); 0 dead-lettered, 0 left for a retry, 0 deadlocks retried; 0 from pimsync_image_outbox; stream S
exit 0: images: 0 jobs in N s (0 applied, 0 obsolete, 0 refused, 0 claimed from other workers): 0 images attached (0 on files already stored), 0 updated, 0 removed, 0 retired; 0 products changed; 0 downloaded (N bytes); 0 dead-lettered, 0 left for a retry, 0 deadlocks retried; 0 from pimsync_image_outbox; stream S
gallery values: A 1, B 1, C 1; dead letters: 1
exit 64: pimsync: --max-jobs wants a whole number from 1 to 999999, got "0"
