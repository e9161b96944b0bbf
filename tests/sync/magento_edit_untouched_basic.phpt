--TEST--
Engine::sync: a value edited in Magento for an attribute the feed does not carry is never touched
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('magento_edit_untouched_basic');
$feed = [sync_product('A', ['name' => [sync_v('Hat', 'en_US')], 'cost' => [sync_v('1.00')]])];
sync_feed($t, $feed);
sync_run($t);
$id = sync_entity_id($t, 'A');
$pdo = $t['pdo'];
// a merchandiser sets meta_keyword (text) on store 0 and store 2, and a French name override of short_description
$pdo->exec("INSERT INTO catalog_product_entity_text (attribute_id, store_id, entity_id, value) VALUES (85, 0, $id, 'kw admin'), (85, 2, $id, 'kw fr'), (76, 2, $id, 'court')");
$feed[0]['values']['cost'] = [sync_v('2.00')];
$feed[0]['values']['name'][] = sync_v('Chapeau', 'fr_FR');
sync_feed($t, $feed);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'meta_keyword'), sync_dump($t, 'short_description'), sync_dump($t, 'cost'), sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_edit_untouched_basic');
?>
--EXPECT--
seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
A 0 'kw admin'
A 2 'kw fr'
A 2 'court'
A 0 '2.000000'
A 0 'Hat'
A 1 'Hat'
A 2 'Chapeau'
