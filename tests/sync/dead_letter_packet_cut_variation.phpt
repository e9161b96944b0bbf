--TEST--
Engine::sync: a record larger than max_allowed_packet (the largest value the server holds) keeps max_allowed_packet bytes; the cut is reported and payload_bytes has the full length
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php
require __DIR__ . '/../support/db.inc';
pimsync_test_skip_unless_db();
try {
    if ((int) pimsync_test_pdo('')->query('SELECT @@max_allowed_packet')->fetchColumn() > 128 * 1024 * 1024) {
        echo "skip max_allowed_packet is over 128 MB: the record this test needs is too large\n";
    }
} catch (Throwable $e) {
}
?>
--INI--
memory_limit=-1
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('dead_letter_packet_cut_variation');
$packet = (int) $t['pdo']->query('SELECT @@max_allowed_packet')->fetchColumn();
$line = str_repeat("\xff", $packet + 1000);
/* a line this long is read as a record only under a larger source.max_line_bytes */
$t['config']['source'] += ['max_line_bytes' => $packet + 4096];
sync_feed($t, [sync_product('A'), $line]);
unset($line);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$row = $t['pdo']->query('SELECT position, LENGTH(payload) AS stored, payload_bytes, MD5(payload) AS md5 FROM pimsync_dead_letter')->fetch();
echo $row['position'], ': ', $row['stored'] == $packet ? 'max_allowed_packet bytes' : "{$row['stored']} bytes",
    ', the record\'s first bytes: ', var_export($row['md5'] === md5(str_repeat("\xff", (int) $row['stored'])), true), ', payload_bytes ',
    $row['payload_bytes'] == $packet + 1000 ? 'the full length' : $row['payload_bytes'], "\n";
echo preg_replace('/\d+ bytes/', 'N bytes', $r->warnings['dead_letter_cut']['message']), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('dead_letter_packet_cut_variation');
?>
--EXPECT--
partial seen=2 created=1 updated=0 unchanged=0 disabled=0 failed=1
line 2: max_allowed_packet bytes, the record's first bytes: true, payload_bytes the full length
a record of N bytes was parked with its first N bytes only: the server's max_allowed_packet is the largest value it can hold (payload_bytes has the full length)
