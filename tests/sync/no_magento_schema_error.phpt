--TEST--
Engine::sync: a database without the Magento catalog schema throws SchemaException and records the failed run
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('no_magento_schema_error');
$pdo = $t['pdo'];
$pdo->exec('SET FOREIGN_KEY_CHECKS=0');
foreach ($pdo->query('SHOW FULL TABLES')->fetchAll(PDO::FETCH_NUM) as [$table, $type]) {
    $pdo->exec(($type === 'VIEW' ? 'DROP VIEW' : 'DROP TABLE') . " `$table`");
}
$pdo->exec('SET FOREIGN_KEY_CHECKS=1');
sync_feed($t, [sync_product('A')]);
try {
    sync_run($t);
    echo "no error\n";
} catch (PimSync\SchemaException $ex) {
    echo get_class($ex), ': ', $ex->getMessage(), "\n";
}
print_r($pdo->query('SELECT run_id, status, message FROM pimsync_run')->fetchAll());
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('no_magento_schema_error');
?>
--EXPECTF--
PimSync\SchemaException: Run 1 failed: table catalog_product_entity is missing: is this a Magento 2.4 catalog database?
Array
(
    [0] => Array
        (
            [run_id] => 1
            [status] => failed
            [message] => table catalog_product_entity is missing: is this a Magento 2.4 catalog database?
        )

)
