--TEST--
Engine::structure: the options of a select and a multiselect are created with Akeneo's sort order, the admin locale's label on store 0 and each locale's label on its store views, claimed in pimsync_entity_map; an existing option gets Akeneo's sort order and its missing store labels; a product sync then uses them (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/structure.inc';
foreach ([false, true] as $staging) {
    $t = sync_setup('structure_options_basic', $staging);
    structure_source($t, [
        structure_attribute('fit', 'pim_catalog_simpleselect'),
        structure_attribute('fabrics', 'pim_catalog_multiselect'),
        structure_attribute('color', 'pim_catalog_simpleselect'),
    ], options: [
        structure_option('fit', 'slim', 2, ['en_US' => 'Slim fit', 'fr_FR' => 'Coupe ajustée', 'de_DE' => 'Schmal']),
        structure_option('fit', 'loose', 1, ['en_US' => 'Loose', 'fr_FR' => 'Ample']),
        structure_option('fabrics', 'linen', 5, ['en_US' => 'Linen', 'de_DE' => 'Leinen']),
        structure_option('fabrics', 'wool', 3, ['fr_FR' => 'Laine']),
        // Magento's own "Black" (sort order 3, no English store label) is the Akeneo option "black"
        structure_option('color', 'black', 9, ['en_US' => 'Black', 'fr_FR' => 'Noir']),
    ]);
    $report = sync_engine($t)->structure();
    echo $staging ? "staging:\n" : "open source:\n", structure_changes($report);
    foreach (['fit', 'fabrics'] as $code) {
        echo $code, ': ', json_encode(structure_options($t, $code), JSON_UNESCAPED_UNICODE), "\n";
    }
    echo 'black: ', json_encode(structure_options($t, 'color')['Black'], JSON_UNESCAPED_UNICODE), "\n";
    echo 'mapped: ', implode(' ', $t['pdo']->query("SELECT CONCAT(scope, '/', code) FROM pimsync_entity_map WHERE kind = 'option' ORDER BY scope, code")->fetchAll(PDO::FETCH_COLUMN)), "\n";
    sync_feed($t, [sync_product('A', ['fit' => [sync_v('slim')], 'fabrics' => [sync_v(['wool', 'linen'])], 'color' => [sync_v('black')]])]);
    $r = sync_run($t);
    $slim = array_search('slim', structure_options($t, 'fit')['Slim fit'][1], true);
    echo sync_counts($r), ', options created by the sync: ', $r->rowsWritten['eav_attribute_option'] ?? 0, "\n";
    $labels = fn (string $code, string $sku) => implode(',', array_map(fn ($id) => $t['pdo']->query("SELECT value FROM eav_attribute_option_value WHERE store_id = 0 AND option_id = " . (int) $id)->fetchColumn(),
        explode(',', (string) sync_values($t, $sku, $code)[0])));
    echo 'A: ', $labels('fit', 'A'), ' / ', $labels('fabrics', 'A'), ' / ', $labels('color', 'A'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('structure_options_basic');
?>
--EXPECT--
open source:
create attribute fit: select (int), global scope, label "Fit"
create attribute fabrics: multiselect (text), global scope, label "Fabrics"
create attribute_label color: store 1: "Color"
create option slim: option of fit, sort order 2, admin label "Slim fit"
create option loose: option of fit, sort order 1, admin label "Loose"
create option linen: option of fabrics, sort order 5, admin label "Linen"
create option wool: option of fabrics, sort order 3, admin label "wool"
update option_sort_order black: option black of color: sort order 9 (was 3)
create option_label black: option black of color, store 1: "Black"
fit: {"Slim fit":[2,["Slim fit","Slim fit","Coupe ajustée","Schmal"]],"Loose":[1,["Loose","Loose","Ample"]]}
fabrics: {"Linen":[5,{"0":"Linen","1":"Linen","3":"Leinen"}],"wool":[3,{"0":"wool","2":"Laine"}]}
black: [9,["Black","Black","Noir","Schwarz"]]
mapped: color/black fabrics/linen fabrics/wool fit/loose fit/slim
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0, options created by the sync: 0
A: Slim fit / Linen,wool / Black
staging:
create attribute fit: select (int), global scope, label "Fit"
create attribute fabrics: multiselect (text), global scope, label "Fabrics"
create attribute_label color: store 1: "Color"
create option slim: option of fit, sort order 2, admin label "Slim fit"
create option loose: option of fit, sort order 1, admin label "Loose"
create option linen: option of fabrics, sort order 5, admin label "Linen"
create option wool: option of fabrics, sort order 3, admin label "wool"
update option_sort_order black: option black of color: sort order 9 (was 3)
create option_label black: option black of color, store 1: "Black"
fit: {"Slim fit":[2,["Slim fit","Slim fit","Coupe ajustée","Schmal"]],"Loose":[1,["Loose","Loose","Ample"]]}
fabrics: {"Linen":[5,{"0":"Linen","1":"Linen","3":"Leinen"}],"wool":[3,{"0":"wool","2":"Laine"}]}
black: [9,["Black","Black","Noir","Schwarz"]]
mapped: color/black fabrics/linen fabrics/wool fit/loose fit/slim
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0, options created by the sync: 0
A: Slim fit / Linen,wool / Black
