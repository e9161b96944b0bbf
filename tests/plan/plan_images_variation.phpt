--TEST--
Plan mode with images on: the image jobs a run would make are counted, none is put on the Redis stream and pimsync_image_outbox is untouched; the run then sends them
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/plan.inc';
require __DIR__ . '/../support/image_jobs.inc';
$t = images_setup('plan_images_variation', ['attributes' => ['main_picture' => ['roles' => ['image']]]]);
sync_feed($t, [sync_product('HAT-1', ['name' => [sync_v('Hat', 'en_US')], 'main_picture' => [sync_v(akeneo_media_code('front.jpg'))]])]);
sync_engine($t)->installSchema();
$before = plan_checksum($t['pdo']);
$plan = sync_run($t, ['plan' => true]);
echo "plan: ", plan_products($plan->plan), "; images ", json_encode(array_diff_key($plan->images, ['stream' => 1])), "\n";
echo "  jobs on the stream: ", count(image_jobs_on($t['stream'])), "\n";
echo "  tables changed by the plan: ", plan_checksum_diff($before, plan_checksum($t['pdo'])), "\n";
$real = sync_run($t);
echo "run: ", sync_counts($real), "; images ", json_encode(array_diff_key($real->images, ['stream' => 1])), "\n";
echo "  jobs on the stream: ", count(image_jobs_on($t['stream'])), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_jobs.inc';
images_clean('plan_images_variation');
?>
--EXPECT--
plan: create=1 update=0 disable=0 unchanged=0 park=0; images {"products":1,"jobs":1,"enqueued":0,"outbox":0}
  jobs on the stream: 0
  tables changed by the plan: none
run: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0; images {"products":1,"jobs":1,"enqueued":1,"outbox":0}
  jobs on the stream: 1