--TEST--
Engine::sync: a SKU is trimmed as Magento trims it (PHP trim(): spaces, tabs, new lines, NUL, vertical tab), matched to the product Magento has, and the run warns once with a count
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
foreach (sync_write_paths('sku_trim') as $path => $t) {
    sync_feed($t, [sync_product('OLD-1', ['name' => [sync_v('Old', 'en_US')]])]);
    sync_run($t);
    $t['pdo']->exec('TRUNCATE pimsync_product_state'); // as if Magento had it before pimsync
    sync_feed($t, [
        sync_product("  NEW-1\t", ['name' => [sync_v('New', 'en_US')]]),
        sync_product("\n old-1 \r\n", ['name' => [sync_v('Old, renamed', 'en_US')]]),
        sync_product("NEW-2\0\x0B", ['name' => [sync_v('Two', 'en_US')]]),
        sync_product('NEW-3', ['name' => [sync_v('Three', 'en_US')]]),
    ]);
    $r = sync_run($t);
    echo "$path: loadData=", var_export($r->loadData, true), ' ', $r->status, ' ', sync_counts($r), "\n";
    echo '  SKUs: ', json_encode($t['pdo']->query('SELECT sku FROM catalog_product_entity ORDER BY entity_id')->fetchAll(PDO::FETCH_COLUMN)), "\n";
    echo '  state: ', json_encode($t['pdo']->query('SELECT sku FROM pimsync_product_state ORDER BY entity_id')->fetchAll(PDO::FETCH_COLUMN)), "\n";
    echo '  OLD-1 name: ', sync_values($t, 'OLD-1', 'name')[0], "\n";
    $w = $r->warnings['sku_trimmed'];
    echo '  warning: ', $w['count'], ' at ', $w['first_position'], ': ', $w['message'], "\n";
    // the next run reads the same lines: nothing to do
    echo '  rerun: ', sync_counts(sync_run($t)), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean_write_paths('sku_trim');
?>
--EXPECT--
load_data: loadData=true success seen=4 created=3 updated=1 unchanged=0 disabled=0 failed=0
  SKUs: ["OLD-1","NEW-1","NEW-2","NEW-3"]
  state: ["old-1","NEW-1","NEW-2","NEW-3"]
  OLD-1 name: Old, renamed
  warning: 3 at line 1: SKU "  NEW-1\t" has spaces around it; written as "NEW-1", as Magento trims SKUs
  rerun: seen=4 created=0 updated=0 unchanged=4 disabled=0 failed=0
insert: loadData=false success seen=4 created=3 updated=1 unchanged=0 disabled=0 failed=0
  SKUs: ["OLD-1","NEW-1","NEW-2","NEW-3"]
  state: ["old-1","NEW-1","NEW-2","NEW-3"]
  OLD-1 name: Old, renamed
  warning: 3 at line 1: SKU "  NEW-1\t" has spaces around it; written as "NEW-1", as Magento trims SKUs
  rerun: seen=4 created=0 updated=0 unchanged=4 disabled=0 failed=0
