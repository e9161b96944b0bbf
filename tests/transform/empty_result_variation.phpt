--TEST--
Transformations: a value the rules leave empty is left out as if the feed had none (what Magento holds stays; an explicit null still removes it) and reported (transform_empty, left_out); an option code left empty is dropped from its multiselect list (adjusted), and a list left with none is left out
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('transform_empty_variation', false, ['transformations' => [
    ['attributes' => ['description'], 'strip_html' => true],
    ['attributes' => ['description'], 'trim' => true],
    ['attributes' => ['materials'], 'map' => ['none' => '', 'n/a' => '']],
]]);
sync_attr($t, 'materials', 'text', 'multiselect', 1);
$p = fn (string $sku, mixed $description, array $materials) => sync_product($sku, [
    'name' => [sync_v("Product $sku", 'en_US')], 'description' => [sync_v($description)], 'materials' => [sync_v($materials)]]);
sync_feed($t, [$p('P1', 'Warm wool', ['wool', 'silk']), $p('P3', 'Old text', ['wool'])]);
$r = sync_run($t);
echo "== run 1: {$r->status} ", sync_counts($r), "\n";
sync_feed($t, [$p('P1', '<p> </p>', ['none', 'n/a']), $p('P2', '<br>', ['silk', 'none']), $p('P3', null, ['wool'])]);
$r = sync_run($t);
echo "== run 2: {$r->status} ", sync_counts($r), "\n";
$labels = $t['pdo']->query("SELECT o.option_id, v.value FROM eav_attribute_option o
    JOIN eav_attribute_option_value v ON v.option_id = o.option_id AND v.store_id = 0")->fetchAll(PDO::FETCH_KEY_PAIR);
foreach (['P1', 'P2', 'P3'] as $sku) {
    $materials = sync_values($t, $sku, 'materials');
    echo "$sku description=", json_encode(sync_values($t, $sku, 'description')[0] ?? null), ' materials=',
        $materials ? implode(',', array_map(fn ($id) => $labels[$id], explode(',', $materials[0]))) : '-', "\n";
}
echo sync_issues($t, $r->runId);
echo json_encode($r->transformations), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_empty_variation');
?>
--EXPECT--
== run 1: success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
== run 2: success seen=3 created=1 updated=1 unchanged=1 disabled=0 failed=0
P1 description="Warm wool" materials=wool,silk
P2 description=null materials=silk
P3 description=null materials=wool
P1 description 0 transform_empty left_out: the transformations left nothing of the value; it was left out, as if the feed had none
P1 materials 0 transform_empty left_out: the transformations left nothing of the value; it was left out, as if the feed had none
P2 description 0 transform_empty left_out: the transformations left nothing of the value; it was left out, as if the feed had none
P2 materials 0 transform_empty adjusted: the transformations left nothing of option code "none"; it was dropped from the list
{"description":{"strip_html":2,"trim":1},"materials":{"map":3}}
