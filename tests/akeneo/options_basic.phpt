--TEST--
AkeneoClient: options() follows the option pages and drops _links
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("options_basic", ["options" => ["color" => 150, "size" => 0]]);
$client = new PimSync\AkeneoClient(akeneo_settings($srv));
$options = $client->options("color");
echo count($options), "\n", $options[0], "\n", $options[149], "\n";
var_dump($client->options("size"));
echo akeneo_log_lines($srv);
echo "pages=", $client->stats()["pages"], " items=", $client->stats()["items"], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('options_basic');
?>
--EXPECTF--
150
{"attribute":"color","code":"color_1","labels":{"de_DE":"Color 1 (de)","en_US":"Color 1"},"sort_order":1}
{"attribute":"color","code":"color_150","labels":{"de_DE":"Color 150 (de)","en_US":"Color 150"},"sort_order":150}
array(0) {
}
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/attributes/color/options?limit=100 bearer tok-1 200
3 GET /api/rest/v1/attributes/color/options?page=2&limit=100 bearer tok-1 200
4 GET /api/rest/v1/attributes/size/options?limit=100 bearer tok-1 200
pages=3 items=0
