--TEST--
Configurables: a two-level family variant (color, then size) gives one configurable per root model with the axes of both levels as super attributes in order; sub-model values reach their variant products, not the configurable (both layouts)
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
    $t = cfg_setup("configurable_two_level_$layout", $staging);
    cfg_write($t,
        [cfg_model('jacket', null, 'jacket_color_size', ['name' => [sync_v('Jacket', 'en_US')]]),
         cfg_model('jacket-red', 'jacket', 'jacket_color_size', ['color' => [sync_v('red')], 'description' => [sync_v('Red leather', 'en_US')]]),
         cfg_model('jacket-blue', 'jacket', 'jacket_color_size', ['color' => [sync_v('blue')]])],
        [cfg_variant('jacket_color_size', [['color'], ['size']])],
        [cfg_child('jacket-red-s', 'jacket-red', ['size' => [sync_v('s')]]), cfg_child('jacket-red-m', 'jacket-red', ['size' => [sync_v('m')]]),
         cfg_child('jacket-blue-s', 'jacket-blue', ['size' => [sync_v('s')]])]);
    $r = sync_run($t);
    echo $r->status, ' ', sync_counts($r), "\n", cfg_counts($r), "\n";
    echo cfg_products($t), cfg_super_attributes($t), cfg_links($t);
    echo "color:\n", str_replace(['1', '2'], ['RED', 'BLUE'], sync_dump($t, 'color'));
    echo "description:\n", sync_dump($t, 'description');
    echo "name:\n", sync_dump($t, 'name');
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_two_level_entity_id');
sync_clean('configurable_two_level_row_id');
?>
--EXPECT--
== entity_id
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
configurables created=1 updated=0 unchanged=0 disabled=0 failed=0 children_linked=3 children_unlinked=0
jacket configurable 1/1
jacket-blue-s simple 0/0
jacket-red-m simple 0/0
jacket-red-s simple 0/0
jacket: color@0 store 0 'Color' use_default 1
jacket: size@1 store 0 'Size' use_default 1
jacket > jacket-blue-s (relation)
jacket > jacket-red-m (relation)
jacket > jacket-red-s (relation)
relations: 3
color:
jacket-blue-s 0 BLUE
jacket-red-m 0 RED
jacket-red-s 0 RED
description:
jacket-red-m 0 'Red leather'
jacket-red-m 1 'Red leather'
jacket-red-s 0 'Red leather'
jacket-red-s 1 'Red leather'
name:
jacket 0 'Jacket'
jacket 1 'Jacket'
jacket-blue-s 0 'Jacket'
jacket-blue-s 1 'Jacket'
jacket-red-m 0 'Jacket'
jacket-red-m 1 'Jacket'
jacket-red-s 0 'Jacket'
jacket-red-s 1 'Jacket'
== row_id
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
configurables created=1 updated=0 unchanged=0 disabled=0 failed=0 children_linked=3 children_unlinked=0
jacket configurable 1/1
jacket-blue-s simple 0/0
jacket-red-m simple 0/0
jacket-red-s simple 0/0
jacket: color@0 store 0 'Color' use_default 1
jacket: size@1 store 0 'Size' use_default 1
jacket > jacket-blue-s (relation)
jacket > jacket-red-m (relation)
jacket > jacket-red-s (relation)
relations: 3
color:
jacket-blue-s 0 BLUE
jacket-red-m 0 RED
jacket-red-s 0 RED
description:
jacket-red-m 0 'Red leather'
jacket-red-m 1 'Red leather'
jacket-red-s 0 'Red leather'
jacket-red-s 1 'Red leather'
name:
jacket 0 'Jacket'
jacket 1 'Jacket'
jacket-blue-s 0 'Jacket'
jacket-blue-s 1 'Jacket'
jacket-red-m 0 'Jacket'
jacket-red-m 1 'Jacket'
jacket-red-s 0 'Jacket'
jacket-red-s 1 'Jacket'
