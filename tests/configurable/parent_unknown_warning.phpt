--TEST--
Configurables: a variant product naming a product model the models feed does not have is written as it is (without inherited values, not linked), and the run says which model it named, with the product's position (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/configurable.inc';
foreach (['entity_id' => false, 'row_id' => true] as $layout => $staging) {
    echo "== $layout\n";
    $t = cfg_setup("configurable_parent_unknown_$layout", $staging);
    cfg_write($t, [cfg_model('tshirt', null, 'tshirt_size', ['name' => [sync_v('T-shirt', 'en_US')]])],
        [cfg_variant('tshirt_size', [['size']])],
        [cfg_child('tshirt-s', 'tshirt', ['size' => [sync_v('s')]]),
         cfg_child('ghost-s', 'ghost', ['name' => [sync_v('Ghost S', 'en_US')], 'size' => [sync_v('s')]])]);
    $r = sync_run($t);
    echo $r->status, ' ', sync_counts($r), "\n";
    $w = $r->warnings['parent_unknown'];
    echo "parent_unknown ({$w['count']}, {$w['first_position']}): {$w['message']}\n";
    echo cfg_products($t), cfg_links($t);
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_parent_unknown_entity_id');
sync_clean('configurable_parent_unknown_row_id');
?>
--EXPECT--
== entity_id
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
parent_unknown (1, line 2): a product names product model ghost, which the product-models feed does not have: it was written as it is, without inherited values, and its links to configurables were left as they are
ghost-s simple 0/0
tshirt configurable 1/1
tshirt-s simple 0/0
tshirt > tshirt-s (relation)
relations: 1
== row_id
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
parent_unknown (1, line 2): a product names product model ghost, which the product-models feed does not have: it was written as it is, without inherited values, and its links to configurables were left as they are
ghost-s simple 0/0
tshirt configurable 1/1
tshirt-s simple 0/0
tshirt > tshirt-s (relation)
relations: 1
