--TEST--
Engine::sync: two feed SKUs that are one Magento SKU ("ABC-1", " abc-1 ", "Äbc-1": trimmed, then compared as utf8mb3_general_ci compares) are a duplicate: the second is parked naming the first's record
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('sku_trim_duplicate_error');
sync_feed($t, [
    sync_product('ABC-1', ['name' => [sync_v('First', 'en_US')]]),
    sync_product('OTHER', ['name' => [sync_v('Other', 'en_US')]]),
    sync_product(' abc-1 ', ['name' => [sync_v('Second', 'en_US')]]),
    sync_product('Äbc-1', ['name' => [sync_v('Third', 'en_US')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach ($r->errors as $e) echo $e['position'], ' ', json_encode($e['sku'], JSON_UNESCAPED_UNICODE), ': ', $e['reason'], "\n";
echo sync_dump($t, 'name');
// the server agrees: one product answers to each spelling
foreach (['abc-1', 'ÄBC-1 '] as $s) {
    $st = $t['pdo']->prepare('SELECT COUNT(*) FROM catalog_product_entity WHERE sku = ?');
    $st->execute([$s]);
    echo json_encode($s, JSON_UNESCAPED_UNICODE), ' matches ', $st->fetchColumn(), "\n";
}
// and on the next run, when ABC-1 is known
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('sku_trim_duplicate_error');
?>
--EXPECT--
partial seen=4 created=2 updated=0 unchanged=0 disabled=0 failed=2
line 3 "abc-1": duplicate record: SKU already read at record 1 of this feed
line 4 "Äbc-1": duplicate record: SKU already read at record 1 of this feed
ABC-1 0 'First'
ABC-1 1 'First'
OTHER 0 'Other'
OTHER 1 'Other'
"abc-1" matches 1
"ÄBC-1 " matches 1
partial seen=4 created=0 updated=0 unchanged=2 disabled=0 failed=2
