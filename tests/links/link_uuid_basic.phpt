--TEST--
Product links: /products-uuid items name associated products by uuid; each resolves to the SKU the product was written as, in this run or a later one, on both layouts
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
/* a /products-uuid item: uuid, no identifier, the SKU in values.sku */
function uuid_product(string $uuid, string $sku, array $associations = []): array
{
    return ['uuid' => $uuid, 'enabled' => true, 'family' => null, 'categories' => [], 'values' => ['sku' => [sync_v($sku)]],
        'associations' => $associations, 'quantified_associations' => new stdClass()];
}
$u = fn (int $n): string => sprintf('%08x-0000-4000-8000-%012x', $n, $n);
foreach (links_setups('link_uuid_basic', ['batch_size' => 1]) as $layout => $t) {
    echo "$layout:\n";
    $a = uuid_product($u(1), 'A', links_assoc(['X_SELL' => [$u(2), $u(3)], 'PACK' => [$u(4)]]));
    // run 1, one product per batch: B before A, C after it in the same file, D not in the feed yet
    sync_feed($t, [uuid_product($u(2), 'B'), $a, uuid_product($u(3), 'C')]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", links_of($t, 'A'), "\n", json_encode($r->links), "\n";
    echo $r->warnings['links_pending']['message'], "\n";
    print_r($t['pdo']->query('SELECT uuid, sku FROM pimsync_product_uuid ORDER BY sku')->fetchAll(PDO::FETCH_KEY_PAIR));
    // run 2: D arrives; A is unchanged
    sync_feed($t, [uuid_product($u(2), 'B'), $a, uuid_product($u(3), 'C'), uuid_product($u(4), 'D')]);
    $r = sync_run($t);
    echo sync_counts($r), "\n", links_of($t, 'A'), "\n", json_encode($r->links), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
links_clean('link_uuid_basic');
?>
--EXPECT--
entity_id:
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
cross_sell B@1, cross_sell C@2
{"written":2,"removed":0,"repositioned":0,"resolved":1,"pending":1}
1 product link waits for products Magento does not have yet (first: A → related uuid 00000004-0000-4000-8000-000000000004); each is written when its product arrives (pimsync_link_pending)
Array
(
    [00000001-0000-4000-8000-000000000001] => A
    [00000002-0000-4000-8000-000000000002] => B
    [00000003-0000-4000-8000-000000000003] => C
)
seen=4 created=1 updated=0 unchanged=3 disabled=0 failed=0
cross_sell B@1, cross_sell C@2, relation D@1
{"written":1,"removed":0,"repositioned":0,"resolved":1,"pending":0}
row_id:
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
cross_sell B@1, cross_sell C@2
{"written":2,"removed":0,"repositioned":0,"resolved":1,"pending":1}
1 product link waits for products Magento does not have yet (first: A → related uuid 00000004-0000-4000-8000-000000000004); each is written when its product arrives (pimsync_link_pending)
Array
(
    [00000001-0000-4000-8000-000000000001] => A
    [00000002-0000-4000-8000-000000000002] => B
    [00000003-0000-4000-8000-000000000003] => C
)
seen=4 created=1 updated=0 unchanged=3 disabled=0 failed=0
cross_sell B@1, cross_sell C@2, relation D@1
{"written":1,"removed":0,"repositioned":0,"resolved":1,"pending":0}
