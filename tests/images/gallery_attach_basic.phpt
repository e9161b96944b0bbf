--TEST--
Images: a job's images land at catalog/product/a/b/name with Magento's file-name rules (a name corrected, the extension from the bytes), with gallery rows, the value-to-product link, admin labels and positions, and roles equal to the stored path; on both layouts
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
foreach (images_setups('gallery_attach_basic', ['A']) as $layout => $t) {
    echo "$layout:\n";
    $front = images_png(4, 3, 1);
    images_put($t, '1/2/3/4/abc_front.png', $front);
    images_put($t, '5/6/7/8/def_back.png', images_png(2, 2, 2));
    $r = images_apply($t, images_job($t, 'A', [
        images_img('akeneo:1/2/3/4/abc_front.png', '1/2/3/4/abc_front.png', 'front.png', 1,
            ['0' => ['image', 'small_image', 'thumbnail']], ['0' => 'Front']),
        // a name Magento corrects; a .JPG extension on PNG bytes becomes .png
        images_img('akeneo:5/6/7/8/def_back.png', '5/6/7/8/def_back.png', 'My Back Photo!.JPG', 2, [], ['0' => 'Back']),
    ]));
    echo images_counts($r), "\n";
    echo "files:\n", images_files($t);
    echo "same bytes: ", json_encode(images_stored($t, '/f/r/front.png') === $front), "\n";
    echo "gallery:\n", images_gallery($t, 'A');
    echo "roles:\n", images_roles($t, 'A');
    $link = sync_link($t);
    echo "linked to the product's ", $link, ": ", sync_count($t, 'catalog_product_entity_media_gallery_value_to_entity e JOIN catalog_product_entity p ON p.' . $link . ' = e.' . $link, "p.sku = 'A'"), "\n";
    echo "media_type image, enabled: ", sync_count($t, 'catalog_product_entity_media_gallery', "media_type = 'image' AND disabled = 0"), "\n";
    echo "owned: ", sync_count($t, 'pimsync_media_link'), ", files known: ", sync_count($t, 'pimsync_media_file'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('gallery_attach_basic');
?>
--EXPECT--
entity_id:
status=applied attached=2 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=2 files_deleted=0
files:
  /f/r/front.png
  /m/y/my_back_photo_.png
same bytes: true
gallery:
  /f/r/front.png Front@1
  /m/y/my_back_photo_.png Back@2
roles:
  store 0: image=/f/r/front.png small_image=/f/r/front.png thumbnail=/f/r/front.png
linked to the product's entity_id: 2
media_type image, enabled: 2
owned: 2, files known: 2
row_id:
status=applied attached=2 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=2 files_deleted=0
files:
  /f/r/front.png
  /m/y/my_back_photo_.png
same bytes: true
gallery:
  /f/r/front.png Front@1
  /m/y/my_back_photo_.png Back@2
roles:
  store 0: image=/f/r/front.png small_image=/f/r/front.png thumbnail=/f/r/front.png
linked to the product's row_id: 2
media_type image, enabled: 2
owned: 2, files known: 2
