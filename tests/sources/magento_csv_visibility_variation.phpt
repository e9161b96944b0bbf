--TEST--
Engine::sync: Magento import CSV visibility: Magento's labels as 1 to 4 (a store view's too), an unknown label a value issue naming the line
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_visibility_variation');
mcsv_write($t, ['sku', 'store_view_code', 'name', 'visibility'], [
    ['A', '', 'A', 'Not Visible Individually'],
    ['B', '', 'B', 'Catalog'],
    ['C', '', 'C', 'Search'],
    ['D', '', 'D', 'Catalog, Search'],
    ['D', 'fr', '', 'Search'],
    ['E', '', 'E', 'Everywhere'],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo mcsv_dump($t, 'visibility');
foreach ($r->valueIssues['sample'] as $i) {
    echo "{$i['sku']} {$i['attribute']} {$i['kind']}: {$i['message']}\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_visibility_variation');
?>
--EXPECT--
success seen=5 created=5 updated=0 unchanged=0 disabled=0 failed=0
A admin 1
B admin 2
C admin 3
D admin 4
D fr 3
E admin 4
E visibility unknown_visibility: line 7, column "visibility": "Everywhere" is not a visibility (Not Visible Individually, Catalog, Search, "Catalog, Search"); the value was left out
