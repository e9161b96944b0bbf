--TEST--
Category tree: the report's categories.changed_ids lists every category the tree phase wrote with its ancestors (old and new ones of a move), and nothing when the tree is unchanged
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/categories.inc';

/** changed_ids by code (sorted by code), and whether they are in id order and all in Magento */
function changed(array $t, PimSync\Report $r): string
{
    $codes = cat_codes($t);
    $ids = $r->categories['changed_ids'];
    $sorted = $ids;
    sort($sorted);
    $known = $t['pdo']->query('SELECT entity_id FROM catalog_category_entity')->fetchAll(PDO::FETCH_COLUMN);
    $unknown = array_diff($ids, array_map('intval', $known));
    $names = array_map(fn ($id) => $codes[$id] ?? "#$id", $ids);
    sort($names);
    return implode(',', $names)
        . ($ids === $sorted ? '' : ' NOT-SORTED') . ($unknown ? ' UNKNOWN-IDS' : '') . "\n";
}

foreach ([false, true] as $staging) {
    echo $staging ? "staging\n" : "open source\n";
    $t = cat_setup('tree_changed_ids_basic', $staging);
    $tree = [
        cat('master', null),
        cat('men', 'master', ['en_US' => 'Men']),
        cat('women', 'master', ['en_US' => 'Women']),
        cat('shoes', 'men', ['en_US' => 'Shoes']),
        cat('boots', 'shoes', ['en_US' => 'Boots']),
    ];
    cat_feed($t, $tree);
    echo 'created: ', changed($t, sync_run($t));
    echo 'unchanged: ', changed($t, sync_run($t));

    $tree[3] = cat('shoes', 'women', ['en_US' => 'Shoes']);
    cat_feed($t, $tree);
    echo 'moved: ', changed($t, sync_run($t));

    $tree[1] = cat('men', 'master', ['en_US' => 'Gentlemen']);
    cat_feed($t, $tree);
    echo 'renamed: ', changed($t, sync_run($t));

    unset($tree[4]);
    cat_feed($t, $tree);
    $t['config']['categories'] = ['removed' => 'disable'];
    echo 'disabled: ', changed($t, sync_run($t));
}
?>
--CLEAN--
<?php
require __DIR__ . '/categories.inc';
sync_clean('tree_changed_ids_basic');
?>
--EXPECT--
open source
created: (Default Category),(tree root),boots,men,shoes,women
unchanged: 
moved: (Default Category),(tree root),boots,men,shoes,women
renamed: (Default Category),(tree root),men
disabled: (Default Category),(tree root),boots,shoes,women
staging
created: (Default Category),(tree root),boots,men,shoes,women
unchanged: 
moved: (Default Category),(tree root),boots,men,shoes,women
renamed: (Default Category),(tree root),men
disabled: (Default Category),(tree root),boots,shoes,women
