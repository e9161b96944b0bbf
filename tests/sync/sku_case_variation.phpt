--TEST--
Engine::sync: SKUs that differ only in letter case are one product, as Magento's collation sees them: matched to the existing product, and a second spelling in one feed is a duplicate
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('sku_case_variation');
// a product Magento already has, created outside pimsync
sync_feed($t, [sync_product('ABC-1', ['name' => [sync_v('Upper', 'en_US')]])]);
sync_run($t);
$t['pdo']->exec('TRUNCATE pimsync_product_state');

sync_feed($t, [
    sync_product('abc-1', ['name' => [sync_v('Lower', 'en_US')]]),
    sync_product('Abc-1', ['name' => [sync_v('Mixed', 'en_US')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo $r->errors[0]['position'], ' ', $r->errors[0]['sku'], ': ', $r->errors[0]['reason'], "\n";
echo "products: ", sync_count($t, 'catalog_product_entity'), "\n";
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('sku_case_variation');
?>
--EXPECT--
partial seen=2 created=0 updated=1 unchanged=0 disabled=0 failed=1
line 2 Abc-1: duplicate record: SKU already read at record 1 of this feed
products: 1
ABC-1 0 'Lower'
ABC-1 1 'Lower'
