--TEST--
AkeneoClient: a next link back to an earlier page (a cycle of two) stops the listing with an error
--EXTENSIONS--
pimsync
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('next_link_cycle_error', ['products' => 250, 'next_loop' => 'first']);
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ['page_size' => 100]));
$t0 = microtime(true);
try {
	$client->products();
	echo "no error\n";
} catch (PimSync\HttpException $e) {
	echo str_replace($srv['url'], 'URL', $e->getMessage()), "\n";
}
echo preg_replace("/search_after=\\S+/", "search_after=…", akeneo_log_lines($srv));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('next_link_cycle_error');
?>
--EXPECT--
GET URL/api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=00000000-0000-4000-8000-000000000100: _links.next.href "URL/api/rest/v1/products-uuid?pagination_type=search_after&limit=100" names a page this listing already fetched: stopped, the server would repeat pages forever
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
3 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=… bearer tok-1 200
