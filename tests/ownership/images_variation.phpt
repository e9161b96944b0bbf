--TEST--
Ownership: images (images.enabled) are refused when the source does not own them (no image job: the gallery stays as it is) and become image jobs when it does
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_jobs.inc';
require __DIR__ . '/ownership.inc';
foreach (['refused' => 'erp', 'owned' => 'pim'] as $case => $owner) {
    echo "$case (images owned by $owner, a PIM source):\n";
    $t = images_setup("own_images_$case", ['attributes' => ['picture' => ['roles' => ['image']]]]);
    $t['config']['ownership'] = ['matrix' => 'default', 'fields' => ['images' => ['owner' => $owner], 'status' => ['owner' => 'pim']]];
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Hat', 'en_US')], 'picture' => [sync_v(akeneo_media_code('front.jpg'))]])]);
    $r = sync_run($t);
    echo '  ', sync_counts($r), "\n  refused: ", own_refused($r), "\n  images: ", json_encode(array_diff_key($r->images, ['stream' => 1])),
        ", jobs on the stream: ", count(image_jobs_on($t['stream'])), "\n";
    echo preg_replace('/^/m', '  ', own_issues($t, $r->runId));
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_jobs.inc';
images_clean('own_images_refused');
images_clean('own_images_owned');
?>
--EXPECT--
refused (images owned by erp, a PIM source):
  seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  refused: images=1
  images: {"products":0,"jobs":0,"enqueued":0,"outbox":0}, jobs on the stream: 0
  A images - refused: images belong to the ERP; this PIM image was not applied
owned (images owned by pim, a PIM source):
  seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  refused: none
  images: {"products":1,"jobs":1,"enqueued":1,"outbox":0}, jobs on the stream: 1
  no not_owner issue
