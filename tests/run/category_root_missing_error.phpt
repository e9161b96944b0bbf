--TEST--
A categories.root_id that is not a Magento category: every record naming a new category is parked with that reason (in each batch, not only the first), the others land, and nothing is created
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('category_root_missing_error', false, ['categories' => ['root_id' => 999]]);
sync_feed($t, [
    sync_product('A', [], ['categories' => ['shoes']]),
    sync_product('B'),
    sync_product('C', [], ['categories' => ['hats']]),
]);
$categories = sync_count($t, 'catalog_category_entity');
$r = sync_run($t, ['batch_size' => 1]);
echo $r->status, ' ', sync_counts($r), "\n";
foreach ($r->errors as $e) {
    echo $e['sku'], ': ', $e['reason'], "\n";
}
echo 'B landed: ', sync_entity_id($t, 'B') !== null ? 'yes' : 'no', ', categories created: ', sync_count($t, 'catalog_category_entity') - $categories,
    ', map rows: ', sync_count($t, 'pimsync_entity_map'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('category_root_missing_error');
?>
--EXPECT--
partial seen=3 created=1 updated=0 unchanged=0 disabled=0 failed=2
A: could not create category "shoes": categories.root_id 999 is not a Magento category
C: could not create category "hats": categories.root_id 999 is not a Magento category
B landed: yes, categories created: 0, map rows: 0
