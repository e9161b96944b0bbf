--TEST--
Transformations: several rules on one attribute run in config order, each on what the one before left (the same two rules in the other order give another result); one rule may list several attributes
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$map = ['attributes' => ['sales_unit', 'base_unit'], 'map' => ['each' => 'piece']];
$uom = ['attributes' => ['sales_unit', 'base_unit'], 'uom' => ['EA' => ['each'], 'PCE' => ['piece']]];
$strip = ['attributes' => ['name'], 'strip_html' => true];
$collapse = ['attributes' => ['name'], 'collapse_whitespace' => true];
$trim = ['attributes' => ['name'], 'trim' => true];
$orders = [
    'map, uom, strip_html, collapse, trim' => [$map, $uom, $strip, $collapse, $trim],
    'uom, map, trim, collapse, strip_html' => [$uom, $map, $trim, $collapse, $strip],
];
foreach ($orders as $label => $rules) {
    $t = sync_setup('transform_chain_order', false, ['transformations' => $rules]);
    sync_attr($t, 'sales_unit', 'varchar', 'text', 1);
    sync_attr($t, 'base_unit', 'varchar', 'text', 1);
    sync_feed($t, [sync_product('P1', [
        'name' => [sync_v(" <p>Warm</p>\n<p>hat</p> ", 'en_US')],
        'sales_unit' => [sync_v('each')],
        'base_unit' => [sync_v('each')],
    ])]);
    $r = sync_run($t);
    echo "== $label: {$r->status}\n";
    echo 'name ', json_encode(sync_values($t, 'P1', 'name')[0]), ', sales_unit ', sync_values($t, 'P1', 'sales_unit')[0],
        ', base_unit ', sync_values($t, 'P1', 'base_unit')[0], "\n";
    echo json_encode($r->transformations), "\n";
    sync_clean('transform_chain_order');
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_chain_order');
?>
--EXPECT--
== map, uom, strip_html, collapse, trim: success
name "Warm hat", sales_unit PCE, base_unit PCE
{"sales_unit":{"map":1,"uom":1},"base_unit":{"map":1,"uom":1},"name":{"strip_html":1,"collapse_whitespace":1,"trim":1}}
== uom, map, trim, collapse, strip_html: success
name "Warm\n \nhat", sales_unit EA, base_unit EA
{"sales_unit":{"uom":1},"base_unit":{"uom":1},"name":{"trim":1,"collapse_whitespace":1,"strip_html":1}}
