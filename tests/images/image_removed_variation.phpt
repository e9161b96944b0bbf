--TEST--
Images: an image removed in the PIM makes a job whose keep lacks it; a product whose last image went makes one job with no image and an empty keep, so the gallery can retire them
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_jobs.inc';
$t = images_setup('image_removed_variation', ['attributes' => ['front' => [], 'back' => [], 'detail' => []]]);
$feed = function (array $values) use ($t) {
    $v = ['name' => [sync_v('Boot', 'en_US')]];
    foreach ($values as $code => $file) {
        $v[$code] = [sync_v($file === null ? null : akeneo_media_code($file))];
    }
    sync_feed($t, [sync_product('BOOT', $v)]);
    $r = sync_run($t);
    $jobs = image_jobs_on($t['stream']);
    $job = end($jobs);
    printf("%s, %d job(s) on the stream; last: %d image(s), keep [%s], generation is the state's: %s\n", $r->status, count($jobs),
        count($job['images']), implode(', ', array_map(fn ($ref) => substr($ref, strrpos($ref, '_') + 1), $job['keep'])),
        $job['generation'] === images_generation($t, 'BOOT') ? 'yes' : 'no');
};
$feed(['front' => 'front.jpg', 'back' => 'back.jpg', 'detail' => 'sole.jpg']);
$feed(['front' => 'front.jpg', 'back' => null, 'detail' => 'sole.jpg']);     // back emptied in the PIM
$feed(['front' => 'front.jpg']);                                             // detail gone from the item
$feed(['front' => null]);
$feed([]);                                                                   // still none: no job
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_jobs.inc';
images_clean('image_removed_variation');
?>
--EXPECT--
success, 1 job(s) on the stream; last: 3 image(s), keep [front.jpg, back.jpg, sole.jpg], generation is the state's: yes
success, 2 job(s) on the stream; last: 2 image(s), keep [front.jpg, sole.jpg], generation is the state's: yes
success, 3 job(s) on the stream; last: 1 image(s), keep [front.jpg], generation is the state's: yes
success, 4 job(s) on the stream; last: 0 image(s), keep [], generation is the state's: yes
success, 4 job(s) on the stream; last: 0 image(s), keep [], generation is the state's: yes
