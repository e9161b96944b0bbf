--TEST--
Ownership: a magento-owned field (name) is written by no source, PIM or ERP: a name edited in Magento survives a changed record, the product's other values are still written
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
foreach (['pim', 'erp'] as $system) {
    echo "$system source:\n";
    $t = own_setup("own_magento_field_kept_$system",
        ['matrix' => 'default', 'default_owner' => $system, 'fields' => ['name' => ['owner' => 'magento']]], $system);
    sync_attr($t, 'color_code', 'varchar');
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Feed name', 'en_US')], 'color_code' => [sync_v('red', 'en_US')]])]);
    $r = sync_run($t);
    echo "  created: ", sync_counts($r), "\n  ", implode('  ', explode("\n", trim(sync_dump($t, 'name') . sync_dump($t, 'color_code')))), "\n";
    // a merchandiser renames the product in Magento, on store 0 and on the default store view
    $id = sync_entity_id($t, 'A');
    $t['pdo']->exec("INSERT INTO catalog_product_entity_varchar (attribute_id, store_id, entity_id, value)
        SELECT attribute_id, s.store_id, $id, 'Merchant name' FROM eav_attribute, (SELECT 0 AS store_id UNION SELECT 1) s
        WHERE attribute_code = 'name' AND entity_type_id = 4
        ON DUPLICATE KEY UPDATE value = VALUES(value)");
    sync_feed($t, [sync_product('A', ['name' => [sync_v('Feed renamed', 'en_US')], 'color_code' => [sync_v('blue', 'en_US')]])]);
    $r = sync_run($t);
    echo "  changed: ", sync_counts($r), "\n  ", implode('  ', explode("\n", trim(sync_dump($t, 'name') . sync_dump($t, 'color_code')))), "\n";
    echo "  refused name: ", $r->refusedByOwner['name'], "\n  ", array_values(array_filter(explode("\n", own_issues($t, $r->runId)), static fn (string $l): bool => str_contains($l, ' name ')))[0] ?? '-', "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_magento_field_kept_pim');
sync_clean('own_magento_field_kept_erp');
?>
--EXPECT--
pim source:
  created: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  A 0 'A'  A 0 'red'  A 1 'red'
  changed: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
  A 0 'Merchant name'  A 1 'Merchant name'  A 0 'blue'  A 1 'blue'
  refused name: 2
  A name 0 refused: name belongs to Magento; this PIM value was not applied (what Magento holds stays)
erp source:
  created: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
  A 0 'A'  A 0 'red'  A 1 'red'
  changed: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0
  A 0 'Merchant name'  A 1 'Merchant name'  A 0 'blue'  A 1 'blue'
  refused name: 2
  A name 0 refused: name belongs to Magento; this ERP value was not applied (what Magento holds stays)
