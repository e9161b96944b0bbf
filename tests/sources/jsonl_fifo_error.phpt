--TEST--
Engine::sync: a JSON-lines source that is a FIFO is refused at start, naming the path, without waiting for a writer
--EXTENSIONS--
pimsync
pdo_mysql
posix
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('jsonl_fifo_error');
$fifo = "{$t['dir']}/feed.fifo";
posix_mkfifo($fifo, 0600);
/* a writer, so that a reader that does not refuse the FIFO reads it instead of waiting forever */
$writer = proc_open(['timeout', '20', 'sh', '-c', 'echo \'{"identifier":"A"}\' > "$0"', $fifo], [2 => ['file', '/dev/null', 'w']], $pipes);
$t['config']['source'] = ['type' => 'jsonl', 'path' => $fifo];
try {
    sync_run($t);
    echo "no error\n";
} catch (PimSync\SourceException $e) {
    echo str_replace($t['dir'], 'DIR', $e->getMessage()), "\n";
}
proc_terminate($writer);
proc_close($writer);
echo sync_count($t, 'catalog_product_entity'), "\n";
echo $t['pdo']->query('SELECT status FROM pimsync_run')->fetchColumn(), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('jsonl_fifo_error');
?>
--EXPECT--
Run 1 failed: cannot read the source: DIR/feed.fifo is a FIFO: a source must be a regular file
0
failed
