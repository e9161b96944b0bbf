--TEST--
Engine::sync: a null in the feed removes the store-level value; other stores keep theirs
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('null_removes_value_basic');
$feed = [sync_product('A', ['name' => [sync_v('Hat', 'en_US'), sync_v('Chapeau', 'fr_FR'), sync_v('Hut', 'de_DE')], 'meta_title' => [sync_v('T')]])];
sync_feed($t, $feed);
sync_run($t);
echo sync_dump($t, 'name');
$feed[0]['values']['name'][1]['data'] = null;
$feed[0]['values']['meta_title'][0]['data'] = null;
sync_feed($t, $feed);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'name'), sync_dump($t, 'meta_title');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('null_removes_value_basic');
?>
--EXPECT--
A 0 'Hat'
A 1 'Hat'
A 2 'Chapeau'
A 3 'Hut'
seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
A 0 'Hat'
A 1 'Hat'
A 3 'Hut'
