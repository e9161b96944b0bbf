--TEST--
AkeneoClient: a response slower than timeout_ms is abandoned and retried (timeout 3 s, a 9 s answer: room for a slow run under valgrind)
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("timeout_retry", ["products" => 10, "faults" => ["2" => ["sleep_ms" => 9000]]]);
$sleeps = [];
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ["timeout_ms" => 3000, "sleep" => function (int $ms) use (&$sleeps) { $sleeps[] = $ms; }]));
$t = microtime(true);
echo count($client->products()), "\n";
var_dump($sleeps, $client->stats()["retries"], microtime(true) - $t < 8);
echo akeneo_log_lines($srv);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('timeout_retry');
?>
--EXPECTF--
10
array(1) {
  [0]=>
  int(1000)
}
int(1)
bool(true)
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
3 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
