--TEST--
probeImages: a body shorter than its Content-Length (the connection closed mid-way) fails as truncated, retryable
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_truncated_error');
$config = image_config(['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true]);
foreach (PimSync\probeImages($config, ["{$srv['url']}/truncated/cut.jpg?w=800&h=600&bytes=60000", "{$srv['url']}/img/whole.jpg?w=800&h=600&bytes=60000"]) as $r) {
	echo str_replace($srv['port'], 'PORT', probe_line($r)), "\n";
}
?>
--EXPECTF--
failed truncated (http 200, retryable): http://127.0.0.1:PORT/truncated/cut.jpg?…: the download was cut: transfer closed with %d bytes remaining to read
ok image/jpeg 800x600 %d bytes
