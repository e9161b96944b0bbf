--TEST--
Engine::sync: an unknown or mistyped option is a ValueError, and no run is recorded
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('options_validation_error');
$e = sync_engine($t);
sync_feed($t, [sync_product('A')]);
foreach ([['mdoe' => 'full'], ['mode' => 'partial'], ['batch_size' => 0], ['batch_size' => '10'], ['since' => 'yesterday'], ['sleep' => 'no_such_function'], ['progress' => 42], [0 => 'full']] as $opts) {
    try {
        $e->sync($opts);
        echo "no error\n";
    } catch (ValueError $ex) {
        echo get_class($ex), ': ', $ex->getMessage(), "\n";
    }
}
$e->installSchema();
echo sync_count($t, 'pimsync_run'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('options_validation_error');
?>
--EXPECT--
ValueError: PimSync\Engine::sync(): Argument #1 ($options) has an unknown option "mdoe" (known: mode, since, batch_size, progress, sleep, lock_wait, plan)
ValueError: PimSync\Engine::sync(): Argument #1 ($options) option "mode" must be "full" or "delta"
ValueError: PimSync\Engine::sync(): Argument #1 ($options) option "batch_size" must be an integer from 1 to 10000
ValueError: PimSync\Engine::sync(): Argument #1 ($options) option "batch_size" must be an integer from 1 to 10000
ValueError: PimSync\Engine::sync(): Argument #1 ($options) option "since" must be a "Y-m-d H:i:s" string
ValueError: PimSync\Engine::sync(): Argument #1 ($options) option "sleep" must be callable
ValueError: PimSync\Engine::sync(): Argument #1 ($options) option "progress" must be a valid callback: no array or string given
ValueError: PimSync\Engine::sync(): Argument #1 ($options) must be an array with string keys
0
