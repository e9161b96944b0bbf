--TEST--
The entity map as a second line behind the run lock: a writer that claimed an option code first (uncommitted) makes the sync wait, and once it commits, the sync uses its option instead of creating a second one; a map row naming an option deleted in Magento is replaced
--EXTENSIONS--
pimsync
pdo_mysql
posix
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/run_child.inc';
$t = sync_setup('entity_claim_basic');
$shade = sync_attr($t, 'shade', 'int', 'select');
sync_engine($t)->installSchema();
sync_feed($t, [sync_product('A', ['shade' => [sync_v('red')]]), sync_product('B', ['shade' => [sync_v('blue')]])]);
$db = $t['pdo']->query('SELECT DATABASE()')->fetchColumn();

// another writer (pimsync without the lock, or a second tool keeping the map) creates "red", not committed yet
$other = pimsync_test_pdo($db);
$other->beginTransaction();
$other->exec("INSERT INTO eav_attribute_option (attribute_id, sort_order) VALUES ($shade, 0)");
$red = (int) $other->lastInsertId();
$other->exec("INSERT INTO eav_attribute_option_value (option_id, store_id, value) VALUES ($red, 0, 'Red by the other writer')");
$other->exec("INSERT INTO pimsync_entity_map (kind, scope, code, magento_id) VALUES ('option', 'shade', 'red', $red)");

$child = run_child_start($t, 'full');
run_child_wait_blocked($t, 'INSERT IGNORE INTO pimsync_entity_map');
echo "the sync waits on the other writer's claim\n";
$other->commit();
$r = run_child_finish($child);
echo $r['exit'], ' ', $r['result']['status'], "\n";
echo 'options of shade: ', implode(', ', $t['pdo']->query("SELECT v.value FROM eav_attribute_option o JOIN eav_attribute_option_value v
    ON v.option_id = o.option_id AND v.store_id = 0 WHERE o.attribute_id = $shade ORDER BY v.value")->fetchAll(PDO::FETCH_COLUMN)), "\n";
echo 'A uses the other writer\'s option: ', (int) current(sync_values($t, 'A', 'shade')) === $red ? 'yes' : 'no', "\n";

// a merchant deletes "blue" in Magento: the stale map row is not taken for it, blue is created again
$blue = (int) $t['pdo']->query("SELECT magento_id FROM pimsync_entity_map WHERE code = 'blue'")->fetchColumn();
$t['pdo']->exec("DELETE FROM eav_attribute_option WHERE option_id = $blue");
sync_feed($t, [sync_product('A', ['shade' => [sync_v('red')]]), sync_product('B', ['shade' => [sync_v('blue')], 'name' => [sync_v('B', 'en_US')]])]);
$r = sync_run($t);
$newBlue = (int) $t['pdo']->query("SELECT magento_id FROM pimsync_entity_map WHERE code = 'blue'")->fetchColumn();
echo $r->status, ', blue created again: ', $newBlue !== $blue && (int) current(sync_values($t, 'B', 'shade')) === $newBlue ? 'yes' : 'no',
    ', options of shade: ', sync_count($t, 'eav_attribute_option', "attribute_id = $shade"), ', map rows: ', sync_count($t, 'pimsync_entity_map'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('entity_claim_basic');
?>
--EXPECT--
the sync waits on the other writer's claim
0 success
options of shade: blue, Red by the other writer
A uses the other writer's option: yes
success, blue created again: yes, options of shade: 2, map rows: 2
