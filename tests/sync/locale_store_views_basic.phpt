--TEST--
Engine::sync: localized values land on their store views, the admin locale also on store 0, global ones only on store 0
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('locale_store_views_basic');
sync_feed($t, [
    sync_product('A', [
        'name' => [sync_v('Hat', 'en_US'), sync_v('Chapeau', 'fr_FR'), sync_v('Hut', 'de_DE')],
        // price is global in Magento: only the admin locale's value, on store 0
        'cost' => [sync_v('2.00', 'fr_FR'), sync_v('1.00', 'en_US'), sync_v('3.00', 'de_DE')],
        // a non-localized value of a store-view attribute: store 0 only
        'meta_title' => [sync_v('Hat title')],
    ]),
]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'name'), sync_dump($t, 'cost'), sync_dump($t, 'meta_title');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('locale_store_views_basic');
?>
--EXPECT--
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
A 0 'Hat'
A 1 'Hat'
A 2 'Chapeau'
A 3 'Hut'
A 0 '1.000000'
A 0 'Hat title'
