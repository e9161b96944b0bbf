--TEST--
AkeneoClient: when every attempt fails, HttpException names the URL, status, body and attempts
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("retry_exhausted", ["products" => 10, "faults" => ["2" => ["status" => 503], "3" => ["status" => 503], "4" => ["status" => 503], "5" => ["status" => 503]]]);
$sleeps = [];
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ["max_attempts" => 4, "backoff_max_ms" => 2500,
	"sleep" => function (int $ms) use (&$sleeps) { $sleeps[] = $ms; }]));
try {
	$client->products();
} catch (PimSync\HttpException $e) {
	echo get_class($e), ": ", str_replace($srv["port"], "PORT", $e->getMessage()), "\n";
}
echo implode(",", $sleeps), "\n";
echo count(akeneo_log($srv)), " requests\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('retry_exhausted');
?>
--EXPECTF--
PimSync\HttpException: GET http://127.0.0.1:PORT/api/rest/v1/products-uuid?pagination_type=search_after&limit=100 failed: HTTP 503 after 4 attempts: {"code":503,"message":"Scripted fault"}
1000,2000,2500
5 requests
