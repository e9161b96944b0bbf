--TEST--
Images: the same bytes used by two products are one file linked twice (two gallery values, one path, reused); another content wanting a name already taken, by pimsync or by a file Magento has, gets Magento's _1, _2 suffix
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
foreach (images_setups('gallery_dedup_basic', ['A', 'B', 'C']) as $layout => $t) {
    echo "$layout:\n";
    images_put($t, 'x/front.png', images_png(3, 3, 1));
    images_put($t, 'y/front.png', images_png(3, 3, 2));
    images_put($t, 'z/back.png', images_png(3, 3, 3));
    // a file Magento already has (a merchant's upload), not pimsync's
    @mkdir("{$t['dir']}/media/catalog/product/b/a", 0700, true);
    file_put_contents("{$t['dir']}/media/catalog/product/b/a/back.png", images_png(5, 5, 9));
    $a = images_apply($t, images_job($t, 'A', [images_img('x', 'x/front.png', 'front.png', 1)]));
    $b = images_apply($t, images_job($t, 'B', [images_img('x', 'x/front.png', 'front.png', 1)]));
    $c = images_apply($t, images_job($t, 'C', [images_img('y', 'y/front.png', 'front.png', 1), images_img('z', 'z/back.png', 'back.png', 2)]));
    echo "A: ", images_counts($a), "\nB: ", images_counts($b), "\nC: ", images_counts($c), "\n";
    echo "files:\n", images_files($t);
    foreach (['A', 'B', 'C'] as $sku) {
        echo "$sku:\n", images_gallery($t, $sku);
    }
    echo "gallery values on /f/r/front.png: ", sync_count($t, 'catalog_product_entity_media_gallery', "value = '/f/r/front.png'"), "\n";
    echo "the merchant's file untouched: ", json_encode(images_stored($t, '/b/a/back.png') === images_png(5, 5, 9)), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('gallery_dedup_basic');
?>
--EXPECT--
entity_id:
A: status=applied attached=1 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=1 files_deleted=0
B: status=applied attached=1 reused=1 updated=0 restored=0 retired=0 removed=0 files_written=0 files_deleted=0
C: status=applied attached=2 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=2 files_deleted=0
files:
  /b/a/back.png
  /b/a/back_1.png
  /f/r/front.png
  /f/r/front_1.png
A:
  /f/r/front.png -@1
B:
  /f/r/front.png -@1
C:
  /f/r/front_1.png -@1
  /b/a/back_1.png -@2
gallery values on /f/r/front.png: 2
the merchant's file untouched: true
row_id:
A: status=applied attached=1 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=1 files_deleted=0
B: status=applied attached=1 reused=1 updated=0 restored=0 retired=0 removed=0 files_written=0 files_deleted=0
C: status=applied attached=2 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=2 files_deleted=0
files:
  /b/a/back.png
  /b/a/back_1.png
  /f/r/front.png
  /f/r/front_1.png
A:
  /f/r/front.png -@1
B:
  /f/r/front.png -@1
C:
  /f/r/front_1.png -@1
  /b/a/back_1.png -@2
gallery values on /f/r/front.png: 2
the merchant's file untouched: true
