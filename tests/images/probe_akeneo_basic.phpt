--TEST--
probeImages: ["akeneo" => code] downloads GET {base}/api/rest/v1/media-files/{code}/download with the source's bearer token, the code's slashes not encoded; Akeneo's host is allowed without being listed
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('probe_akeneo_basic', ['media_files' => [
	'8/b/5/c/8b5cf9_front.jpg' => ['type' => 'jpg', 'w' => 1000, 'h' => 750, 'bytes' => 90000],
	'1/2/3/4/1234ab_back side.png' => ['type' => 'png', 'w' => 300, 'h' => 200],
]]);
$config = PimSync\Config::fromString(json_encode(['source' => ['type' => 'akeneo_api'] + akeneo_settings($srv),
	'images' => ['download' => ['allowed_hosts' => []]]]));
$refs = ['front' => ['akeneo' => '8/b/5/c/8b5cf9_front.jpg'], 'back' => ['akeneo' => '1/2/3/4/1234ab_back side.png'],
	'gone' => ['akeneo' => '0/0/0/0/missing.jpg'], 'escape' => ['akeneo' => '../../../oauth/v1/token']];
foreach (PimSync\probeImages($config, $refs) as $key => $r) {
	echo "$key: ", str_replace($srv['port'], 'PORT', probe_line($r)), "\n";
}
/* as sent, not decoded: the slashes stay, a space is %20 */
$uris = array_map(fn($e) => "{$e['method']} {$e['uri']} {$e['auth']} {$e['status']}", akeneo_log($srv));
sort($uris);
echo implode("\n", $uris), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('probe_akeneo_basic');
?>
--EXPECTF--
front: ok image/jpeg 1000x750 %d bytes
back: ok image/png 300x200 %d bytes
gone: failed http_status (http 404): http://127.0.0.1:PORT/api/rest/v1/media-files/0/0/0/0/missing.jpg/download: HTTP 404 Not Found
escape: failed bad_media_code (http 0): "../../../oauth/v1/token" is not a media file code (empty, "." or ".." segment)
GET /api/rest/v1/media-files/0/0/0/0/missing.jpg/download bearer tok-1 404
GET /api/rest/v1/media-files/1/2/3/4/1234ab_back%20side.png/download bearer tok-1 200
GET /api/rest/v1/media-files/8/b/5/c/8b5cf9_front.jpg/download bearer tok-1 200
POST /api/oauth/v1/token basic 200
