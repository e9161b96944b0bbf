--TEST--
probeImages: an HTTP error status fails its ref with http_status, the status and its reason phrase; 5xx and 429 are retryable, 404 is not; the other refs go on
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_http_status_error');
$u = $srv['url'];
$config = image_config(['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true]);
foreach (PimSync\probeImages($config, ["$u/status/404", "$u/img/ok.png", "$u/status/503", "$u/status/429", "$u/status/403"]) as $r) {
	echo str_replace($srv['port'], 'PORT', probe_line($r)), "\n";
}
?>
--EXPECT--
failed http_status (http 404): http://127.0.0.1:PORT/status/404: HTTP 404 Not Found
ok image/png 64x48 94 bytes
failed http_status (http 503, retryable): http://127.0.0.1:PORT/status/503: HTTP 503 Service Unavailable
failed http_status (http 429, retryable): http://127.0.0.1:PORT/status/429: HTTP 429 Too Many Requests
failed http_status (http 403): http://127.0.0.1:PORT/status/403: HTTP 403 Forbidden
