--TEST--
Ownership: links (associations) are refused when the source does not own them (the product's links stay as they are) and written when it does
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
require __DIR__ . '/../links/links.inc';
foreach (['refused' => 'erp', 'owned' => 'pim'] as $case => $owner) {
    echo "$case (links owned by $owner, a PIM source):\n";
    $t = own_setup("own_links_$case", null);
    $others = [sync_product('B'), sync_product('C')];
    sync_feed($t, [sync_product('A', [], ['associations' => links_assoc(['X_SELL' => ['B']])]), ...$others]);
    sync_run($t);
    echo '  before: ', links_of($t, 'A'), "\n";
    $t['config']['ownership'] = ['matrix' => 'default', 'fields' => ['links' => ['owner' => $owner], 'status' => ['owner' => 'pim']]];
    sync_feed($t, [sync_product('A', [], ['associations' => links_assoc(['X_SELL' => ['C'], 'UPSELL' => ['B']])]), ...$others]);
    $r = sync_run($t);
    echo '  ', sync_counts($r), "\n  refused: ", own_refused($r), "\n  after: ", links_of($t, 'A'), "\n  links: ", json_encode($r->links), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_links_refused');
sync_clean('own_links_owned');
?>
--EXPECT--
refused (links owned by erp, a PIM source):
  before: cross_sell B@1
  seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0
  refused: links=1
  after: cross_sell B@1
  links: {"written":0,"removed":0,"repositioned":0,"resolved":0,"pending":0}
owned (links owned by pim, a PIM source):
  before: cross_sell B@1
  seen=3 created=0 updated=1 unchanged=2 disabled=0 failed=0
  refused: none
  after: cross_sell C@1, up_sell B@1
  links: {"written":2,"removed":1,"repositioned":0,"resolved":0,"pending":0}
