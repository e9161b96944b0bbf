--TEST--
Engine::sync: url key history without chains or loops: after blouse -> silk-blouse -> shirt every 301 (plain and category path) points at the live path, and when the key goes back to "blouse" the 301 that held blouse.html goes and the live rewrite takes it again (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/catalog_urls.inc';
$product = fn (string $key) => sync_product('A', ['name' => [sync_v('Silk Blouse', 'en_US')], 'url_key' => [sync_v($key, 'en_US')]],
                                            ['categories' => ['women']]);
foreach ([false, true] as $staging) {
    $name = 'prod_rw_loop_' . ($staging ? 'staging' : 'os');
    $t = sync_setup($name, $staging, ['locales' => ['en_US' => ['default']]]);
    $women = urls_category($t, 2, 'women', 'women');
    urls_config($t, 'catalog/seo/product_use_categories', '1');
    $t['config']['categories'] = ['map' => ['women' => $women]];
    echo "== ", $staging ? 'row_id' : 'entity_id', "\n";
    foreach (['blouse', 'silk-blouse', 'shirt', 'blouse'] as $i => $key) {
        sync_feed($t, [$product($key)]);
        $r = sync_run($t);
        if ($i < 2) {
            continue;
        }
        echo "-- $key: ", json_encode(array_intersect_key($r->rowsWritten,
            array_flip(['url_rewrite', 'url_rewrite (301)', 'url_rewrite (redirect retargeted)', 'url_rewrite (deleted)']))), "\n";
        echo urls_rewrites($t, 'A', [$women => 'WOMEN'], 1);
        // what a user checks: no redirect's target is itself a redirect, none is a live path's request
        $chains = sync_count($t, 'url_rewrite u JOIN url_rewrite v ON v.store_id = u.store_id AND v.request_path = u.target_path',
                             'u.redirect_type = 301 AND v.redirect_type = 301');
        $loops = sync_count($t, 'url_rewrite', 'redirect_type = 301 AND request_path = target_path');
        echo "chains: $chains loops: $loops 301s in all stores: ", sync_count($t, 'url_rewrite', 'redirect_type = 301'), "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('prod_rw_loop_os');
sync_clean('prod_rw_loop_staging');
?>
--EXPECT--
== entity_id
-- shirt: {"url_rewrite (301)":6,"url_rewrite (redirect retargeted)":6,"url_rewrite":6}
1 shirt.html -> catalog/product/view/id/P 0 1 -
1 women/shirt.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
1 blouse.html -> shirt.html 301 0 -
1 silk-blouse.html -> shirt.html 301 0 -
1 women/blouse.html -> women/shirt.html 301 0 {"category_id":"WOMEN"}
1 women/silk-blouse.html -> women/shirt.html 301 0 {"category_id":"WOMEN"}
chains: 0 loops: 0 301s in all stores: 12
-- blouse: {"url_rewrite (deleted)":6,"url_rewrite (301)":6,"url_rewrite (redirect retargeted)":6,"url_rewrite":6}
1 blouse.html -> catalog/product/view/id/P 0 1 -
1 women/blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
1 shirt.html -> blouse.html 301 0 -
1 silk-blouse.html -> blouse.html 301 0 -
1 women/shirt.html -> women/blouse.html 301 0 {"category_id":"WOMEN"}
1 women/silk-blouse.html -> women/blouse.html 301 0 {"category_id":"WOMEN"}
chains: 0 loops: 0 301s in all stores: 12
== row_id
-- shirt: {"url_rewrite (301)":6,"url_rewrite (redirect retargeted)":6,"url_rewrite":6}
1 shirt.html -> catalog/product/view/id/P 0 1 -
1 women/shirt.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
1 blouse.html -> shirt.html 301 0 -
1 silk-blouse.html -> shirt.html 301 0 -
1 women/blouse.html -> women/shirt.html 301 0 {"category_id":"WOMEN"}
1 women/silk-blouse.html -> women/shirt.html 301 0 {"category_id":"WOMEN"}
chains: 0 loops: 0 301s in all stores: 12
-- blouse: {"url_rewrite (deleted)":6,"url_rewrite (301)":6,"url_rewrite (redirect retargeted)":6,"url_rewrite":6}
1 blouse.html -> catalog/product/view/id/P 0 1 -
1 women/blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
1 shirt.html -> blouse.html 301 0 -
1 silk-blouse.html -> blouse.html 301 0 -
1 women/shirt.html -> women/blouse.html 301 0 {"category_id":"WOMEN"}
1 women/silk-blouse.html -> women/blouse.html 301 0 {"category_id":"WOMEN"}
chains: 0 loops: 0 301s in all stores: 12