--TEST--
Category tree: a 3-level Akeneo tree becomes Magento categories under the root, with names, url keys and url paths per store view, on both layouts
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/categories.inc';
foreach ([false, true] as $staging) {
    $t = cat_setup('tree_created_basic', $staging);
    cat_feed($t, [
        cat('master', null, ['en_US' => 'Master catalog']),
        cat('clothes', 'master', ['en_US' => 'Clothes', 'fr_FR' => 'Vêtements', 'de_DE' => 'Kleidung'], 2),
        cat('shoes', 'master', ['en_US' => 'Shoes', 'fr_FR' => 'Chaussures'], 1),
        cat('tshirts', 'clothes', ['en_US' => 'T-Shirts & Tops', 'de_DE' => 'T-Shirts']),
        cat('jeans', 'clothes', ['en_US' => 'Jeans']),
    ]);
    $r = sync_run($t);
    echo $staging ? "staging\n" : "open source\n";
    echo json_encode(array_diff_key($r->categories, ['codes' => 1, 'changed_ids' => 1])), "\n";
    echo implode(',', $r->categories['codes']['created']), "\n";
    echo cat_dump($t);
    $root = $t['pdo']->query('SELECT children_count FROM catalog_category_entity WHERE entity_id = 2')->fetchColumn();
    echo "Default Category children=$root\n";
    $id = cat_id($t, 'jeans');
    echo 'jeans is_active=', json_encode(cat_values($t, $id, 'is_active')), ' include_in_menu=', json_encode(cat_values($t, $id, 'include_in_menu')),
        ' is_anchor=', json_encode(cat_values($t, $id, 'is_anchor')), ' display_mode=', json_encode(cat_values($t, $id, 'display_mode')), "\n";
    // the same tree again: nothing is written
    $again = sync_run($t);
    echo 'again: ', json_encode(array_diff_key($again->categories, ['codes' => 1, 'changed_ids' => 1])), ' rows=', json_encode($again->rowsWritten), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/categories.inc';
sync_clean('tree_created_basic');
?>
--EXPECT--
open source
{"read":5,"created":4,"moved":0,"reordered":0,"renamed":0,"unchanged":0,"disabled":0,"restored":0,"removed_ignored":0,"rewrites":12,"redirects":0,"url_conflicts":0}
clothes,tshirts,jeans,shoes
(tree root)/(Default Category)/clothes level=2 position=2 children=2
  name: 0=Clothes | 2=Vêtements | 3=Kleidung
  url_key: 0=clothes | 2=vetements | 3=kleidung
  url_path: 0=clothes | 2=vetements | 3=kleidung
(tree root)/(Default Category)/clothes/tshirts level=3 position=1 children=0
  name: 0=T-Shirts & Tops | 3=T-Shirts
  url_key: 0=t-shirts-tops | 3=t-shirts
  url_path: 0=clothes/t-shirts-tops | 2=vetements/t-shirts-tops | 3=kleidung/t-shirts
(tree root)/(Default Category)/clothes/jeans level=3 position=2 children=0
  name: 0=Jeans
  url_key: 0=jeans
  url_path: 0=clothes/jeans | 2=vetements/jeans | 3=kleidung/jeans
(tree root)/(Default Category)/shoes level=2 position=1 children=0
  name: 0=Shoes | 2=Chaussures
  url_key: 0=shoes | 2=chaussures
  url_path: 0=shoes | 2=chaussures
Default Category children=4
jeans is_active=[1] include_in_menu=[1] is_anchor=[1] display_mode=["PRODUCTS"]
again: {"read":5,"created":0,"moved":0,"reordered":0,"renamed":0,"unchanged":4,"disabled":0,"restored":0,"removed_ignored":0,"rewrites":0,"redirects":0,"url_conflicts":0} rows=[]
staging
{"read":5,"created":4,"moved":0,"reordered":0,"renamed":0,"unchanged":0,"disabled":0,"restored":0,"removed_ignored":0,"rewrites":12,"redirects":0,"url_conflicts":0}
clothes,tshirts,jeans,shoes
(tree root)/(Default Category)/clothes level=2 position=2 children=2
  name: 0=Clothes | 2=Vêtements | 3=Kleidung
  url_key: 0=clothes | 2=vetements | 3=kleidung
  url_path: 0=clothes | 2=vetements | 3=kleidung
(tree root)/(Default Category)/clothes/tshirts level=3 position=1 children=0
  name: 0=T-Shirts & Tops | 3=T-Shirts
  url_key: 0=t-shirts-tops | 3=t-shirts
  url_path: 0=clothes/t-shirts-tops | 2=vetements/t-shirts-tops | 3=kleidung/t-shirts
(tree root)/(Default Category)/clothes/jeans level=3 position=2 children=0
  name: 0=Jeans
  url_key: 0=jeans
  url_path: 0=clothes/jeans | 2=vetements/jeans | 3=kleidung/jeans
(tree root)/(Default Category)/shoes level=2 position=1 children=0
  name: 0=Shoes | 2=Chaussures
  url_key: 0=shoes | 2=chaussures
  url_path: 0=shoes | 2=chaussures
Default Category children=4
jeans is_active=[1] include_in_menu=[1] is_anchor=[1] display_mode=["PRODUCTS"]
again: {"read":5,"created":0,"moved":0,"reordered":0,"renamed":0,"unchanged":4,"disabled":0,"restored":0,"removed_ignored":0,"rewrites":0,"redirects":0,"url_conflicts":0} rows=[]