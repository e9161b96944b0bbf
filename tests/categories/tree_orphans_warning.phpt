--TEST--
Category tree: categories whose parent is not in the tree that was read are not written, and the run says how many and names the first; the rest of the tree lands (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/categories.inc';
foreach ([false, true] as $staging) {
    echo $staging ? "staging\n" : "open source\n";
    $t = cat_setup('tree_orphans_warning', $staging);
    cat_feed($t, [
        cat('master', null, ['en_US' => 'Master']),
        cat('shoes', 'master', ['en_US' => 'Shoes']),
        cat('boots', 'missing_parent', ['en_US' => 'Boots']),
        cat('wellies', 'boots', ['en_US' => 'Wellies']),
    ]);
    $r = sync_run($t);
    echo $r->status, ' created: ', implode(',', $r->categories['codes']['created']), "\n";
    $w = $r->warnings['category_orphans'];
    echo "category_orphans ({$w['count']}): {$w['message']}\n";
    echo cat_dump($t, ['name']);
}
?>
--CLEAN--
<?php
require __DIR__ . '/categories.inc';
sync_clean('tree_orphans_warning');
?>
--EXPECT--
open source
success created: shoes
category_orphans (1): 2 categories are not below a root of the tree that was read (their parent is missing, or not written) and were not written; the first: boots
(tree root)/(Default Category)/shoes level=2 position=1 children=0
  name: 0=Shoes
staging
success created: shoes
category_orphans (1): 2 categories are not below a root of the tree that was read (their parent is missing, or not written) and were not written; the first: boots
(tree root)/(Default Category)/shoes level=2 position=1 children=0
  name: 0=Shoes
