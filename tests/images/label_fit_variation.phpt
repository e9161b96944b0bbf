--TEST--
Images: image labels are fitted to Magento's utf8mb3 varchar(255) label column as any value is: an emoji is replaced, stripped or the label left out as unsupported_characters says, a label over 255 characters is left out, each a value issue naming SKU, label attribute and store; the image keeps its job and its other labels
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_jobs.inc';
foreach (['replace', 'strip', 'reject_value'] as $policy) {
    $t = images_setup('label_fit_variation', [
        'attributes' => ['picture' => ['roles' => ['image', 'small_image', 'thumbnail']]],
        'labels' => 'picture_label',
    ], false, ['attributes' => ['picture_label' => null], 'unsupported_characters' => $policy]);
    sync_feed($t, [sync_product('HAT-1', [
        'name' => [sync_v('Hat', 'en_US')],
        'picture' => [sync_v(akeneo_media_code('front.jpg'))],
        'picture_label' => [sync_v("A top hat \u{1F3A9}", 'en_US'), sync_v(str_repeat('é', 256), 'fr_FR'), sync_v('Ein Zylinder', 'de_DE')],
    ])]);
    $r = sync_run($t);
    $jobs = image_jobs_on($t['stream']);
    echo "$policy: ", $r->status, ', ', count($jobs), ' job, labels ', json_encode($jobs[0]['images'][0]['labels'] ?? null, JSON_UNESCAPED_UNICODE), "\n";
    echo preg_replace('/^/m', '  ', sync_issues($t));
    images_clean('label_fit_variation');
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_jobs.inc';
images_clean('label_fit_variation');
?>
--EXPECT--
replace: success, 1 job, labels {"0":"A top hat �","1":"A top hat �","3":"Ein Zylinder"}
  HAT-1 picture_label 0 characters adjusted: image label: 1 character the utf8mb3 column cannot hold replaced by U+FFFD (unsupported_characters: replace)
  HAT-1 picture_label 1 characters adjusted: image label: 1 character the utf8mb3 column cannot hold replaced by U+FFFD (unsupported_characters: replace)
  HAT-1 picture_label 2 too_long left_out: image label: 256 characters is longer than the 255 that catalog_product_entity_media_gallery_value.label holds; the value was left out
strip: success, 1 job, labels {"0":"A top hat ","1":"A top hat ","3":"Ein Zylinder"}
  HAT-1 picture_label 0 characters adjusted: image label: 1 character the utf8mb3 column cannot hold removed (unsupported_characters: strip)
  HAT-1 picture_label 1 characters adjusted: image label: 1 character the utf8mb3 column cannot hold removed (unsupported_characters: strip)
  HAT-1 picture_label 2 too_long left_out: image label: 256 characters is longer than the 255 that catalog_product_entity_media_gallery_value.label holds; the value was left out
reject_value: success, 1 job, labels {"3":"Ein Zylinder"}
  HAT-1 picture_label 0 characters left_out: image label: 1 character (emoji or others beyond U+FFFF) that the utf8mb3 column catalog_product_entity_media_gallery_value.label cannot hold; the value was left out (unsupported_characters: reject_value)
  HAT-1 picture_label 1 characters left_out: image label: 1 character (emoji or others beyond U+FFFF) that the utf8mb3 column catalog_product_entity_media_gallery_value.label cannot hold; the value was left out (unsupported_characters: reject_value)
  HAT-1 picture_label 2 too_long left_out: image label: 256 characters is longer than the 255 that catalog_product_entity_media_gallery_value.label holds; the value was left out