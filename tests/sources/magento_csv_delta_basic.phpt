--TEST--
Engine::sync: Magento import CSV delta by the bytes of each SKU's rows: the same file again writes nothing; a changed store view row writes only that product
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_delta_basic');
$header = ['sku', 'store_view_code', 'name', 'price', 'categories', 'qty'];
$rows = [
    ['HAT', '', 'Hat', '10', 'Default Category/Men', '5'],
    ['HAT', 'fr', 'Chapeau', '', '', ''],
    ['CAP', '', 'Cap', '12', 'Default Category/Men', '3'],
    ['CAP', 'fr', 'Casquette', '', '', ''],
];
mcsv_write($t, $header, $rows);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";

$r = sync_run($t);
echo 'same file: ', $r->status, ' ', sync_counts($r), ' value rows ', sync_value_rows($r), ' rows written ', array_sum($r->rowsWritten), "\n";

$rows[3][2] = 'Casquette rouge';
mcsv_write($t, $header, $rows);
$r = sync_run($t);
echo 'a store view row changed: ', $r->status, ' ', sync_counts($r), ' value rows ', sync_value_rows($r), "\n";
echo mcsv_dump($t, 'name');
$updated = $t['pdo']->query('SELECT sku FROM pimsync_product_state WHERE last_run_id = ' . (int) $r->runId . ' ORDER BY sku')->fetchAll(PDO::FETCH_COLUMN);
echo 'state written for: ', implode(',', $updated), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_delta_basic');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
same file: success seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0 value rows 0 rows written 0
a store view row changed: success seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0 value rows 1
CAP admin 'Cap'
CAP fr 'Casquette rouge'
HAT admin 'Hat'
HAT fr 'Chapeau'
state written for: CAP
