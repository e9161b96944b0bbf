--TEST--
Engine::sync: a product-category link pimsync wrote goes when the feed drops it; a link a merchant added in Magento to a pimsync category, or that was there before the feed named it, stays (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/catalog_urls.inc';
foreach ([false, true] as $staging) {
    $name = 'cat_link_owner_' . ($staging ? 'staging' : 'os');
    $t = sync_setup($name, $staging);
    $pdo = $t['pdo'];
    sync_feed($t, [
        sync_product('A', ['name' => [sync_v('Shirt', 'en_US')]], ['categories' => ['men', 'sale']]),
        sync_product('B', ['name' => [sync_v('Belt', 'en_US')]], ['categories' => ['men']]),
    ]);
    sync_run($t);
    $ids = $pdo->query("SELECT code, magento_id FROM pimsync_entity_map WHERE kind = 'category'")->fetchAll(PDO::FETCH_KEY_PAIR);
    $a = sync_entity_id($t, 'A');
    $b = sync_entity_id($t, 'B');
    // the merchant puts B in "sale" in the admin (a category pimsync created)
    $pdo->exec("INSERT INTO catalog_category_product (category_id, product_id, position) VALUES ({$ids['sale']}, $b, 0)");
    // the feed drops "sale" from A and starts listing B in "sale", then drops it again
    sync_feed($t, [
        sync_product('A', ['name' => [sync_v('Shirt', 'en_US')]], ['categories' => ['men']]),
        sync_product('B', ['name' => [sync_v('Belt', 'en_US')]], ['categories' => ['men', 'sale']]),
    ]);
    $r1 = sync_run($t);
    sync_feed($t, [
        sync_product('A', ['name' => [sync_v('Shirt', 'en_US')]], ['categories' => ['men']]),
        sync_product('B', ['name' => [sync_v('Belt', 'en_US')]], ['categories' => ['men']]),
    ]);
    $r2 = sync_run($t);
    echo "== ", $staging ? 'row_id' : 'entity_id', ": ", sync_counts($r1), " / ", sync_counts($r2),
        " deleted: ", $r1->rowsWritten['catalog_category_product (deleted)'] ?? 0, "\n";
    $names = array_flip($ids);
    foreach ($pdo->query("SELECT e.sku, c.category_id FROM catalog_category_product c JOIN catalog_product_entity e ON e.entity_id = c.product_id
                          ORDER BY e.sku, c.category_id") as $row) {
        echo $row['sku'], ' ', $names[$row['category_id']], "\n";
    }
    echo "pimsync's: ";
    foreach ($pdo->query("SELECT product_id, category_id FROM pimsync_category_link WHERE product_id > 0 ORDER BY product_id, category_id") as $row) {
        echo ($row['product_id'] == $a ? 'A' : 'B'), '/', $names[$row['category_id']], ' ';
    }
    echo "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('cat_link_owner_os');
sync_clean('cat_link_owner_staging');
?>
--EXPECT--
== entity_id: seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0 / seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0 deleted: 1
A men
B men
B sale
pimsync's: A/men B/men 
== row_id: seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0 / seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0 deleted: 1
A men
B men
B sale
pimsync's: A/men B/men 
