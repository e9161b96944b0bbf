--TEST--
probeImages: at most images.download.per_host transfers to one host and concurrency in all; the connections are kept alive and reused
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_limits_variation');
$slow = fn(int $n) => array_map(fn($i) => "{$srv['url']}/img/s$i.png?w=10&h=10&delay_ms=400", range(1, $n));
foreach ([['concurrency' => 16, 'per_host' => 2], ['concurrency' => 3, 'per_host' => 8]] as $limits) {
	image_server_reset($srv);
	$config = image_config($limits + ['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true]);
	$ok = count(array_filter(PimSync\probeImages($config, $slow(6)), fn($r) => $r['ok']));
	$stats = image_server_stats($srv);
	echo json_encode($limits), ": $ok ok, at most {$stats['max_active']} at once\n";
}
/* 12 images over 2 connections: each connection serves several requests */
image_server_reset($srv);
$config = image_config(['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true, 'per_host' => 2]);
$refs = array_map(fn($i) => "{$srv['url']}/img/k$i.jpg?w=50&h=50&bytes=20000", range(1, 12));
$ok = count(array_filter(PimSync\probeImages($config, $refs), fn($r) => $r['ok']));
$stats = image_server_stats($srv);
echo "keep-alive: $ok ok, {$stats['requests']} requests over {$stats['connections']} connections\n";
?>
--EXPECT--
{"concurrency":16,"per_host":2}: 6 ok, at most 2 at once
{"concurrency":3,"per_host":8}: 6 ok, at most 3 at once
keep-alive: 12 ok, 12 requests over 2 connections
