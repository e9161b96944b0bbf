--TEST--
Transformations: "collapse_whitespace" turns each run of white space (tabs, newlines, no-break spaces) into one space in a text value, without trimming; single spaces are left alone
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('transform_collapse_basic', false, ['transformations' => [['attributes' => ['description'], 'collapse_whitespace' => true]]]);
sync_feed($t, [
    sync_product('P1', ['description' => [sync_v("Soft\u{00A0}\u{00A0} wool\n\tscarf ", 'en_US')]]),
    sync_product('P2', ['description' => [sync_v("One\u{00A0}space", 'en_US')]]),
    sync_product('P3', ['description' => [sync_v("Already one space each", 'en_US')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", sync_dump($t, 'description');
echo json_encode($r->transformations), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_collapse_basic');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
P1 0 'Soft wool scarf '
P1 1 'Soft wool scarf '
P2 0 'One space'
P2 1 'One space'
P3 0 'Already one space each'
P3 1 'Already one space each'
{"description":{"collapse_whitespace":2}}
