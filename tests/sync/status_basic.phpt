--TEST--
Engine::status(): the most recent runs, newest first, limited
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('status_basic');
$e = sync_engine($t);
var_dump($e->status());
sync_feed($t, [sync_product('A')]);
$e->sync();
sync_feed($t, [sync_product('A'), sync_product('B')]);
$e->sync();
$e->sync(['mode' => 'delta']);
$s = $e->status(2);
echo count($s), "\n";
foreach ($s as $run) {
    echo "{$run['run_id']} {$run['status']} {$run['mode']} seen={$run['seen']} created={$run['created']} unchanged={$run['unchanged']}\n";
}
echo implode(',', array_keys($s[0])), "\n";
try { $e->status(0); } catch (ValueError $ex) { echo $ex->getMessage(), "\n"; }
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('status_basic');
?>
--EXPECT--
array(0) {
}
2
3 success delta seen=2 created=0 unchanged=2
2 success full seen=2 created=1 unchanged=1
run_id,status,mode,source,started_at,finished_at,seen,created,updated,unchanged,disabled,failed,elapsed_s,message
PimSync\Engine::status(): Argument #1 ($limit) must be between 1 and 1000
