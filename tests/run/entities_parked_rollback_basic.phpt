--TEST--
A batch the database refuses rolls back the options and categories it created with it: after the split, the parked record's new category and option are not in Magento nor in the entity map, the other records' are, once each; when the record passes later, they are created then
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('entities_parked_rollback_basic');
$shade = sync_attr($t, 'shade', 'int', 'select');
// the database refuses S2's rewrite as a unique key refuses a row another writer took a moment ago
$t['pdo']->exec("CREATE TRIGGER refuse_blocked BEFORE INSERT ON url_rewrite FOR EACH ROW
    IF NEW.request_path = 'blocked.html' AND NEW.store_id = 1 THEN
        SIGNAL SQLSTATE '23000' SET MYSQL_ERRNO = 1062,
            MESSAGE_TEXT = 'Duplicate entry ''blocked.html-1'' for key ''URL_REWRITE_REQUEST_PATH_STORE_ID''';
    END IF");
$feed = [
    sync_product('S1', ['shade' => [sync_v('blue')]], ['categories' => ['shared']]),
    sync_product('S2', ['shade' => [sync_v('only-s2')], 'url_key' => [sync_v('blocked', 'en_US')]], ['categories' => ['shared', 'only-s2']]),
    sync_product('S3', ['shade' => [sync_v('blue')]], ['categories' => ['shared']]),
];
sync_feed($t, $feed);
$state = function () use ($t, $shade): string {
    return 'categories: ' . implode(', ', $t['pdo']->query('SELECT v.value FROM catalog_category_entity c JOIN catalog_category_entity_varchar v
            ON v.entity_id = c.entity_id AND v.attribute_id = 45 AND v.store_id = 0 WHERE c.parent_id = 2 ORDER BY v.value')->fetchAll(PDO::FETCH_COLUMN))
        . '; root children_count: ' . $t['pdo']->query('SELECT children_count FROM catalog_category_entity WHERE entity_id = 2')->fetchColumn()
        . '; options: ' . implode(', ', $t['pdo']->query("SELECT v.value FROM eav_attribute_option o JOIN eav_attribute_option_value v
            ON v.option_id = o.option_id AND v.store_id = 0 WHERE o.attribute_id = $shade ORDER BY v.value")->fetchAll(PDO::FETCH_COLUMN))
        . '; map: ' . implode(', ', $t['pdo']->query("SELECT CONCAT(kind, ' ', code) FROM pimsync_entity_map ORDER BY kind, code")->fetchAll(PDO::FETCH_COLUMN));
};
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), ' ', isset($r->warnings['batch_split']) ? 'split' : 'not split', "\n";
echo 'parked: ', $r->errors[0]['sku'], "\n";
echo $state(), "\n";
echo 'rows_written: eav_attribute_option ', $r->rowsWritten['eav_attribute_option'], ', catalog_category_entity ', $r->rowsWritten['catalog_category_entity'], "\n";

$t['pdo']->exec('DROP TRIGGER refuse_blocked');
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo $state(), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('entities_parked_rollback_basic');
?>
--EXPECT--
partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1 split
parked: S2
categories: shared; root children_count: 1; options: blue; map: category shared, option blue
rows_written: eav_attribute_option 1, catalog_category_entity 1
success seen=3 created=1 updated=0 unchanged=2 disabled=0 failed=0
categories: only-s2, shared; root children_count: 2; options: blue, only-s2; map: category only-s2, category shared, option blue, option only-s2
