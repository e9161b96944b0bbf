--TEST--
Plan mode: sync(['plan' => true]) reports the products it would create, update, disable and leave, the values per attribute and store view, old -> new samples and refusals by owner and by rule, and writes nothing (every table's checksum unchanged); the same run without plan then does what the plan said
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/plan.inc';
$t = plan_catalog('plan_basic');
$before = plan_checksum($t['pdo']);
$runsBefore = sync_count($t, 'pimsync_run');
$plan = sync_run($t, ['plan' => true]);
echo "plan: ", sync_counts($plan), "\n";
echo "  products: ", plan_products($plan->plan), "\n";
echo "  values: ", plan_values($plan->plan), "\n";
echo "  new product values: ", json_encode($plan->plan['new_product_values']), "\n";
echo plan_samples($plan->plan);
echo "  refused: ", plan_refused($plan->plan), "\n";
echo "tables changed by the plan: ", plan_checksum_diff($before, plan_checksum($t['pdo'])), "\n";
echo "pimsync_run rows added: ", sync_count($t, 'pimsync_run') - $runsBefore, "\n";

$real = sync_run($t);
echo "run: ", sync_counts($real), "\n";
echo "  plan's counts kept: ", var_export(array_diff_key($real->counts, ['seen' => 0]) == array_diff_key($plan->counts, ['seen' => 0]), true), "\n";
echo "  plan's refusals kept: ", var_export($real->refusedByOwner == $plan->refusedByOwner && $real->validation == $plan->validation
    && $real->valueIssues['by_kind'] == $plan->valueIssues['by_kind'], true), "\n";
echo "  real run's plan: ", var_export($real->plan, true), "\n";
echo implode('  ', explode("\n", trim(sync_dump($t, 'name')))), "\n";
echo "status of B: ", sync_values($t, 'B', 'status')[0] ?? '-', "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('plan_basic');
?>
--EXPECT--
plan: seen=4 created=1 updated=1 unchanged=1 disabled=1 failed=1
  products: create=1 update=1 disable=1 unchanged=1 park=1
  values: name@0=1 name@1=1 name@2=1
  new product values: {"name":2,"url_key":2,"status":1,"visibility":1,"tax_class_id":1}
  name: A@0 'Hat' -> 'Red hat'; A@1 'Hat' -> 'Red hat'; A@2 'Chapeau' -> 'Chapeau rouge'
  refused: erp:color_code=2 rule L1:name_plain=1
tables changed by the plan: none
pimsync_run rows added: 0
run: seen=4 created=1 updated=1 unchanged=1 disabled=1 failed=1
  plan's counts kept: true
  plan's refusals kept: true
  real run's plan: NULL
A 0 'Red hat'  A 1 'Red hat'  A 2 'Chapeau rouge'  B 0 'Scarf'  B 1 'Scarf'  C 0 'Glove'  C 1 'Glove'  D 0 'Boot'  D 1 'Boot'
status of B: 2
