--TEST--
Ownership: categories are refused when the source does not own them (the product's category links, pimsync's and a merchant's, stay as they are) and written when it does
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
function own_categories(array $t, string $sku): string
{
    $codes = $t['pdo']->query("SELECT COALESCE(m.code, CONCAT('#', c.category_id)) FROM catalog_category_product c
        JOIN catalog_product_entity e ON e.entity_id = c.product_id
        LEFT JOIN pimsync_entity_map m ON m.kind = 'category' AND m.magento_id = c.category_id
        WHERE e.sku = " . $t['pdo']->quote($sku) . ' ORDER BY 1')->fetchAll(PDO::FETCH_COLUMN);
    return $codes ? implode(',', $codes) : 'none';
}
foreach (['refused' => 'erp', 'owned' => 'pim'] as $case => $owner) {
    echo "$case (categories owned by $owner, a PIM source):\n";
    $t = own_setup("own_categories_$case", null);
    sync_feed($t, [sync_product('A', [], ['categories' => ['shoes']]), sync_product('B', [], ['categories' => ['socks']])]);
    sync_run($t);
    // a merchandiser adds A to the Default Category (id 2) in Magento
    $t['pdo']->exec("INSERT INTO catalog_category_product (category_id, product_id, position) VALUES (2, " . sync_entity_id($t, 'A') . ", 0)");
    $t['config']['ownership'] = ['matrix' => 'default', 'fields' => ['categories' => ['owner' => $owner], 'status' => ['owner' => 'pim']]];
    sync_feed($t, [sync_product('A', [], ['categories' => ['hats']]), sync_product('B', [], ['categories' => ['socks'], 'values' => ['name' => [sync_v('Sock', 'en_US')]]]), sync_product('C', [], ['categories' => ['hats']])]);
    $r = sync_run($t);
    echo '  ', sync_counts($r), "\n  refused: ", own_refused($r), "\n";
    foreach (['A', 'B', 'C'] as $sku) {
        echo "  $sku in ", own_categories($t, $sku), "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_categories_refused');
sync_clean('own_categories_owned');
?>
--EXPECT--
refused (categories owned by erp, a PIM source):
  seen=3 created=1 updated=1 unchanged=1 disabled=0 failed=0
  refused: categories=3
  A in #2,shoes
  B in socks
  C in none
owned (categories owned by pim, a PIM source):
  seen=3 created=1 updated=2 unchanged=0 disabled=0 failed=0
  refused: none
  A in #2,hats
  B in socks
  C in hats
