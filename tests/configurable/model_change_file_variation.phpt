--TEST--
Configurables with a file source: a product model whose values change re-maps its variant products, whose own lines did not change (their hash includes their models' bytes), and only them (both layouts)
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
    $t = cfg_setup("configurable_model_change_file_$layout", $staging);
    $products = [cfg_child('tshirt-s', 'tshirt', ['size' => [sync_v('s')]]), cfg_child('tshirt-m', 'tshirt', ['size' => [sync_v('m')]]),
        sync_product('mug', ['name' => [sync_v('Mug', 'en_US')]])];
    $model = fn (string $d) => [cfg_model('tshirt', null, 'tshirt_size', ['name' => [sync_v('T-shirt', 'en_US')], 'description' => [sync_v($d, 'en_US')]])];
    cfg_write($t, $model('Cotton'), [cfg_variant('tshirt_size', [['size']])], $products);
    sync_run($t);
    sync_feed($t, $model('Organic cotton'), 'models.jsonl');
    $r = sync_run($t);
    echo sync_counts($r), ' ', cfg_counts($r), "\n";
    foreach (['tshirt', 'tshirt-s', 'tshirt-m'] as $sku) {
        echo "$sku: ", sync_values($t, $sku, 'description')[0], "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_model_change_file_entity_id');
sync_clean('configurable_model_change_file_row_id');
?>
--EXPECT--
== entity_id
seen=3 created=0 updated=2 unchanged=1 disabled=0 failed=0 configurables created=0 updated=1 unchanged=0 disabled=0 failed=0 children_linked=0 children_unlinked=0
tshirt: Organic cotton
tshirt-s: Organic cotton
tshirt-m: Organic cotton
== row_id
seen=3 created=0 updated=2 unchanged=1 disabled=0 failed=0 configurables created=0 updated=1 unchanged=0 disabled=0 failed=0 children_linked=0 children_unlinked=0
tshirt: Organic cotton
tshirt-s: Organic cotton
tshirt-m: Organic cotton
