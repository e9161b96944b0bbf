--TEST--
Engine::sync: a second run of the same feed writes nothing
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('rerun_unchanged_basic');
$feed = [];
foreach (['A', 'B', 'C'] as $i => $sku) {
    $feed[] = sync_product($sku, ['name' => [sync_v("Hat $sku", 'en_US'), sync_v("Chapeau $sku", 'fr_FR')], 'cost' => [sync_v($i + 1)], 'color' => [sync_v('red')]], ['categories' => ['hats']]);
}
sync_feed($t, $feed);
$r = sync_run($t);
echo sync_counts($r), "\n";
$r = sync_run($t);
echo sync_counts($r), "\n";
var_dump($r->rowsWritten, $r->changedEntities, $r->status);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('rerun_unchanged_basic');
?>
--EXPECT--
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0
array(0) {
}
array(0) {
}
string(7) "success"
