--TEST--
Engine::sync: Magento import CSV additional_attributes: code=value pairs, a piece without "=" continuing the value before it, a multiselect's values "|"-separated, a select by its label, a Yes/No
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/magento_csv.inc';
$t = mcsv_setup('magento_csv_additional_attributes_basic');
sync_attr($t, 'material', 'varchar');
sync_attr($t, 'seasons', 'varchar', 'multiselect');
sync_attr($t, 'is_new', 'int', 'boolean');
mcsv_write($t, ['sku', 'name', 'additional_attributes'], [
    ['HAT', 'Hat', 'material=wool, silk,color=Red,seasons=Winter|Autumn,is_new=Yes'],
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo mcsv_dump($t, 'material'), mcsv_dump($t, 'is_new');
$labels = function (string $code) use ($t): string {
    $ids = array_filter(explode(',', (string) (sync_values($t, 'HAT', $code)[0] ?? '')));
    $names = [];
    foreach ($ids as $id) {
        $st = $t['pdo']->prepare('SELECT value FROM eav_attribute_option_value WHERE option_id = ? AND store_id = 0');
        $st->execute([$id]);
        $names[] = $st->fetchColumn();
    }
    sort($names);
    return "$code: " . implode(', ', $names) . "\n";
};
echo $labels('color'), $labels('seasons');
echo 'issues: ', $r->valueIssues['count'], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('magento_csv_additional_attributes_basic');
?>
--EXPECT--
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
HAT admin 'wool, silk'
HAT admin 1
color: Red
seasons: Autumn, Winter
issues: 0
