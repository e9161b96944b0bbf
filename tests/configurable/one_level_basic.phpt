--TEST--
Configurables: a root product model with a one-level family variant becomes a configurable product with its axis as super attribute, its variant products linked as children that inherit the model's values (both layouts)
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
    $t = cfg_setup("configurable_one_level_$layout", $staging);
    cfg_write($t,
        [cfg_model('tshirt', null, 'tshirt_size', ['name' => [sync_v('T-shirt', 'en_US')], 'description' => [sync_v('Cotton', 'en_US')]])],
        [cfg_variant('tshirt_size', [['size']])],
        [cfg_child('tshirt-s', 'tshirt', ['size' => [sync_v('s')]]), cfg_child('tshirt-m', 'tshirt', ['size' => [sync_v('m')]]),
         sync_product('mug', ['name' => [sync_v('Mug', 'en_US')]])]);
    $r = sync_run($t);
    echo $r->status, ' ', sync_counts($r), "\n", cfg_counts($r), "\n";
    echo cfg_products($t), cfg_super_attributes($t), cfg_links($t);
    echo "visibility:\n", sync_dump($t, 'visibility');
    echo "name:\n", sync_dump($t, 'name');
    echo "description of the children: ", sync_values($t, 'tshirt-s', 'description')[0], "\n";
    $r = sync_run($t);
    echo "again: ", sync_counts($r), ' ', cfg_counts($r), ' rows ', array_sum($r->rowsWritten), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_one_level_entity_id');
sync_clean('configurable_one_level_row_id');
?>
--EXPECT--
== entity_id
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
configurables created=1 updated=0 unchanged=0 disabled=0 failed=0 children_linked=2 children_unlinked=0
mug simple 0/0
tshirt configurable 1/1
tshirt-m simple 0/0
tshirt-s simple 0/0
tshirt: size@0 store 0 'Size' use_default 1
tshirt > tshirt-m (relation)
tshirt > tshirt-s (relation)
relations: 2
visibility:
mug 0 4
tshirt 0 4
tshirt-m 0 1
tshirt-s 0 1
name:
mug 0 'Mug'
mug 1 'Mug'
tshirt 0 'T-shirt'
tshirt 1 'T-shirt'
tshirt-m 0 'T-shirt'
tshirt-m 1 'T-shirt'
tshirt-s 0 'T-shirt'
tshirt-s 1 'T-shirt'
description of the children: Cotton
again: seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0 configurables created=0 updated=0 unchanged=1 disabled=0 failed=0 children_linked=0 children_unlinked=0 rows 0
== row_id
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
configurables created=1 updated=0 unchanged=0 disabled=0 failed=0 children_linked=2 children_unlinked=0
mug simple 0/0
tshirt configurable 1/1
tshirt-m simple 0/0
tshirt-s simple 0/0
tshirt: size@0 store 0 'Size' use_default 1
tshirt > tshirt-m (relation)
tshirt > tshirt-s (relation)
relations: 2
visibility:
mug 0 4
tshirt 0 4
tshirt-m 0 1
tshirt-s 0 1
name:
mug 0 'Mug'
mug 1 'Mug'
tshirt 0 'T-shirt'
tshirt 1 'T-shirt'
tshirt-m 0 'T-shirt'
tshirt-m 1 'T-shirt'
tshirt-s 0 'T-shirt'
tshirt-s 1 'T-shirt'
description of the children: Cotton
again: seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0 configurables created=0 updated=0 unchanged=1 disabled=0 failed=0 children_linked=0 children_unlinked=0 rows 0
