--TEST--
AkeneoClient: 500/503 are retried with exponential backoff (1s, 2s, 4s), then succeed
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("retry_5xx", ["products" => 10, "faults" => ["2" => ["status" => 500], "3" => ["status" => 503], "4" => ["status" => 500]]]);
$sleeps = [];
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ["sleep" => function (int $ms) use (&$sleeps) { $sleeps[] = $ms; }]));
echo count($client->products()), "\n";
echo implode(",", $sleeps), "\n";
echo akeneo_log_lines($srv);
echo "retries=", $client->stats()["retries"], " requests=", $client->stats()["requests"], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('retry_5xx');
?>
--EXPECTF--
10
1000,2000,4000
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 500
3 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 503
4 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 500
5 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
retries=3 requests=5
