--TEST--
Stock: a configurable is in stock with qty 0 (as Magento keeps it) and salable in inventory_stock_1 while any enabled child is; a change that sells out its last child makes it unsalable, a restock makes it salable again; a configurable without children is not salable (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/stock.inc';
require __DIR__ . '/../configurable/configurable.inc';
function parent_stock(array $t, string $label): void
{
    echo "$label:\n";
    foreach (['tshirt', 'tshirt-s', 'tshirt-m', 'cap'] as $sku) {
        echo "  $sku item: ", stock_item($t, $sku), "\n  $sku inventory_stock_1: ", stock_index($t, $sku), "\n";
    }
}
foreach (STOCK_LAYOUTS as $layout => $staging) {
    echo "== $layout\n";
    $t = cfg_setup("stock_configurable_parent_$layout", $staging, ['stock' => ['qty' => 'stock_qty']]);
    $models = [cfg_model('tshirt', null, 'tshirt_size', ['name' => [sync_v('T-shirt', 'en_US')]]),
        cfg_model('cap', null, 'tshirt_size', ['name' => [sync_v('Cap', 'en_US')]])];
    $feed = fn (int $s, int $m) => [
        cfg_child('tshirt-s', 'tshirt', ['size' => [sync_v('s')], 'stock_qty' => [sync_v($s)]]),
        cfg_child('tshirt-m', 'tshirt', ['size' => [sync_v('m')], 'stock_qty' => [sync_v($m)]])];
    cfg_write($t, $models, [cfg_variant('tshirt_size', [['size']])], $feed(5, 0));
    $r = sync_run($t);
    echo $r->status, ' ', sync_counts($r), "\n";
    parent_stock($t, 'one child in stock');
    /* the last salable child sells out in the PIM */
    sync_feed($t, $feed(0, 0));
    $r = sync_run($t);
    echo $r->status, ' ', sync_counts($r), "\n";
    parent_stock($t, 'sold out');
    $parent = $r->changedEntities[sync_entity_id($t, 'tshirt')] ?? null;
    echo "  tshirt in changedEntities: ", $parent ? $parent['action'] . ' ' . implode(',', $parent['attributes']) : 'no', "\n";
    sync_feed($t, $feed(0, 3));
    sync_run($t);
    parent_stock($t, 'restocked');
    $r = sync_run($t);
    echo "again: ", sync_counts($r), ' ', stock_rows($r), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('stock_configurable_parent_entity_id');
sync_clean('stock_configurable_parent_row_id');
?>
--EXPECT--
== entity_id
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
one child in stock:
  tshirt item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  tshirt inventory_stock_1: quantity=0.0000 is_salable=1
  tshirt-s item: qty=5.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  tshirt-s inventory_stock_1: quantity=5.0000 is_salable=1
  tshirt-m item: qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
  tshirt-m inventory_stock_1: quantity=0.0000 is_salable=0
  cap item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  cap inventory_stock_1: quantity=0.0000 is_salable=0
success seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0
sold out:
  tshirt item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  tshirt inventory_stock_1: quantity=0.0000 is_salable=0
  tshirt-s item: qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
  tshirt-s inventory_stock_1: quantity=0.0000 is_salable=0
  tshirt-m item: qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
  tshirt-m inventory_stock_1: quantity=0.0000 is_salable=0
  cap item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  cap inventory_stock_1: quantity=0.0000 is_salable=0
  tshirt in changedEntities: updated quantity_and_stock_status
restocked:
  tshirt item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  tshirt inventory_stock_1: quantity=0.0000 is_salable=1
  tshirt-s item: qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
  tshirt-s inventory_stock_1: quantity=0.0000 is_salable=0
  tshirt-m item: qty=3.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  tshirt-m inventory_stock_1: quantity=3.0000 is_salable=1
  cap item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  cap inventory_stock_1: quantity=0.0000 is_salable=0
again: seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0 cataloginventory_stock_item=0 inventory_source_item=0 cataloginventory_stock_status=0
== row_id
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
one child in stock:
  tshirt item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  tshirt inventory_stock_1: quantity=0.0000 is_salable=1
  tshirt-s item: qty=5.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  tshirt-s inventory_stock_1: quantity=5.0000 is_salable=1
  tshirt-m item: qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
  tshirt-m inventory_stock_1: quantity=0.0000 is_salable=0
  cap item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  cap inventory_stock_1: quantity=0.0000 is_salable=0
success seen=2 created=0 updated=1 unchanged=1 disabled=0 failed=0
sold out:
  tshirt item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  tshirt inventory_stock_1: quantity=0.0000 is_salable=0
  tshirt-s item: qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
  tshirt-s inventory_stock_1: quantity=0.0000 is_salable=0
  tshirt-m item: qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
  tshirt-m inventory_stock_1: quantity=0.0000 is_salable=0
  cap item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  cap inventory_stock_1: quantity=0.0000 is_salable=0
  tshirt in changedEntities: updated quantity_and_stock_status
restocked:
  tshirt item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  tshirt inventory_stock_1: quantity=0.0000 is_salable=1
  tshirt-s item: qty=0.0000 is_in_stock=0 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=1 low_stock_date=yes
  tshirt-s inventory_stock_1: quantity=0.0000 is_salable=0
  tshirt-m item: qty=3.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  tshirt-m inventory_stock_1: quantity=3.0000 is_salable=1
  cap item: qty=0.0000 is_in_stock=1 backorders=0 use_config_backorders=1 min_sale_qty=1.0000 use_config_min_sale_qty=1 max_sale_qty=0.0000 use_config_max_sale_qty=1 stock_status_changed_auto=0 low_stock_date=no
  cap inventory_stock_1: quantity=0.0000 is_salable=0
again: seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0 cataloginventory_stock_item=0 inventory_source_item=0 cataloginventory_stock_status=0
