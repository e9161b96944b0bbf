--TEST--
Engine::sync API run: a record parked as a duplicate SKU is not asked for by uuid (alone it would pass), and the report says it comes back with the next full run
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('parked_without_id_variation', ['products' => 3, 'options' => ['color' => 3],
    'product_overrides' => ['3' => ['identifier' => 'sku-00002']]]);
$t = sync_setup('parked_without_id_variation', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo $r->warnings['parked_without_id']['message'], "\n";
echo json_encode($t['pdo']->query('SELECT sku, source_id, status FROM pimsync_dead_letter')->fetchAll(PDO::FETCH_ASSOC)), "\n";
$before = count(akeneo_log($srv));
sync_run($t, ['mode' => 'delta']);
echo json_encode(array_map(fn($s) => array_keys($s), akeneo_product_searches($srv, $before))), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('parked_without_id_variation');
akeneo_clean('parked_without_id_variation');
?>
--EXPECT--
partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
1 records were parked without an id to request them by (none given, or a duplicate SKU): a delta run reads them again only when they change; the next full run reads them
[{"sku":"sku-00002","source_id":null,"status":"open"}]
[["updated"]]
