--TEST--
Ownership: status (Akeneo "enabled") is refused when the source does not own it (Magento's status stays; a new product is created disabled, since Magento shows one without a status row as enabled) and written when it does
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
foreach (['refused' => 'erp', 'owned' => 'pim'] as $case => $owner) {
    echo "$case (status owned by $owner, a PIM source):\n";
    $t = own_setup("own_status_$case", null);
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Hat', 'en_US')]])]);
    sync_run($t); // A lands enabled, before any matrix
    $t['config']['ownership'] = ['matrix' => 'default', 'fields' => ['status' => ['owner' => $owner]]];
    sync_feed($t, [
        sync_product('A', ['name' => [sync_v('Hat', 'en_US')]], ['enabled' => false]),
        sync_product('B', ['name' => [sync_v('Cap', 'en_US')]], ['enabled' => true]), // new: enabled only by its status's owner
    ]);
    $r = sync_run($t);
    echo '  ', sync_counts($r), "\n  refused: ", own_refused($r), "\n";
    echo preg_replace('/^/m', '  ', sync_dump($t, 'status') ?: "no status row\n");
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_status_refused');
sync_clean('own_status_owned');
?>
--EXPECT--
refused (status owned by erp, a PIM source):
  seen=2 created=1 updated=0 unchanged=1 disabled=0 failed=0
  refused: status=2
  A 0 1
  B 0 2
owned (status owned by pim, a PIM source):
  seen=2 created=1 updated=1 unchanged=0 disabled=0 failed=0
  refused: none
  A 0 2
  B 0 1
