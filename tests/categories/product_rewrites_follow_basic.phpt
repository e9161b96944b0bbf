--TEST--
Category tree: when a category moves, the category-path rewrites of the products in it and in its subcategories follow (new path live, a 301 from the old one, as Magento's category save does), although the products themselves did not change; products elsewhere are not touched (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/categories.inc';
require __DIR__ . '/../support/catalog_urls.inc';
foreach (['entity_id' => false, 'row_id' => true] as $layout => $staging) {
    echo "== $layout\n";
    $t = cat_setup("cat_product_rewrites_follow_$layout", $staging, ['locales' => ['en_US' => ['default']]]);
    urls_config($t, 'catalog/seo/product_use_categories', '1');
    $tree = [cat('master', null), cat('men', 'master', ['en_US' => 'Men']), cat('women', 'master', ['en_US' => 'Women']),
        cat('shoes', 'men', ['en_US' => 'Shoes']), cat('boots', 'shoes', ['en_US' => 'Boots'])];
    cat_feed($t, $tree);
    $product = fn (string $sku, string $key, array $categories) => sync_product($sku, ['name' => [sync_v(ucfirst($key), 'en_US')],
        'url_key' => [sync_v($key, 'en_US')]], ['categories' => $categories]);
    sync_feed($t, [$product('A', 'chelsea', ['boots']), $product('B', 'sandal', ['shoes']), $product('C', 'scarf', ['women'])]);
    sync_run($t);
    $names = cat_codes($t);
    $before = ['C' => urls_rewrites($t, 'C', $names)];
    /* shoes (with boots below it) moves from men to women; the products' own lines are the same */
    $tree[3] = cat('shoes', 'women', ['en_US' => 'Shoes']);
    cat_feed($t, $tree);
    $r = sync_run($t);
    echo sync_counts($r), ' moved: ', implode(',', $r->categories['codes']['moved']),
        ' products followed: ', $r->categories['product_rewrites_followed'] ?? 0, "\n";
    foreach (['A', 'B'] as $sku) {
        echo "$sku:\n", urls_rewrites($t, $sku, $names, 1);
    }
    echo 'C untouched: ', json_encode(urls_rewrites($t, 'C', $names) === $before['C']), "\n";
    $r = sync_run($t);
    echo 'again: ', json_encode(array_intersect_key($r->rowsWritten, array_flip(['url_rewrite', 'url_rewrite (301)']))), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('cat_product_rewrites_follow_entity_id');
sync_clean('cat_product_rewrites_follow_row_id');
?>
--EXPECT--
== entity_id
seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0 moved: shoes products followed: 2
A:
1 chelsea.html -> catalog/product/view/id/P 0 1 -
1 women/shoes/boots/chelsea.html -> catalog/product/view/id/P/category/boots 0 1 {"category_id":"boots"} relation boots/P
1 men/shoes/boots/chelsea.html -> women/shoes/boots/chelsea.html 301 0 {"category_id":"boots"}
B:
1 sandal.html -> catalog/product/view/id/P 0 1 -
1 women/shoes/sandal.html -> catalog/product/view/id/P/category/shoes 0 1 {"category_id":"shoes"} relation shoes/P
1 men/shoes/sandal.html -> women/shoes/sandal.html 301 0 {"category_id":"shoes"}
C untouched: true
again: []
== row_id
seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0 moved: shoes products followed: 2
A:
1 chelsea.html -> catalog/product/view/id/P 0 1 -
1 women/shoes/boots/chelsea.html -> catalog/product/view/id/P/category/boots 0 1 {"category_id":"boots"} relation boots/P
1 men/shoes/boots/chelsea.html -> women/shoes/boots/chelsea.html 301 0 {"category_id":"boots"}
B:
1 sandal.html -> catalog/product/view/id/P 0 1 -
1 women/shoes/sandal.html -> catalog/product/view/id/P/category/shoes 0 1 {"category_id":"shoes"} relation shoes/P
1 men/shoes/sandal.html -> women/shoes/sandal.html 301 0 {"category_id":"shoes"}
C untouched: true
again: []
