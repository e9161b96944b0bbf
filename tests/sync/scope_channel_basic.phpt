--TEST--
Engine::sync: scopable values are read from the configured channel only
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('scope_channel_basic');
$t['config']['channel'] = 'print';
sync_feed($t, [
    sync_product('A', [
        'name' => [sync_v('Web hat', 'en_US', 'ecommerce'), sync_v('Print hat', 'en_US', 'print'), sync_v('Chapeau web', 'fr_FR', 'ecommerce')],
        'short_description' => [sync_v('web only', null, 'ecommerce')],
        'cost' => [sync_v('5', null, 'print'), sync_v('6', null, 'ecommerce')],
    ]),
]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'name'), sync_dump($t, 'cost');
var_dump(sync_values($t, 'A', 'short_description'));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('scope_channel_basic');
?>
--EXPECT--
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
A 0 'Print hat'
A 1 'Print hat'
A 0 '5.000000'
array(0) {
}
