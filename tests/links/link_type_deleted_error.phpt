--TEST--
Product links: a link type deleted from Magento while the run goes on (after it read the link types) fails the batches whose new products would link with it, by name; no link row is left without its type
--EXTENSIONS--
pimsync
pdo_mysql
posix
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
require __DIR__ . '/../support/run_child.inc';

$t = sync_setup('link_type_deleted');
$items = [sync_product('TARGET', ['name' => [sync_v('Target')]])];
for ($i = 1; $i <= 6; $i++) {
    // the second batch of three creates category "hats": the test stops it there
    $items[] = sync_product("P$i", ['name' => [sync_v("Product $i")]],
        ['categories' => $i > 2 ? ['hats'] : [], 'associations' => links_assoc(['X_SELL' => ['TARGET']])]);
}
sync_feed($t, $items);
sync_engine($t)->installSchema();

$holder = pimsync_test_pdo($t['pdo']->query('SELECT DATABASE()')->fetchColumn());
$holder->beginTransaction();
$holder->query('SELECT entity_id FROM catalog_category_entity WHERE entity_id = 2 FOR UPDATE');
$child = run_child_start($t, 'full', 3);
run_child_wait_blocked($t, 'UPDATE catalog_category_entity SET path');
// the cross-sell type goes (its position attribute and the first batch's links with it)
$t['pdo']->exec("DELETE FROM catalog_product_link_type WHERE code = 'cross_sell'");
$holder->rollBack();
$r = run_child_finish($child);
echo 'run: ', $r['result']['status'], ' ', json_encode($r['result']['counts']), "\n";
foreach ($t['pdo']->query('SELECT sku, reason FROM pimsync_dead_letter ORDER BY sku') as $row) {
    echo "{$row['sku']}: {$row['reason']}\n";
}
echo 'products: ', sync_count($t, 'catalog_product_entity'), "\n";
echo 'link rows without their type: ', sync_count($t, 'catalog_product_link l',
    'NOT EXISTS (SELECT 1 FROM catalog_product_link_type y WHERE y.link_type_id = l.link_type_id)'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('link_type_deleted');
?>
--EXPECT--
run: partial {"seen":7,"created":3,"updated":0,"unchanged":0,"disabled":0,"failed":4}
P3: a product link type or its position attribute is no longer in Magento (catalog_product_link_type, catalog_product_link_attribute): it was deleted after this run read them
P4: a product link type or its position attribute is no longer in Magento (catalog_product_link_type, catalog_product_link_attribute): it was deleted after this run read them
P5: a product link type or its position attribute is no longer in Magento (catalog_product_link_type, catalog_product_link_attribute): it was deleted after this run read them
P6: a product link type or its position attribute is no longer in Magento (catalog_product_link_type, catalog_product_link_attribute): it was deleted after this run read them
products: 3
link rows without their type: 0