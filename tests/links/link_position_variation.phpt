--TEST--
Product links: reordered associations move the positions of the existing links; no link row is rewritten
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
foreach (links_setups('link_position_variation') as $layout => $t) {
    echo "$layout:\n";
    $others = [sync_product('B'), sync_product('C'), sync_product('D')];
    sync_feed($t, [sync_product('A', [], ['associations' => links_assoc(['UPSELL' => ['B', 'C', 'D']])]), ...$others]);
    sync_run($t);
    $ids = $t['pdo']->query('SELECT link_id FROM catalog_product_link ORDER BY link_id')->fetchAll(PDO::FETCH_COLUMN);
    echo links_of($t, 'A'), "\n";
    sync_feed($t, [sync_product('A', [], ['associations' => links_assoc(['UPSELL' => ['D', 'B', 'C']])]), ...$others]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", links_of($t, 'A'), "\n", json_encode($r->links), "\n";
    echo "same link rows: ", json_encode($ids === $t['pdo']->query('SELECT link_id FROM catalog_product_link ORDER BY link_id')->fetchAll(PDO::FETCH_COLUMN)),
        ", rows: ", json_encode(array_intersect_key($r->rowsWritten, array_flip(['catalog_product_link', 'catalog_product_link_attribute_int']))), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
links_clean('link_position_variation');
?>
--EXPECT--
entity_id:
up_sell B@1, up_sell C@2, up_sell D@3
seen=4 created=0 updated=1 unchanged=3 disabled=0 failed=0
up_sell D@1, up_sell B@2, up_sell C@3
{"written":0,"removed":0,"repositioned":3,"resolved":0,"pending":0}
same link rows: true, rows: {"catalog_product_link_attribute_int":3}
row_id:
up_sell B@1, up_sell C@2, up_sell D@3
seen=4 created=0 updated=1 unchanged=3 disabled=0 failed=0
up_sell D@1, up_sell B@2, up_sell C@3
{"written":0,"removed":0,"repositioned":3,"resolved":0,"pending":0}
same link rows: true, rows: {"catalog_product_link_attribute_int":3}
