--TEST--
Transformations: "canonicalize" writes a vendor's canonical name for its variants, matched regardless of letter case, punctuation and spacing (the canonical name itself matches too); names that match nothing, or are canonical already, are left alone
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('transform_canonicalize_basic', false, ['transformations' => [
    ['attributes' => ['vendor'], 'canonicalize' => [
        'Ford Motor Company' => ['Ford Motor Co.', 'Ford Motor Co'],
        'General Motors' => ['GM', 'G.M. Corp.'],
    ]],
]]);
sync_attr($t, 'vendor', 'varchar', 'text', 1);
$vendors = [
    'P1' => 'Ford Motor Co.', 'P2' => 'FORD  MOTOR CO', 'P3' => 'ford motor company', 'P4' => 'Ford Motor Company',
    'P5' => 'g.m.', 'P6' => "G.M.\u{00A0}corp", 'P7' => 'Ford Motors', 'P8' => 'General  Motors Inc.',
];
$feed = [];
foreach ($vendors as $sku => $vendor) {
    $feed[] = sync_product($sku, ['vendor' => [sync_v($vendor)]]);
}
sync_feed($t, $feed);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", sync_dump($t, 'vendor');
echo json_encode($r->transformations), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_canonicalize_basic');
?>
--EXPECT--
success seen=8 created=8 updated=0 unchanged=0 disabled=0 failed=0
P1 0 'Ford Motor Company'
P2 0 'Ford Motor Company'
P3 0 'Ford Motor Company'
P4 0 'Ford Motor Company'
P5 0 'General Motors'
P6 0 'General Motors'
P7 0 'Ford Motors'
P8 0 'General  Motors Inc.'
{"vendor":{"canonicalize":5}}
