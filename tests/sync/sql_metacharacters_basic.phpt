--TEST--
Engine::sync: quotes, backslashes, %, _, ; and -- in SKUs and values are stored verbatim
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('sql_metacharacters_basic', false, [], 'utf8mb4');
$nasty = ["O'Brien \"quoted\" \\ back\\\\slash", "100% _wild_ card; DROP TABLE x; -- comment", "\\'; --", "tab\there\nnewline \u{1F600}"];
$skus = ["SKU'1", 'SKU"2', 'SKU\\3', 'SKU%_;--4'];
$feed = [];
foreach ($skus as $i => $sku) {
    $feed[] = sync_product($sku, ['name' => [sync_v($nasty[$i], 'en_US')], 'description' => [sync_v(implode('|', $nasty), 'en_US')]], ['categories' => ["cat'$i"]]);
}
sync_feed($t, $feed);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$stored = $t['pdo']->query('SELECT sku FROM catalog_product_entity ORDER BY entity_id')->fetchAll(PDO::FETCH_COLUMN);
var_dump($stored === $skus);
foreach ($skus as $i => $sku) {
    $name = sync_values($t, $sku, 'name');
    $desc = sync_values($t, $sku, 'description');
    var_dump($name[0] === $nasty[$i] && $name[1] === $nasty[$i] && $desc[0] === implode('|', $nasty));
}
print_r($t['pdo']->query("SELECT code FROM pimsync_entity_map WHERE kind = 'category' ORDER BY code")->fetchAll(PDO::FETCH_COLUMN));
echo sync_counts(sync_run($t)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('sql_metacharacters_basic');
?>
--EXPECT--
success seen=4 created=4 updated=0 unchanged=0 disabled=0 failed=0
bool(true)
bool(true)
bool(true)
bool(true)
bool(true)
Array
(
    [0] => cat'0
    [1] => cat'1
    [2] => cat'2
    [3] => cat'3
)
seen=4 created=0 updated=0 unchanged=4 disabled=0 failed=0
