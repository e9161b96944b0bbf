--TEST--
Ownership: disabling products absent from a full feed (absent "disable") writes status: a source that does not own status disables none (a warning, counted as refused status, as the feed's own "enabled" is), its owner's source does
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
    $t = own_setup("own_absent_status_$case", null, null, ['absent' => 'disable', 'absent_max_percent' => 100]);
    sync_feed($t, [sync_product('A'), sync_product('B')]);
    sync_run($t); // both land enabled, before any matrix
    $t['config']['ownership'] = ['matrix' => 'default', 'fields' => ['status' => ['owner' => $owner]]];
    sync_feed($t, [sync_product('A')]);
    $r = sync_run($t);
    echo '  ', sync_counts($r), "\n  refused: ", own_refused($r), "\n  warning: ", $r->warnings['absent_not_owner']['message'] ?? 'none', "\n";
    echo '  B status: ', implode(',', sync_values($t, 'B', 'status')) ?: 'none', "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_absent_status_refused');
sync_clean('own_absent_status_owned');
?>
--EXPECT--
refused (status owned by erp, a PIM source):
  seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0
  refused: status=2
  warning: 1 products pimsync wrote before are absent from this full feed; status belongs to the ERP, so this PIM source disabled none of them
  B status: 1
owned (status owned by pim, a PIM source):
  seen=1 created=0 updated=0 unchanged=1 disabled=1 failed=0
  refused: none
  warning: none
  B status: 2
