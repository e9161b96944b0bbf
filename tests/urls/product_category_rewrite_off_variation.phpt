--TEST--
Engine::sync: without catalog/seo/product_use_categories (Magento's default 0) a product gets only its plain rewrites; the setting is read per store view (store row over website row over default row), so a store set to 0 under a default of 1 gets none (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/catalog_urls.inc';
foreach ([false, true] as $staging) {
    foreach (['unset', 'fr off'] as $case) {
        $name = 'prod_cat_rw_off_' . ($staging ? 'st_' : 'os_') . ($case === 'unset' ? 'unset' : 'store');
        $t = sync_setup($name, $staging);
        $women = urls_category($t, 2, 'women', 'women');
        if ($case === 'fr off') {
            urls_config($t, 'catalog/seo/product_use_categories', '1');
            urls_config($t, 'catalog/seo/product_use_categories', '1', 'websites', 1);
            urls_config($t, 'catalog/seo/product_use_categories', '0', 'stores', 2);
        }
        $t['config']['categories'] = ['map' => ['women' => $women]];
        sync_feed($t, [sync_product('A', ['name' => [sync_v('Silk Blouse', 'en_US')]], ['categories' => ['women']])]);
        $r = sync_run($t);
        echo "== ", $staging ? 'row_id' : 'entity_id', ", $case: ", sync_counts($r), "\n";
        echo urls_rewrites($t, 'A', [$women => 'WOMEN']);
        echo "relations: ", sync_count($t, 'catalog_url_rewrite_product_category'), "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
foreach (['os_', 'st_'] as $l) {
    sync_clean("prod_cat_rw_off_{$l}unset");
    sync_clean("prod_cat_rw_off_{$l}store");
}
?>
--EXPECT--
== entity_id, unset: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
2 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 silk-blouse.html -> catalog/product/view/id/P 0 1 -
relations: 0
== entity_id, fr off: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
1 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
2 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
relations: 2
== row_id, unset: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
2 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 silk-blouse.html -> catalog/product/view/id/P 0 1 -
relations: 0
== row_id, fr off: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
1 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
2 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
relations: 2