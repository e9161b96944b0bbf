--TEST--
Engine::sync: when the feed moves a product from one category to another (url key unchanged), its category-path rewrites follow: the left category's rewrite and its 301s go (Magento's save drops them), the new category's is written, the plain one stays (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/catalog_urls.inc';
$product = fn (string $key, string $category) => sync_product('A', ['name' => [sync_v('Silk Blouse', 'en_US')],
    'url_key' => [sync_v($key, 'en_US')]], ['categories' => [$category]]);
foreach ([false, true] as $staging) {
    $name = 'prod_cat_rw_moved_' . ($staging ? 'staging' : 'os');
    $t = sync_setup($name, $staging, ['locales' => ['en_US' => ['default']]]);
    $women = urls_category($t, 2, 'women', 'women');
    $sale = urls_category($t, 2, 'sale', 'sale');
    urls_config($t, 'catalog/seo/product_use_categories', '1');
    $t['config']['categories'] = ['map' => ['women' => $women, 'sale' => $sale]];
    $names = [$women => 'WOMEN', $sale => 'SALE'];
    sync_feed($t, [$product('blouse', 'women')]);
    sync_run($t);
    sync_feed($t, [$product('silk-blouse', 'women')]); // women/blouse.html becomes a 301
    sync_run($t);
    sync_feed($t, [$product('silk-blouse', 'sale')]);
    $r = sync_run($t);
    echo "== ", $staging ? 'row_id' : 'entity_id', ": ", sync_counts($r), ' ',
        json_encode(array_intersect_key($r->rowsWritten, array_flip(['url_rewrite', 'url_rewrite (301)', 'url_rewrite (deleted)']))), "\n";
    echo urls_rewrites($t, 'A', $names, 1);
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('prod_cat_rw_moved_os');
sync_clean('prod_cat_rw_moved_staging');
?>
--EXPECT--
== entity_id: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 {"url_rewrite (deleted)":6,"url_rewrite":3}
1 sale/silk-blouse.html -> catalog/product/view/id/P/category/SALE 0 1 {"category_id":"SALE"} relation SALE/P
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
1 blouse.html -> silk-blouse.html 301 0 -
== row_id: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 {"url_rewrite (deleted)":6,"url_rewrite":3}
1 sale/silk-blouse.html -> catalog/product/view/id/P/category/SALE 0 1 {"category_id":"SALE"} relation SALE/P
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
1 blouse.html -> silk-blouse.html 301 0 -