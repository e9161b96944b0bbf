--TEST--
probeImages: a response slower than images.download.timeout fails as timeout, retryable, without holding up the other refs
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_timeout_error');
$config = image_config(['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true, 'timeout' => 1]);
$t = microtime(true);
foreach (PimSync\probeImages($config, ["{$srv['url']}/img/slow.png?delay_ms=4000", "{$srv['url']}/img/fast.png"]) as $r) {
	echo str_replace($srv['port'], 'PORT', probe_line($r)), "\n";
}
echo microtime(true) - $t < 3.5 ? "gave up after about the timeout\n" : "waited for the slow answer?!\n";
?>
--EXPECTF--
failed timeout (http 0, retryable): http://127.0.0.1:PORT/img/slow.png?…: Operation timed out after %d milliseconds with 0 bytes received (images.download timeout 1 s, connect_timeout 5 s)
ok image/png 64x48 94 bytes
gave up after about the timeout
