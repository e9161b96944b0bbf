--TEST--
Engine::sync: an ERP CSV row with bytes that are not UTF-8 (a Windows-1252 é in a utf-8 file) is parked with its exact bytes, naming line and column; the other rows land
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_invalid_utf8_error', ['sku' => 'sku', 'attributes' => ['name' => 'name']]);
$bad = "B,Caf\xE9";
csv_write($t, "sku,name\nA,Café\n$bad\nC,Thé\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$d = $t['pdo']->query('SELECT position, reason, payload FROM pimsync_dead_letter')->fetch();
echo $d['position'], ' | ', $d['reason'], "\n";
echo 'exact bytes: ', var_export($d['payload'] === $bad, true), "\n";
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_invalid_utf8_error');
?>
--EXPECT--
partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
line 3 | line 3, column "name" (field 2): the field is not valid UTF-8 (source.encoding is utf-8)
exact bytes: true
A 0 'Café'
C 0 'Thé'
