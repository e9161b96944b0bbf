--TEST--
Images: a new product with 3 images makes one job on the stream after its batch commits: refs, file names, positions, roles and labels per store, keep, and the generation pimsync_media_state holds (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_jobs.inc';
foreach ([false, true] as $staging) {
    $t = images_setup('new_product_job_basic', [
        'attributes' => ['main_picture' => ['roles' => ['image', 'small_image', 'thumbnail']], 'side_picture' => [],
            'swatch' => ['roles' => ['swatch_image'], 'gallery' => false]],
        'labels' => 'picture_label',
    ], $staging, ['attributes' => ['picture_label' => null]]);
    $front = akeneo_media_code('front.jpg');
    sync_feed($t, [sync_product('HAT-1', [
        'name' => [sync_v('Hat', 'en_US')],
        'main_picture' => [['locale' => null, 'scope' => null, 'data' => $front,
            '_links' => ['download' => ['href' => "http://akeneo.test/api/rest/v1/media-files/$front/download"]]]],
        'side_picture' => [sync_v(akeneo_media_code('side view.png'))],
        'swatch' => [sync_v('https://cdn.example.com/swatches/red.gif?v=2')],
        'picture_label' => [sync_v('A red hat', 'en_US'), sync_v('Un chapeau rouge', 'fr_FR')],
    ])]);
    $r = sync_run($t);
    echo $staging ? 'staging' : 'entity_id', ': ', $r->status, ', created ', $r->counts['created'], ', images ',
        json_encode(array_diff_key($r->images, ['stream' => 1])), "\n";
    $jobs = image_jobs_on($t['stream']);
    [$entity, $row] = images_product_ids($t, 'HAT-1');
    $job = $jobs[0];
    echo count($jobs), ' job; v ', $job['v'], ', run is this run: ', $job['run'] === $r->runId ? 'yes' : 'no', ', sku ', $job['sku'],
        ', entity and row are the product\'s: ', $job['entity'] === $entity && $job['row'] === $row ? 'yes' : 'no',
        ', chunk ', $job['chunk'], '/', $job['chunks'], "\n";
    echo 'generation is pimsync_media_state\'s: ', preg_match('/^[0-9a-f]{16}$/', $job['generation']) && $job['generation'] === images_generation($t, 'HAT-1') ? 'yes' : 'no', "\n";
    foreach ($job['images'] as $i) {
        echo '  ', $i['ref'] === ($i['source'] === 'akeneo' ? 'akeneo:' . $i['code'] : 'url:' . $i['url']) ? 'ref ok' : 'ref WRONG', ' ',
            $i['source'], ' ', $i['code'] ?? $i['url'], "\n";
    }
    foreach (images_describe($job) as $line) {
        echo '  ', $line, "\n";
    }
    echo 'keep = the refs: ', $job['keep'] === array_column($job['images'], 'ref') ? 'yes' : 'no', "\n";
    echo 'outbox rows left: ', sync_count($t, 'pimsync_image_outbox'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_jobs.inc';
images_clean('new_product_job_basic');
?>
--EXPECTF--
entity_id: success, created 1, images {"products":1,"jobs":1,"enqueued":1,"outbox":0}
1 job; v 1, run is this run: yes, sku HAT-1, entity and row are the product's: yes, chunk 1/1
generation is pimsync_media_state's: yes
  ref ok akeneo %s/%s/%s/%s/%s_front.jpg
  ref ok akeneo %s/%s/%s/%s/%s_side view.png
  ref ok url https://cdn.example.com/swatches/red.gif?v=2
  akeneo front.jpg@1 roles {"0":["image","small_image","thumbnail"]} labels {"0":"A red hat","1":"A red hat","2":"Un chapeau rouge"} disabled {}
  akeneo side view.png@2 roles {} labels {"0":"A red hat","1":"A red hat","2":"Un chapeau rouge"} disabled {}
  url red.gif@3 roles {"0":["swatch_image"]} labels {"0":"A red hat","1":"A red hat","2":"Un chapeau rouge"} disabled {"0":true}
keep = the refs: yes
outbox rows left: 0
staging: success, created 1, images {"products":1,"jobs":1,"enqueued":1,"outbox":0}
1 job; v 1, run is this run: yes, sku HAT-1, entity and row are the product's: yes, chunk 1/1
generation is pimsync_media_state's: yes
  ref ok akeneo %s/%s/%s/%s/%s_front.jpg
  ref ok akeneo %s/%s/%s/%s/%s_side view.png
  ref ok url https://cdn.example.com/swatches/red.gif?v=2
  akeneo front.jpg@1 roles {"0":["image","small_image","thumbnail"]} labels {"0":"A red hat","1":"A red hat","2":"Un chapeau rouge"} disabled {}
  akeneo side view.png@2 roles {} labels {"0":"A red hat","1":"A red hat","2":"Un chapeau rouge"} disabled {}
  url red.gif@3 roles {"0":["swatch_image"]} labels {"0":"A red hat","1":"A red hat","2":"Un chapeau rouge"} disabled {"0":true}
keep = the refs: yes
outbox rows left: 0
