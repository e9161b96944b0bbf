--TEST--
Product links: a product associated with itself is reported with its SKU and position and that link is left out (Magento refuses such a link); its other links are written, numbered 1, 2, 3… without the gap it would leave
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
$t = sync_setup('link_to_itself_warning');
sync_feed($t, [
    sync_product('B'),
    sync_product('A', [], ['associations' => links_assoc(['X_SELL' => ['A', 'B']])]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", links_of($t, 'A'), "\n";
$w = $r->warnings['link_to_itself'];
echo "link_to_itself ({$w['count']}, {$w['first_position']}): {$w['message']}\n";
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
sync_clean('link_to_itself_warning');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
cross_sell B@1
link_to_itself (1, line 2): product A is associated with itself, which Magento does not allow; that link was not synced
