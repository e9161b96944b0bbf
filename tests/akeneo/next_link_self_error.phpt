--TEST--
AkeneoClient: a next link naming the page itself stops the listing with an error, after one request for it
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('next_link_self_error', ['products' => 250, 'next_loop' => 'self']);
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ['page_size' => 100]));
$t0 = microtime(true);
try {
	$client->products();
	echo "no error\n";
} catch (PimSync\HttpException $e) {
	echo str_replace($srv['url'], 'URL', $e->getMessage()), "\n";
}
echo str_replace($srv["port"], "PORT", akeneo_log_lines($srv));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('next_link_self_error');
?>
--EXPECT--
GET URL/api/rest/v1/products-uuid?pagination_type=search_after&limit=100: _links.next.href "URL/api/rest/v1/products-uuid?pagination_type=search_after&limit=100" names a page this listing already fetched: stopped, the server would repeat pages forever
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
