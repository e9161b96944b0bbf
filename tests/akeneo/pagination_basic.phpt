--TEST--
AkeneoClient: password grant, then search_after pages followed to the end; items sorted, _links dropped
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
/* _links point at another host: the client must keep talking to base_url. */
$srv = akeneo_start('pagination_basic', ['products' => 250, 'link_host' => 'http://pim.invalid:1']);
$client = new PimSync\AkeneoClient(akeneo_settings($srv, ['base_url' => $srv['url'] . '/']));
$products = $client->products();

echo count($products), "\n";
echo $products[0], "\n";
$ids = array_map(fn($j) => json_decode($j, true)['identifier'], $products);
var_dump($ids === array_map(fn($i) => sprintf('sku-%05d', $i), range(1, 250)));
$withLinks = array_filter($products, fn($j) => str_contains($j, '_links'));
var_dump(count($withLinks));
echo str_replace($srv['port'], 'PORT', akeneo_log_lines($srv));
print_r($client->stats());
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('pagination_basic');
?>
--EXPECT--
250
{"categories":["summer","men"],"created":"2023-12-31T00:00:00+00:00","enabled":true,"family":"shirts","identifier":"sku-00001","updated":"2024-01-01T01:00:00+00:00","uuid":"00000000-0000-4000-8000-000000000001","values":{"color":[{"data":"blue","locale":null,"scope":null}],"name":[{"data":"Shirt 1","locale":"en_US","scope":null}],"price":[{"data":[{"amount":"11.50","currency":"EUR"}],"locale":null,"scope":null}]}}
bool(true)
int(0)
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
3 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=00000000-0000-4000-8000-000000000100 bearer tok-1 200
4 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=00000000-0000-4000-8000-000000000200 bearer tok-1 200
Array
(
    [requests] => 4
    [retries] => 0
    [token_refreshes] => 0
    [pages] => 3
    [items] => 250
)
