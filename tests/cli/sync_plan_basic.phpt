--TEST--
bin/pimsync sync --plan: prints what the run would do (products, values per attribute and store view, old -> new, refusals) and writes nothing; --plan --json gives the same plan as one JSON object
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../plan/plan.inc';
require __DIR__ . '/../support/cli.inc';
$t = plan_catalog('cli_sync_plan_basic');
$config = sync_config_file($t);
$env = ['PIMSYNC_DB_NAME' => pimsync_test_db_name('cli_sync_plan_basic')];
$before = plan_checksum($t['pdo']);

$r = cli_run(['sync', '--config', $config, '--plan'], $env);
echo "text, exit {$r['exit']}:\n";
// the elapsed time varies; rows_written are the ones the plan rolled back
echo preg_replace('/ in [0-9.]+ s:/', ' in … s:', $r['stdout']);

$r = cli_run(['sync', '--config', $config, '--plan', '--json'], $env);
$report = cli_json($r);
echo "json, exit {$r['exit']}: ", is_array($report) ? plan_products($report['plan']) . "\n  values: " . plan_values($report['plan'])
    . "\n" . plan_samples($report['plan']) . "  refused: " . plan_refused($report['plan']) : $report, "\n";
echo "tables changed by both plans: ", plan_checksum_diff($before, plan_checksum($t['pdo'])), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('cli_sync_plan_basic');
?>
--EXPECT--
text, exit 2:
plan partial (full) in … s: 4 seen, 1 created, 1 updated, 1 unchanged, 1 disabled, 1 failed
plan: nothing was written. The run would create 1, update 1, disable 1, leave 1 unchanged and park 1 products
  values that would change (attribute, store view: values):
    name                           store 0           1
    name                           store 1           1
    name                           store 2           1
  values of new products: name 2, url_key 2, status 1, visibility 1, tax_class_id 1
  name, e.g.:
    A store 0: "Hat" -> "Red hat"
    A store 1: "Hat" -> "Red hat"
    A store 2: "Chapeau" -> "Chapeau rouge"
  refused, owned by erp: color_code 2
  left out by a rule: L1:name_plain 1
  pimsync_dead_letter                               1 rows (rolled back)
  catalog_product_entity                            1 rows (rolled back)
  catalog_product_entity_varchar                    7 rows (rolled back)
  catalog_product_entity_int                        4 rows (rolled back)
  catalog_product_website                           1 rows (rolled back)
  cataloginventory_stock_item                       1 rows (rolled back)
  inventory_source_item                             1 rows (rolled back)
  cataloginventory_stock_status                     1 rows (rolled back)
  url_rewrite                                       3 rows (rolled back)
  ownership: 2 values refused, their fields belong to another system (color_code 2)
  validation: 2 checked, 1 passed every rule (first-time pass rate 50.0%); 1 values rejected, 0 records rejected, 0 new products written disabled; findings: name_plain 1
  3 values left out or adjusted (not_owner 2, L1:name_plain 1); not stored by a plan, e.g.:
    A color_code store 0: not_owner refused: color_code belongs to the ERP; this PIM value was not applied
    A color_code store 1: not_owner refused: color_code belongs to the ERP; this PIM value was not applied
    D name store 2: L1:name_plain left_out: name contains HTML: "<b>Botte</b>" (rule name_plain); the value was left out
  would park line 4 ( ): SKU is empty after trimming the spaces around it, as Magento trims SKUs
json, exit 2: create=1 update=1 disable=1 unchanged=1 park=1
  values: name@0=1 name@1=1 name@2=1
  name: A@0 'Hat' -> 'Red hat'; A@1 'Hat' -> 'Red hat'; A@2 'Chapeau' -> 'Chapeau rouge'
  refused: erp:color_code=2 rule L1:name_plain=1
tables changed by both plans: none
