--TEST--
Engine::sync: ERP CSV quoting: a quoted field keeps an embedded delimiter, a line end and a doubled quote as one quote
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_quoting_basic', ['sku' => 'sku', 'attributes' => ['name' => 'name', 'description' => 'text']]);
csv_write($t, "sku,name,text\r\n"
    . "\"A\",\"Hat, red\",\"first line\r\nsecond line\"\r\n"
    . "B,\"The \"\"Classic\"\" Cap\",\"\"\r\n"
    . "C,plain \"inner\" quotes,\"a,b\nc\"\r\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach (['A', 'B', 'C'] as $sku) {
    echo $sku, ' ', json_encode(sync_values($t, $sku, 'name')[0] ?? null), ' ', json_encode(sync_values($t, $sku, 'description')[0] ?? null), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_quoting_basic');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
A "Hat, red" "first line\r\nsecond line"
B "The \"Classic\" Cap" null
C "plain \"inner\" quotes" "a,b\nc"
