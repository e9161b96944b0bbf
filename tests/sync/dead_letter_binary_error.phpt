--TEST--
Engine::sync: a binary record is parked byte for byte, also through a utf8 (utf8mb3) connection with NO_BACKSLASH_ESCAPES, as Magento's may be
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('dead_letter_binary_error');
// every byte value but the newline that ends a record, twice, with quotes and backslashes between
$bytes = '';
foreach (range(0, 255) as $b) {
    $bytes .= $b === 0x0a ? '' : chr($b) . "'\\\"";
}
$line = "\x00" . $bytes . $bytes . "x"; // a record that is not JSON at all
sync_feed($t, [sync_product('A'), $line]);
$magento = new PDO(
    sprintf('mysql:host=%s;port=%s;dbname=%s;charset=utf8', pimsync_test_env('PIMSYNC_DB_HOST', '127.0.0.1'),
        pimsync_test_env('PIMSYNC_DB_PORT', '33306'), pimsync_test_db_name('dead_letter_binary_error')),
    pimsync_test_env('PIMSYNC_DB_USER', 'pimsync'), pimsync_test_env('PIMSYNC_DB_PASSWORD', 'pimsync'),
    [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
$magento->exec("SET sql_mode = CONCAT(@@sql_mode, ',NO_BACKSLASH_ESCAPES')");
echo $magento->query('SELECT @@character_set_connection')->fetchColumn(), "\n";
$r = (new PimSync\Engine($magento, sync_config($t)))->sync();
echo $r->status, ' ', sync_counts($r), "\n";
$row = $t['pdo']->query('SELECT position, reason, payload, payload_bytes FROM pimsync_dead_letter')->fetch();
echo $row['position'], ': ', $row['reason'], "\n";
var_dump($row['payload'] === $line, (int) $row['payload_bytes'] === strlen($line));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('dead_letter_binary_error');
?>
--EXPECT--
utf8mb3
partial seen=2 created=1 updated=0 unchanged=0 disabled=0 failed=1
line 2: invalid JSON: unexpected control character
bool(true)
bool(true)
