--TEST--
Product links: each default association type becomes its Magento link type (X_SELL cross_sell, UPSELL up_sell, SUBSTITUTION and PACK related), positions 1, 2, 3 in feed order, on both layouts
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
foreach (links_setups('link_types_basic') as $layout => $t) {
    echo "$layout: ", $t["pdo"]->query("SELECT TABLE_COLLATION FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'catalog_product_link'")->fetchColumn(), "\n";
    sync_feed($t, [
        sync_product('B'), sync_product('C'), sync_product('D'), sync_product('E'),
        sync_product('A', [], ['associations' => links_assoc([
            'X_SELL' => ['D', 'B', 'C'],
            'UPSELL' => ['E'],
            'SUBSTITUTION' => ['C'],
            'PACK' => ['B', 'C'],       // C again: related keeps its first place
        ])]),
    ]);
    $r = sync_run($t);
    echo $r->status, ' ', sync_counts($r), "\n";
    echo links_of($t, 'A'), "\n";
    echo "links: ", json_encode($r->links), "\n";
    echo "owned: ", sync_count($t, 'pimsync_product_link'), ", rows: ", $r->rowsWritten['catalog_product_link'], ' ',
        $r->rowsWritten['catalog_product_link_attribute_int'], "\n";
    // the linking product is keyed by the column catalog_product_link.product_id references
    $fk = $t['pdo']->query("SELECT REFERENCED_COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE WHERE TABLE_SCHEMA = DATABASE()
        AND TABLE_NAME = 'catalog_product_link' AND COLUMN_NAME = 'product_id' AND REFERENCED_TABLE_NAME IS NOT NULL")->fetchColumn();
    echo "product_id references ", $fk ?: '-', "\n";
    $r = sync_run($t);
    echo "again: ", sync_counts($r), ' ', json_encode($r->rowsWritten), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
links_clean('link_types_basic');
?>
--EXPECT--
entity_id: utf8mb3_general_ci
success seen=5 created=5 updated=0 unchanged=0 disabled=0 failed=0
cross_sell D@1, cross_sell B@2, cross_sell C@3, relation C@1, relation B@2, up_sell E@1
links: {"written":6,"removed":0,"repositioned":0,"resolved":0,"pending":0}
owned: 6, rows: 6 6
product_id references entity_id
again: seen=5 created=0 updated=0 unchanged=5 disabled=0 failed=0 []
row_id: utf8mb3_general_ci
success seen=5 created=5 updated=0 unchanged=0 disabled=0 failed=0
cross_sell D@1, cross_sell B@2, cross_sell C@3, relation C@1, relation B@2, up_sell E@1
links: {"written":6,"removed":0,"repositioned":0,"resolved":0,"pending":0}
owned: 6, rows: 6 6
product_id references row_id
again: seen=5 created=0 updated=0 unchanged=5 disabled=0 failed=0 []
