--TEST--
AkeneoClient: a body that never ends is refused once it passes source.max_body_bytes, in bounded time and memory
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('body_cap_endless_error', ['products' => 10, 'endless_body' => true]);
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ['max_body_bytes' => 1048576]));
$t0 = microtime(true);
try {
	$client->products();
	echo "no error\n";
} catch (PimSync\HttpException $e) {
	echo str_replace($srv['url'], 'URL', $e->getMessage()), "\n";
}
printf("seconds < 10: %s\n", var_export(microtime(true) - $t0 < 10, true));
printf("peak memory < 8 MB: %s\n", var_export(memory_get_peak_usage() < 8 << 20, true));
echo akeneo_log_lines($srv);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('body_cap_endless_error');
?>
--EXPECT--
response body of GET URL/api/rest/v1/products-uuid?pagination_type=search_after&limit=100 exceeds source.max_body_bytes (1048576 bytes): refused while it arrived
seconds < 10: true
peak memory < 8 MB: true
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
