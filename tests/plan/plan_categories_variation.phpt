--TEST--
Plan mode with a category tree, a new select option and batches of one product, on both layouts: the tree and the options an earlier batch would create are seen by later batches (the plan's counts are the run's), and every table's checksum is unchanged
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/plan.inc';
require __DIR__ . '/../categories/categories.inc';
$options = static fn (array $t): int => sync_count($t, 'eav_attribute_option',
    "attribute_id = (SELECT attribute_id FROM eav_attribute WHERE entity_type_id = 4 AND attribute_code = 'color')");
foreach ([false, true] as $staging) {
    echo $staging ? "staging\n" : "open source\n";
    $t = cat_setup('plan_categories_variation', $staging);
    cat_feed($t, [cat('master', null, ['en_US' => 'Master']), cat('shoes', 'master', ['en_US' => 'Shoes'])]);
    sync_feed($t, [
        sync_product('A', ['name' => [sync_v('Boot', 'en_US')], 'color' => [sync_v('teal_new')]], ['categories' => ['shoes']]),
        sync_product('B', ['name' => [sync_v('Sandal', 'en_US')], 'color' => [sync_v('teal_new')]], ['categories' => ['shoes']]),
    ]);
    sync_engine($t)->installSchema(); // a plan creates pimsync's tables when they are missing: they are not what it checks
    $before = plan_checksum($t['pdo']);
    $plan = sync_run($t, ['plan' => true, 'batch_size' => 1]);
    echo "  plan: ", plan_products($plan->plan), "; categories created ", $plan->categories['created'], "; color options ", $options($t), "\n";
    echo "  new product values: ", json_encode(array_intersect_key($plan->plan['new_product_values'], ['color' => 1, 'name' => 1])), "\n";
    echo "  tables changed by the plan: ", plan_checksum_diff($before, plan_checksum($t['pdo'])), "\n";
    $real = sync_run($t, ['batch_size' => 1]);
    echo "  run: ", sync_counts($real), "; categories created ", $real->categories['created'], "; color options ", $options($t), "\n";
    echo "  the plan's rows are the run's: ", var_export($plan->rowsWritten == $real->rowsWritten, true), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('plan_categories_variation');
?>
--EXPECT--
open source
  plan: create=2 update=0 disable=0 unchanged=0 park=0; categories created 1; color options 4
  new product values: {"name":4,"color":2}
  tables changed by the plan: none
  run: seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0; categories created 1; color options 5
  the plan's rows are the run's: true
staging
  plan: create=2 update=0 disable=0 unchanged=0 park=0; categories created 1; color options 4
  new product values: {"name":4,"color":2}
  tables changed by the plan: none
  run: seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0; categories created 1; color options 5
  the plan's rows are the run's: true