--TEST--
Images: with Redis unreachable the sync still commits the products; their jobs wait in pimsync_image_outbox with the reason, the report and bin/pimsync's summary say so, and the next run that reaches Redis puts them on the stream, oldest first
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_jobs.inc';
require __DIR__ . '/../support/cli.inc';
$t = images_setup('redis_unreachable_error');
$t['config']['images']['redis'] = ['port' => redis_free_port(), 'password' => 'hunter2-secret'];
$items = [];
foreach (['P1', 'P2', 'P3'] as $sku) {
    $items[] = sync_product($sku, ['name' => [sync_v("Product $sku", 'en_US')], 'picture' => [sync_v(akeneo_media_code(strtolower($sku) . '.jpg'))]]);
}
sync_feed($t, $items);
$started = microtime(true);
$r = sync_run($t, ['batch_size' => 1]);
echo $r->status, ', created ', $r->counts['created'], ', products in Magento: ', sync_count($t, 'catalog_product_entity'), "\n";
echo 'images: ', json_encode(array_diff_key($r->images, ['stream' => 1])), ', seconds lost to Redis under 5: ', microtime(true) - $started < 5 ? 'yes' : 'no', "\n";
echo 'warning: ', preg_replace('/:\d+ is unreachable: .*/', ':PORT is unreachable: …', $r->warnings['image_outbox']['message']), "\n";
echo 'password in the report: ', str_contains(json_encode($r->toArray()), 'hunter2') ? 'yes' : 'no', "\n";
foreach ($t['pdo']->query('SELECT sku, chunk, chunks, reason IS NOT NULL AS has_reason, job FROM pimsync_image_outbox ORDER BY run_id, seq') as $row) {
    echo '  outbox: ', $row['sku'], ' ', $row['chunk'], '/', $row['chunks'], ', reason given: ', $row['has_reason'] ? 'yes' : 'no',
        ', job for it: ', json_decode($row['job'], true)['sku'] === $row['sku'] ? 'yes' : 'no', "\n";
}
echo 'on the stream: ', count(image_jobs_on($t['stream'])), "\n";

// bin/pimsync says it in its summary line; Redis is still down, the jobs still wait
$db = pimsync_test_db_name('redis_unreachable_error');
$cli = cli_run(['sync', '--config', sync_config_file($t)], ['PIMSYNC_DB_NAME' => $db]);
echo 'cli exit ', $cli['exit'], ': ', trim(preg_grep('/^  images:/', explode("\n", $cli['stdout']))[array_key_first(preg_grep('/^  images:/', explode("\n", $cli['stdout'])))] ?? 'no images line'), "\n";

// Redis is back: the next run, with nothing new to write, sends what waited
$t['config']['images']['redis'] = ['port' => redis_port()];
$r = sync_run($t);
echo $r->status, ', unchanged ', $r->counts['unchanged'], ', images: ', json_encode(array_diff_key($r->images, ['stream' => 1])), "\n";
echo 'on the stream: ', implode(', ', array_column(image_jobs_on($t['stream']), 'sku')), ', outbox rows: ', sync_count($t, 'pimsync_image_outbox'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_jobs.inc';
images_clean('redis_unreachable_error');
?>
--EXPECTF--
success, created 3, products in Magento: 3
images: {"products":3,"jobs":3,"enqueued":0,"outbox":3}, seconds lost to Redis under 5: yes
warning: 3 image jobs could not be put on Redis stream pimsync-test:%s and wait in pimsync_image_outbox (the next run that reaches Redis sends them): Redis at 127.0.0.1:PORT is unreachable: …
password in the report: no
  outbox: P1 1/1, reason given: yes, job for it: yes
  outbox: P2 1/1, reason given: yes, job for it: yes
  outbox: P3 1/1, reason given: yes, job for it: yes
on the stream: 0
cli exit 0: images: 0 products changed their media, 0 jobs; 0 put on Redis stream pimsync-test:%s, 3 waiting in pimsync_image_outbox
success, unchanged 3, images: {"products":0,"jobs":0,"enqueued":3,"outbox":0}
on the stream: P1, P2, P3, outbox rows: 0
