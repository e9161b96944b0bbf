--TEST--
Product links: a link pimsync wrote that the feed no longer lists is removed with its position row; a link a merchant added in Magento stays; a change in associations alone updates the product
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
foreach (links_setups('link_merchant_kept_basic') as $layout => $t) {
    echo "$layout:\n";
    $pdo = $t['pdo'];
    $others = [sync_product('B'), sync_product('C'), sync_product('M')];
    sync_feed($t, [sync_product('A', [], ['associations' => links_assoc(['X_SELL' => ['B', 'C']])]), ...$others]);
    sync_run($t);
    // a merchant links A to M in the admin (cross-sell, position 7)
    $link = sync_link($t);
    $pdo->exec("INSERT INTO catalog_product_link (product_id, linked_product_id, link_type_id)
        SELECT a.$link, m.entity_id, 5 FROM catalog_product_entity a, catalog_product_entity m WHERE a.sku = 'A' AND m.sku = 'M'");
    $pdo->exec('INSERT INTO catalog_product_link_attribute_int (product_link_attribute_id, link_id, value) VALUES (3, ' . $pdo->lastInsertId() . ', 7)');
    echo links_of($t, 'A'), "\n";
    $c = $pdo->query("SELECT l.link_id FROM catalog_product_link l JOIN catalog_product_entity e ON e.entity_id = l.linked_product_id WHERE e.sku = 'C'")->fetchColumn();
    // the feed drops C: nothing else of A changes
    sync_feed($t, [sync_product('A', [], ['associations' => links_assoc(['X_SELL' => ['B']])]), ...$others]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", links_of($t, 'A'), "\n", json_encode($r->links), "\n";
    echo "deleted: ", $r->rowsWritten['catalog_product_link (deleted)'], ", position rows of C's link left: ",
        sync_count($t, 'catalog_product_link_attribute_int', "link_id = $c"), ", owned: ", sync_count($t, 'pimsync_product_link'), "\n";
    echo "A updated: ", json_encode($r->changedEntities[sync_entity_id($t, 'A')]['action'] ?? null), "\n";
    // the feed drops every association: B goes, M stays
    sync_feed($t, [sync_product('A', [], ['associations' => links_assoc(['X_SELL' => []])]), ...$others]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", links_of($t, 'A'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
links_clean('link_merchant_kept_basic');
?>
--EXPECT--
entity_id:
cross_sell B@1, cross_sell C@2, cross_sell M@7
seen=4 created=0 updated=1 unchanged=3 disabled=0 failed=0
cross_sell B@1, cross_sell M@7
{"written":0,"removed":1,"repositioned":0,"resolved":0,"pending":0}
deleted: 1, position rows of C's link left: 0, owned: 1
A updated: "updated"
seen=4 created=0 updated=1 unchanged=3 disabled=0 failed=0
cross_sell M@7
row_id:
cross_sell B@1, cross_sell C@2, cross_sell M@7
seen=4 created=0 updated=1 unchanged=3 disabled=0 failed=0
cross_sell B@1, cross_sell M@7
{"written":0,"removed":1,"repositioned":0,"resolved":0,"pending":0}
deleted: 1, position rows of C's link left: 0, owned: 1
A updated: "updated"
seen=4 created=0 updated=1 unchanged=3 disabled=0 failed=0
cross_sell M@7
