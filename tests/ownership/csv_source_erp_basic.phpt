--TEST--
Ownership with the ERP CSV source: a CSV source speaks for the ERP unless it says otherwise, so under the default matrix its weight and price land while its description (a PIM field) is refused as not_owner; "system": "pim" on the same file turns that around
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$columns = ['sku' => 'Item No', 'attributes' => [
    'name' => 'Name',
    'weight' => ['column' => 'Weight', 'type' => 'metric', 'unit' => 'KILOGRAM'],
    'price' => ['column' => 'List Price', 'type' => 'price', 'currency' => 'USD'],
    'description' => 'Notes',
]];
$t = csv_setup('ownership_csv_source_erp_basic', $columns, [], 'erp.csv');
$t['config']['ownership'] = ['matrix' => 'default'];
$t['config']['units'] = ['weight' => 'KILOGRAM'];
csv_write($t, "Item No,Name,Weight,List Price,Notes\nA-1,Hat,1.5,12.50,Soft wool\n");
echo 'system: ', sync_config($t)->toArray()['source']['system'], "\n";
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), ', refused ', json_encode($r->refusedByOwner), "\n";
echo sync_dump($t, 'weight'), sync_dump($t, 'price'), 'description: ', json_encode(sync_values($t, 'A-1', 'description')), "\n";
$t['config']['source']['system'] = 'pim';
csv_write($t, "Item No,Name,Weight,List Price,Notes\nA-1,Hat,2.5,15.00,Soft wool\n");
$r = sync_run($t);
echo 'as the PIM: ', $r->status, ', refused ', json_encode($r->refusedByOwner), "\n";
echo sync_dump($t, 'weight'), 'description: ', json_encode(sync_values($t, 'A-1', 'description')), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('ownership_csv_source_erp_basic');
?>
--EXPECT--
system: erp
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0, refused {"name":1,"description":1,"websites":1}
A-1 0 '1.500000'
A-1 0 '12.500000'
description: []
as the PIM: success, refused {"weight":1,"price":1}
A-1 0 '1.500000'
description: ["Soft wool"]