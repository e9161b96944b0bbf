--TEST--
Engine::installSchema() upgrades the dead letters of an older install in place: MEDIUMTEXT payload to LONGBLOB, payload_bytes added; every row kept byte for byte
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
$db = pimsync_test_db_name('install_schema_upgrade_variation');
$admin = pimsync_test_pdo('');
$admin->exec("DROP DATABASE IF EXISTS `$db`");
$admin->exec("CREATE DATABASE `$db` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci");
$pdo = pimsync_test_pdo($db);
// the table as pimsync created it before its payload was binary
$pdo->exec("CREATE TABLE pimsync_dead_letter (
  dead_letter_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT COMMENT 'Dead letter ID',
  run_id INT UNSIGNED NOT NULL COMMENT 'Run ID',
  position VARCHAR(64) NOT NULL COMMENT 'Where in the source',
  sku VARCHAR(64) NULL COMMENT 'SKU, when it could be read',
  reason TEXT NOT NULL COMMENT 'Why the record was parked',
  payload MEDIUMTEXT NULL COMMENT 'The raw record, for replay',
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP COMMENT 'When',
  PRIMARY KEY (dead_letter_id),
  KEY PIMSYNC_DEAD_LETTER_RUN_ID (run_id),
  KEY PIMSYNC_DEAD_LETTER_SKU (sku)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COMMENT='pimsync records parked for review'");
$payloads = ['{"identifier": "Crème brûlée ☃ 😀", "values": {', str_repeat('{"x": "' . str_repeat('ü', 1000) . '"', 50), null];
$insert = $pdo->prepare("INSERT INTO pimsync_dead_letter (run_id, position, sku, reason, payload) VALUES (1, ?, 'S', 'old', ?)");
foreach ($payloads as $i => $payload) {
    $insert->execute(['line ' . ($i + 1), $payload]);
}

$engine = new PimSync\Engine($pdo, PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "/dev/null"}}'));
$engine->installSchema();
$engine->installSchema(); // a second time changes nothing

$columns = $pdo->query("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()
    AND TABLE_NAME = 'pimsync_dead_letter' ORDER BY ORDINAL_POSITION")->fetchAll(PDO::FETCH_COLUMN);
echo implode(',', $columns), "\n";
// the upgraded columns are as db_schema.xml declares them
$tables = magento_schema_read(dirname(__DIR__, 2) . '/php-module/etc/db_schema.xml');
$table = $tables['pimsync_dead_letter'];
$get = $pdo->prepare("SELECT COLUMN_TYPE, IS_NULLABLE, COLUMN_DEFAULT, EXTRA, COLUMN_COMMENT, CHARACTER_SET_NAME, COLLATION_NAME
    FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'pimsync_dead_letter' AND COLUMN_NAME = ?");
$mariadb = stripos((string) $pdo->query('SELECT VERSION()')->fetchColumn(), 'mariadb') !== false;
foreach (['payload', 'payload_bytes'] as $column) {
    $get->execute([$column]);
    $have = $get->fetch();
    $have['COLUMN_DEFAULT'] = magento_schema_db_default($have['COLUMN_DEFAULT'], $mariadb);
    $want = magento_schema_column($table['columns'][$column], $table, $mariadb);
    echo $column, ': ', $have['COLUMN_TYPE'], $have === $want ? ', as db_schema.xml declares it' : ', differs: ' . json_encode([$have, $want]), "\n";
}
foreach ($pdo->query('SELECT position, payload, payload_bytes FROM pimsync_dead_letter ORDER BY dead_letter_id') as $i => $row) {
    echo $row['position'], ': ', var_export($row['payload'] === $payloads[$i], true), ', payload_bytes ', var_export($row['payload_bytes'], true), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/db.inc';
pimsync_test_drop_db('install_schema_upgrade_variation');
?>
--EXPECT--
dead_letter_id,run_id,position,sku,reason,payload,payload_bytes,source_id,status,resolved_run_id,created_at
payload: longblob, as db_schema.xml declares it
payload_bytes: bigint(20) unsigned, as db_schema.xml declares it
line 1: true, payload_bytes NULL
line 2: true, payload_bytes NULL
line 3: true, payload_bytes NULL
