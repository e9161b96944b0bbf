--TEST--
Engine::sync: with catalog/seo/product_use_categories = 1, a product gets a url_rewrite per store view and category of its store's root tree, <category url_path>/<url key>.html -> catalog/product/view/id/P/category/C, metadata {"category_id":"C"} and its catalog_url_rewrite_product_category row, as Magento's product save makes them (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/catalog_urls.inc';
foreach ([false, true] as $staging) {
    $name = 'prod_cat_rewrite_' . ($staging ? 'staging' : 'os');
    $women = $tops = $other = 0;
    $t = sync_setup($name, $staging);
    $women = urls_category($t, 2, 'women', 'women', [2 => 'femmes']);
    $tops = urls_category($t, $women, 'tops', 'women/tops', [2 => 'femmes/hauts']);
    $otherRoot = urls_category($t, 1, 'outlet-root', '');
    $other = urls_category($t, $otherRoot, 'outlet', 'outlet');
    urls_config($t, 'catalog/seo/product_use_categories', '1');
    $t['config']['categories'] = ['map' => ['women' => $women, 'tops' => $tops, 'outlet' => $other]];
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Silk Blouse', 'en_US'), sync_v('Chemisier en soie', 'fr_FR')]],
                                ['categories' => ['women', 'tops', 'outlet']])]);
    $r = sync_run($t);
    echo "== ", $staging ? 'row_id' : 'entity_id', ": ", sync_counts($r), " url_rewrite: ", $r->rowsWritten['url_rewrite'],
        " relations: ", $r->rowsWritten['catalog_url_rewrite_product_category'], "\n";
    echo urls_rewrites($t, 'A', [$women => 'WOMEN', $tops => 'TOPS', $other => 'OUTLET']);
    $again = sync_run($t, ['mode' => 'full']);
    echo "re-run: ", sync_counts($again), " rows: ", json_encode($again->rowsWritten), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('prod_cat_rewrite_os');
sync_clean('prod_cat_rewrite_staging');
?>
--EXPECT--
== entity_id: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0 url_rewrite: 9 relations: 6
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
1 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
1 women/tops/silk-blouse.html -> catalog/product/view/id/P/category/TOPS 0 1 {"category_id":"TOPS"} relation TOPS/P
2 chemisier-en-soie.html -> catalog/product/view/id/P 0 1 -
2 femmes/chemisier-en-soie.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
2 femmes/hauts/chemisier-en-soie.html -> catalog/product/view/id/P/category/TOPS 0 1 {"category_id":"TOPS"} relation TOPS/P
3 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
3 women/tops/silk-blouse.html -> catalog/product/view/id/P/category/TOPS 0 1 {"category_id":"TOPS"} relation TOPS/P
re-run: seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0 rows: []
== row_id: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0 url_rewrite: 9 relations: 6
1 silk-blouse.html -> catalog/product/view/id/P 0 1 -
1 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
1 women/tops/silk-blouse.html -> catalog/product/view/id/P/category/TOPS 0 1 {"category_id":"TOPS"} relation TOPS/P
2 chemisier-en-soie.html -> catalog/product/view/id/P 0 1 -
2 femmes/chemisier-en-soie.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
2 femmes/hauts/chemisier-en-soie.html -> catalog/product/view/id/P/category/TOPS 0 1 {"category_id":"TOPS"} relation TOPS/P
3 silk-blouse.html -> catalog/product/view/id/P 0 1 -
3 women/silk-blouse.html -> catalog/product/view/id/P/category/WOMEN 0 1 {"category_id":"WOMEN"} relation WOMEN/P
3 women/tops/silk-blouse.html -> catalog/product/view/id/P/category/TOPS 0 1 {"category_id":"TOPS"} relation TOPS/P
re-run: seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0 rows: []