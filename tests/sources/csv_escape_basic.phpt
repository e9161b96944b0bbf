--TEST--
Engine::sync: ERP CSV source.escape: the escape character makes the next one literal (an enclosure, the delimiter, itself), inside quotes or not
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_escape_basic', ['sku' => 'sku', 'attributes' => ['name' => 'name']], ['escape' => '\\']);
csv_write($t, "sku,name\n"
    . "A,\"12\\\" pipe\"\n"      // "12\" pipe"  -> 12" pipe
    . "B,one\\,two\n"            // one\,two     -> one,two
    . "C,\"back\\\\slash\"\n");  // "back\\slash" -> back\slash
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'name');
// without an escape character the backslash is text: \" closes A's quote, B has a field more, C keeps both backslashes
$t['config']['source']['escape'] = null;
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach ($t['pdo']->query('SELECT reason FROM pimsync_dead_letter ORDER BY dead_letter_id') as $d) {
    echo $d['reason'], "\n";
}
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_escape_basic');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
A 0 '12" pipe'
B 0 'one,two'
C 0 'back\\slash'
partial seen=3 created=0 updated=1 unchanged=0 disabled=0 failed=2
line 2, column "name" (field 2): a character after the closing quote (a quoted field ends at the delimiter or the line end; a quote inside it is written twice)
line 3: 3 fields where the header has 2 columns (a delimiter too many or too few, or a field that should have been quoted)
A 0 '12" pipe'
B 0 'one,two'
C 0 'back\\\\slash'
