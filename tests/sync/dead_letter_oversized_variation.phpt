--TEST--
Engine::sync: a record larger than MEDIUMTEXT (16 MB) is parked whole, in chunks that each fit max_allowed_packet
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--INI--
memory_limit=512M
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('dead_letter_oversized_variation');
// 17 MB of bytes of every value but the newline: not JSON, not UTF-8, longer than a MEDIUMTEXT
$line = str_replace("\n", "\x80", random_bytes(17 * 1024 * 1024));
sync_feed($t, [sync_product('A'), $line, sync_product('C')]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$row = $t['pdo']->query('SELECT position, LENGTH(payload) AS stored, MD5(payload) AS md5, payload_bytes FROM pimsync_dead_letter')->fetch();
echo $row['position'], ': ', $row['stored'] == strlen($line) ? 'every byte' : "{$row['stored']} bytes", ', ',
    $row['md5'] === md5($line) ? 'the same bytes' : 'other bytes', ', payload_bytes ',
    $row['payload_bytes'] == strlen($line) ? 'its length' : $row['payload_bytes'], "\n";
var_dump(isset($r->warnings['dead_letter_cut']));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('dead_letter_oversized_variation');
?>
--EXPECT--
partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
line 2: every byte, the same bytes, payload_bytes its length
bool(false)
