--TEST--
Transformations: "map" replaces exact values: a select's option code before its option is looked up, each option code of a multiselect, a varchar text; a value that differs in any way from a key (letter case, spaces) is left alone
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('transform_map_variation', false, ['transformations' => [
    ['attributes' => ['finish', 'materials'], 'map' => ['wool_blend' => 'wool', 'navy' => 'blue']],
    ['attributes' => ['country'], 'map' => ['Deutschland' => 'DE', 'Germany' => 'DE']],
]]);
sync_attr($t, 'finish', 'int', 'select', 1);
sync_attr($t, 'materials', 'text', 'multiselect', 1);
sync_attr($t, 'country', 'varchar', 'text', 1);
sync_feed($t, [
    sync_product('P1', ['finish' => [sync_v('navy')], 'materials' => [sync_v(['wool_blend', 'silk'])], 'country' => [sync_v('Deutschland')]]),
    sync_product('P2', ['finish' => [sync_v('blue')], 'materials' => [sync_v(['wool'])], 'country' => [sync_v('Germany')]]),
    sync_product('P3', ['finish' => [sync_v('Navy')], 'materials' => [sync_v(['silk', 'Wool_Blend'])], 'country' => [sync_v('germany ')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
/* option ids as their admin labels (a created option is labelled with its code) */
$labels = $t['pdo']->query("SELECT o.option_id, v.value FROM eav_attribute_option o
    JOIN eav_attribute_option_value v ON v.option_id = o.option_id AND v.store_id = 0")->fetchAll(PDO::FETCH_KEY_PAIR);
foreach (['P1', 'P2', 'P3'] as $sku) {
    $finish = $labels[sync_values($t, $sku, 'finish')[0]];
    $materials = array_map(fn ($id) => $labels[$id], explode(',', sync_values($t, $sku, 'materials')[0]));
    echo "$sku finish=$finish materials=", implode(',', $materials), ' country=', sync_values($t, $sku, 'country')[0], "\n";
}
echo json_encode($r->transformations), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_map_variation');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
P1 finish=blue materials=wool,silk country=DE
P2 finish=blue materials=wool country=DE
P3 finish=Navy materials=silk,Wool_Blend country=germany 
{"finish":{"map":1},"materials":{"map":1},"country":{"map":2}}
