--TEST--
Engine::sync: a product Not Visible Individually (a configurable's child) gets no url_rewrite rows, as Magento's ProductUrlRewriteGenerator makes none; one that becomes not visible loses its rows, and one whose feed makes it visible again gets them (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../configurable/configurable.inc';
require __DIR__ . '/../support/catalog_urls.inc';
foreach (['entity_id' => false, 'row_id' => true] as $layout => $staging) {
    echo "== $layout\n";
    $t = cfg_setup("prod_rw_not_visible_$layout", $staging, ['locales' => ['en_US' => ['default']]]);
    $feed = fn (array $mugValues) => cfg_write($t,
        [cfg_model('tee', null, 'tee_size', ['name' => [sync_v('Tee', 'en_US')]])],
        [cfg_variant('tee_size', [['size']])],
        [cfg_child('tee-s', 'tee', ['size' => [sync_v('s')]]),
         sync_product('mug', ['name' => [sync_v('Mug', 'en_US')]] + $mugValues)]);
    $show = function (string $when) use ($t) {
        echo "$when:\n";
        foreach (['tee', 'tee-s', 'mug'] as $sku) {
            $rows = urls_rewrites($t, $sku);
            echo "  $sku: ", $rows === '' ? "no rewrite\n" : "\n    " . str_replace("\n", "\n    ", rtrim($rows)) . "\n";
        }
    };
    $feed([]);
    sync_run($t);
    $show('created');
    $feed(['visibility' => [sync_v(1)]]);
    $r = sync_run($t);
    echo 'mug not visible: ', sync_counts($r), ' ', json_encode(array_intersect_key($r->rowsWritten, array_flip(['url_rewrite', 'url_rewrite (deleted)']))), "\n";
    $show('after');
    $feed(['visibility' => [sync_v(4)]]);
    sync_run($t);
    echo 'mug visible again: ', rtrim(urls_rewrites($t, 'mug')), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('prod_rw_not_visible_entity_id');
sync_clean('prod_rw_not_visible_row_id');
?>
--EXPECT--
== entity_id
created:
  tee: 
    1 tee.html -> catalog/product/view/id/P 0 1 -
    2 tee.html -> catalog/product/view/id/P 0 1 -
    3 tee.html -> catalog/product/view/id/P 0 1 -
  tee-s: no rewrite
  mug: 
    1 mug.html -> catalog/product/view/id/P 0 1 -
    2 mug.html -> catalog/product/view/id/P 0 1 -
    3 mug.html -> catalog/product/view/id/P 0 1 -
mug not visible: seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0 {"url_rewrite (deleted)":3}
after:
  tee: 
    1 tee.html -> catalog/product/view/id/P 0 1 -
    2 tee.html -> catalog/product/view/id/P 0 1 -
    3 tee.html -> catalog/product/view/id/P 0 1 -
  tee-s: no rewrite
  mug: no rewrite
mug visible again: 1 mug.html -> catalog/product/view/id/P 0 1 -
2 mug.html -> catalog/product/view/id/P 0 1 -
3 mug.html -> catalog/product/view/id/P 0 1 -
== row_id
created:
  tee: 
    1 tee.html -> catalog/product/view/id/P 0 1 -
    2 tee.html -> catalog/product/view/id/P 0 1 -
    3 tee.html -> catalog/product/view/id/P 0 1 -
  tee-s: no rewrite
  mug: 
    1 mug.html -> catalog/product/view/id/P 0 1 -
    2 mug.html -> catalog/product/view/id/P 0 1 -
    3 mug.html -> catalog/product/view/id/P 0 1 -
mug not visible: seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0 {"url_rewrite (deleted)":3}
after:
  tee: 
    1 tee.html -> catalog/product/view/id/P 0 1 -
    2 tee.html -> catalog/product/view/id/P 0 1 -
    3 tee.html -> catalog/product/view/id/P 0 1 -
  tee-s: no rewrite
  mug: no rewrite
mug visible again: 1 mug.html -> catalog/product/view/id/P 0 1 -
2 mug.html -> catalog/product/view/id/P 0 1 -
3 mug.html -> catalog/product/view/id/P 0 1 -