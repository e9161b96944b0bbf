--TEST--
Engine::sync: when a dead letter cannot be stored the run fails, naming the record and the database error; the record is not counted failed without its row
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('dead_letter_store_error');
$e = sync_engine($t);
$e->installSchema();
// the database refuses every dead letter
$t['pdo']->exec("CREATE TRIGGER refuse_dead_letters BEFORE INSERT ON pimsync_dead_letter FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'dead letters refused by this test'");
sync_feed($t, [sync_product('A'), '{"identifier": "B", "values": {', sync_product('C')]);
try {
    $e->sync();
    echo "no error\n";
} catch (PimSync\Exception $ex) {
    echo get_class($ex), ': ', $ex->getMessage(), "\n";
}
$run = $t['pdo']->query('SELECT status, failed, message FROM pimsync_run')->fetch();
echo $run['status'], ', failed ', $run['failed'], ': ', $run['message'], "\n";
echo sync_count($t, 'pimsync_dead_letter'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('dead_letter_store_error');
?>
--EXPECTF--
PimSync\DatabaseException: Run 1 failed: cannot park the record at line 2 in pimsync_dead_letter: %sdead letters refused by this test%s
failed, failed 0: cannot park the record at line 2 in pimsync_dead_letter: %sdead letters refused by this test%s
0
