--TEST--
Engine::sync: missing categories are created under the root and reused on the next run
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('category_create_basic');
sync_feed($t, [
    sync_product('A', [], ['categories' => ['summer_sale', 'men']]),
    sync_product('B', [], ['categories' => ['men']]),
]);
$r = sync_run($t);
echo sync_counts($r), " categories written: ", $r->rowsWritten['catalog_category_entity'], "\n";
$pdo = $t['pdo'];
print_r($pdo->query("SELECT entity_id, parent_id, path, level, position, children_count FROM catalog_category_entity WHERE entity_id > 2 ORDER BY entity_id")->fetchAll());
echo "root children_count: ", $pdo->query("SELECT children_count FROM catalog_category_entity WHERE entity_id = 2")->fetchColumn(), "\n";
foreach ($pdo->query("SELECT e.entity_id, a.attribute_code, v.store_id, v.value FROM catalog_category_entity_varchar v
    JOIN catalog_category_entity e USING (entity_id) JOIN eav_attribute a USING (attribute_id)
    WHERE e.entity_id > 2 AND a.attribute_code IN ('name', 'url_key') ORDER BY e.entity_id, a.attribute_code") as $row) {
    echo implode(' ', $row), "\n";
}
print_r($pdo->query("SELECT code, magento_id FROM pimsync_entity_map WHERE kind = 'category' ORDER BY code")->fetchAll(PDO::FETCH_KEY_PAIR));
foreach ($pdo->query("SELECT e.sku, c.category_id FROM catalog_category_product c JOIN catalog_product_entity e ON e.entity_id = c.product_id ORDER BY e.sku, c.category_id") as $row) {
    echo implode(' ', $row), "\n";
}
// next run: the same codes resolve to the same categories, nothing new is created
sync_feed($t, [sync_product('C', [], ['categories' => ['men', 'summer_sale']])]);
$r = sync_run($t);
echo sync_counts($r), " categories written: ", $r->rowsWritten['catalog_category_entity'] ?? 0, "\n";
echo sync_count($t, 'catalog_category_entity'), "\n";
echo implode(',', $pdo->query("SELECT c.category_id FROM catalog_category_product c JOIN catalog_product_entity e ON e.entity_id = c.product_id WHERE e.sku = 'C' ORDER BY 1")->fetchAll(PDO::FETCH_COLUMN)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('category_create_basic');
?>
--EXPECT--
seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0 categories written: 2
Array
(
    [0] => Array
        (
            [entity_id] => 3
            [parent_id] => 2
            [path] => 1/2/3
            [level] => 2
            [position] => 1
            [children_count] => 0
        )

    [1] => Array
        (
            [entity_id] => 4
            [parent_id] => 2
            [path] => 1/2/4
            [level] => 2
            [position] => 2
            [children_count] => 0
        )

)
root children_count: 2
3 name 0 summer_sale
3 url_key 0 summer-sale
4 name 0 men
4 url_key 0 men
Array
(
    [men] => 4
    [summer_sale] => 3
)
A 3
A 4
B 4
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0 categories written: 0
4
3,4
