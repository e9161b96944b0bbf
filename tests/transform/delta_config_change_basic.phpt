--TEST--
Transformations: a product whose source bytes did not change is skipped before mapping; the rules are part of the mapping's fingerprint, so changing them maps every record again and writes what they now change
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('transform_delta_config', false, ['transformations' => [
    ['attributes' => ['sales_unit'], 'uom' => ['EA' => ['each']]],
]]);
sync_attr($t, 'sales_unit', 'varchar', 'text', 1);
sync_feed($t, [
    sync_product('P1', ['name' => [sync_v('One', 'en_US')], 'sales_unit' => [sync_v('each')]]),
    sync_product('P2', ['name' => [sync_v('Two', 'en_US')], 'sales_unit' => [sync_v('box')]]),
]);
$show = function (string $label, PimSync\Report $r) use ($t) {
    echo "== $label: ", sync_counts($r), $r->counts['created'] ? '' : ', value rows ' . sync_value_rows($r),
        ', transformed ', json_encode($r->transformations), "\n";
    echo sync_dump($t, 'sales_unit');
};
$show('first run', sync_run($t));
$show('same feed, same rules', sync_run($t));
$t['config']['transformations'][0]['uom']['BX'] = ['box'];
$show('same feed, a new canonical form', sync_run($t));
$show('again', sync_run($t));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('transform_delta_config');
?>
--EXPECT--
== first run: seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0, transformed {"sales_unit":{"uom":1}}
P1 0 'EA'
P2 0 'box'
== same feed, same rules: seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0, value rows 0, transformed []
P1 0 'EA'
P2 0 'box'
== same feed, a new canonical form: seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0, value rows 1, transformed {"sales_unit":{"uom":2}}
P1 0 'EA'
P2 0 'BX'
== again: seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0, value rows 0, transformed []
P1 0 'EA'
P2 0 'BX'
