--TEST--
Stock: a configurable an older pimsync left out of stock with an MSI source item (as a simple product) is put right when its model is next written: in stock with qty 0 and no source item; one that is right already is not touched (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/stock.inc';
require __DIR__ . '/../configurable/configurable.inc';
foreach (STOCK_LAYOUTS as $layout => $staging) {
    echo "== $layout\n";
    $t = cfg_setup("stock_configurable_upgrade_$layout", $staging, ['stock' => ['qty' => 'stock_qty']]);
    cfg_write($t, [cfg_model('tshirt', null, 'tshirt_size', ['name' => [sync_v('T-shirt', 'en_US')]])],
        [cfg_variant('tshirt_size', [['size']])],
        [cfg_child('tshirt-s', 'tshirt', ['size' => [sync_v('s')], 'stock_qty' => [sync_v(5)]])]);
    sync_run($t);
    $source_items = fn () => sync_count($t, 'inventory_source_item', "sku = 'tshirt'");
    echo "after pimsync: source items of tshirt: ", $source_items(), "\n";
    /* what an older version wrote, and its state forgotten so the model is written again */
    $id = sync_entity_id($t, 'tshirt');
    $t['pdo']->exec("UPDATE cataloginventory_stock_item SET is_in_stock = 0 WHERE product_id = $id");
    $t['pdo']->exec("INSERT INTO inventory_source_item (source_code, sku, quantity, status) VALUES ('default', 'tshirt', 0, 0)");
    $t['pdo']->exec("DELETE FROM pimsync_product_state WHERE sku = 'tshirt'");
    $r = sync_run($t);
    echo "upgraded: source items of tshirt: ", $source_items(), ', deleted: ', $r->rowsWritten['inventory_source_item (deleted)'] ?? 0,
        "\n  item: ", stock_item($t, 'tshirt'), "\n";
    $t['pdo']->exec("DELETE FROM pimsync_product_state WHERE sku = 'tshirt'");
    $r = sync_run($t);
    echo "right already: ", json_encode(array_intersect_key($r->rowsWritten, array_flip(['cataloginventory_stock_item', 'inventory_source_item (deleted)']))), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('stock_configurable_upgrade_entity_id');
sync_clean('stock_configurable_upgrade_row_id');
?>
--EXPECT--
== entity_id
after pimsync: source items of tshirt: 0
upgraded: source items of tshirt: 0, deleted: 1
  item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
right already: []
== row_id
after pimsync: source items of tshirt: 0
upgraded: source items of tshirt: 0, deleted: 1
  item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
right already: []