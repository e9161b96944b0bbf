--TEST--
AkeneoClient: updatedSince sends the "updated >" search filter (and scope), eachProduct streams the result
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("updated_since", ["products" => 250]);
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ["scope" => "ecommerce"]));
$seen = [];
$n = $client->eachProduct(function (string $json) use (&$seen) { $seen[] = json_decode($json, true)["identifier"]; }, "2024-01-10 00:00:00");
var_dump($n, count($seen), $seen[0], end($seen));
/* products updated at 2024-01-10 00:00:00 exactly (sku-00216) is not "after" it */
echo akeneo_log($srv)[1]["uri"], "\n";
echo akeneo_log_lines($srv);
try {
	$client->products("10/01/2024");
} catch (ValueError $e) {
	echo get_class($e), ": ", $e->getMessage(), "\n";
}
var_dump($client->stats()["items"]);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('updated_since');
?>
--EXPECT--
int(34)
int(34)
string(9) "sku-00217"
string(9) "sku-00250"
/api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search=%7B%22updated%22%3A%5B%7B%22operator%22%3A%22%3E%22%2C%22value%22%3A%222024-01-10%2000%3A00%3A00%22%7D%5D%7D&scope=ecommerce
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search={"updated":[{"operator":">","value":"2024-01-10 00:00:00"}]}&scope=ecommerce bearer tok-1 200
ValueError: updated_since must look like "2024-01-02 03:04:05", got "10/01/2024"
int(34)
