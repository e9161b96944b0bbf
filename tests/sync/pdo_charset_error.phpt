--TEST--
Engine::sync: a PDO whose connection charset is not utf8 is refused with a message saying to add charset=utf8mb4
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('pdo_charset_error');
$host = pimsync_test_env('PIMSYNC_DB_HOST', '127.0.0.1');
$port = pimsync_test_env('PIMSYNC_DB_PORT', '33306');
$pdo = new PDO("mysql:host=$host;port=$port;dbname=" . pimsync_test_db_name('pdo_charset_error') . ';charset=latin1',
    pimsync_test_env('PIMSYNC_DB_USER', 'pimsync'), pimsync_test_env('PIMSYNC_DB_PASSWORD', 'pimsync'),
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
sync_feed($t, [sync_product('A', ['name' => [sync_v('Crème', 'en_US')]])]);
try {
    (new PimSync\Engine($pdo, sync_config($t)))->sync();
    echo "no error\n";
} catch (PimSync\Exception $ex) {
    echo get_class($ex), ': ', $ex->getMessage(), "\n";
}
echo sync_count($t, 'catalog_product_entity'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('pdo_charset_error');
?>
--EXPECT--
PimSync\DatabaseException: The sync could not start: the PDO connection uses character set "latin1"; pimsync writes UTF-8: add ;charset=utf8mb4 to the DSN
0
