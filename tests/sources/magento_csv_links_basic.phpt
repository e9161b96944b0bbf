--TEST--
Engine::sync: Magento import CSV related_skus, crosssell_skus, upsell_skus as product links in the order of the cell
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_links_basic');
mcsv_write($t, ['sku', 'name', 'related_skus', 'crosssell_skus', 'upsell_skus'], [
    ['HAT', 'Hat', 'CAP,SCARF', 'GLOVES', 'CAP'],
    ['CAP', 'Cap', '', '', ''],
    ['SCARF', 'Scarf', '', '', ''],
    ['GLOVES', 'Gloves', 'HAT', '', ''],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$links = function () use ($t): void {
    foreach ($t['pdo']->query("SELECT a.sku, t.code, b.sku AS target, pos.value AS position FROM catalog_product_link l
        JOIN catalog_product_link_type t ON t.link_type_id = l.link_type_id
        JOIN catalog_product_entity a ON a.entity_id = l.product_id JOIN catalog_product_entity b ON b.entity_id = l.linked_product_id
        LEFT JOIN catalog_product_link_attribute pa ON pa.link_type_id = l.link_type_id AND pa.product_link_attribute_code = 'position'
        LEFT JOIN catalog_product_link_attribute_int pos ON pos.link_id = l.link_id AND pos.product_link_attribute_id = pa.product_link_attribute_id
        ORDER BY a.sku, t.code, pos.value") as $l) {
        echo "{$l['sku']} {$l['code']} {$l['target']} {$l['position']}\n";
    }
};
$links();
// empty link cells leave a product's links as they are; __EMPTY__VALUE__ removes them
mcsv_write($t, ['sku', 'name', 'related_skus', 'crosssell_skus', 'upsell_skus'], [
    ['HAT', 'Hat 2', '', '', ''],
    ['GLOVES', 'Gloves', '__EMPTY__VALUE__', '', ''],
]);
$r = sync_run($t);
echo 'second file: ', $r->status, "\n";
$links();
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_links_basic');
?>
--EXPECT--
success seen=4 created=4 updated=0 unchanged=0 disabled=0 failed=0
GLOVES relation HAT 1
HAT cross_sell GLOVES 1
HAT relation CAP 1
HAT relation SCARF 2
HAT up_sell CAP 1
second file: success
HAT cross_sell GLOVES 1
HAT relation CAP 1
HAT relation SCARF 2
HAT up_sell CAP 1
