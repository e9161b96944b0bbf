--TEST--
bin/pimsync install-schema: needs only the database, no --config; creates pimsync's tables and says so
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/cli.inc';
$db = pimsync_test_db_name('cli_install_schema_basic');
$admin = pimsync_test_pdo('');
$admin->exec("DROP DATABASE IF EXISTS `$db`");
$admin->exec("CREATE DATABASE `$db` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
// no --config and no pimsync.json where it runs
$r = cli_run(['install-schema'], ['PIMSYNC_DB_NAME' => $db]);
echo 'exit ', $r['exit'], ': ', $r['stdout'], $r['stderr'];
echo implode(', ', pimsync_test_pdo($db)->query("SHOW TABLES LIKE 'pimsync%'")->fetchAll(PDO::FETCH_COLUMN)), "\n";
$r = cli_run(['status', '--json'], ['PIMSYNC_DB_NAME' => $db]);
echo 'status: exit ', $r['exit'], ': ', $r['stdout'];
?>
--CLEAN--
<?php
require __DIR__ . '/../support/db.inc';
pimsync_test_drop_db('cli_install_schema_basic');
?>
--EXPECT--
exit 0: pimsync tables are in place
pimsync_category_link, pimsync_dead_letter, pimsync_entity_map, pimsync_image_dead_letter, pimsync_image_outbox, pimsync_link_pending, pimsync_media_file, pimsync_media_link, pimsync_media_state, pimsync_option_label, pimsync_product_link, pimsync_product_state, pimsync_product_uuid, pimsync_run, pimsync_run_entity, pimsync_value_issue
status: exit 0: []
