--TEST--
Product links: a product_models association links to the product whose SKU is the model code (the configurable), once Magento has it
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/links.inc';
foreach (links_setups('link_product_model_variation') as $layout => $t) {
    echo "$layout:\n";
    $a = sync_product('A', [], ['associations' => links_assoc(['UPSELL' => ['B']], ['UPSELL' => ['tshirt_model']])]);
    sync_feed($t, [$a, sync_product('B')]);
    $r = sync_run($t);
    echo links_of($t, 'A'), ' ', json_encode($r->links), "\n";
    echo sync_count($t, 'pimsync_link_pending', "target_kind = 'model' AND target = 'tshirt_model'"), "\n";
    // the configurable arrives (made here as the configurable helper would: SKU = model code)
    sync_feed($t, [$a, sync_product('B'), sync_product('tshirt_model')]);
    $r = sync_run($t);
    echo links_of($t, 'A'), ' ', json_encode($r->links), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/links.inc';
links_clean('link_product_model_variation');
?>
--EXPECT--
entity_id:
up_sell B@1 {"written":1,"removed":0,"repositioned":0,"resolved":0,"pending":1}
1
up_sell B@1, up_sell tshirt_model@2 {"written":1,"removed":0,"repositioned":0,"resolved":1,"pending":0}
row_id:
up_sell B@1 {"written":1,"removed":0,"repositioned":0,"resolved":0,"pending":1}
1
up_sell B@1, up_sell tshirt_model@2 {"written":1,"removed":0,"repositioned":0,"resolved":1,"pending":0}
