--TEST--
Configurables: a variant product that moves to another model is unlinked from the old configurable and linked to the new one; one that leaves its model (parent null) is unlinked; a change of the model's values reaches the unchanged child (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/configurable.inc';
foreach (['entity_id' => false, 'row_id' => true] as $layout => $staging) {
    echo "== $layout\n";
    $t = cfg_setup("configurable_moved_$layout", $staging);
    $models = [cfg_model('tee', null, 'tee_size', ['name' => [sync_v('Tee', 'en_US')]]),
               cfg_model('polo', null, 'tee_size', ['name' => [sync_v('Polo', 'en_US')]])];
    $variants = [cfg_variant('tee_size', [['size']])];
    $s = cfg_child('shirt-s', 'tee', ['size' => [sync_v('s')]]);
    $m = cfg_child('shirt-m', 'tee', ['size' => [sync_v('m')]]);
    cfg_write($t, $models, $variants, [$s, $m]);
    sync_run($t);
    echo cfg_links($t);
    // shirt-s moves to polo, shirt-m leaves its model
    $s['parent'] = 'polo';
    $m['parent'] = null;
    cfg_write($t, $models, $variants, [$s, $m]);
    $r = sync_run($t);
    echo "moved: ", sync_counts($r), ' ', cfg_counts($r), "\n", cfg_links($t);
    echo "name of shirt-s: ", sync_values($t, 'shirt-s', 'name')[0], "\n";
    // the model's name changes, the child's own bytes do not
    $models[1]['values']['name'] = [sync_v('Polo shirt', 'en_US')];
    cfg_write($t, $models, $variants, [$s, $m]);
    $r = sync_run($t);
    echo "model renamed: ", sync_counts($r), ' ', cfg_counts($r), "\n";
    echo "name of shirt-s: ", sync_values($t, 'shirt-s', 'name')[0], "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_moved_entity_id');
sync_clean('configurable_moved_row_id');
?>
--EXPECT--
== entity_id
tee > shirt-m (relation)
tee > shirt-s (relation)
relations: 2
moved: seen=2 created=0 updated=2 unchanged=0 disabled=0 failed=0 configurables created=0 updated=0 unchanged=2 disabled=0 failed=0 children_linked=1 children_unlinked=2
polo > shirt-s (relation)
relations: 1
name of shirt-s: Polo
model renamed: seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0 configurables created=0 updated=1 unchanged=1 disabled=0 failed=0 children_linked=0 children_unlinked=0
name of shirt-s: Polo shirt
== row_id
tee > shirt-m (relation)
tee > shirt-s (relation)
relations: 2
moved: seen=2 created=0 updated=2 unchanged=0 disabled=0 failed=0 configurables created=0 updated=0 unchanged=2 disabled=0 failed=0 children_linked=1 children_unlinked=2
polo > shirt-s (relation)
relations: 1
name of shirt-s: Polo
model renamed: seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0 configurables created=0 updated=1 unchanged=1 disabled=0 failed=0 children_linked=0 children_unlinked=0
name of shirt-s: Polo shirt
