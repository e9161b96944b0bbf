--TEST--
probeImages: a file over images.download.max_bytes fails as too_large, whether its Content-Length says so or it streams without one
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_too_large_error');
$u = $srv['url'];
$config = image_config(['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true, 'max_bytes' => 50000]);
$refs = ["$u/img/big.png?w=10&h=10&bytes=80000", "$u/big?bytes=500000&chunked=1", "$u/img/fits.png?w=10&h=10&bytes=49000"];
foreach (PimSync\probeImages($config, $refs) as $r) {
	echo str_replace($srv['port'], 'PORT', probe_line($r)), "\n";
}
?>
--EXPECT--
failed too_large (http 200): http://127.0.0.1:PORT/img/big.png?…: the file is larger than images.download.max_bytes (50000 bytes)
failed too_large (http 200): http://127.0.0.1:PORT/big?…: the file is larger than images.download.max_bytes (50000 bytes)
ok image/png 10x10 49000 bytes
