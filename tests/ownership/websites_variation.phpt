--TEST--
Ownership: websites are refused when the source does not own them (a new product joins no website, Magento's default for a product made without one) and assigned when it does
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
foreach (['refused' => 'erp', 'owned' => 'pim'] as $case => $owner) {
    echo "$case (websites owned by $owner, a PIM source):\n";
    $t = own_setup("own_websites_$case", ['matrix' => 'default', 'fields' => ['websites' => ['owner' => $owner], 'status' => ['owner' => 'pim']]]);
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Hat', 'en_US')]])]);
    $r = sync_run($t);
    echo '  ', sync_counts($r), "\n  refused: ", own_refused($r), "\n  websites of A: ",
        sync_count($t, 'catalog_product_website', 'product_id = ' . sync_entity_id($t, 'A')), "\n";
    echo preg_replace('/^/m', '  ', own_issues($t, $r->runId));
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_websites_refused');
sync_clean('own_websites_owned');
?>
--EXPECT--
refused (websites owned by erp, a PIM source):
  seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  refused: websites=1
  websites of A: 0
  A websites - refused: websites belong to the ERP; this PIM assignment was not applied: the new product is in no website until the ERP assigns it
owned (websites owned by pim, a PIM source):
  seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  refused: none
  websites of A: 1
  no not_owner issue
