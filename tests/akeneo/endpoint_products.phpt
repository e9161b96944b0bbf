--TEST--
AkeneoClient: endpoint "products" lists /products with identifier cursors
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("endpoint_products", ["products" => 90]);
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ["endpoint" => "products", "page_size" => 40]));
$products = $client->products();
echo count($products), "\n";
$first = json_decode($products[0], true);
var_dump(isset($first["uuid"]), $first["identifier"], json_decode($products[89], true)["identifier"]);
echo akeneo_log_lines($srv);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('endpoint_products');
?>
--EXPECTF--
90
bool(false)
string(9) "sku-00001"
string(9) "sku-00090"
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products?pagination_type=search_after&limit=40 bearer tok-1 200
3 GET /api/rest/v1/products?pagination_type=search_after&limit=40&search_after=sku-00040 bearer tok-1 200
4 GET /api/rest/v1/products?pagination_type=search_after&limit=40&search_after=sku-00080 bearer tok-1 200
