--TEST--
Images: Redis stopped and started again in the middle of a run: the batch committed while it is down keeps its jobs in pimsync_image_outbox, and the first batch after it is back (past the backoff) sends them, then its own, in order; the stream kept what it had (append-only file) and nothing is lost or left waiting
--EXTENSIONS--
pimsync
pdo_mysql
posix
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); if (!is_executable('/usr/bin/redis-server') && !shell_exec('command -v redis-server')) echo "skip redis-server is not installed\n"; ?>
--FILE--
<?php
require __DIR__ . '/../support/image_jobs.inc';
require __DIR__ . '/../support/run_child.inc';
$t = images_setup('redis_restart_variation');
$redis = redis_private_start($t);
$port = $redis['port'];
$t['config']['images']['redis'] = ['port' => $port];
$shade = sync_attr($t, 'shade', 'int', 'select');
sync_engine($t)->installSchema();
$items = [];
foreach ([1, 2, 3] as $i) {
    $items[] = sync_product("P$i", ['name' => [sync_v("Product $i", 'en_US')], 'shade' => [sync_v("o$i")],
        'picture' => [sync_v(akeneo_media_code("p$i.jpg"))]]);
}
sync_feed($t, $items);
$db = $t['pdo']->query('SELECT DATABASE()')->fetchColumn();

// two other writers hold the claims batches 2 and 3 need: the test knows where the run stands
$holders = [];
foreach ([2, 3] as $i) {
    $holders[$i] = pimsync_test_pdo($db);
    $holders[$i]->beginTransaction();
    $holders[$i]->exec("INSERT INTO eav_attribute_option (attribute_id, sort_order) VALUES ($shade, 0)");
    $id = (int) $holders[$i]->lastInsertId();
    $holders[$i]->exec("INSERT INTO pimsync_entity_map (kind, scope, code, magento_id) VALUES ('option', 'shade', 'o$i', $id)");
}
$child = run_child_start($t, 'full', 1);
run_child_wait_blocked($t, "INSERT IGNORE INTO pimsync_entity_map%'o2'");
echo 'batch 1 committed, its job on the stream: ', implode(',', array_column(image_jobs_on($t['stream'], $port), 'sku')), "\n";

redis_private_stop($redis);
echo "Redis stopped\n";
$holders[2]->commit();
run_child_wait_blocked($t, "INSERT IGNORE INTO pimsync_entity_map%'o3'");
echo 'batch 2 committed, waiting in the outbox: ', implode(',', $t['pdo']->query('SELECT sku FROM pimsync_image_outbox')->fetchAll(PDO::FETCH_COLUMN)),
    ', products in Magento: ', sync_count($t, 'catalog_product_entity'), "\n";

$redis = redis_private_start($t, $port);
echo 'Redis started again, the stream kept: ', implode(',', array_column(image_jobs_on($t['stream'], $port), 'sku')), "\n";
usleep(700000); // past the first backoff (0.5 s)
$holders[3]->commit();
$r = run_child_finish($child);
echo 'run: exit ', $r['exit'], ' ', $r['result']['status'], ', created ', $r['result']['counts']['created'], "\n";
echo 'on the stream: ', implode(',', array_column(image_jobs_on($t['stream'], $port), 'sku')), ', outbox rows: ', sync_count($t, 'pimsync_image_outbox'), "\n";
$report = json_decode($t['pdo']->query('SELECT report FROM pimsync_run ORDER BY run_id DESC LIMIT 1')->fetchColumn(), true);
echo 'report: ', json_encode(array_diff_key($report['images'], ['stream' => 1])), "\n";
$r = redis_connect($port);
echo 'consumer group made from the start: ', json_encode(array_map(fn ($g) => $g[1] . ' last ' . $g[7], redis_cmd($r, 'XINFO', 'GROUPS', $t['stream']))), "\n";
fclose($r);
redis_private_stop($redis);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_jobs.inc';
images_clean('redis_restart_variation');
?>
--EXPECT--
batch 1 committed, its job on the stream: P1
Redis stopped
batch 2 committed, waiting in the outbox: P2, products in Magento: 2
Redis started again, the stream kept: P1
run: exit 0 success, created 3
on the stream: P1,P2,P3, outbox rows: 0
report: {"products":3,"jobs":3,"enqueued":3,"outbox":0}
consumer group made from the start: ["pimsync-images last 0-0"]
