--TEST--
Category tree: a category renamed with categories.url_keys_follow_labels changes its url_path: its products' category-path rewrites follow without a 301 in a store that keeps no rewrite history, and are left alone in a store where product_use_categories is off (both layouts)
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
    $t = cat_setup("cat_product_rewrites_follow_var_$layout", $staging,
        ['locales' => ['en_US' => ['default']], 'categories' => ['url_keys_follow_labels' => true]]);
    urls_config($t, 'catalog/seo/product_use_categories', '1');
    urls_config($t, 'catalog/seo/save_rewrites_history', '0', 'stores', 1);
    urls_config($t, 'catalog/seo/product_use_categories', '0', 'stores', 2);
    $tree = fn (string $label) => [cat('master', null), cat('shoes', 'master', ['en_US' => $label])];
    cat_feed($t, $tree('Shoes'));
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Chelsea', 'en_US')], 'url_key' => [sync_v('chelsea', 'en_US')]],
        ['categories' => ['shoes']])]);
    sync_run($t);
    $names = cat_codes($t);
    $store2 = urls_rewrites($t, 'A', $names, 2);
    cat_feed($t, $tree('Footwear'));
    $r = sync_run($t);
    echo sync_counts($r), ' products followed: ', $r->categories['product_rewrites_followed'] ?? 0, "\n";
    echo "store 1 (no history):\n", urls_rewrites($t, 'A', $names, 1);
    echo "store 3 (history):\n", urls_rewrites($t, 'A', $names, 3);
    echo 'store 2 (no category paths) untouched: ', json_encode(urls_rewrites($t, 'A', $names, 2) === $store2), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('cat_product_rewrites_follow_var_entity_id');
sync_clean('cat_product_rewrites_follow_var_row_id');
?>
--EXPECT--
== entity_id
seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0 products followed: 1
store 1 (no history):
1 chelsea.html -> catalog/product/view/id/P 0 1 -
1 footwear/chelsea.html -> catalog/product/view/id/P/category/shoes 0 1 {"category_id":"shoes"} relation shoes/P
store 3 (history):
3 chelsea.html -> catalog/product/view/id/P 0 1 -
3 footwear/chelsea.html -> catalog/product/view/id/P/category/shoes 0 1 {"category_id":"shoes"} relation shoes/P
3 shoes/chelsea.html -> footwear/chelsea.html 301 0 {"category_id":"shoes"}
store 2 (no category paths) untouched: true
== row_id
seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0 products followed: 1
store 1 (no history):
1 chelsea.html -> catalog/product/view/id/P 0 1 -
1 footwear/chelsea.html -> catalog/product/view/id/P/category/shoes 0 1 {"category_id":"shoes"} relation shoes/P
store 3 (history):
3 chelsea.html -> catalog/product/view/id/P 0 1 -
3 footwear/chelsea.html -> catalog/product/view/id/P/category/shoes 0 1 {"category_id":"shoes"} relation shoes/P
3 shoes/chelsea.html -> footwear/chelsea.html 301 0 {"category_id":"shoes"}
store 2 (no category paths) untouched: true
