--TEST--
Product links: a link to a product that arrives in a later run is reported pending, then written when it arrives, without the linking product changing
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
foreach (links_setups('link_later_run_basic') as $layout => $t) {
    echo "$layout:\n";
    $a = sync_product('A', [], ['associations' => links_assoc(['SUBSTITUTION' => ['B', 'LATER']])]);
    sync_feed($t, [$a, sync_product('B')]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", links_of($t, 'A'), "\n", json_encode($r->links), "\n";
    echo $r->warnings['links_pending']['message'], "\n";
    print_r($t['pdo']->query('SELECT sku, link_type_id, target_kind, target, position FROM pimsync_link_pending')->fetchAll());
    // the next run: A's bytes are as before, LATER is new
    sync_feed($t, [$a, sync_product('B'), sync_product('LATER')]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", links_of($t, 'A'), "\n", json_encode($r->links), "\n";
    echo "pending rows: ", sync_count($t, 'pimsync_link_pending'), ", warned: ", json_encode(isset($r->warnings['links_pending'])), "\n";
    $r = sync_run($t);
    echo sync_counts($r), ' ', json_encode($r->links), ' ', json_encode($r->rowsWritten), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
links_clean('link_later_run_basic');
?>
--EXPECT--
entity_id:
seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
relation B@1
{"written":1,"removed":0,"repositioned":0,"resolved":0,"pending":1}
1 product link waits for products Magento does not have yet (first: A → related sku LATER); each is written when its product arrives (pimsync_link_pending)
Array
(
    [0] => Array
        (
            [sku] => A
            [link_type_id] => 1
            [target_kind] => sku
            [target] => LATER
            [position] => 2
        )

)
seen=3 created=1 updated=0 unchanged=2 disabled=0 failed=0
relation B@1, relation LATER@2
{"written":1,"removed":0,"repositioned":0,"resolved":1,"pending":0}
pending rows: 0, warned: false
seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0 {"written":0,"removed":0,"repositioned":0,"resolved":0,"pending":0} []
row_id:
seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
relation B@1
{"written":1,"removed":0,"repositioned":0,"resolved":0,"pending":1}
1 product link waits for products Magento does not have yet (first: A → related sku LATER); each is written when its product arrives (pimsync_link_pending)
Array
(
    [0] => Array
        (
            [sku] => A
            [link_type_id] => 1
            [target_kind] => sku
            [target] => LATER
            [position] => 2
        )

)
seen=3 created=1 updated=0 unchanged=2 disabled=0 failed=0
relation B@1, relation LATER@2
{"written":1,"removed":0,"repositioned":0,"resolved":1,"pending":0}
pending rows: 0, warned: false
seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0 {"written":0,"removed":0,"repositioned":0,"resolved":0,"pending":0} []
