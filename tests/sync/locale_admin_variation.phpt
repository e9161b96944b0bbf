--TEST--
Engine::sync: admin_locale chooses whose values go to store 0; a locale may feed several store views
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('locale_admin_variation');
$t['config']['locales'] = ['en_US' => ['default'], 'fr_FR' => ['fr', 'de']];
$t['config']['admin_locale'] = 'fr_FR';
sync_feed($t, [
    sync_product('A', [
        'name' => [sync_v('Hat', 'en_US'), sync_v('Chapeau', 'fr_FR')],
        'cost' => [sync_v('1.00', 'en_US'), sync_v('2.00', 'fr_FR')],
    ]),
]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'name'), sync_dump($t, 'cost');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('locale_admin_variation');
?>
--EXPECT--
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
A 0 'Chapeau'
A 1 'Hat'
A 2 'Chapeau'
A 3 'Chapeau'
A 0 '2.000000'
