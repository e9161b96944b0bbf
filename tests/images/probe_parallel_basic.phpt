--TEST--
probeImages: downloads run in parallel: 8 slow images (1.5 s each) are served 8 at once and finish in about one slow period, not eight
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_parallel_basic');
$refs = [];
for ($i = 1; $i <= 8; $i++) {
	$refs[] = "{$srv['url']}/img/p$i.png?w=100&h=100&bytes=30000&delay_ms=1500";
}
$config = image_config(['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true, 'concurrency' => 16, 'per_host' => 8]);
$t = microtime(true);
$ok = count(array_filter(PimSync\probeImages($config, $refs), fn($r) => $r['ok']));
$elapsed = microtime(true) - $t;
$stats = image_server_stats($srv);
echo "$ok of 8 ok\n";
echo "served at once: {$stats['max_active']}\n";
/* one after another would take 12 s; generous for a loaded machine or valgrind */
echo $elapsed < 6 ? "about one slow period\n" : sprintf("%.1f s: not parallel?\n", $elapsed);
?>
--EXPECT--
8 of 8 ok
served at once: 8
about one slow period
