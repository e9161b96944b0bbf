--TEST--
Product links: a pending link the product no longer names is dropped; one that moves keeps waiting with its new position (Magento's rows untouched: the product counts unchanged)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
$t = sync_setup('link_pending_dropped_variation');
$pending = fn (): string => json_encode($t['pdo']->query('SELECT target, position FROM pimsync_link_pending ORDER BY target')->fetchAll(PDO::FETCH_KEY_PAIR));
sync_feed($t, [sync_product('B'), sync_product('A', [], ['associations' => links_assoc(['X_SELL' => ['X', 'B', 'Y']])])]);
$r = sync_run($t);
echo links_of($t, 'A'), ' ', $pending(), ' ', json_encode($r->links), "\n";
sync_feed($t, [sync_product('B'), sync_product('A', [], ['associations' => links_assoc(['X_SELL' => ['Y', 'B']])])]);
$r = sync_run($t);
echo sync_counts($r), "\n", links_of($t, 'A'), ' ', $pending(), ' ', json_encode($r->links), "\n";
sync_feed($t, [sync_product('B'), sync_product('Y'), sync_product('A', [], ['associations' => links_assoc(['X_SELL' => ['Y', 'B']])])]);
$r = sync_run($t);
echo links_of($t, 'A'), ' ', $pending(), ' ', json_encode($r->links), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
sync_clean('link_pending_dropped_variation');
?>
--EXPECT--
cross_sell B@2 {"X":1,"Y":3} {"written":1,"removed":0,"repositioned":0,"resolved":0,"pending":2}
seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0
cross_sell B@2 {"Y":1} {"written":0,"removed":0,"repositioned":0,"resolved":0,"pending":1}
cross_sell Y@1, cross_sell B@2 [] {"written":1,"removed":0,"repositioned":0,"resolved":1,"pending":0}
