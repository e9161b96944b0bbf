--TEST--
Engine::sync: is_in_stock not in the feed is derived as Magento's verifyStock() does: qty above min_qty, or backorders allowed
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/stock.inc';
foreach (STOCK_LAYOUTS as $layout => $staging) {
    echo "$layout:\n";
    $t = stock_setup("stock_derive_variation_$layout", $staging);
    sync_feed($t, [
        sync_product('ZERO', ['stock_qty' => [sync_v(0)]]),
        sync_product('ZERO-BACKORDER', ['stock_qty' => [sync_v(0)], 'backorders' => [sync_v(1)]]),
        sync_product('FIVE', ['stock_qty' => [sync_v(5)]]),
        sync_product('CLAIMED', ['stock_qty' => [sync_v(0)], 'in_stock' => [sync_v(true)]]),
    ]);
    sync_run($t);
    foreach (['ZERO', 'ZERO-BACKORDER', 'FIVE', 'CLAIMED'] as $sku) {
        echo "$sku ", stock_item($t, $sku), "\n";
    }
    /* Magento's min_qty (out of stock threshold) set to 5: 5 is no longer in stock, 6 is */
    $t['pdo']->exec("INSERT INTO core_config_data (scope, scope_id, path, value) VALUES ('default', 0, 'cataloginventory/item_options/min_qty', '5')");
    sync_feed($t, [
        sync_product('FIVE', ['stock_qty' => [sync_v(5)], 'name' => [sync_v('re-read', 'en_US')]]),
        sync_product('SIX', ['stock_qty' => [sync_v(6)]]),
    ]);
    sync_run($t);
    echo "config min_qty 5: FIVE ", stock_item($t, 'FIVE'), "\n";
    echo "config min_qty 5: SIX ", stock_item($t, 'SIX'), "\n";
    /* the item's own min_qty wins over the configuration */
    $t['pdo']->exec("UPDATE cataloginventory_stock_item SET min_qty = 10, use_config_min_qty = 0 WHERE product_id = " . sync_entity_id($t, 'SIX'));
    sync_feed($t, [sync_product('SIX', ['stock_qty' => [sync_v(8)]])]);
    sync_run($t);
    echo "item min_qty 10: SIX ", stock_item($t, 'SIX'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('stock_derive_variation_entity_id');
sync_clean('stock_derive_variation_row_id');
?>
--EXPECT--
entity_id:
ZERO qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
ZERO-BACKORDER qty=0.0000 is_in_stock=1 backorders=1 use_config_backorders=0 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=yes
FIVE qty=5.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
CLAIMED qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
config min_qty 5: FIVE qty=5.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=no
config min_qty 5: SIX qty=6.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
item min_qty 10: SIX qty=8.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=no
row_id:
ZERO qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
ZERO-BACKORDER qty=0.0000 is_in_stock=1 backorders=1 use_config_backorders=0 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=yes
FIVE qty=5.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
CLAIMED qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
config min_qty 5: FIVE qty=5.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=no
config min_qty 5: SIX qty=6.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
item min_qty 10: SIX qty=8.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=no
