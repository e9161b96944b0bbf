--TEST--
probeImages: Akeneo's media file download needs its token: without one it answers 401; a token it refuses is renewed once and the download repeated; without an Akeneo source an akeneo ref fails alone
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('probe_akeneo_auth_error', ['token_uses' => 1, 'media_files' => [
	'a/b/one.png' => ['type' => 'png', 'w' => 20, 'h' => 10], 'a/b/two.gif' => ['type' => 'gif', 'w' => 5, 'h' => 5]]]);
$config = PimSync\Config::fromString(json_encode(['source' => ['type' => 'akeneo_api'] + akeneo_settings($srv),
	'images' => ['download' => ['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true, 'per_host' => 1]]]));
$refs = ['no token' => "{$srv['url']}/api/rest/v1/media-files/a/b/one.png/download", 'one' => ['akeneo' => 'a/b/one.png'], 'two' => ['akeneo' => 'a/b/two.gif']];
foreach (PimSync\probeImages($config, $refs) as $key => $r) {
	echo "$key: ", str_replace($srv['port'], 'PORT', probe_line($r)), "\n";
}
echo akeneo_log_lines($srv);

$wrong = PimSync\Config::fromString(json_encode(['source' => ['type' => 'akeneo_api'] + akeneo_settings($srv, ['password' => 'wrong'])]));
echo "bad login: ", str_replace($srv['port'], 'PORT', probe_line(PimSync\probeImages($wrong, [['akeneo' => 'a/b/one.png']])[0])), "\n";
$file = image_config(['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true]);
foreach (PimSync\probeImages($file, [['akeneo' => 'a/b/one.png'], "{$srv['url']}/api/rest/v1/media-files/a/b/one.png/download"]) as $r) {
	echo "jsonl source: ", str_replace($srv['port'], 'PORT', probe_line($r)), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('probe_akeneo_auth_error');
?>
--EXPECTF--
no token: failed http_status (http 401): http://127.0.0.1:PORT/api/rest/v1/media-files/a/b/one.png/download: HTTP 401 Unauthorized
one: ok image/png 20x10 %d bytes
two: ok image/gif 5x5 %d bytes
1 POST /api/oauth/v1/token basic grant=password 200
%a
%d POST /api/oauth/v1/token basic grant=refresh_token 200
%d GET /api/rest/v1/media-files/a/b/%s/download bearer tok-2 200
bad login: failed akeneo_auth (http 0, retryable): Akeneo login failed: POST http://127.0.0.1:PORT/api/oauth/v1/token failed: HTTP 422 after 1 attempt: {"code":422,"message":"Your authentication is invalid"}
jsonl source: failed no_akeneo_source (http 0): an Akeneo media file needs a config whose source.type is "akeneo_api"
jsonl source: failed http_status (http 401): http://127.0.0.1:PORT/api/rest/v1/media-files/a/b/one.png/download: HTTP 401 Unauthorized
