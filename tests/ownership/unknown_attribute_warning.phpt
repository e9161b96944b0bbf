--TEST--
Ownership: a field of ownership.fields that is no Magento attribute (and no keyword) is a warning at run start naming it; the run goes on
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
$t = own_setup('own_unknown_attribute_warning', ['matrix' => 'default', 'fields' => [
    'wieght' => ['owner' => 'erp'], 'weight' => ['owner' => 'pim'], 'links' => ['owner' => 'pim'], 'price' => ['owner' => 'pim'],
    'status' => ['owner' => 'pim'],
]]);
sync_feed($t, [sync_product('A', ['name' => [sync_v('Hat', 'en_US')], 'weight' => [sync_v(['amount' => '2', 'unit' => 'POUND'])]])]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach ($r->warnings as $key => $w) {
    echo "$key: {$w['message']} ({$w['count']}x)\n";
}
echo sync_dump($t, 'weight');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_unknown_attribute_warning');
?>
--EXPECT--
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
ownership_unknown_attribute:wieght: ownership.fields names wieght, which is not a Magento product attribute: that row owns nothing (a typo, or an attribute still to be created) (1x)
A 0 '2.000000'
