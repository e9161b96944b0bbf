--TEST--
Engine::installSchema() creates exactly the tables Magento creates from php-module/etc/db_schema.xml (columns, types, defaults, comments, charset, collation, indexes, engine); the whitelist lists what the XML declares
--EXTENSIONS--
pimsync
pdo_mysql
dom
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/db.inc';
require __DIR__ . '/../support/magento_schema.inc';
$module = dirname(__DIR__, 2) . '/php-module/etc';
$db = pimsync_test_db_name('db_schema_parity_basic');
$admin = pimsync_test_pdo('');
$admin->exec("DROP DATABASE IF EXISTS `$db`");
// a database whose defaults are not the tables' own: only what the DDL says may count
$admin->exec("CREATE DATABASE `$db` CHARACTER SET latin1 COLLATE latin1_swedish_ci");
$pdo = pimsync_test_pdo($db);
(new PimSync\Engine($pdo, PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "/dev/null"}}')))->installSchema();

$tables = magento_schema_read("$module/db_schema.xml");
$columns = array_sum(array_map(static fn (array $t): int => count($t['columns']), $tables));
echo count($tables), ' tables, ', $columns, " columns in db_schema.xml\n";
$differences = [...magento_schema_differences($pdo, $tables), ...magento_schema_whitelist_differences($tables, "$module/db_schema_whitelist.json")];
echo $differences ? implode("\n", $differences) : 'no difference', "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/db.inc';
pimsync_test_drop_db('db_schema_parity_basic');
?>
--EXPECTF--
%d tables, %d columns in db_schema.xml
no difference
