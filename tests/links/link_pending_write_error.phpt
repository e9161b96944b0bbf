--TEST--
Product links: pending links the database refuses at the end of the run are kept for the next run, with a warning; the product they belong to is not reported changed for a link that was rolled back
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
$t = sync_setup('link_pending_write_error', false, ['batch_size' => 1]);
$a = sync_product('A', [], ['associations' => links_assoc(['X_SELL' => ['B']])]);
sync_feed($t, [$a, sync_product('C')]);
$r = sync_run($t);
echo "first run: {$r->status}, pending rows: ", sync_count($t, 'pimsync_link_pending'), "\n";

// B arrives; the database refuses A's link to it (as a full disk or a trigger would)
$idA = sync_entity_id($t, 'A');
$t['pdo']->exec("CREATE TRIGGER link_refused BEFORE INSERT ON catalog_product_link FOR EACH ROW
    BEGIN IF NEW.product_id = $idA THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'link refused by the test'; END IF; END");
sync_feed($t, [$a, sync_product('C'), sync_product('B')]);
$r = sync_run($t);
echo "second run: {$r->status} ", sync_counts($r), "\n";
echo 'warning: ', preg_replace('/\(in SQL: .*$/s', '(in SQL: …)', $r->warnings['links_pending_write']['message'] ?? '(none)'), "\n";
echo 'A links: ', links_of($t, 'A'), ', pending rows: ', sync_count($t, 'pimsync_link_pending'), "\n";
echo 'A reported changed: ', json_encode(isset($r->changedEntities[$idA])), "\n";

$t['pdo']->exec('DROP TRIGGER link_refused');
$r = sync_run($t);
echo "third run: {$r->status}, A links: ", links_of($t, 'A'), ', pending rows: ', sync_count($t, 'pimsync_link_pending'),
    ', A reported changed: ', json_encode(isset($r->changedEntities[$idA])), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
sync_clean('link_pending_write_error');
?>
--EXPECT--
first run: success, pending rows: 1
second run: success seen=3 created=1 updated=0 unchanged=2 disabled=0 failed=0
warning: pending product links could not be written (the next run tries again): SQLSTATE[45000]: <<Unknown error>>: 1644 link refused by the test (in SQL: …)
A links: (none), pending rows: 1
A reported changed: false
third run: success, A links: cross_sell B@1, pending rows: 0, A reported changed: true