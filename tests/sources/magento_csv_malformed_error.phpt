--TEST--
Engine::sync: Magento import CSV rows that cannot be read are parked with their exact bytes and a reason naming the line; the other products land
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_malformed_error');
file_put_contents($t['csv'], implode("\n", [
    'sku,store_view_code,attribute_set_code,product_type,name,product_online',
    'OK1,,Default,simple,Fine,1',
    'BAD1,,Default,simple,Too,many,fields',
    'BAD2,,Default,simple,"a quote" here,1',
    'BAD3,,Default,simple,Status,yes',
    'BAD4,,Shoes,simple,No such set,1',
    'BAD5,,Default,bundle,A bundle,1',
    ',,Default,simple,No SKU,1',
    'BAD6,moon,,,Store row first,',
    'OK2,,Default,simple,Fine too,1',
    'OK2,xx,,,Unknown store,',
]) . "\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo csv_dead_letters($t);
echo 'products: ', implode(',', $t['pdo']->query('SELECT sku FROM catalog_product_entity ORDER BY sku')->fetchAll(PDO::FETCH_COLUMN)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_malformed_error');
?>
--EXPECT--
partial seen=9 created=1 updated=0 unchanged=0 disabled=0 failed=8
line 3 | line 3: 7 fields where the header has 6 columns (a delimiter too many or too few, or a field that should have been quoted) | "BAD1,,Default,simple,Too,many,fields"
line 4 | line 4, column "name" (field 5): a character after the closing quote (a quoted field ends at the delimiter or the line end; a quote inside it is written twice) | "BAD2,,Default,simple,\"a quote\" here,1"
line 5 | line 5: column "product_online": "yes" is not a status (1 enabled, 2 disabled) | "BAD3,,Default,simple,Status,yes"
line 6 | line 6: attribute_set_code "Shoes" is not an attribute set of Magento's | "BAD4,,Shoes,simple,No such set,1"
line 7 | line 7: product_type "bundle" is not imported by pimsync (only simple products are, yet) | "BAD5,,Default,bundle,A bundle,1"
line 8 | line 8: the sku cell is empty | ",,Default,simple,No SKU,1"
line 9 | line 9: the first row of SKU "BAD6" is a store view row: its default row (store_view_code empty) must come first | "BAD6,moon,,,Store row first,"
line 10 | line 11: store_view_code "xx" is not a store view of Magento's | "OK2,,Default,simple,Fine too,1\nOK2,xx,,,Unknown store,"
products: OK1
