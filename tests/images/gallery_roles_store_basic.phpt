--TEST--
Images: roles per store: store 0 gets the roles the job gives it, a store view its own image and label (catalog_product_entity_varchar per store, a _value row for the store); Magento's read for the store view shows its label, the admin read the admin label
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
foreach (images_setups('gallery_roles_store_basic', ['A']) as $layout => $t) {
    echo "$layout:\n";
    images_put($t, 'en.png', images_png(3, 3, 1));
    images_put($t, 'fr.png', images_png(3, 3, 2));
    $fr = (int) $t['pdo']->query("SELECT store_id FROM store WHERE code = 'fr'")->fetchColumn();
    $job = images_job($t, 'A', [
        images_img('en', 'en.png', 'shoe.png', 1, ['0' => ['image', 'small_image', 'thumbnail', 'swatch_image']], ['0' => 'Shoe', "$fr" => 'Chaussure']),
        images_img('fr', 'fr.png', 'chaussure.png', 2, ["$fr" => ['image', 'small_image']], ['0' => 'French box'], ["$fr" => false, '0' => true]),
    ]);
    echo images_counts(images_apply($t, $job)), "\n";
    echo "roles:\n", images_roles($t, 'A');
    echo "admin:\n", images_gallery($t, 'A', 0);
    echo "fr:\n", images_gallery($t, 'A', $fr);
    echo "de (no rows of its own):\n", images_gallery($t, 'A', 3);
    echo "value rows: ", sync_count($t, 'catalog_product_entity_media_gallery_value'), "\n";
    // the job moves the French image role to the first image: the store's role follows, the row goes
    $job = images_job($t, 'A', [
        images_img('en', 'en.png', 'shoe.png', 1, ['0' => ['image', 'small_image', 'thumbnail', 'swatch_image'], "$fr" => ['image']], ['0' => 'Shoe']),
        images_img('fr', 'fr.png', 'chaussure.png', 2, ["$fr" => ['small_image']], ['0' => 'French box']),
    ], null, '00000000000000a2');
    echo images_counts(images_apply($t, $job)), "\n";
    echo "roles:\n", images_roles($t, 'A');
    echo "fr:\n", images_gallery($t, 'A', $fr);
}
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('gallery_roles_store_basic');
?>
--EXPECT--
entity_id:
status=applied attached=2 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=2 files_deleted=0
roles:
  store 0: image=/s/h/shoe.png small_image=/s/h/shoe.png swatch_image=/s/h/shoe.png thumbnail=/s/h/shoe.png
  store 2: image=/c/h/chaussure.png small_image=/c/h/chaussure.png
admin:
  /s/h/shoe.png Shoe@1
  /c/h/chaussure.png French box@2 disabled
fr:
  /s/h/shoe.png Chaussure@1
  /c/h/chaussure.png French box@2
de (no rows of its own):
  /s/h/shoe.png Shoe@1
  /c/h/chaussure.png French box@2 disabled
value rows: 4
status=applied attached=0 reused=0 updated=2 restored=0 retired=0 removed=0 files_written=0 files_deleted=0
roles:
  store 0: image=/s/h/shoe.png small_image=/s/h/shoe.png swatch_image=/s/h/shoe.png thumbnail=/s/h/shoe.png
  store 2: image=/s/h/shoe.png small_image=/c/h/chaussure.png
fr:
  /s/h/shoe.png Shoe@1
  /c/h/chaussure.png French box@2
row_id:
status=applied attached=2 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=2 files_deleted=0
roles:
  store 0: image=/s/h/shoe.png small_image=/s/h/shoe.png swatch_image=/s/h/shoe.png thumbnail=/s/h/shoe.png
  store 2: image=/c/h/chaussure.png small_image=/c/h/chaussure.png
admin:
  /s/h/shoe.png Shoe@1
  /c/h/chaussure.png French box@2 disabled
fr:
  /s/h/shoe.png Chaussure@1
  /c/h/chaussure.png French box@2
de (no rows of its own):
  /s/h/shoe.png Shoe@1
  /c/h/chaussure.png French box@2 disabled
value rows: 4
status=applied attached=0 reused=0 updated=2 restored=0 retired=0 removed=0 files_written=0 files_deleted=0
roles:
  store 0: image=/s/h/shoe.png small_image=/s/h/shoe.png swatch_image=/s/h/shoe.png thumbnail=/s/h/shoe.png
  store 2: image=/s/h/shoe.png small_image=/c/h/chaussure.png
fr:
  /s/h/shoe.png Shoe@1
  /c/h/chaussure.png French box@2
