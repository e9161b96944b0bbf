--TEST--
Configurables: a product model absent from a full run's model feed is handled like an absent product: with absent "disable" its configurable is disabled and counted in the report (both layouts)
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
    $t = cfg_setup("configurable_absent_$layout", $staging, ['absent' => 'disable', 'absent_max_percent' => 100]);
    $tee = cfg_model('tee', null, 'tee_size', ['name' => [sync_v('Tee', 'en_US')]]);
    $polo = cfg_model('polo', null, 'tee_size', ['name' => [sync_v('Polo', 'en_US')]]);
    $variants = [cfg_variant('tee_size', [['size']])];
    $products = [cfg_child('tee-s', 'tee', ['size' => [sync_v('s')]])];
    cfg_write($t, [$tee, $polo], $variants, $products);
    sync_run($t);
    cfg_write($t, [$tee], $variants, $products);
    $r = sync_run($t);
    echo sync_counts($r), ' ', cfg_counts($r), "\n";
    echo sync_dump($t, 'status');
    // it comes back
    cfg_write($t, [$tee, $polo], $variants, $products);
    $r = sync_run($t);
    echo sync_counts($r), ' ', cfg_counts($r), "\n";
    echo sync_dump($t, 'status');
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_absent_entity_id');
sync_clean('configurable_absent_row_id');
?>
--EXPECT--
== entity_id
seen=1 created=0 updated=0 unchanged=1 disabled=1 failed=0 configurables created=0 updated=0 unchanged=1 disabled=1 failed=0 children_linked=0 children_unlinked=0
polo 0 2
tee 0 1
tee-s 0 1
seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0 configurables created=0 updated=1 unchanged=1 disabled=0 failed=0 children_linked=0 children_unlinked=0
polo 0 1
tee 0 1
tee-s 0 1
== row_id
seen=1 created=0 updated=0 unchanged=1 disabled=1 failed=0 configurables created=0 updated=0 unchanged=1 disabled=1 failed=0 children_linked=0 children_unlinked=0
polo 0 2
tee 0 1
tee-s 0 1
seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0 configurables created=0 updated=1 unchanged=1 disabled=0 failed=0 children_linked=0 children_unlinked=0
polo 0 1
tee 0 1
tee-s 0 1
