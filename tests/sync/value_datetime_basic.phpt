--TEST--
Engine::sync: dates with a timezone offset are stored in UTC
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('value_datetime_basic');
sync_attr($t, 'launch_at', 'datetime', 'datetime', 1);
sync_feed($t, [
    sync_product('A', ['launch_at' => [sync_v('2024-03-01T01:30:00+02:00')], 'news_from_date' => [sync_v('2024-06-15')]]),
    sync_product('B', ['launch_at' => [sync_v('2023-12-31T22:00:00-05:30')]]),
    sync_product('C', ['launch_at' => [sync_v('2024-07-04T12:00:00.123Z')]]),
]);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'launch_at'), sync_dump($t, 'news_from_date');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('value_datetime_basic');
?>
--EXPECT--
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
A 0 '2024-02-29 23:30:00'
B 0 '2024-01-01 03:30:00'
C 0 '2024-07-04 12:00:00'
A 0 '2024-06-15 00:00:00'
