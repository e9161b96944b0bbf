--TEST--
Engine::installSchema(): tables made before source_key and the dead letter status get the new columns, keeping their rows; the first delta run after the upgrade keeps the old window
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('install_schema_upgrade_basic', ['products' => 2, 'options' => ['color' => 3]]);
$t = sync_setup('install_schema_upgrade_basic', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
$pdo = $t['pdo'];
/* the two tables as the first release made them */
$pdo->exec("CREATE TABLE pimsync_run (run_id INT UNSIGNED NOT NULL AUTO_INCREMENT, status VARCHAR(16) NOT NULL DEFAULT 'running',
  mode VARCHAR(8) NOT NULL, source VARCHAR(255) NOT NULL, started_at DATETIME NOT NULL, finished_at DATETIME NULL,
  seen INT UNSIGNED NOT NULL DEFAULT 0, created INT UNSIGNED NOT NULL DEFAULT 0, updated INT UNSIGNED NOT NULL DEFAULT 0,
  unchanged INT UNSIGNED NOT NULL DEFAULT 0, disabled INT UNSIGNED NOT NULL DEFAULT 0, failed INT UNSIGNED NOT NULL DEFAULT 0,
  elapsed_s DECIMAL(12,3) NOT NULL DEFAULT 0, report MEDIUMTEXT NULL, message TEXT NULL,
  PRIMARY KEY (run_id), KEY PIMSYNC_RUN_STARTED_AT (started_at)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
$pdo->exec("CREATE TABLE pimsync_dead_letter (dead_letter_id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT, run_id INT UNSIGNED NOT NULL,
  position VARCHAR(64) NOT NULL, sku VARCHAR(64) NULL, reason TEXT NOT NULL, payload MEDIUMTEXT NULL,
  created_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, PRIMARY KEY (dead_letter_id),
  KEY PIMSYNC_DEAD_LETTER_RUN_ID (run_id), KEY PIMSYNC_DEAD_LETTER_SKU (sku)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4");
$pdo->prepare("INSERT INTO pimsync_run (status, mode, source, started_at) VALUES ('success', 'full', ?, '2024-05-01 10:00:00')")
    ->execute([$srv['url']]);
$pdo->exec("INSERT INTO pimsync_dead_letter (run_id, position, sku, reason) VALUES (1, 'line 3', 'OLD-1', 'invalid JSON')");

$e = sync_engine($t);
$e->installSchema();
$e->installSchema();
foreach (['pimsync_run', 'pimsync_dead_letter'] as $table) {
    echo $table, ': ', implode(',', $pdo->query("SHOW COLUMNS FROM $table")->fetchAll(PDO::FETCH_COLUMN)), "\n";
}
echo implode(',', array_unique($pdo->query("SHOW INDEX FROM pimsync_run")->fetchAll(PDO::FETCH_COLUMN, 2))), "\n";
echo json_encode($pdo->query('SELECT run_id, sku, source_id, status, resolved_run_id FROM pimsync_dead_letter')->fetchAll(PDO::FETCH_ASSOC)), "\n";

$before = count(akeneo_log($srv));
echo sync_run($t, ['mode' => 'delta'])->status, "\n";
echo json_encode(akeneo_product_searches($srv, $before)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('install_schema_upgrade_basic');
akeneo_clean('install_schema_upgrade_basic');
?>
--EXPECT--
pimsync_run: run_id,status,mode,source,source_key,started_at,finished_at,seen,created,updated,unchanged,disabled,failed,elapsed_s,report,message
pimsync_dead_letter: dead_letter_id,run_id,position,sku,reason,payload,payload_bytes,source_id,status,resolved_run_id,created_at
PRIMARY,PIMSYNC_RUN_STARTED_AT,PIMSYNC_RUN_SOURCE_KEY_STARTED_AT
[{"run_id":1,"sku":"OLD-1","source_id":null,"status":"open","resolved_run_id":null}]
success
[{"updated":[{"operator":">","value":"2024-05-01 09:59:55"}]}]
