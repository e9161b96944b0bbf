--TEST--
Engine::sync delta run on /products: a parked record is asked for again by its identifier
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('parked_rerequest_identifier_variation', ['products' => 3, 'options' => ['color' => 3],
    'product_overrides' => ['2' => ['categories' => 'summer']]]);
$t = sync_setup('parked_rerequest_identifier_variation', false, ['currency' => 'EUR',
    'source' => ['type' => 'akeneo_api', 'endpoint' => 'products'] + akeneo_settings($srv)]);
echo sync_run($t)->status, "\n";
akeneo_scenario_set($srv, ['product_overrides' => []]);
$before = count(akeneo_log($srv));
$r = sync_run($t, ['mode' => 'delta']);
echo $r->status, ' ', sync_counts($r), "\n";
echo json_encode(array_slice(akeneo_product_searches($srv, $before), 1)), "\n";
echo implode(',', $t['pdo']->query('SELECT CONCAT(source_id, " ", status) FROM pimsync_dead_letter')->fetchAll(PDO::FETCH_COLUMN)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('parked_rerequest_identifier_variation');
akeneo_clean('parked_rerequest_identifier_variation');
?>
--EXPECT--
partial
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
[{"identifier":[{"operator":"IN","value":["sku-00002"]}]}]
sku-00002 resolved
