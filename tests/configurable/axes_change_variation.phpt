--TEST--
Configurables: a family variant that gains an axis adds the super attribute (with its label) at its position; one that loses an axis removes it and its label (both layouts)
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
    $t = cfg_setup("configurable_axes_$layout", $staging);
    $models = [cfg_model('cap', null, 'cap_v', ['name' => [sync_v('Cap', 'en_US')]])];
    $products = [cfg_child('cap-s', 'cap', ['size' => [sync_v('s')], 'color' => [sync_v('red')]])];
    cfg_write($t, $models, [cfg_variant('cap_v', [['size']])], $products);
    sync_run($t);
    echo cfg_super_attributes($t);
    cfg_write($t, $models, [cfg_variant('cap_v', [['color', 'size']])], $products);
    $r = sync_run($t);
    echo "color added: ", cfg_counts($r), "\n", cfg_super_attributes($t);
    cfg_write($t, $models, [cfg_variant('cap_v', [['color']])], $products);
    $r = sync_run($t);
    echo "size removed: ", cfg_counts($r), "\n", cfg_super_attributes($t);
    echo "labels: ", sync_count($t, 'catalog_product_super_attribute_label'), "\n";
    echo cfg_links($t);
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_axes_entity_id');
sync_clean('configurable_axes_row_id');
?>
--EXPECT--
== entity_id
cap: size@0 store 0 'Size' use_default 1
color added: configurables created=0 updated=1 unchanged=0 disabled=0 failed=0 children_linked=0 children_unlinked=0
cap: color@0 store 0 'Color' use_default 1
cap: size@1 store 0 'Size' use_default 1
size removed: configurables created=0 updated=1 unchanged=0 disabled=0 failed=0 children_linked=0 children_unlinked=0
cap: color@0 store 0 'Color' use_default 1
labels: 1
cap > cap-s (relation)
relations: 1
== row_id
cap: size@0 store 0 'Size' use_default 1
color added: configurables created=0 updated=1 unchanged=0 disabled=0 failed=0 children_linked=0 children_unlinked=0
cap: color@0 store 0 'Color' use_default 1
cap: size@1 store 0 'Size' use_default 1
size removed: configurables created=0 updated=1 unchanged=0 disabled=0 failed=0 children_linked=0 children_unlinked=0
cap: color@0 store 0 'Color' use_default 1
labels: 1
cap > cap-s (relation)
relations: 1
