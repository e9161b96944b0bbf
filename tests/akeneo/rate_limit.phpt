--TEST--
AkeneoClient: HTTP 429 waits for Retry-After seconds, then retries
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("rate_limit", ["products" => 10, "faults" => ["2" => ["status" => 429, "retry_after" => 7]]]);
$sleeps = [];
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ["sleep" => function (int $ms) use (&$sleeps) { $sleeps[] = $ms; }]));
echo count($client->products()), "\n";
var_dump($sleeps);
echo akeneo_log_lines($srv);
echo "retries=", $client->stats()["retries"], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('rate_limit');
?>
--EXPECTF--
10
array(1) {
  [0]=>
  int(7000)
}
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 429
3 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
retries=1
