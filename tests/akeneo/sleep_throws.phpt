--TEST--
AkeneoClient: an exception from the sleep callable stops the retries and reaches the caller
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("sleep_throws", ["products" => 1, "faults" => ["2" => ["status" => 503], "3" => ["status" => 503]]]);
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ["sleep" => function (int $ms) { throw new LogicException("cancelled at $ms"); }]));
try {
	$client->products();
} catch (Exception $e) {
	echo get_class($e), ": ", $e->getMessage(), "\n";
	var_dump($e->getPrevious());
}
echo count(akeneo_log($srv)), " requests\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('sleep_throws');
?>
--EXPECTF--
LogicException: cancelled at 1000
NULL
2 requests
