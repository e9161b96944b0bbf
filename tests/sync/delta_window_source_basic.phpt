--TEST--
Engine::sync delta window is kept per source: a file run between two API runs does not move the API's window, and another endpoint of the same PIM has its own
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('delta_window_source_basic', ['products' => 3, 'options' => ['color' => 3]]);
$t = sync_setup('delta_window_source_basic', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
echo sync_run($t)->status, "\n";
/* the API run happened an hour ago; the file run below starts later */
$t['pdo']->exec('UPDATE pimsync_run SET started_at = started_at - INTERVAL 1 HOUR WHERE run_id = 1');
$apiStart = $t['pdo']->query('SELECT started_at FROM pimsync_run WHERE run_id = 1')->fetchColumn();

$file = $t;
$file['config']['source'] = ['type' => 'jsonl', 'path' => 'feed.jsonl'];
sync_feed($file, [sync_product('HAT-1', ['name' => [sync_v('Hat', 'en_US')]])]);
echo sync_run($file, ['mode' => 'delta'])->status, "\n";

$before = count(akeneo_log($srv));
echo sync_run($t, ['mode' => 'delta'])->status, "\n";
$window = gmdate('Y-m-d H:i:s', strtotime("$apiStart UTC") - 5);
var_dump(akeneo_product_searches($srv, $before) === [['updated' => [['operator' => '>', 'value' => $window]]]]);

/* /products of the same PIM has never been read: its first delta run lists everything */
$other = $t;
$other['config']['source']['endpoint'] = 'products';
$before = count(akeneo_log($srv));
echo sync_run($other, ['mode' => 'delta'])->status, "\n";
var_dump(akeneo_product_searches($srv, $before));

foreach ($t['pdo']->query('SELECT run_id, source_key FROM pimsync_run ORDER BY run_id') as $row) {
    echo $row['run_id'], ' ', str_replace([(string) $srv['port'], $t['dir']], ['PORT', 'DIR'], $row['source_key']), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('delta_window_source_basic');
akeneo_clean('delta_window_source_basic');
?>
--EXPECT--
success
success
success
bool(true)
success
array(1) {
  [0]=>
  array(0) {
  }
}
1 http://127.0.0.1:PORT/api/rest/v1/products-uuid
2 DIR/feed.jsonl
3 http://127.0.0.1:PORT/api/rest/v1/products-uuid
4 http://127.0.0.1:PORT/api/rest/v1/products
