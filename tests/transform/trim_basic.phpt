--TEST--
Transformations: "trim" removes white space at both ends (Unicode white space, no-break space included) of a varchar value; a value without any is written as sent and not counted
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('transform_trim_basic', false, ['transformations' => [['attributes' => ['name'], 'trim' => true]]]);
sync_feed($t, [
    sync_product('P1', ['name' => [sync_v(" \u{00A0}Wool hat\t\n", 'en_US')]]),
    sync_product('P2', ['name' => [sync_v("Cap  with  gaps", 'en_US')]]),
    sync_product('P3', ['name' => [sync_v("\u{3000}Scarf\u{2009}", 'en_US')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", sync_dump($t, 'name');
echo json_encode($r->transformations), "\n";
echo 'issues: ', sync_issues($t) ?: "none\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_trim_basic');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
P1 0 'Wool hat'
P1 1 'Wool hat'
P2 0 'Cap  with  gaps'
P2 1 'Cap  with  gaps'
P3 0 'Scarf'
P3 1 'Scarf'
{"name":{"trim":2}}
issues: none
