--TEST--
Engine::sync: Magento import CSV categories: "Default Category/A/B" paths, ","-separated, created under the root as Magento's import creates them (a "\/" in a name), the product linked to each path's last category
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_categories_basic');
mcsv_write($t, ['sku', 'name', 'categories'], [
    ['HAT', 'Hat', 'Default Category/Men/Hats,Default Category/Sale'],
    ['CAP', 'Cap', 'Default Category/Men/Hats'],
    ['BAG', 'Bag', 'Default Category/Bags 1\/2 price'],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$name = (int) $t['pdo']->query("SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 3 AND attribute_code = 'name'")->fetchColumn();
$names = $t['pdo']->query("SELECT entity_id, value FROM catalog_category_entity_varchar WHERE store_id = 0 AND attribute_id = $name")->fetchAll(PDO::FETCH_KEY_PAIR);
$names[2] = 'Default Category';
foreach ($t['pdo']->query('SELECT entity_id, parent_id, level FROM catalog_category_entity WHERE level >= 2 ORDER BY path') as $c) {
    echo str_repeat('  ', $c['level'] - 2), $names[$c['entity_id']], ' (under ', $names[$c['parent_id']], ")\n";
}
foreach ($t['pdo']->query('SELECT e.sku, p.category_id FROM catalog_category_product p JOIN catalog_product_entity e ON e.entity_id = p.product_id ORDER BY e.sku, p.category_id') as $l) {
    echo "{$l['sku']} in {$names[$l['category_id']]}\n";
}
$r = sync_run($t);
echo 'again: ', $r->status, ' ', sync_counts($r), ' categories ', sync_count($t, 'catalog_category_entity'), "\n";
// an empty cell leaves the product's categories as they are, __EMPTY__VALUE__ removes them
mcsv_write($t, ['sku', 'name', 'categories'], [
    ['HAT', 'Hat', '__EMPTY__VALUE__'],
    ['CAP', 'Cap 2', ''],
]);
$r = sync_run($t);
echo 'emptied: ', $r->status, "\n";
foreach ($t['pdo']->query('SELECT e.sku, p.category_id FROM catalog_category_product p JOIN catalog_product_entity e ON e.entity_id = p.product_id ORDER BY e.sku, p.category_id') as $l) {
    echo "{$l['sku']} in {$names[$l['category_id']]}\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_categories_basic');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
Men (under Default Category)
  Hats (under Men)
Sale (under Default Category)
Bags 1/2 price (under Default Category)
BAG in Bags 1/2 price
CAP in Hats
HAT in Hats
HAT in Sale
again: success seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0 categories 6
emptied: success
BAG in Bags 1/2 price
CAP in Hats
