--TEST--
Images worker: a Redis that answers but refuses the stream (its key holds another type) stops the run with an exception naming Redis's answer, at once rather than retrying forever
--EXTENSIONS--
pimsync
pdo_mysql
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); pimsync_test_redis_skip(); ?>
--FILE--
<?php
require __DIR__ . '/../support/image_worker.inc';
$t = worker_setup('worker_redis_refused_error');
$r = redis_connect();
redis_cmd($r, 'SET', $t['stream'], 'not a stream');
fclose($r);
$start = microtime(true);
try {
    worker_run($t, ['once' => false, 'max_seconds' => 20]);
} catch (PimSync\Exception $e) {
    echo get_class($e), ': ', str_replace($t['stream'], 'STREAM', preg_replace('/:\d+/', ':PORT', $e->getMessage())), "\n";
}
echo 'at once: ', microtime(true) - $start < 5 ? 'yes' : 'no', "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/image_worker.inc';
worker_clean('worker_redis_refused_error');
?>
--EXPECT--
PimSync\Exception: The image worker stopped: Redis: XGROUP CREATE STREAM pimsync-images: WRONGTYPE Operation against a key holding the wrong kind of value
at once: yes
