--TEST--
Images: re-running an unchanged feed makes no job, and neither does a change outside the media (a new name is written, the media set is the same); only a changed set does
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_jobs.inc';
$t = images_setup('rerun_no_job_basic');
$feed = fn (string $name, array $files) => sync_feed($t, [sync_product('CAP', ['name' => [sync_v($name, 'en_US')]]
    + array_combine(array_map(fn ($i) => "picture_$i", array_keys($files)), array_map(fn ($f) => [sync_v(akeneo_media_code($f))], $files)))]);
$run = function (string $what) use ($t) {
    $before = count(image_jobs_on($t['stream']));
    $r = sync_run($t);
    printf("%s: %s, created %d, updated %d, unchanged %d; image jobs made %d, new on the stream %d\n", $what, $r->status,
        $r->counts['created'], $r->counts['updated'], $r->counts['unchanged'], $r->images['jobs'], count(image_jobs_on($t['stream'])) - $before);
};
$feed('Cap', ['a.jpg', 'b.jpg']);
$run('first run');
$run('same feed');
$feed('Blue cap', ['a.jpg', 'b.jpg']);
$run('new name');
echo 'name: ', sync_values($t, 'CAP', 'name')[1] ?? sync_values($t, 'CAP', 'name')[0], "\n";
$feed('Blue cap', ['a.jpg', 'c.jpg']);
$run('another image');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_jobs.inc';
images_clean('rerun_no_job_basic');
?>
--EXPECT--
first run: success, created 1, updated 0, unchanged 0; image jobs made 1, new on the stream 1
same feed: success, created 0, updated 0, unchanged 1; image jobs made 0, new on the stream 0
new name: success, created 0, updated 1, unchanged 0; image jobs made 0, new on the stream 0
name: Blue cap
another image: success, created 0, updated 0, unchanged 1; image jobs made 1, new on the stream 1
