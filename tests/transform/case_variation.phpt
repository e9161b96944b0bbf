--TEST--
Transformations: "case" upper-cases a varchar value letter by letter beyond ASCII (Latin-1, Latin Extended-A, Greek, Cyrillic; ß stays), and lower-cases a select's option code before the option is looked up, so differently written codes land on one option; values already in that case are left alone
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('transform_case_variation', false, ['transformations' => [
    ['attributes' => ['name'], 'case' => 'upper'],
    ['attributes' => ['finish'], 'trim' => true],
    ['attributes' => ['finish'], 'case' => 'lower'],
]]);
sync_attr($t, 'finish', 'int', 'select', 1);
sync_feed($t, [
    sync_product('P1', ['name' => [sync_v('crème brûlée ÿ œuvre straße', 'en_US')], 'finish' => [sync_v('Navy Blue ')]]),
    sync_product('P2', ['name' => [sync_v('Ωμέγα привет', 'en_US')], 'finish' => [sync_v(' NAVY BLUE')]]),
    sync_product('P3', ['name' => [sync_v('ÉTÉ 2024', 'en_US')], 'finish' => [sync_v('navy blue')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", sync_dump($t, 'name');
$ids = [];
foreach (['P1', 'P2', 'P3'] as $sku) {
    $ids[] = sync_values($t, $sku, 'finish')[0];
}
echo 'finish option ids: ', count(array_unique($ids)), ' distinct of ', count($ids), "\n";
echo 'finish options: ', implode(', ', $t['pdo']->query("SELECT v.value FROM eav_attribute_option o
    JOIN eav_attribute a ON a.attribute_id = o.attribute_id AND a.attribute_code = 'finish'
    JOIN eav_attribute_option_value v ON v.option_id = o.option_id AND v.store_id = 0")->fetchAll(PDO::FETCH_COLUMN)), "\n";
echo json_encode($r->transformations), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_case_variation');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
P1 0 'CRÈME BRÛLÉE Ÿ ŒUVRE STRAßE'
P1 1 'CRÈME BRÛLÉE Ÿ ŒUVRE STRAßE'
P2 0 'ΩΜΈΓΑ ПРИВЕТ'
P2 1 'ΩΜΈΓΑ ПРИВЕТ'
P3 0 'ÉTÉ 2024'
P3 1 'ÉTÉ 2024'
finish option ids: 1 distinct of 3
finish options: navy blue
{"name":{"case":2},"finish":{"trim":2,"case":2}}
