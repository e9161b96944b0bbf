--TEST--
AkeneoClient: a 401 mid-listing refreshes the token once and repeats the request
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("token_expiry", ["products" => 250, "token_uses" => 2]);
$client = new PimSync\AkeneoClient(akeneo_settings($srv));
echo count($client->products()), "\n";
echo akeneo_log_lines($srv);
$s = $client->stats();
echo "token_refreshes={$s["token_refreshes"]} requests={$s["requests"]} retries={$s["retries"]} pages={$s["pages"]}\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('token_expiry');
?>
--EXPECTF--
250
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
3 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=00000000-0000-4000-8000-000000000100 bearer tok-1 200
4 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=00000000-0000-4000-8000-000000000200 bearer tok-1 401
5 POST /api/oauth/v1/token basic grant=refresh_token 200
6 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=00000000-0000-4000-8000-000000000200 bearer tok-2 200
token_refreshes=1 requests=6 retries=0 pages=3
