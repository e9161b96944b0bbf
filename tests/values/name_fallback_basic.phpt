--TEST--
Engine::sync: a new product without a name is named from the first filled attribute of name_fallback (a variant's variation_name), else its SKU, and the report says so; an existing product without a name in the feed keeps the name it has
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('name_fallback_basic');
sync_attr($t, 'variation_name', 'varchar');
sync_feed($t, [
    // a variant: the name lives in its product model, the variant has its own variation_name
    sync_product('TS-RED-M', ['variation_name' => [sync_v('T-shirt red M', 'en_US'), sync_v('T-shirt rouge M', 'fr_FR')]], ['parent' => 'ts']),
    sync_product('PLAIN-1', ['description' => [sync_v('No name at all', 'en_US')]]),
    sync_product('NAMED', ['name' => [sync_v('Nom seulement', 'fr_FR')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", sync_dump($t, 'name'), sync_issues($t);
// merchandising renames it in Magento; the feed still has no name: the name stays
$t['pdo']->exec("UPDATE catalog_product_entity_varchar SET value = 'Renamed' WHERE attribute_id = 73 AND store_id = 0
    AND entity_id = (SELECT entity_id FROM catalog_product_entity WHERE sku = 'PLAIN-1')");
sync_feed($t, [sync_product('PLAIN-1', ['description' => [sync_v('Changed text', 'en_US')]])]);
$r = sync_run($t, ['mode' => 'delta']);
echo sync_counts($r), ' ', sync_values($t, 'PLAIN-1', 'name')[0], ' issues=', $r->valueIssues['count'], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('name_fallback_basic');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
NAMED 0 'Nom seulement'
NAMED 2 'Nom seulement'
PLAIN-1 0 'PLAIN-1'
TS-RED-M 0 'T-shirt red M'
TS-RED-M name 0 name_fallback filled: the feed has no name for this new product; it was named from variation_name (name_fallback)
PLAIN-1 name 0 name_fallback filled: the feed has no name for this new product; it was named from its SKU
NAMED name 0 name_fallback filled: the feed has no name for this new product; it was named from name (name_fallback)
seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 Renamed issues=0
