--TEST--
Ownership: a PIM value for an ERP-owned field (weight under the default matrix) is refused, counted and reported (so is its "enabled": status is the ERP's); Magento's weight stays, the product's other values are written
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
$t = own_setup('own_pim_value_erp_field_basic', ['matrix' => 'default']);
$weight = ['amount' => '2.5', 'unit' => 'POUND'];
sync_feed($t, [sync_product('A', ['name' => [sync_v('Hat', 'en_US')], 'weight' => [sync_v($weight)]])]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo "new product, weight refused: ", sync_dump($t, 'weight') ?: "no weight row (Magento's default)\n";
echo sync_dump($t, 'name');
echo "refused: ", own_refused($r), "\n", own_issues($t, $r->runId);

// the ERP's weight (here: set in Magento) survives a changed PIM record
$id = sync_entity_id($t, 'A');
$t['pdo']->exec("INSERT INTO catalog_product_entity_decimal (attribute_id, store_id, entity_id, value)
    SELECT attribute_id, 0, $id, 7.25 FROM eav_attribute WHERE attribute_code = 'weight' AND entity_type_id = 4");
sync_feed($t, [sync_product('A', ['name' => [sync_v('Cap', 'en_US')], 'weight' => [sync_v(['amount' => '3', 'unit' => 'POUND'])]])]);
$r = sync_run($t);
echo sync_counts($r), "\n", sync_dump($t, 'weight'), sync_dump($t, 'name');
echo "refused: ", own_refused($r), "\n";
echo "value issues by kind: ", json_encode($r->valueIssues['by_kind']), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_pim_value_erp_field_basic');
?>
--EXPECT--
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
new product, weight refused: no weight row (Magento's default)
A 0 'Hat'
A 1 'Hat'
refused: status=1 weight=1
A status - refused: status belongs to the ERP; this PIM value was not applied
A weight 0 refused: weight belongs to the ERP; this PIM value was not applied
seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
A 0 '7.250000'
A 0 'Cap'
A 1 'Cap'
refused: status=1 weight=1
value issues by kind: {"not_owner":2}
