--TEST--
Category tree: a category moved to another parent takes its subtree along (path, level, url_path per store) and children_count is right on old and new ancestors
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/categories.inc';
foreach ([false, true] as $staging) {
    $t = cat_setup('tree_move_basic', $staging);
    $tree = [
        cat('master', null),
        cat('men', 'master', ['en_US' => 'Men', 'fr_FR' => 'Hommes']),
        cat('women', 'master', ['en_US' => 'Women', 'fr_FR' => 'Femmes']),
        cat('shoes', 'men', ['en_US' => 'Shoes']),
        cat('boots', 'shoes', ['en_US' => 'Boots', 'fr_FR' => 'Bottes']),
    ];
    cat_feed($t, $tree);
    sync_run($t);
    // a merchandiser's own category below boots moves along too
    $boots = cat_id($t, 'boots');
    $path = $t['pdo']->query("SELECT path FROM catalog_category_entity WHERE entity_id = $boots")->fetchColumn();
    if ($staging) {
        $t['pdo']->exec('INSERT INTO sequence_catalog_category VALUES ()');
        $ownId = (int) $t['pdo']->lastInsertId();
        $t['pdo']->exec("INSERT INTO catalog_category_entity (entity_id, attribute_set_id, parent_id, path, position, level, children_count)
            VALUES ($ownId, 3, $boots, '$path/$ownId', 1, 5, 0)");
    } else {
        $t['pdo']->exec("INSERT INTO catalog_category_entity (attribute_set_id, parent_id, path, position, level, children_count)
            VALUES (3, $boots, '', 1, 5, 0)");
        $ownId = (int) $t['pdo']->lastInsertId();
        $t['pdo']->exec("UPDATE catalog_category_entity SET path = '$path/$ownId' WHERE entity_id = $ownId");
    }
    $t['pdo']->exec("UPDATE catalog_category_entity SET children_count = children_count + 1 WHERE entity_id IN (" . str_replace('/', ',', $path) . ")");
    $tree[3] = cat('shoes', 'women', ['en_US' => 'Shoes']);
    cat_feed($t, $tree);
    $r = sync_run($t);
    echo $staging ? "staging\n" : "open source\n";
    echo 'moved: ', implode(',', $r->categories['codes']['moved']), ' unchanged=', $r->categories['unchanged'], "\n";
    echo cat_dump($t, ['url_path']);
    echo 'own: ', $t['pdo']->query("SELECT CONCAT(level, ' ', path = CONCAT((SELECT path FROM catalog_category_entity WHERE entity_id = $boots), '/', entity_id)) FROM catalog_category_entity WHERE entity_id = $ownId")->fetchColumn(), "\n";
    foreach ([1, 2] as $id) {
        echo "category $id children=", $t['pdo']->query("SELECT children_count FROM catalog_category_entity WHERE entity_id = $id")->fetchColumn(), "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/categories.inc';
sync_clean('tree_move_basic');
?>
--EXPECT--
open source
moved: shoes unchanged=2
(tree root)/(Default Category)/men level=2 position=1 children=0
  url_path: 0=men | 2=hommes
(tree root)/(Default Category)/women level=2 position=2 children=3
  url_path: 0=women | 2=femmes
(tree root)/(Default Category)/women/shoes level=3 position=1 children=2
  url_path: 0=women/shoes | 2=femmes/shoes
(tree root)/(Default Category)/women/shoes/boots level=4 position=1 children=1
  url_path: 0=women/shoes/boots | 2=femmes/shoes/bottes
own: 5 1
category 1 children=6
category 2 children=5
staging
moved: shoes unchanged=2
(tree root)/(Default Category)/men level=2 position=1 children=0
  url_path: 0=men | 2=hommes
(tree root)/(Default Category)/women level=2 position=2 children=3
  url_path: 0=women | 2=femmes
(tree root)/(Default Category)/women/shoes level=3 position=1 children=2
  url_path: 0=women/shoes | 2=femmes/shoes
(tree root)/(Default Category)/women/shoes/boots level=4 position=1 children=1
  url_path: 0=women/shoes/boots | 2=femmes/shoes/bottes
own: 5 1
category 1 children=6
category 2 children=5