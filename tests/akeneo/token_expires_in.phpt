--TEST--
AkeneoClient: a token past expires_in is renewed before the request, not after a 401
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("token_expires_in", ["products" => 150, "expires_in" => 0]);
$client = new PimSync\AkeneoClient(akeneo_settings($srv));
echo count($client->products()), "\n";
echo akeneo_log_lines($srv);
echo "token_refreshes=", $client->stats()["token_refreshes"], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('token_expires_in');
?>
--EXPECTF--
150
1 POST /api/oauth/v1/token basic grant=password 200
2 POST /api/oauth/v1/token basic grant=refresh_token 200
3 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-2 200
4 POST /api/oauth/v1/token basic grant=refresh_token 200
5 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=00000000-0000-4000-8000-000000000100 bearer tok-3 200
token_refreshes=2
