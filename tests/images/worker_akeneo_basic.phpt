--TEST--
Images worker: Akeneo images are downloaded from GET /api/rest/v1/media-files/{code}/download with the source's bearer token (the Akeneo host is allowed without being listed); a media file Akeneo does not have is dead-lettered, the others land
--EXTENSIONS--
pimsync
pdo_mysql
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_worker.inc';
require __DIR__ . '/../support/akeneo.inc';
$front = akeneo_media_code('front.jpg');
$side = akeneo_media_code('side view.png');
$srv = akeneo_start('worker_akeneo_basic', ['media_files' => [
    $front => ['type' => 'jpg', 'w' => 800, 'h' => 600, 'bytes' => 30000],
    $side => ['type' => 'png', 'w' => 300, 'h' => 200],
]]);
$t = worker_setup('worker_akeneo_basic', false, ['download' => ['allowed_hosts' => [], 'allow_private_addresses' => false]]);
sync_feed($t, [sync_product('HAT-1', ['picture' => [sync_v($front)],
    'gallery' => [sync_v($side), sync_v(akeneo_media_code('gone.png'))]])]);
sync_run($t);
// the worker downloads through the Akeneo source (the feed was a file export of it)
$config = $t['config'];
$config['source'] = ['type' => 'akeneo_api'] + akeneo_settings($srv);
file_put_contents("{$t['dir']}/worker.json", json_encode($config, JSON_UNESCAPED_SLASHES));
echo worker_counts(worker_run($t, [], PimSync\Config::fromFile("{$t['dir']}/worker.json")));
echo images_gallery($t, 'HAT-1'), images_roles($t, 'HAT-1');
echo preg_replace('#/[0-9a-f]/[0-9a-f]/[0-9a-f]/[0-9a-f]/[0-9a-f]{40}_#', '/CODE_', worker_dead_letters($t, $srv));
$requests = array_map(fn ($e) => "{$e['method']} " . preg_replace('#/[0-9a-f]/[0-9a-f]/[0-9a-f]/[0-9a-f]/[0-9a-f]{40}_#', '/CODE_', $e['uri'])
    . " {$e['auth']} {$e['status']}", akeneo_log($srv));
sort($requests);
echo implode("\n", $requests), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('worker_akeneo_basic');
worker_clean('worker_akeneo_basic');
?>
--EXPECT--
jobs=1 applied=1 attached=2 reused=0 removed=0 downloaded=2 dead_lettered=1 retried=0
  /f/r/front.jpg -@1
  /s/i/side_view.png -@2
  store 0: image=/f/r/front.jpg small_image=/f/r/front.jpg thumbnail=/f/r/front.jpg
  HAT-1 akeneo:2/5/8/1/2581c2aac5b9ae0d24f71c9002998b3eed06c080_gone.png http_status x1: http://127.0.0.1:PORT/api/rest/v1/media-files/CODE_gone.png/download: HTTP 404 Not Found
GET /api/rest/v1/media-files/CODE_front.jpg/download bearer tok-1 200
GET /api/rest/v1/media-files/CODE_gone.png/download bearer tok-1 404
GET /api/rest/v1/media-files/CODE_side%20view.png/download bearer tok-1 200
POST /api/oauth/v1/token basic 200
