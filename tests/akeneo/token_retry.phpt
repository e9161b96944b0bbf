--TEST--
AkeneoClient: a 503 from the token endpoint is retried like any request
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("token_retry", ["products" => 1, "faults" => ["1" => ["status" => 503]]]);
$sleeps = [];
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ["sleep" => function (int $ms) use (&$sleeps) { $sleeps[] = $ms; }]));
echo count($client->products()), " ", implode(",", $sleeps), "\n";
echo akeneo_log_lines($srv);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('token_retry');
?>
--EXPECTF--
1 1000
1 POST /api/oauth/v1/token basic 503
2 POST /api/oauth/v1/token basic grant=password 200
3 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
