--TEST--
Engine::sync: ERP CSV rows end in \n, \r\n or a lone \r alike; a row after a quoted line end is known by the line it starts on
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
foreach (['lf' => "\n", 'crlf' => "\r\n", 'cr' => "\r"] as $name => $eol) {
    $t = csv_setup("csv_line_ends_variation_$name", ['sku' => 'sku', 'attributes' => ['name' => 'name', 'description' => 'text']]);
    // line 2: a field over lines 2-3; line 4: a blank line; line 5: one field too many
    csv_write($t, "sku,name,text{$eol}A,Hat,\"one{$eol}two\"{$eol}{$eol}B,Cap,x,extra{$eol}C,Scarf,");
    $r = sync_run($t);
    echo $name, ': ', $r->status, ' ', sync_counts($r), "\n";
    echo '  A ', json_encode(sync_values($t, 'A', 'description')[0]), ', C ', json_encode(sync_values($t, 'C', 'name')[0]), "\n";
    foreach ($t['pdo']->query('SELECT position, reason FROM pimsync_dead_letter') as $d) {
        echo "  {$d['position']}: {$d['reason']}\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
foreach (['lf', 'crlf', 'cr'] as $name) {
    sync_clean("csv_line_ends_variation_$name");
}
?>
--EXPECT--
lf: partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
  A "one\ntwo", C "Scarf"
  line 5: line 5: 4 fields where the header has 3 columns (a delimiter too many or too few, or a field that should have been quoted)
crlf: partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
  A "one\r\ntwo", C "Scarf"
  line 5: line 5: 4 fields where the header has 3 columns (a delimiter too many or too few, or a field that should have been quoted)
cr: partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
  A "one\rtwo", C "Scarf"
  line 5: line 5: 4 fields where the header has 3 columns (a delimiter too many or too few, or a field that should have been quoted)
