--TEST--
Engine::sync: records that are not valid UTF-8 are parked with their exact bytes; the run goes on as partial
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('dead_letter_invalid_utf8_error');
$bad = [
    2 => "{\"identifier\": \"B\xff\xfe\", \"values\": {}}",                                      // bytes that are never UTF-8
    3 => "{\"identifier\": \"C\", \"values\": {\"name\": [{\"locale\": \"en_US\", \"scope\": null, \"data\": \"Caf\xc3\"}]}}", // a cut character
    4 => "{\"identifier\": \"D\xed\xa0\x80\", \"values\": {}}",                                   // a UTF-16 surrogate in UTF-8 form
];
sync_feed($t, [sync_product('A', ['name' => [sync_v('Hat', 'en_US')]]), $bad[2], $bad[3], $bad[4], sync_product('E')]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach ($t['pdo']->query('SELECT position, sku, reason, payload, payload_bytes FROM pimsync_dead_letter ORDER BY dead_letter_id') as $row) {
    $line = (int) substr($row['position'], 5);
    echo $row['position'], ': ', $row['reason'], ', sku ', var_export($row['sku'], true),
        ', payload is the line byte for byte: ', var_export($row['payload'] === $bad[$line], true),
        ', payload_bytes ', (int) $row['payload_bytes'] === strlen($bad[$line]) ? 'its length' : $row['payload_bytes'], "\n";
}
echo 'rows written: ', $r->rowsWritten['pimsync_dead_letter'], "\n";
var_dump(sync_entity_id($t, 'A') !== null, sync_entity_id($t, 'E') !== null);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('dead_letter_invalid_utf8_error');
?>
--EXPECT--
partial seen=5 created=2 updated=0 unchanged=0 disabled=0 failed=3
line 2: invalid JSON: malformed UTF-8, sku NULL, payload is the line byte for byte: true, payload_bytes its length
line 3: invalid JSON: malformed UTF-8, sku NULL, payload is the line byte for byte: true, payload_bytes its length
line 4: invalid JSON: malformed UTF-8, sku NULL, payload is the line byte for byte: true, payload_bytes its length
rows written: 3
bool(true)
bool(true)
