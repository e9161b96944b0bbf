--TEST--
Engine::sync: when a product's url key changes and catalog/seo/save_rewrites_history is on (Magento's default), its old paths, plain and category-path, become 301s to the new ones (entity and metadata kept, no relation row); with it off they are removed (both layouts)
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
    foreach (['history', 'no history'] as $case) {
        $name = 'prod_rw_history_' . ($staging ? 'st_' : 'os_') . ($case === 'history' ? 'on' : 'off');
        $t = sync_setup($name, $staging, ['locales' => ['en_US' => ['default']]]);
        $women = urls_category($t, 2, 'women', 'women');
        urls_config($t, 'catalog/seo/product_use_categories', '1');
        if ($case === 'no history') {
            urls_config($t, 'catalog/seo/save_rewrites_history', '0');
        }
        $t['config']['categories'] = ['map' => ['women' => $women]];
        sync_feed($t, [$product('blouse')]);
        sync_run($t);
        sync_feed($t, [$product('silk-blouse')]);
        $r = sync_run($t);
        echo "== ", $staging ? 'row_id' : 'entity_id', ", $case: ", sync_counts($r), ' ',
            json_encode(array_intersect_key($r->rowsWritten, array_flip(['url_rewrite', 'url_rewrite (301)', 'url_rewrite (deleted)']))), "\n";
        echo urls_rewrites($t, 'A', [$women => 'WOMEN']);
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
foreach (['os_', 'st_'] as $l) {
    sync_clean("prod_rw_history_{$l}on");
    sync_clean("prod_rw_history_{$l}off");
}
?>
--EXPECT--
== entity_id, history: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 {"url_rewrite (301)":6,"url_rewrite":6}
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
1 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
1 blouse.html -> silk-blouse.html 301 0 -
1 women/blouse.html -> women/silk-blouse.html 301 0 {"category_id":"WOMEN"}
2 silk-blouse.html -> catalog/product/view/id/P 0 1 -
2 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
2 blouse.html -> silk-blouse.html 301 0 -
2 women/blouse.html -> women/silk-blouse.html 301 0 {"category_id":"WOMEN"}
3 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
3 blouse.html -> silk-blouse.html 301 0 -
3 women/blouse.html -> women/silk-blouse.html 301 0 {"category_id":"WOMEN"}
== entity_id, no history: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 {"url_rewrite (deleted)":6,"url_rewrite":6}
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
1 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
2 silk-blouse.html -> catalog/product/view/id/P 0 1 -
2 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
3 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
== row_id, history: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 {"url_rewrite (301)":6,"url_rewrite":6}
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
1 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
1 blouse.html -> silk-blouse.html 301 0 -
1 women/blouse.html -> women/silk-blouse.html 301 0 {"category_id":"WOMEN"}
2 silk-blouse.html -> catalog/product/view/id/P 0 1 -
2 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
2 blouse.html -> silk-blouse.html 301 0 -
2 women/blouse.html -> women/silk-blouse.html 301 0 {"category_id":"WOMEN"}
3 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
3 blouse.html -> silk-blouse.html 301 0 -
3 women/blouse.html -> women/silk-blouse.html 301 0 {"category_id":"WOMEN"}
== row_id, no history: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 {"url_rewrite (deleted)":6,"url_rewrite":6}
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
1 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
2 silk-blouse.html -> catalog/product/view/id/P 0 1 -
2 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
3 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P