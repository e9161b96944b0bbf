--TEST--
Engine::sync with the akeneo_api source: a full sync creates the products; a delta run asks for updated > the last run's start less the 5 s overlap and writes nothing
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('engine_akeneo_api_basic', ['products' => 5, 'options' => ['color' => 3]]);
$t = sync_setup('akeneo_api_basic', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo str_replace((string) $srv['port'], 'PORT', $r->source), "\n";
echo sync_dump($t, 'name'), sync_dump($t, 'status'), sync_dump($t, 'price');
$started = $t['pdo']->query('SELECT started_at FROM pimsync_run WHERE run_id = 1')->fetchColumn();
$before = count(akeneo_log($srv));
$r = sync_run($t, ['mode' => 'delta']);
echo $r->status, ' ', $r->mode, ' ', sync_counts($r), "\n";
var_dump($r->rowsWritten);
$listing = array_values(array_filter(array_slice(akeneo_log($srv), $before), fn($e) => str_contains($e['uri'], '/products')));
parse_str(parse_url($listing[0]['uri'], PHP_URL_QUERY), $query);
$window = gmdate('Y-m-d H:i:s', strtotime("$started UTC") - 5);
var_dump(json_decode($query['search'], true) === ['updated' => [['operator' => '>', 'value' => $window]]]);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('akeneo_api_basic');
akeneo_clean('engine_akeneo_api_basic');
?>
--EXPECT--
success seen=5 created=5 updated=0 unchanged=0 disabled=0 failed=0
http://127.0.0.1:PORT
sku-00001 0 'Shirt 1'
sku-00001 1 'Shirt 1'
sku-00002 0 'Shirt 2'
sku-00002 1 'Shirt 2'
sku-00003 0 'Shirt 3'
sku-00003 1 'Shirt 3'
sku-00004 0 'Shirt 4'
sku-00004 1 'Shirt 4'
sku-00005 0 'Shirt 5'
sku-00005 1 'Shirt 5'
sku-00001 0 1
sku-00002 0 1
sku-00003 0 1
sku-00004 0 1
sku-00005 0 1
sku-00001 0 '11.500000'
sku-00002 0 '12.500000'
sku-00003 0 '13.500000'
sku-00004 0 '14.500000'
sku-00005 0 '15.500000'
success delta seen=0 created=0 updated=0 unchanged=0 disabled=0 failed=0
array(0) {
}
bool(true)
