--TEST--
AkeneoClient: 400 and 404 fail at once, without retry
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("client_error", ["products" => 10, "options" => ["color" => 3], "faults" => ["2" => ["status" => 400]]]);
$sleeps = [];
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ["sleep" => function (int $ms) use (&$sleeps) { $sleeps[] = $ms; }]));
foreach ([fn() => $client->products(), fn() => $client->options("size")] as $call) {
	try {
		$call();
	} catch (PimSync\HttpException $e) {
		echo str_replace($srv["port"], "PORT", $e->getMessage()), "\n";
	}
}
var_dump($sleeps, $client->stats()["retries"]);
echo count(akeneo_log($srv)), " requests\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('client_error');
?>
--EXPECTF--
GET http://127.0.0.1:PORT/api/rest/v1/products-uuid?pagination_type=search_after&limit=100 failed: HTTP 400 after 1 attempt: {"code":400,"message":"Scripted fault"}
GET http://127.0.0.1:PORT/api/rest/v1/attributes/size/options?limit=100 failed: HTTP 404 after 1 attempt: {"code":404,"message":"Attribute \"size\" does not exist."}
array(0) {
}
int(0)
3 requests
