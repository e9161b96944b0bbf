--TEST--
Engine::sync: ERP CSV in Windows-1252 and ISO-8859-1 lands as UTF-8 in Magento (é, ß, and € only in Windows-1252, whose 0x80 it is)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
// the same bytes in both files: "Café Straße 5 \x80" and a header with é
$bytes = "Artikel,D\xE9signation\nA,Caf\xE9 Stra\xDFe 5 \x80\n";
foreach (['windows-1252', 'iso-8859-1'] as $encoding) {
    $t = csv_setup('csv_encoding_variation_' . strtr($encoding, '-', '_'), ['sku' => 'Artikel', 'attributes' => ['name' => 'Désignation']],
        ['encoding' => $encoding]);
    csv_write($t, $bytes);
    $r = sync_run($t);
    echo $encoding, ': ', $r->status, ' ', sync_counts($r), "\n";
    $name = sync_values($t, 'A', 'name')[0];
    preg_match('/(.)$/u', $name, $last);
    echo '  ', json_encode($name), ' ', bin2hex($last[1]), ' ', var_export(preg_match('//u', $name) === 1, true), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_encoding_variation_windows_1252');
sync_clean('csv_encoding_variation_iso_8859_1');
?>
--EXPECT--
windows-1252: success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  "Caf\u00e9 Stra\u00dfe 5 \u20ac" e282ac true
iso-8859-1: success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  "Caf\u00e9 Stra\u00dfe 5 \u0080" c280 true
