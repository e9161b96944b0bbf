--TEST--
AkeneoClient: a Content-Length over source.max_body_bytes is refused before the body is read
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('body_cap_content_length_error', ['products' => 10, 'declared_length' => 5000000]);
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ['max_body_bytes' => 1048576]));
$t0 = microtime(true);
try {
	$client->products();
	echo "no error\n";
} catch (PimSync\HttpException $e) {
	echo str_replace($srv['url'], 'URL', $e->getMessage()), "\n";
}
echo akeneo_log_lines($srv);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('body_cap_content_length_error');
?>
--EXPECT--
response body of GET URL/api/rest/v1/products-uuid?pagination_type=search_after&limit=100 declares Content-Length 5000000, over source.max_body_bytes (1048576): refused
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
