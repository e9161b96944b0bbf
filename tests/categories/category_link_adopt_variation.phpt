--TEST--
Engine::sync after an upgrade from a version that did not record its category links: the first run adopts, once, the links of products pimsync wrote to categories it manages (what older versions removed), so a link the feed drops still goes; a link to a category pimsync does not manage stays, and a merchant link added after the upgrade stays (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/catalog_urls.inc';
foreach ([false, true] as $staging) {
    $name = 'cat_link_adopt_' . ($staging ? 'staging' : 'os');
    $t = sync_setup($name, $staging);
    $pdo = $t['pdo'];
    $merchant = urls_category($t, 2, 'gifts', 'gifts');   // not pimsync's
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Shirt', 'en_US')]], ['categories' => ['men', 'sale']]),
                   sync_product('B', ['name' => [sync_v('Belt', 'en_US')]], ['categories' => ['men']])]);
    sync_run($t);
    $ids = $pdo->query("SELECT code, magento_id FROM pimsync_entity_map WHERE kind = 'category'")->fetchAll(PDO::FETCH_KEY_PAIR);
    $ids['gifts'] = $merchant;
    $a = sync_entity_id($t, 'A');
    $b = sync_entity_id($t, 'B');
    $pdo->exec("INSERT INTO catalog_category_product (category_id, product_id, position) VALUES ($merchant, $a, 0)");
    // as an older version left it: links written, none recorded
    $pdo->exec('DELETE FROM pimsync_category_link');
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Shirt', 'en_US')]], ['categories' => ['men']]),
                   sync_product('B', ['name' => [sync_v('Belt', 'en_US')]], ['categories' => ['men']])]);
    $r = sync_run($t);
    // after the adoption a merchant puts B in "sale": it is the merchant's
    $pdo->exec("INSERT INTO catalog_category_product (category_id, product_id, position) VALUES ({$ids['sale']}, $b, 0)");
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Shirt', 'en_US')]], ['categories' => ['men']]),
                   sync_product('B', ['name' => [sync_v('Belt', 'en_US')]], [])]);
    $r2 = sync_run($t);
    echo "== ", $staging ? 'row_id' : 'entity_id', ": ", sync_counts($r), " / ", sync_counts($r2), "\n";
    $names = array_flip($ids);
    foreach ($pdo->query("SELECT e.sku, c.category_id FROM catalog_category_product c JOIN catalog_product_entity e ON e.entity_id = c.product_id
                          ORDER BY e.sku, c.category_id") as $row) {
        echo $row['sku'], ' ', $names[$row['category_id']], "\n";
    }
    echo "marker: ", sync_count($t, 'pimsync_category_link', 'product_id = 0 AND category_id = 0'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('cat_link_adopt_os');
sync_clean('cat_link_adopt_staging');
?>
--EXPECT--
== entity_id: seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0 / seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0
A gifts
A men
B sale
marker: 1
== row_id: seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0 / seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0
A gifts
A men
B sale
marker: 1