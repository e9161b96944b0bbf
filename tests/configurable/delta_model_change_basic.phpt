--TEST--
Configurables with the akeneo_api source: a delta run whose window lists a changed product model also lists that model's variant products (search parent IN), so they take its new values although their own "updated" did not move; one the window listed already is read once
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
$variant = cfg_variant('shirts_color', [['color']]);
$model = fn (string $name, array $extra = []) => cfg_model('shirts-model', null, 'shirts_color', ['description' => [sync_v($name, 'en_US')]],
    $extra + ['family' => 'shirts']);
$children = ['1' => ['parent' => 'shirts-model'], '2' => ['parent' => 'shirts-model']];
$srv = akeneo_start('configurable_delta_model_change', ['products' => 3, 'options' => ['color' => 3],
    'product_models' => [$model('Cotton')], 'family_variants' => ['shirts' => [$variant]], 'product_overrides' => $children]);
$t = sync_setup('configurable_delta_model_change_basic', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", "description:\n", sync_dump($t, 'description');
/* the model's description changes in the PIM; of its variants only product 1 was touched, product 2 was not */
$before = count(akeneo_log($srv));
sleep(1);
$later = gmdate('Y-m-d\TH:i:sP', time() + 60);
akeneo_scenario_set($srv, ['product_models' => [$model('Organic cotton', ['updated' => $later])],
    'product_overrides' => ['1' => ['parent' => 'shirts-model', 'updated' => $later]] + $children]);
$r = sync_run($t, ['mode' => 'delta']);
echo "delta: ", $r->status, ' ', sync_counts($r), ' ', cfg_counts($r), "\n";
echo implode('', array_map(fn ($e) => preg_replace('/\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/', '<since>', "{$e['method']} " . urldecode($e['uri']) . " {$e['status']}\n"),
    array_filter(array_slice(akeneo_log($srv), $before), fn ($e) => str_contains($e['uri'], '/products'))));
echo "description:\n", sync_dump($t, 'description');
echo "parked: ", sync_count($t, 'pimsync_dead_letter'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('configurable_delta_model_change_basic');
akeneo_clean('configurable_delta_model_change');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
description:
shirts-model 0 'Cotton'
shirts-model 1 'Cotton'
sku-00001 0 'Cotton'
sku-00001 1 'Cotton'
sku-00002 0 'Cotton'
sku-00002 1 'Cotton'
delta: success seen=2 created=0 updated=2 unchanged=0 disabled=0 failed=0 configurables created=0 updated=1 unchanged=0 disabled=0 failed=0 children_linked=0 children_unlinked=0
GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search={"updated":[{"operator":">","value":"<since>"}]} 200
GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search={"parent":[{"operator":"IN","value":["shirts-model"]}]} 200
description:
shirts-model 0 'Organic cotton'
shirts-model 1 'Organic cotton'
sku-00001 0 'Organic cotton'
sku-00001 1 'Organic cotton'
sku-00002 0 'Organic cotton'
sku-00002 1 'Organic cotton'
parked: 0
