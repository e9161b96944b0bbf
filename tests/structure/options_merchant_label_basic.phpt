--TEST--
Engine::structure re-run after Akeneo changed its labels: a label pimsync wrote follows Akeneo, a store label the merchant set in Magento stays, and the option's swatch rows are untouched (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/structure.inc';
foreach ([false, true] as $staging) {
    $t = sync_setup('structure_options_merchant_label_basic', $staging);
    $attribute = [structure_attribute('shade', 'pim_catalog_simpleselect')];
    structure_source($t, $attribute, options: [structure_option('shade', 'sand', 1, ['en_US' => 'Sand', 'fr_FR' => 'Sable', 'de_DE' => 'Sand'])]);
    $e = sync_engine($t);
    $e->structure();
    $pdo = $t['pdo'];
    $id = (int) $pdo->query("SELECT magento_id FROM pimsync_entity_map WHERE kind = 'option' AND code = 'sand'")->fetchColumn();
    // the merchant renames the French label and gives the option swatches, in Magento
    $pdo->exec("UPDATE eav_attribute_option_value SET value = 'Beige sable' WHERE option_id = $id AND store_id = 2");
    $pdo->exec("INSERT INTO eav_attribute_option_swatch (option_id, store_id, type, value) VALUES ($id, 0, 1, '#c2b280'), ($id, 2, 1, '#d2b48c')");
    $swatches = $pdo->query("SELECT * FROM eav_attribute_option_swatch ORDER BY swatch_id")->fetchAll(PDO::FETCH_ASSOC);
    // Akeneo renames every label
    structure_source($t, $attribute, options: [structure_option('shade', 'sand', 1, ['en_US' => 'Desert sand', 'fr_FR' => 'Sable du désert', 'de_DE' => 'Wüstensand'])]);
    $report = sync_engine($t)->structure();
    echo $staging ? "staging:\n" : "open source:\n", structure_changes($report);
    foreach ($report['notices'] as $n) {
        echo "notice {$n['kind']} {$n['code']}: {$n['message']}\n";
    }
    echo json_encode($pdo->query("SELECT store_id, value FROM eav_attribute_option_value WHERE option_id = $id ORDER BY store_id")->fetchAll(PDO::FETCH_KEY_PAIR), JSON_UNESCAPED_UNICODE), "\n";
    echo 'swatches ', $swatches === $pdo->query("SELECT * FROM eav_attribute_option_swatch ORDER BY swatch_id")->fetchAll(PDO::FETCH_ASSOC) ? 'untouched' : 'changed', ': ', count($swatches), "\n";
    echo sync_engine($t)->structure()['message'], "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('structure_options_merchant_label_basic');
?>
--EXPECT--
open source:
update option_label sand: option sand of shade, store 0: "Desert sand" (was "Sand")
update option_label sand: option sand of shade, store 1: "Desert sand" (was "Sand")
update option_label sand: option sand of shade, store 3: "Wüstensand" (was "Sand")
notice option_label sand: option sand of shade, store 2: "Beige sable" was set in Magento and is kept (Akeneo: "Sable du désert")
["Desert sand","Desert sand","Beige sable","Wüstensand"]
swatches untouched: 2
nothing to change: Magento's structure matches Akeneo's
staging:
update option_label sand: option sand of shade, store 0: "Desert sand" (was "Sand")
update option_label sand: option sand of shade, store 1: "Desert sand" (was "Sand")
update option_label sand: option sand of shade, store 3: "Wüstensand" (was "Sand")
notice option_label sand: option sand of shade, store 2: "Beige sable" was set in Magento and is kept (Akeneo: "Sable du désert")
["Desert sand","Desert sand","Beige sable","Wüstensand"]
swatches untouched: 2
nothing to change: Magento's structure matches Akeneo's
