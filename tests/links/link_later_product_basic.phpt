--TEST--
Product links: a link to a product later in the same feed (a later batch) waits in pimsync_link_pending and is written at the end of the run, on both layouts
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
foreach (links_setups('link_later_product_basic', ['batch_size' => 1]) as $layout => $t) {
    echo "$layout:\n";
    sync_feed($t, [
        sync_product('A', [], ['associations' => links_assoc(['X_SELL' => ['B', 'C'], 'UPSELL' => ['C']])]),
        sync_product('C'),
        sync_product('B'),
    ]);
    $r = sync_run($t);
    echo $r->status, ' ', sync_counts($r), "\n";
    echo links_of($t, 'A'), "\n";
    echo "links: ", json_encode($r->links), "\n";
    echo "pending rows: ", sync_count($t, 'pimsync_link_pending'), ", owned: ", sync_count($t, 'pimsync_product_link'), "\n";
    echo "A reported changed: ", json_encode(isset($r->changedEntities[sync_entity_id($t, 'A')])), "\n";
    echo "warnings: ", implode(',', array_keys($r->warnings)), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
links_clean('link_later_product_basic');
?>
--EXPECT--
entity_id:
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
cross_sell B@1, cross_sell C@2, up_sell C@1
links: {"written":3,"removed":0,"repositioned":0,"resolved":3,"pending":0}
pending rows: 0, owned: 3
A reported changed: true
warnings: 
row_id:
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
cross_sell B@1, cross_sell C@2, up_sell C@1
links: {"written":3,"removed":0,"repositioned":0,"resolved":3,"pending":0}
pending rows: 0, owned: 3
A reported changed: true
warnings: 
