--TEST--
Engine::sync: /dev/zero as a JSON-lines source is refused at start (a device never ends), not read until memory runs out
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('jsonl_device_error');
$t['config']['source'] = ['type' => 'jsonl', 'path' => '/dev/zero'];
$t0 = microtime(true);
try {
    sync_run($t);
    echo "no error\n";
} catch (PimSync\SourceException $e) {
    echo $e->getMessage(), "\n";
}
var_dump(microtime(true) - $t0 < 10);
echo $t['pdo']->query('SELECT status FROM pimsync_run')->fetchColumn(), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('jsonl_device_error');
?>
--EXPECT--
Run 1 failed: cannot read the source: /dev/zero is a character device: a source must be a regular file
bool(true)
failed
