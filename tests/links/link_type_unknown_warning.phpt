--TEST--
Product links: an association type the config does not list is reported once per run with a count; a type mapped to null is left out silently; a type can be remapped
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
$t = sync_setup('link_type_unknown_warning', false, ['associations' => ['PACK' => null, 'ACCESSORY' => 'cross_sell', 'X_SELL' => 'related']]);
sync_feed($t, [
    sync_product('B'),
    sync_product('A', [], ['associations' => links_assoc(['PACK' => ['B'], 'ACCESSORY' => ['B'], 'X_SELL' => ['B'], 'GIFT' => ['B'], 'COMPARE' => ['B']])]),
    sync_product('C', [], ['associations' => links_assoc(['GIFT' => ['B']])]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n", links_of($t, 'A'), "\n", links_of($t, 'C'), "\n";
foreach ($r->warnings as $key => $w) {
    echo "$key ({$w['count']}, {$w['first_position']}): {$w['message']}\n";
}
print_r(PimSync\Config::fromFile(sync_config_file($t))->toArray()['associations']);
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
sync_clean('link_type_unknown_warning');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
cross_sell B@1, relation B@1
(none)
association_type:GIFT (2, line 2): association type GIFT is not in "associations"; its links were not synced (map it to "related", "up_sell" or "cross_sell", or to null to silence this)
association_type:COMPARE (1, line 2): association type COMPARE is not in "associations"; its links were not synced (map it to "related", "up_sell" or "cross_sell", or to null to silence this)
Array
(
    [PACK] => 
    [ACCESSORY] => cross_sell
    [X_SELL] => related
    [UPSELL] => up_sell
    [SUBSTITUTION] => related
)
