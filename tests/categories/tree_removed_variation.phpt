--TEST--
Category tree: a category pimsync wrote that Akeneo no longer has is reported (removed: "ignore") or switched off at store 0 (removed: "disable"), and on again when it returns
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/categories.inc';
foreach (['ignore', 'disable'] as $policy) {
    $t = cat_setup('tree_removed_variation', true, ['categories' => ['removed' => $policy]]);
    $full = [cat('master', null), cat('sale', 'master', ['en_US' => 'Sale']), cat('new', 'master', ['en_US' => 'New'])];
    cat_feed($t, $full);
    sync_run($t);
    $sale = cat_id($t, 'sale');
    cat_feed($t, [cat('master', null), cat('new', 'master', ['en_US' => 'New'])]);
    $r = sync_run($t);
    echo "removed: $policy\n";
    echo json_encode($r->categories['codes']), ' disabled=', $r->categories['disabled'], ' ignored=', $r->categories['removed_ignored'], "\n";
    echo 'warning: ', $r->warnings['categories_removed_ignored']['message'] ?? '-', "\n";
    echo 'sale is_active: ', json_encode(cat_values($t, $sale, 'is_active')), "\n";
    $again = sync_run($t);
    echo 'again: disabled=', $again->categories['disabled'], ' rows=', json_encode($again->rowsWritten), "\n";
    cat_feed($t, $full);
    $back = sync_run($t);
    echo 'back: ', json_encode($back->categories['codes']), ' sale is_active: ', json_encode(cat_values($t, $sale, 'is_active')), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/categories.inc';
sync_clean('tree_removed_variation');
?>
--EXPECT--
removed: ignore
{"reordered":["new"],"removed_ignored":["sale"]} disabled=0 ignored=1
warning: 1 categories pimsync wrote before are no longer in the PIM's tree and were left as they are (categories.removed: "ignore"; their codes are in the report's categories.codes.removed_ignored)
sale is_active: [1]
again: disabled=0 rows=[]
back: {"reordered":["new"]} sale is_active: [1]
removed: disable
{"reordered":["new"],"disabled":["sale"]} disabled=1 ignored=0
warning: -
sale is_active: [0]
again: disabled=0 rows=[]
back: {"restored":["sale"],"reordered":["new"]} sale is_active: [1]