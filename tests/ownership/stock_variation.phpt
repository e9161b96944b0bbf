--TEST--
Ownership: stock (config "stock") is refused when the source does not own it (Magento's stock item stays) and written when it does
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
require __DIR__ . '/../stock/stock.inc';
foreach (['refused' => 'erp', 'owned' => 'pim'] as $case => $owner) {
    echo "$case (stock owned by $owner, a PIM source):\n";
    $t = own_setup("own_stock_$case", null, null, ['stock' => ['qty' => 'stock_qty', 'is_in_stock' => 'in_stock']]);
    sync_feed($t, [sync_product('A', ['stock_qty' => [sync_v(5)], 'in_stock' => [sync_v(true)]])]);
    sync_run($t);
    $t['config']['ownership'] = ['matrix' => 'default', 'fields' => ['stock' => ['owner' => $owner], 'status' => ['owner' => 'pim']]];
    sync_feed($t, [sync_product('A', ['stock_qty' => [sync_v(0)], 'in_stock' => [sync_v(false)]])]);
    $r = sync_run($t);
    echo '  ', sync_counts($r), "\n  refused: ", own_refused($r), "\n  ", stock_item($t, 'A'), "\n";
    echo preg_replace('/^/m', '  ', own_issues($t, $r->runId));
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_stock_refused');
sync_clean('own_stock_owned');
?>
--EXPECTF--
refused (stock owned by erp, a PIM source):
  seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0
  refused: stock=2
  qty=5.0000 is_in_stock=1 %s
  A stock - refused: stock belongs to the ERP; this PIM value (qty) was not applied
  A stock - refused: stock belongs to the ERP; this PIM value (is_in_stock) was not applied
owned (stock owned by pim, a PIM source):
  seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
  refused: none
  qty=0.0000 is_in_stock=0 %s
  no not_owner issue
