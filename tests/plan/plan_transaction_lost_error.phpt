--TEST--
Plan mode: when the plan's transaction ends under it (as the server ends one on a deadlock) the plan stops with a DatabaseException before its next batch, and nothing it did is left written
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/plan.inc';
$t = sync_setup('plan_transaction_lost_error');
$products = [];
for ($i = 1; $i <= 1200; $i++) {
    $products[] = sync_product(sprintf('P%04d', $i), ['name' => [sync_v("Product $i", 'en_US')]]);
}
sync_feed($t, $products);
sync_engine($t)->installSchema();
$before = plan_checksum($t['pdo']);
$pdo = $t['pdo'];
try {
    sync_run($t, ['plan' => true, 'batch_size' => 500, 'progress' => static function (array $p) use ($pdo): void {
        // the 1000th record: two batches were written in the plan's transaction, which ends here
        if (!$p['final'] && $pdo->inTransaction()) {
            $pdo->rollBack();
        }
    }]);
    echo "no exception\n";
} catch (PimSync\DatabaseException $e) {
    echo get_class($e), ': ', preg_replace('/^Run \d+ failed: /', 'Run … failed: ', $e->getMessage()), "\n";
}
echo "products in Magento: ", sync_count($t, 'catalog_product_entity', "sku LIKE 'P%'"), "\n";
echo "tables changed by the plan: ", plan_checksum_diff($before, plan_checksum($t['pdo'])), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('plan_transaction_lost_error');
?>
--EXPECT--
PimSync\DatabaseException: Run … failed: database failure: the plan's transaction has ended (the server rolls a whole transaction back on a deadlock): the plan stops here, nothing was written; run it again
products in Magento: 0
tables changed by the plan: none