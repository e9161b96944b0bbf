--TEST--
Images: an image a merchant added in Magento and an external video are never touched, not by a job that keeps nothing, and their roles stay
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/images.inc';
foreach (images_setups('gallery_merchant_kept_basic', ['A']) as $layout => $t) {
    echo "$layout:\n";
    $pdo = $t['pdo'];
    $link = sync_link($t);
    $id = (int) $pdo->query("SELECT $link FROM catalog_product_entity WHERE sku = 'A'")->fetchColumn();
    // what the admin writes for an upload and for a YouTube video
    foreach ([['/m/e/merchant.jpg', 'image', 'Merchant', 5], ['/v/i/video.jpg', 'external-video', 'Video', 6]] as [$file, $type, $label, $pos]) {
        $pdo->exec("INSERT INTO catalog_product_entity_media_gallery (attribute_id, value, media_type, disabled) VALUES (90, '$file', '$type', 0)");
        $v = $pdo->lastInsertId();
        $pdo->exec("INSERT INTO catalog_product_entity_media_gallery_value_to_entity (value_id, $link) VALUES ($v, $id)");
        $pdo->exec("INSERT INTO catalog_product_entity_media_gallery_value (value_id, store_id, $link, label, position, disabled) VALUES ($v, 0, $id, '$label', $pos, 0)");
    }
    $pdo->exec("INSERT INTO catalog_product_entity_varchar (attribute_id, store_id, $link, value) VALUES (88, 0, $id, '/m/e/merchant.jpg')");
    @mkdir("{$t['dir']}/media/catalog/product/m/e", 0700, true);
    file_put_contents("{$t['dir']}/media/catalog/product/m/e/merchant.jpg", "\xFF\xD8\xFF merchant");
    images_put($t, 'p.png', images_png(2, 2, 1));
    echo images_counts(images_apply($t, images_job($t, 'A', [images_img('p', 'p.png', 'pim.png', 1, ['0' => ['image']])]))), "\n";
    echo images_gallery($t, 'A'), images_roles($t, 'A');
    echo images_counts(images_apply($t, images_job($t, 'A', [], [], '00000000000000d2'))), "\n";
    echo images_gallery($t, 'A'), images_roles($t, 'A');
    echo "files:\n", images_files($t);
}
?>
--CLEAN--
<?php
require __DIR__ . '/images.inc';
images_clean('gallery_merchant_kept_basic');
?>
--EXPECT--
entity_id:
status=applied attached=1 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=1 files_deleted=0
  /p/i/pim.png -@1
  /m/e/merchant.jpg Merchant@5
  /v/i/video.jpg Video@6 (external-video)
  store 0: image=/p/i/pim.png small_image=/m/e/merchant.jpg
status=applied attached=0 reused=0 updated=0 restored=0 retired=0 removed=1 files_written=0 files_deleted=1
  /m/e/merchant.jpg Merchant@5
  /v/i/video.jpg Video@6 (external-video)
  store 0: small_image=/m/e/merchant.jpg
files:
  /m/e/merchant.jpg
row_id:
status=applied attached=1 reused=0 updated=0 restored=0 retired=0 removed=0 files_written=1 files_deleted=0
  /p/i/pim.png -@1
  /m/e/merchant.jpg Merchant@5
  /v/i/video.jpg Video@6 (external-video)
  store 0: image=/p/i/pim.png small_image=/m/e/merchant.jpg
status=applied attached=0 reused=0 updated=0 restored=0 retired=0 removed=1 files_written=0 files_deleted=1
  /m/e/merchant.jpg Merchant@5
  /v/i/video.jpg Video@6 (external-video)
  store 0: small_image=/m/e/merchant.jpg
files:
  /m/e/merchant.jpg
