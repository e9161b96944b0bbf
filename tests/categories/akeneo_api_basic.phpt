--TEST--
Category tree from the Akeneo API: GET /categories?with_position=true is read before the products, Akeneo's positions order the siblings, and products find their categories in the tree
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/categories.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('cat_akeneo_api_basic', ['products' => 2, 'categories' => [
    cat('master', null, ['en_US' => 'Master']),
    cat('kitchen', 'master', ['en_US' => 'Kitchen'], 2),
    cat('bath', 'master', ['en_US' => 'Bath', 'de_DE' => 'Bad'], 1),
    cat('towels', 'bath', ['en_US' => 'Towels'], 1),
], 'product_overrides' => ['1' => ['categories' => ['towels']], '2' => ['categories' => ['kitchen', 'unknown_code']]]]);
$t = sync_setup('cat_akeneo_api_basic', false, ['source' => ['type' => 'akeneo_api', 'base_url' => $srv['url'], 'client_id' => 'cid',
    'secret' => 'sec', 'username' => 'api', 'password' => 'pw', 'page_size' => 2]]);
$r = sync_run($t, ['sleep' => fn () => null]);
echo sync_counts($r), "\n";
echo json_encode(array_diff_key($r->categories, ['codes' => 1, 'changed_ids' => 1])), "\n";
foreach (akeneo_log($srv) as $entry) {
    if (str_contains($entry['uri'], '/categories') || str_contains($entry['uri'], '/products')) {
        echo $entry['method'], ' ', preg_replace('/search_after=[^&]+/', 'search_after=…', $entry['uri']), "\n";
    }
}
echo cat_dump($t, ['name']);
// products are linked to the tree's categories; a code the tree does not have is created flat, as before
foreach ($t['pdo']->query("SELECT m.code, COUNT(*) n FROM catalog_category_product p JOIN pimsync_entity_map m ON m.kind = 'category'
    AND m.magento_id = p.category_id GROUP BY m.code ORDER BY m.code") as $row) {
    echo "{$row['code']}: {$row['n']} product(s)\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/categories.inc';
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('cat_akeneo_api_basic');
sync_clean('cat_akeneo_api_basic');
?>
--EXPECT--
seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
{"read":4,"created":3,"moved":0,"reordered":0,"renamed":0,"unchanged":0,"disabled":0,"restored":0,"removed_ignored":0,"rewrites":9,"redirects":0,"url_conflicts":0}
GET /api/rest/v1/categories?with_position=true&limit=2
GET /api/rest/v1/categories?page=2&limit=2&with_position=true
GET /api/rest/v1/products-uuid?pagination_type=search_after&limit=2
(tree root)/(Default Category)/kitchen level=2 position=2 children=0
  name: 0=Kitchen
(tree root)/(Default Category)/bath level=2 position=1 children=1
  name: 0=Bath | 3=Bad
(tree root)/(Default Category)/bath/towels level=3 position=1 children=0
  name: 0=Towels
(tree root)/(Default Category)/unknown_code level=2 position=3 children=0
  name: 0=unknown_code
kitchen: 1 product(s)
towels: 1 product(s)
unknown_code: 1 product(s)