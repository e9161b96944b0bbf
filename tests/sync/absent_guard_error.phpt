--TEST--
Engine::sync: a full feed missing more than absent_max_percent of the catalog, or with no readable record, disables nothing and says why
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('absent_guard_error');
$t['config']['absent'] = 'disable';
$t['config']['absent_max_percent'] = 25;
$products = [];
foreach (range(1, 8) as $i) {
    $products[] = sync_product("G$i", ['name' => [sync_v("Product $i", 'en_US')]]);
}
sync_feed($t, $products);
sync_run($t);

// 3 of 8 missing (37.5% > 25%): a truncated export, not 3 discontinued products
sync_feed($t, array_slice($products, 0, 5));
$r = sync_run($t);
echo sync_counts($r), "\n";
echo $r->warnings['absent_guard']['message'], "\n";
echo "disabled in Magento: ", count(array_filter(explode("\n", trim(sync_dump($t, 'status'))), fn ($l) => str_ends_with($l, ' 2'))), "\n";

// nothing readable at all: the feed is broken, the catalog stays on
sync_feed($t, ["not json", "{also not json"]);
$r = sync_run($t);
echo sync_counts($r), "\n";
var_dump(isset($r->warnings['absent_guard']));

// 1 of 8 missing, but one line unreadable: it may be that product, so nothing is disabled
sync_feed($t, array_merge(array_slice($products, 0, 7), ['{"identifier": "G8", "values": ']));
$r = sync_run($t);
echo sync_counts($r), "\n";
echo $r->warnings['absent_unidentified']['message'], "\n";

// 2 of 8 missing (25%, not more): disabled as configured
sync_feed($t, array_slice($products, 0, 6));
$r = sync_run($t);
echo sync_counts($r), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('absent_guard_error');
?>
--EXPECT--
seen=5 created=0 updated=0 unchanged=5 disabled=0 failed=0
3 of 8 products are absent from this feed, more than absent_max_percent (25%) or with no readable record: none was disabled
disabled in Magento: 0
seen=2 created=0 updated=0 unchanged=0 disabled=0 failed=2
bool(true)
seen=8 created=0 updated=0 unchanged=7 disabled=0 failed=1
1 records could not be read far enough to know their SKU: the 1 absent products were not disabled
seen=6 created=0 updated=0 unchanged=6 disabled=2 failed=0
