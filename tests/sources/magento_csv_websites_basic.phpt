--TEST--
Engine::sync: Magento import CSV product_websites: a product goes to the websites its row names (added, as Magento's import adds them); one that names no website Magento has is parked
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_websites_basic');
$t['pdo']->exec("INSERT INTO store_website (website_id, code, name, sort_order, default_group_id, is_default) VALUES (2, 'eu', 'EU', 1, 0, 0)");
mcsv_write($t, ['sku', 'name', 'product_websites'], [
    ['HAT', 'Hat', 'base,eu'],
    ['CAP', 'Cap', 'eu'],
    ['BAG', 'Bag', ''],
    ['BOX', 'Box', 'moon'],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$websites = function () use ($t): void {
    foreach ($t['pdo']->query("SELECT e.sku, GROUP_CONCAT(w.code ORDER BY w.code) AS codes FROM catalog_product_website pw
        JOIN catalog_product_entity e ON e.entity_id = pw.product_id JOIN store_website w ON w.website_id = pw.website_id
        GROUP BY e.sku ORDER BY e.sku") as $row) {
        echo "{$row['sku']}: {$row['codes']}\n";
    }
};
$websites();
echo csv_dead_letters($t);
mcsv_write($t, ['sku', 'name', 'product_websites'], [['CAP', 'Cap', 'base']]);
$r = sync_run($t);
echo 'CAP to base too: ', $r->status, "\n";
$websites();
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_websites_basic');
?>
--EXPECT--
partial seen=4 created=3 updated=0 unchanged=0 disabled=0 failed=1
BAG: base
CAP: eu
HAT: base,eu
line 5 | line 5: product_websites names website "moon", which is not in Magento's store_website table | "BOX,Box,moon"
CAP to base too: success
BAG: base
CAP: base,eu
HAT: base,eu