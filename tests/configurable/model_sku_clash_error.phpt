--TEST--
Configurables: a product model whose code is the SKU of a simple product Magento already has is parked with a reason naming that product, and the simple product is left as it is; the models after it in the batch still become configurables (both layouts)
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
    $t = cfg_setup("configurable_model_sku_clash_$layout", $staging);
    /* a first run without models makes "tshirt" a simple product */
    cfg_write($t, [], [cfg_variant('tshirt_size', [['size']])], [sync_product('tshirt', ['name' => [sync_v('Plain tee', 'en_US')]])]);
    echo sync_run($t)->status, "\n";
    cfg_write($t,
        [cfg_model('tshirt', null, 'tshirt_size', ['name' => [sync_v('T-shirt', 'en_US')]]),
         cfg_model('cap', null, 'tshirt_size', ['name' => [sync_v('Cap', 'en_US')]])],
        [cfg_variant('tshirt_size', [['size']])],
        [sync_product('tshirt', ['name' => [sync_v('Plain tee', 'en_US')]]), cfg_child('cap-m', 'cap', ['size' => [sync_v('m')]])]);
    $r = sync_run($t);
    echo $r->status, ' ', cfg_counts($r), "\n";
    foreach ($r->errors as $e) {
        echo 'parked: ', $e['sku'], ': ', $e['reason'], "\n";
    }
    echo cfg_products($t), cfg_links($t);
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_model_sku_clash_entity_id');
sync_clean('configurable_model_sku_clash_row_id');
?>
--EXPECT--
== entity_id
success
partial configurables created=1 updated=0 unchanged=0 disabled=0 failed=1 children_linked=1 children_unlinked=0
parked: tshirt: Magento has a simple product with SKU tshirt: the product model of that code was not made into a configurable (a product's type is not changed by pimsync)
parked: tshirt: SKU is the code of the product model at model line 1, which is its configurable product: a simple product cannot have it
cap configurable 1/1
cap-m simple 0/0
tshirt simple 0/0
cap > cap-m (relation)
relations: 1
== row_id
success
partial configurables created=1 updated=0 unchanged=0 disabled=0 failed=1 children_linked=1 children_unlinked=0
parked: tshirt: Magento has a simple product with SKU tshirt: the product model of that code was not made into a configurable (a product's type is not changed by pimsync)
parked: tshirt: SKU is the code of the product model at model line 1, which is its configurable product: a simple product cannot have it
cap configurable 1/1
cap-m simple 0/0
tshirt simple 0/0
cap > cap-m (relation)
relations: 1