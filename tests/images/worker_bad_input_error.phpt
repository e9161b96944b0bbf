--TEST--
Images worker: each image that cannot be had (404, not an image, a cut body at the last delivery, a host not on the allow-list, a redirect off it) goes to pimsync_image_dead_letter with its reason; the rest of the chunk lands and the job is acknowledged
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
$srv = image_server_start('worker_bad_input_error');
$t = worker_setup('worker_bad_input_error', false, ['retries' => 1]);
sync_feed($t, [sync_product('HAT-1', [
    'picture' => [sync_v(worker_url($srv, 'front.png'))],
    'gallery' => [
        sync_v("{$srv['url']}/status/404"),
        sync_v("{$srv['url']}/text"),
        sync_v("{$srv['url']}/truncated/cut.png?w=50&h=50&bytes=20000"),
        sync_v('http://images.example.net/a.png'),
        sync_v("{$srv['url']}/redirect?to=" . urlencode('http://elsewhere.example.org/b.png')),
        sync_v(worker_url($srv, 'side.png', 41)),
    ],
])]);
sync_run($t);
echo worker_counts(worker_run($t));
echo 'pending: ', worker_pending($t), "\n";
echo images_gallery($t, 'HAT-1'), images_roles($t, 'HAT-1');
echo worker_dead_letters($t, $srv);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_bad_input_error');
?>
--EXPECT--
jobs=1 applied=1 attached=2 reused=0 removed=0 downloaded=2 dead_lettered=5 retried=0
pending: 0
  /f/r/front.png -@1
  /s/i/side.png -@7
  store 0: image=/f/r/front.png small_image=/f/r/front.png thumbnail=/f/r/front.png
  HAT-1 /status/404 http_status x1: http://127.0.0.1:PORT/status/404: HTTP 404 Not Found
  HAT-1 /text not_an_image x1: http://127.0.0.1:PORT/text: not a JPEG, PNG, GIF or WebP file (it starts with "<html><body><h1>") (49 bytes, Content-Type image/jpeg)
  HAT-1 /truncated/cut.png?w=50&h=50&bytes=20000 truncated x1: given up after the last delivery: http://127.0.0.1:PORT/truncated/cut.png?…: the download was cut: transfer closed with 10000 bytes remaining to read
  HAT-1 /a.png host_not_allowed x1: http://images.example.net/a.png: host "images.example.net" is not in images.download.allowed_hosts (127.0.0.1)
  HAT-1 /redirect?to=http%3A%2F%2Felsewhere.example.org%2Fb.png redirect_not_allowed x1: redirect from http://127.0.0.1:PORT/redirect?… refused: http://elsewhere.example.org/b.png: host "elsewhere.example.org" is not in images.download.allowed_hosts (127.0.0.1)
