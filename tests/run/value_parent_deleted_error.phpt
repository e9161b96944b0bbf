--TEST--
Engine::sync: an attribute deleted in Magento while the run goes on (after it read the attributes) fails the batches that still write it, by name; no value row is left without its attribute
--EXTENSIONS--
pimsync
pdo_mysql
posix
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/run_child.inc';

$t = sync_setup('value_parent_deleted');
$subtitle = sync_attr($t, 'subtitle', 'varchar');
$items = [];
for ($i = 1; $i <= 6; $i++) {
    // the second batch of three creates category "hats": the test stops it there
    $items[] = sync_product("P$i", ['name' => [sync_v("Product $i")], 'subtitle' => [sync_v("Subtitle $i")]],
        ['categories' => $i > 3 ? ['hats'] : []]);
}
sync_feed($t, $items);
sync_engine($t)->installSchema();

$holder = pimsync_test_pdo($t['pdo']->query('SELECT DATABASE()')->fetchColumn());
$holder->beginTransaction();
$holder->query('SELECT entity_id FROM catalog_category_entity WHERE entity_id = 2 FOR UPDATE');
$child = run_child_start($t, 'full', 3);
run_child_wait_blocked($t, 'UPDATE catalog_category_entity SET path');
// a merchant deletes the attribute meanwhile (the first batch's values go with it)
$t['pdo']->exec("DELETE FROM eav_attribute WHERE attribute_id = $subtitle");
$holder->rollBack();
$r = run_child_finish($child);
echo 'run: ', $r['result']['status'], ' ', json_encode($r['result']['counts']), "\n";

foreach ($t['pdo']->query('SELECT sku, reason FROM pimsync_dead_letter ORDER BY sku') as $row) {
    echo "{$row['sku']}: ", str_replace((string) $subtitle, 'ID', $row['reason']), "\n";
}
echo 'products: ', sync_count($t, 'catalog_product_entity'), "\n";
echo 'value rows without their attribute: ', sync_count($t, 'catalog_product_entity_varchar v',
    'NOT EXISTS (SELECT 1 FROM eav_attribute a WHERE a.attribute_id = v.attribute_id)'), "\n";

// the next run writes them (without the attribute, which it names); the caller's session keeps its foreign-key checks
$r = sync_run($t, ['batch_size' => 3]);
echo "next run: {$r->status} ", sync_counts($r), ', ', isset($r->warnings['unknown_attribute:subtitle']) ? 'subtitle named' : 'subtitle not named', "\n";
echo 'foreign_key_checks of the caller\'s connection: ', $t['pdo']->query('SELECT @@foreign_key_checks')->fetchColumn(), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('value_parent_deleted');
?>
--EXPECT--
run: partial {"seen":6,"created":3,"updated":0,"unchanged":0,"disabled":0,"failed":3}
P4: attribute subtitle (id ID) is no longer in Magento: it was deleted after this run read Magento's attributes; run the sync again
P5: attribute subtitle (id ID) is no longer in Magento: it was deleted after this run read Magento's attributes; run the sync again
P6: attribute subtitle (id ID) is no longer in Magento: it was deleted after this run read Magento's attributes; run the sync again
products: 3
value rows without their attribute: 0
next run: success seen=6 created=3 updated=0 unchanged=3 disabled=0 failed=0, subtitle named
foreign_key_checks of the caller's connection: 1
