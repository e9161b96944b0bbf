--TEST--
Engine::sync: a feed SKU is matched to the Magento product its collation calls the same ("cafe-1" is "CAFÉ-1" under utf8mb3_general_ci): that product is updated, no second one is created
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('sku_collation_variation');
sync_feed($t, [sync_product('CAFÉ-1', ['name' => [sync_v('Before', 'en_US')]])]);
sync_run($t);
$t['pdo']->exec('TRUNCATE pimsync_product_state'); // as if Magento had it before pimsync
sync_feed($t, [sync_product('cafe-1', ['name' => [sync_v('After', 'en_US')]])]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo 'products: ', json_encode($t['pdo']->query('SELECT sku FROM catalog_product_entity')->fetchAll(PDO::FETCH_COLUMN), JSON_UNESCAPED_UNICODE), "\n";
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('sku_collation_variation');
?>
--EXPECT--
success seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
products: ["CAFÉ-1"]
CAFÉ-1 0 'After'
CAFÉ-1 1 'After'
