--TEST--
Engine::sync: a read error is an error naming the file, not the end of the feed (/proc/self/mem: a regular file whose first read fails with EIO)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--INI--
pcre.jit=0
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
/* EIO is hard to cause on a real disk; reading /proc/self/mem at offset 0
 * (an address no process maps) fails with it on every Linux */
$t = sync_setup('jsonl_read_error');
$t['config']['source'] = ['type' => 'jsonl', 'path' => '/proc/self/mem'];
try {
    $r = sync_run($t);
    echo "no error: ", $r->status, "\n";
} catch (PimSync\SourceException $e) {
    echo preg_replace('#/proc/\d+/#', '/proc/PID/', $e->getMessage()), "\n";
}
echo $t['pdo']->query('SELECT status FROM pimsync_run')->fetchColumn(), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('jsonl_read_error');
?>
--EXPECT--
Run 1 failed: source failed: read error in /proc/PID/mem after line 0: Input/output error
failed
