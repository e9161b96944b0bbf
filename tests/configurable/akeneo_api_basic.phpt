--TEST--
Configurables with the akeneo_api source: models from /product-models and axes from /families/{family}/variants make the configurable; a delta run lists only the models updated in its window and asks for the model of a new variant product by code
--EXTENSIONS--
pimsync
pdo_mysql
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/configurable.inc';
require __DIR__ . '/../support/akeneo.inc';
$model = cfg_model('shirts-model', null, 'shirts_color', ['name' => [sync_v('Shirt', 'en_US')]], ['family' => 'shirts']);
$variant = cfg_variant('shirts_color', [['color']]);
/* products 1 and 2 are variants of the model; their own values carry the color axis */
$srv = akeneo_start('configurable_akeneo_api', ['products' => 3, 'options' => ['color' => 3],
    'product_models' => [$model], 'family_variants' => ['shirts' => [$variant]],
    'product_overrides' => ['1' => ['parent' => 'shirts-model'], '2' => ['parent' => 'shirts-model']]]);
$t = sync_setup('configurable_akeneo_api_basic', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", cfg_counts($r), "\n";
echo cfg_products($t), cfg_super_attributes($t), cfg_links($t);
echo "visibility:\n", sync_dump($t, 'visibility');
$requests = fn(int $from) => implode('', array_map(fn($e) => preg_replace('/search=[^&\s]+/', 'search=…', "{$e['method']} {$e['uri']} {$e['status']}\n"),
    array_filter(array_slice(akeneo_log($srv), $from), fn($e) => str_contains($e['uri'], 'product-models') || str_contains($e['uri'], 'variants'))));
echo $requests(0);
// a delta run: the model is outside the window, product 3 becomes a variant of it
$before = count(akeneo_log($srv));
sleep(1);
akeneo_scenario_set($srv, ['product_overrides' => ['1' => ['parent' => 'shirts-model'], '2' => ['parent' => 'shirts-model'],
    '3' => ['parent' => 'shirts-model', 'updated' => gmdate('Y-m-d\TH:i:sP', time() + 60)]]]);
$r = sync_run($t, ['mode' => 'delta']);
echo "delta: ", $r->status, ' ', sync_counts($r), ' ', cfg_counts($r), "\n";
echo $requests($before), cfg_links($t);
echo "sku-00003 became a child, visibility ", sync_values($t, "sku-00003", "visibility")[0], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('configurable_akeneo_api_basic');
akeneo_clean('configurable_akeneo_api');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
configurables created=1 updated=0 unchanged=0 disabled=0 failed=0 children_linked=2 children_unlinked=0
shirts-model configurable 1/1
sku-00001 simple 0/0
sku-00002 simple 0/0
sku-00003 simple 0/0
shirts-model: color@0 store 0 'Color' use_default 1
shirts-model > sku-00001 (relation)
shirts-model > sku-00002 (relation)
relations: 2
visibility:
shirts-model 0 4
sku-00001 0 1
sku-00002 0 1
sku-00003 0 4
GET /api/rest/v1/product-models?pagination_type=search_after&limit=100 200
GET /api/rest/v1/families/shirts/variants?limit=100 200
delta: success seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 configurables created=0 updated=0 unchanged=0 disabled=0 failed=0 children_linked=1 children_unlinked=0
GET /api/rest/v1/product-models?pagination_type=search_after&limit=100&search=… 200
GET /api/rest/v1/product-models/shirts-model 200
GET /api/rest/v1/families/shirts/variants?limit=100 200
shirts-model > sku-00001 (relation)
shirts-model > sku-00002 (relation)
shirts-model > sku-00003 (relation)
relations: 3
sku-00003 became a child, visibility 1
