--TEST--
Engine::sync: a missing option is created (admin label = code) with the store labels of the options_path file, then reused
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('option_create_basic');
$t['config']['source']['options_path'] = 'options.jsonl';
file_put_contents("{$t['dir']}/options.jsonl",
    json_encode(['code' => 'green', 'attribute' => 'color', 'sort_order' => 7, 'labels' => ['en_US' => 'Green', 'fr_FR' => 'Vert', 'de_DE' => 'Grün']], JSON_UNESCAPED_UNICODE) . "\n");
sync_feed($t, [
    sync_product('A', ['color' => [sync_v('green')]]),
    sync_product('B', ['color' => [sync_v('green')]]),
    sync_product('C', ['color' => [sync_v('red')]]),
]);
$r = sync_run($t);
echo sync_counts($r), " options written: ", $r->rowsWritten['eav_attribute_option'] ?? 0, "\n";
$id = (int) $t['pdo']->query("SELECT MAX(option_id) FROM eav_attribute_option")->fetchColumn();
var_dump($id > 7);
print_r($t['pdo']->query("SELECT a.attribute_code, o.sort_order FROM eav_attribute_option o JOIN eav_attribute a USING (attribute_id) WHERE o.option_id = $id")->fetch());
print_r($t['pdo']->query("SELECT store_id, value FROM eav_attribute_option_value WHERE option_id = $id ORDER BY store_id")->fetchAll(PDO::FETCH_KEY_PAIR));
print_r($t['pdo']->query("SELECT kind, scope, code, magento_id FROM pimsync_entity_map WHERE kind = 'option'")->fetchAll(PDO::FETCH_NUM));
echo str_replace((string) $id, 'NEW', sync_dump($t, 'color'));
// a second feed with a new product reuses the option
sync_feed($t, [sync_product('D', ['color' => [sync_v('green')]])]);
$r = sync_run($t);
echo sync_counts($r), " options written: ", $r->rowsWritten['eav_attribute_option'] ?? 0, "\n";
echo sync_values($t, 'D', 'color')[0] === $id ? "reused\n" : "not reused\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('option_create_basic');
?>
--EXPECT--
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0 options written: 1
bool(true)
Array
(
    [attribute_code] => color
    [sort_order] => 7
)
Array
(
    [0] => green
    [1] => Green
    [2] => Vert
    [3] => Grün
)
Array
(
    [0] => Array
        (
            [0] => option
            [1] => color
            [2] => green
            [3] => 8
        )

)
A 0 NEW
B 0 NEW
C 0 1
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0 options written: 0
reused
