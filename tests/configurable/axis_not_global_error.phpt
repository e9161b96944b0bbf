--TEST--
Configurables: a model whose axis is not a global select is parked with a reason naming the axis and what it is, nothing of it is written, and its variant products are written unlinked and reported (both layouts)
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
    $t = cfg_setup("configurable_axis_error_$layout", $staging);
    sync_attr($t, 'fit', 'int', 'select', 0);      // a select per store view
    sync_attr($t, 'length', 'varchar', 'text', 1); // global, not a select
    cfg_write($t,
        [cfg_model('pants', null, 'pants_fit', ['name' => [sync_v('Pants', 'en_US')]]),
         cfg_model('shorts', null, 'shorts_length', ['name' => [sync_v('Shorts', 'en_US')]])],
        [cfg_variant('pants_fit', [['fit']]), cfg_variant('shorts_length', [['length']])],
        [cfg_child('pants-slim', 'pants', ['fit' => [sync_v('slim')]])]);
    $r = sync_run($t);
    echo $r->status, ' ', sync_counts($r), ' ', cfg_counts($r), "\n";
    foreach ($t['pdo']->query('SELECT position, sku, reason FROM pimsync_dead_letter ORDER BY dead_letter_id') as $d) {
        echo "parked {$d['position']} ", $d['sku'] ?? '-', ": {$d['reason']}\n";
    }
    echo cfg_products($t), cfg_links($t);
    echo sync_issues($t);
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_axis_error_entity_id');
sync_clean('configurable_axis_error_row_id');
?>
--EXPECT--
== entity_id
partial seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=2 configurables created=0 updated=0 unchanged=0 disabled=0 failed=2 children_linked=0 children_unlinked=0
parked model line 1 pants: product model pants cannot be a configurable product: axis fit must be a global (is_global 1) dropdown attribute with its own options to be a configurable attribute in Magento; it is a select, per store view (family variant pants_fit)
parked model line 2 shorts: product model shorts cannot be a configurable product: axis length must be a global (is_global 1) dropdown attribute with its own options to be a configurable attribute in Magento; it is not a select, global (family variant shorts_length)
pants-slim simple 0/0
relations: 0
pants-slim parent - parent_missing left_out: its configurable pants is not in Magento (its product model was parked, or is not in the product-models feed): the product was written without the link, and is read again next run
== row_id
partial seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=2 configurables created=0 updated=0 unchanged=0 disabled=0 failed=2 children_linked=0 children_unlinked=0
parked model line 1 pants: product model pants cannot be a configurable product: axis fit must be a global (is_global 1) dropdown attribute with its own options to be a configurable attribute in Magento; it is a select, per store view (family variant pants_fit)
parked model line 2 shorts: product model shorts cannot be a configurable product: axis length must be a global (is_global 1) dropdown attribute with its own options to be a configurable attribute in Magento; it is not a select, global (family variant shorts_length)
pants-slim simple 0/0
relations: 0
pants-slim parent - parent_missing left_out: its configurable pants is not in Magento (its product model was parked, or is not in the product-models feed): the product was written without the link, and is read again next run
