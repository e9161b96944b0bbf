--TEST--
Engine::sync: a connection lost mid-run stops the run with a DatabaseException; no record is parked for it
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('connection_lost_error');
$products = [];
foreach (range(1, 1200) as $i) {
    $products[] = sync_product("L$i", ['name' => [sync_v("Lost $i", 'en_US')]]);
}
sync_feed($t, $products);
$victim = (int) $t['pdo']->query('SELECT CONNECTION_ID()')->fetchColumn();
$killer = pimsync_test_pdo(pimsync_test_db_name('connection_lost_error'));
$killed = false;
try {
    // the progress callback fires at record 1,000: the server drops the engine's connection there
    sync_run($t, ['batch_size' => 100, 'progress' => function (array $p) use ($killer, $victim, &$killed) {
        if (!$killed && !$p['final']) {
            $killer->exec("KILL CONNECTION $victim");
            $killed = true;
        }
    }]);
    echo "no error\n";
} catch (PimSync\DatabaseException $e) {
    echo get_class($e), ': ', preg_match('/^Run \d+ failed: database failure: .*(gone away|Lost connection|2006|2013)/s', $e->getMessage()) ? 'lost connection' : $e->getMessage(), "\n";
}
var_dump($killed);
$dead = (int) $killer->query('SELECT COUNT(*) FROM pimsync_dead_letter')->fetchColumn();
$written = (int) $killer->query('SELECT COUNT(*) FROM catalog_product_entity')->fetchColumn();
echo "dead letters: $dead\n";
echo "products written before the loss: ", $written >= 900 && $written <= 1000 ? 'the first batches' : $written, "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('connection_lost_error');
?>
--EXPECT--
PimSync\DatabaseException: lost connection
bool(true)
dead letters: 0
products written before the loss: the first batches
