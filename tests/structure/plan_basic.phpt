--TEST--
Engine::structure(plan: true) lists what a run would create and change and writes nothing (CHECKSUM TABLE of every table unchanged); the run then does exactly that; a second run changes nothing and says so
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/structure.inc';
$t = sync_setup('structure_plan_basic');
structure_source($t, [
    structure_attribute('fit', 'pim_catalog_simpleselect', ['labels' => ['en_US' => 'Fit', 'fr_FR' => 'Coupe']]),
    structure_attribute('color', 'pim_catalog_simpleselect'),
], [['code' => 'marketing', 'sort_order' => 5, 'labels' => ['en_US' => 'Marketing']]],
   [['code' => 'shirts', 'labels' => ['en_US' => 'Shirts'], 'attributes' => ['fit', 'color']]],
   [structure_option('fit', 'slim', 1, ['en_US' => 'Slim']), structure_option('color', 'red', 4, ['en_US' => 'Red', 'de_DE' => 'Rot'])]);
$e = sync_engine($t);
$e->installSchema();
$before = structure_checksums($t['pdo']);
$plan = $e->structure(true);
echo $plan['message'], "\n", structure_changes($plan);
echo 'changed: ', var_export($plan['changed'], true), ', tables unchanged: ', var_export($before === structure_checksums($t['pdo']), true), "\n";
$run = $e->structure();
echo $run['message'], "\n";
echo 'the run did what the plan listed: ', var_export(array_column($run['changes'], 'detail') === array_column($plan['changes'], 'detail'), true), "\n";
$after = structure_checksums($t['pdo']);
echo 'tables written: ', implode(', ', array_keys(array_diff_assoc($after, $before))), "\n";
$again = $e->structure();
echo $again['message'], ', changed: ', var_export($again['changed'], true), ', tables unchanged: ', var_export($after === structure_checksums($t['pdo']), true), "\n";
$replan = $e->structure(true);
echo $replan['message'], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('structure_plan_basic');
?>
--EXPECT--
8 changes planned, nothing written (--plan)
create attribute fit: select (int), global scope, label "Fit"
create attribute_label color: store 1: "Color"
create option slim: option of fit, sort order 1, admin label "Slim"
update option_sort_order red: option red of color: sort order 4 (was 1)
create option_label red: option red of color, store 1: "Red"
create attribute_set shirts: set "Shirts" based on "Default"
create attribute_group marketing: group "Marketing" of set "Shirts", sort order 5
add set_attribute fit: to set "Shirts"
changed: false, tables unchanged: true
8 changes written
the run did what the plan listed: true
tables written: catalog_eav_attribute, eav_attribute, eav_attribute_group, eav_attribute_label, eav_attribute_option, eav_attribute_option_value, eav_attribute_set, eav_entity_attribute, pimsync_entity_map, pimsync_option_label
nothing to change: Magento's structure matches Akeneo's, changed: false, tables unchanged: true
nothing to change: Magento's structure matches Akeneo's
