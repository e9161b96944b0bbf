--TEST--
Engine::sync: editing one value of one product writes exactly that value row
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('mutation_one_value_basic');
$feed = [];
foreach (['A', 'B', 'C'] as $sku) {
    $feed[] = sync_product($sku, ['name' => [sync_v("Hat $sku", 'en_US'), sync_v("Chapeau $sku", 'fr_FR')], 'cost' => [sync_v('1.00')], 'meta_title' => [sync_v("T $sku")]]);
}
sync_feed($t, $feed);
echo sync_counts(sync_run($t)), "\n";
$feed[1]['values']['name'][1]['data'] = 'Béret B';
sync_feed($t, $feed);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo "value rows: ", sync_value_rows($r), "\n";
print_r(array_filter($r->rowsWritten, fn($k) => str_starts_with($k, 'catalog_'), ARRAY_FILTER_USE_KEY));
$id = sync_entity_id($t, 'B');
var_dump(array_keys($r->changedEntities) === [$id], $r->changedEntities[$id]);
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('mutation_one_value_basic');
?>
--EXPECT--
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
seen=3 created=0 updated=1 unchanged=2 disabled=0 failed=0
value rows: 1
Array
(
    [catalog_product_entity_varchar] => 1
)
bool(true)
array(2) {
  ["action"]=>
  string(7) "updated"
  ["attributes"]=>
  array(1) {
    [0]=>
    string(4) "name"
  }
}
A 0 'Hat A'
A 1 'Hat A'
A 2 'Chapeau A'
B 0 'Hat B'
B 1 'Hat B'
B 2 'Béret B'
C 0 'Hat C'
C 1 'Hat C'
C 2 'Chapeau C'
