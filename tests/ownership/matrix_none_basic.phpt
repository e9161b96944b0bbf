--TEST--
Ownership: matrix "none" (the default without "ownership") enforces nothing: a source of either system writes every field as before, nothing is refused, and adding {"matrix": "none"} to a config re-maps nothing
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
require __DIR__ . '/../links/links.inc';
$cases = ['no ownership' => [null, null], 'none, pim' => [['matrix' => 'none'], 'pim'], 'none, erp' => [['matrix' => 'none'], 'erp']];
$i = 0;
foreach ($cases as $case => [$ownership, $system]) {
    $t = own_setup('own_matrix_none_' . $i++, $ownership, $system, ['stock' => ['qty' => 'stock_qty']]);
    sync_feed($t, [
        sync_product('A', ['name' => [sync_v('Hat', 'en_US')], 'weight' => [sync_v(['amount' => '1', 'unit' => 'POUND'])],
            'stock_qty' => [sync_v(3)]], ['enabled' => false, 'categories' => ['hats'], 'associations' => links_assoc(['X_SELL' => ['B']])]),
        sync_product('B'),
    ]);
    $r = sync_run($t);
    echo "$case: ", sync_counts($r), ", refused: ", own_refused($r), ", ownership ", json_encode($t['config']['ownership'] ?? null) , "\n";
    echo '  ', implode('  ', explode("\n", trim(sync_dump($t, 'name') . sync_dump($t, 'weight') . sync_dump($t, 'status')))), "\n";
    echo '  websites ', sync_count($t, 'catalog_product_website'), ', categories ', sync_count($t, 'catalog_category_product'),
        ', links ', links_of($t, 'A'), ', qty ', $t['pdo']->query("SELECT qty FROM cataloginventory_stock_item i JOIN catalog_product_entity e ON e.entity_id = i.product_id WHERE e.sku = 'A'")->fetchColumn(), "\n";
    if ($ownership === null) {
        echo '  defaults: ', json_encode(sync_config($t)->toArray()['ownership']), ', source.system ', sync_config($t)->toArray()['source']['system'], "\n";
        $t['config']['ownership'] = ['matrix' => 'none'];
        echo '  the same feed with {"matrix": "none"}: ', sync_counts(sync_run($t)), "\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
foreach ([0, 1, 2] as $i) {
    sync_clean("own_matrix_none_$i");
}
?>
--EXPECT--
no ownership: seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0, refused: none, ownership null
  A 0 'Hat'  A 1 'Hat'  B 0 'B'  A 0 '1.000000'  A 0 2  B 0 1
  websites 2, categories 1, links cross_sell B@1, qty 3.0000
  defaults: {"matrix":"none","default_owner":"pim","fields":[]}, source.system pim
  the same feed with {"matrix": "none"}: seen=2 created=0 updated=0 unchanged=2 disabled=0 failed=0
none, pim: seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0, refused: none, ownership {"matrix":"none"}
  A 0 'Hat'  A 1 'Hat'  B 0 'B'  A 0 '1.000000'  A 0 2  B 0 1
  websites 2, categories 1, links cross_sell B@1, qty 3.0000
none, erp: seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0, refused: none, ownership {"matrix":"none"}
  A 0 'Hat'  A 1 'Hat'  B 0 'B'  A 0 '1.000000'  A 0 2  B 0 1
  websites 2, categories 1, links cross_sell B@1, qty 3.0000
