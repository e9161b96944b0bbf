--TEST--
AkeneoClient: a refused refresh_token grant falls back to the password grant
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("refresh_fails", ["products" => 150, "token_uses" => 1, "refresh_fails" => true]);
$client = new PimSync\AkeneoClient(akeneo_settings($srv));
echo count($client->products()), "\n";
echo akeneo_log_lines($srv);
echo "token_refreshes=", $client->stats()["token_refreshes"], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('refresh_fails');
?>
--EXPECTF--
150
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
3 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=00000000-0000-4000-8000-000000000100 bearer tok-1 401
4 POST /api/oauth/v1/token basic grant=refresh_token 400
5 POST /api/oauth/v1/token basic grant=password 200
6 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=00000000-0000-4000-8000-000000000100 bearer tok-2 200
token_refreshes=1
