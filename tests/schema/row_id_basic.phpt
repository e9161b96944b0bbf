--TEST--
Engine::sync on the Adobe Commerce (row_id) schema: create, update and a no-op second run; values keyed by row_id
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('row_id_basic', true);
$pdo = $t['pdo'];
// make row_id and entity_id differ, so a value keyed by the wrong one cannot pass
$pdo->exec('ALTER TABLE catalog_product_entity AUTO_INCREMENT = 500');
$feed = [
    sync_product('A', ['name' => [sync_v('Hat', 'en_US'), sync_v('Chapeau', 'fr_FR')], 'cost' => [sync_v('1.5')], 'color' => [sync_v('red')]], ['categories' => ['hats']]),
    sync_product('B', ['name' => [sync_v('Cap', 'en_US')]]),
];
sync_feed($t, $feed);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach ($pdo->query('SELECT sku, row_id, entity_id, created_in, updated_in FROM catalog_product_entity ORDER BY sku') as $row) {
    echo implode(' ', $row), "\n";
}
echo sync_dump($t, 'name'), sync_dump($t, 'cost'), sync_dump($t, 'color'), sync_dump($t, 'status');
// no value row points at an entity_id instead of the row_id
echo $pdo->query('SELECT COUNT(*) FROM catalog_product_entity_varchar v LEFT JOIN catalog_product_entity e ON e.row_id = v.row_id WHERE e.row_id IS NULL')->fetchColumn(), "\n";
// link tables take entity_id (the sequence id), not row_id
echo implode(',', $pdo->query('SELECT product_id FROM catalog_category_product')->fetchAll(PDO::FETCH_COLUMN)), ' ', implode(',', $pdo->query('SELECT product_id FROM catalog_product_website ORDER BY 1')->fetchAll(PDO::FETCH_COLUMN)), "\n";
$feed[1]['values']['name'][] = sync_v('Casquette', 'fr_FR');
sync_feed($t, $feed);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), ' value rows: ', sync_value_rows($r), "\n";
echo sync_dump($t, 'name');
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
var_dump($r->rowsWritten);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('row_id_basic');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
A 500 1 1 2147483647
B 501 2 1 2147483647
A 0 'Hat'
A 1 'Hat'
A 2 'Chapeau'
B 0 'Cap'
B 1 'Cap'
A 0 '1.500000'
A 0 1
A 0 1
B 0 1
0
1 1,2
success seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0 value rows: 1
A 0 'Hat'
A 1 'Hat'
A 2 'Chapeau'
B 0 'Cap'
B 1 'Cap'
B 2 'Casquette'
success seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0
array(0) {
}
