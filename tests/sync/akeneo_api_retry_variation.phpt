--TEST--
Engine::sync with the akeneo_api source: an HTTP 500 in the middle of the listing is retried, the waits going to the sleep option
--EXTENSIONS--
pimsync
pdo_mysql
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
/* requests: 1 token, 2 measurement families, 3 categories, 4 the product models (none), 5 first page, 6 and 7 the second
   page failing twice, 8 its retry, 9 the color option labels, fetched before the batch that creates the options is written */
$srv = akeneo_start('engine_akeneo_api_retry', ['products' => 150, 'options' => ['color' => 3], 'faults' => ['6' => ['status' => 500], '7' => ['status' => 500]]]);
$t = sync_setup('akeneo_api_retry_variation', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv, ['page_size' => 100])]);
$sleeps = [];
$r = sync_run($t, ['sleep' => function (int $ms) use (&$sleeps) { $sleeps[] = $ms; }]);
echo $r->status, ' ', sync_counts($r), "\n";
echo implode(',', $sleeps), "\n";
echo sync_count($t, 'catalog_product_entity'), "\n";
echo preg_replace('/search_after=\S+/', 'search_after=…', akeneo_log_lines($srv));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('akeneo_api_retry_variation');
akeneo_clean('engine_akeneo_api_retry');
?>
--EXPECT--
success seen=150 created=150 updated=0 unchanged=0 disabled=0 failed=0
1000,2000
150
1 POST /api/oauth/v1/token basic grant=password 200
2 GET /api/rest/v1/measurement-families bearer tok-1 200
3 GET /api/rest/v1/categories?with_position=true&limit=100 bearer tok-1 200
4 GET /api/rest/v1/product-models?pagination_type=search_after&limit=100 bearer tok-1 200
5 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100 bearer tok-1 200
6 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=… bearer tok-1 500
7 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=… bearer tok-1 500
8 GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=… bearer tok-1 200
9 GET /api/rest/v1/attributes/color/options?limit=100 bearer tok-1 200
