--TEST--
Engine::sync: ERP CSV delta by the bytes of each row: the same file again writes nothing; one changed row writes only that product
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_delta_basic', ['sku' => 'sku', 'attributes' => ['name' => 'name',
    'price' => ['column' => 'price', 'type' => 'price', 'currency' => 'USD']]]);
$rows = ["A,Hat,10", "B,Cap,12", "C,Scarf,7"];
csv_write($t, "sku,name,price\n" . implode("\n", $rows) . "\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";

$r = sync_run($t);
echo 'same file: ', $r->status, ' ', sync_counts($r), ' value rows ', sync_value_rows($r), "\n";

$rows[1] = "B,Cap,13.5";
csv_write($t, "sku,name,price\n" . implode("\r\n", $rows) . "\r\n"); // other line ends: the rows' bytes are the same
$r = sync_run($t);
echo 'one row changed: ', $r->status, ' ', sync_counts($r), ' value rows ', sync_value_rows($r), "\n";
echo sync_dump($t, 'price');
$updated = $t['pdo']->query('SELECT sku FROM pimsync_product_state WHERE last_run_id = ' . (int) $r->runId . ' ORDER BY sku')->fetchAll(PDO::FETCH_COLUMN);
echo 'state written for: ', implode(',', $updated), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_delta_basic');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
same file: success seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0 value rows 0
one row changed: success seen=3 created=0 updated=1 unchanged=2 disabled=0 failed=0 value rows 1
A 0 '10.000000'
B 0 '13.500000'
C 0 '7.000000'
state written for: B
