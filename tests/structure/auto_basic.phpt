--TEST--
structure "auto": a sync runs the structure phase first, inside its run lock, so the first run of a feed naming a new attribute, a new option and a new family writes their values into them; the run report says what the phase did; with the default ("off") the attribute is unknown and reported (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/structure.inc';
foreach (['off' => false, 'auto' => false, 'auto ' => true] as $mode => $staging) {
    $t = sync_setup('structure_auto_basic', $staging);
    if (trim($mode) === 'auto') {
        $t['config']['structure'] = 'auto';
    }
    structure_source($t, [structure_attribute('fit', 'pim_catalog_simpleselect')], [],
        [['code' => 'shirts', 'labels' => ['en_US' => 'Shirts'], 'attributes' => ['fit']]],
        [structure_option('fit', 'slim', 1, ['en_US' => 'Slim'])]);
    sync_feed($t, [sync_product('A', ['fit' => [sync_v('slim')]], ['family' => 'shirts'])]);
    $r = sync_run($t);
    echo trim($mode), $staging ? ' (staging)' : '', ': ', sync_counts($r), "\n";
    echo '  structure: ', $r->structure === null ? 'not run' : $r->structure['message'] . ' ' . json_encode($r->structure['counts']), "\n";
    echo '  warnings: ', implode(', ', array_keys($r->warnings)) ?: '-', "\n";
    if ($r->structure !== null) {
        $fit = sync_values($t, 'A', 'fit')[0] ?? null;
        echo '  A: fit = ', $t['pdo']->query("SELECT value FROM eav_attribute_option_value WHERE store_id = 0 AND option_id = " . (int) $fit)->fetchColumn(),
            ', set = ', $t['pdo']->query("SELECT s.attribute_set_name FROM catalog_product_entity p JOIN eav_attribute_set s USING (attribute_set_id) WHERE sku = 'A'")->fetchColumn(), "\n";
        $stored = json_decode($t['pdo']->query("SELECT report FROM pimsync_run WHERE run_id = {$r->runId}")->fetchColumn(), true);
        echo '  pimsync_run.report has it: ', var_export(($stored['structure']['counts'] ?? null) === $r->structure['counts'], true), "\n";
        $again = sync_run($t);
        echo '  again: ', $again->structure['message'], ', ', sync_counts($again), "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('structure_auto_basic');
?>
--EXPECT--
off: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  structure: not run
  warnings: unknown_attribute:fit
auto: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  structure: 5 changes written {"attribute.create":1,"option.create":1,"attribute_set.create":1,"attribute_group.create":1,"set_attribute.add":1}
  warnings: -
  A: fit = Slim, set = Shirts
  pimsync_run.report has it: true
  again: nothing to change: Magento's structure matches Akeneo's, seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0
auto (staging): seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  structure: 5 changes written {"attribute.create":1,"option.create":1,"attribute_set.create":1,"attribute_group.create":1,"set_attribute.add":1}
  warnings: -
  A: fit = Slim, set = Shirts
  pimsync_run.report has it: true
  again: nothing to change: Magento's structure matches Akeneo's, seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0
