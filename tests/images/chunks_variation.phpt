--TEST--
Images: a product with 45 images and chunk_size 20 makes 3 jobs (20, 20, 5 images, positions 1 to 45 in order), each with the whole keep list; without images.attributes every Akeneo image attribute is found, in code order, the first taking image, small_image and thumbnail
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_jobs.inc';
$t = images_setup('chunks_variation', ['chunk_size' => 20]);
$values = ['name' => [sync_v('Poster wall', 'en_US')], 'datasheet' => [sync_v(akeneo_media_code('sheet.pdf'))]];
foreach (array_reverse(range(1, 45)) as $i) { // feed order is not gallery order: codes are
    $values[sprintf('view_%02d', $i)] = [sync_v(akeneo_media_code(sprintf('view-%02d.jpg', $i)))];
}
sync_feed($t, [sync_product('WALL', $values)]);
$r = sync_run($t);
echo $r->status, ' ', json_encode(array_diff_key($r->images, ['stream' => 1])), "\n";
$jobs = image_jobs_on($t['stream']);
$all = [];
foreach ($jobs as $job) {
    echo 'chunk ', $job['chunk'], '/', $job['chunks'], ': ', count($job['images']), ' images, positions ',
        $job['images'][0]['position'], '-', end($job['images'])['position'], ', keep ', count($job['keep']), "\n";
    $all = array_merge($all, $job['images']);
}
echo 'same keep and generation in every chunk: ', count(array_unique(array_map(fn ($j) => json_encode($j['keep']) . $j['generation'], $jobs))) === 1 ? 'yes' : 'no', "\n";
echo 'keep lists every image in order: ', $jobs[0]['keep'] === array_column($all, 'ref') ? 'yes' : 'no', "\n";
echo 'files in order: ', implode(',', array_map(fn ($i) => substr($i['file'], 5, 2), array_slice($all, 0, 5))), '…', end($all)['file'], "\n";
echo 'roles: ', json_encode(array_values(array_filter(array_map(fn ($i) => $i['roles'] ? $i['file'] . ' ' . json_encode((object) $i['roles']) : null, $all)))), "\n";
echo 'the PDF is no image: ', in_array('sheet.pdf', array_column($all, 'file'), true) ? 'no' : 'yes', "\n";
echo 'jobs in pimsync_media_state: ', $t['pdo']->query("SELECT CONCAT(images, ' images, ', jobs, ' jobs') FROM pimsync_media_state")->fetchColumn(), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_jobs.inc';
images_clean('chunks_variation');
?>
--EXPECT--
success {"products":1,"jobs":3,"enqueued":3,"outbox":0}
chunk 1/3: 20 images, positions 1-20, keep 45
chunk 2/3: 20 images, positions 21-40, keep 45
chunk 3/3: 5 images, positions 41-45, keep 45
same keep and generation in every chunk: yes
keep lists every image in order: yes
files in order: 01,02,03,04,05…view-45.jpg
roles: ["view-01.jpg {\"0\":[\"image\",\"small_image\",\"thumbnail\"]}"]
the PDF is no image: yes
jobs in pimsync_media_state: 45 images, 3 jobs
