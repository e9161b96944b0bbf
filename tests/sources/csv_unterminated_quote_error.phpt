--TEST--
Engine::sync: an ERP CSV quote still open at the end of the file parks that row (its exact bytes) with the line the quote opened on; the other rows land
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_unterminated_quote_error', ['sku' => 'sku', 'attributes' => ['name' => 'name', 'description' => 'text']]);
// the row starts on line 5, its second field closes on line 6, the third opens there and never closes
$bad = "C,\"Scarf\nwool\",\"warm\nand long";
csv_write($t, "sku,name,text\nA,Hat,\"two\nlines\"\nB,Cap,x\n$bad\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo csv_dead_letters($t);
$payload = $t['pdo']->query('SELECT payload FROM pimsync_dead_letter')->fetchColumn();
echo 'exact bytes: ', var_export($payload === "$bad\n", true), "\n";
echo $r->errors[0]['position'] ?? '?', "\n";
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_unterminated_quote_error');
?>
--EXPECT--
partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
line 5 | line 5: unterminated quote: the field opened at line 6 with " runs to the end of the file | "C,\"Scarf\nwool\",\"warm\nand long\n"
exact bytes: true
line 5
A 0 'Hat'
B 0 'Cap'
