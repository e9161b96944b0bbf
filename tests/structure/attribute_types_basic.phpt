--TEST--
Engine::structure: an attribute of each Akeneo type is created with the backend, input, source and backend models Magento's admin gives that input, its scope from localizable/scopable, its admin label from the admin locale and store labels per locale; identifier and image attributes are not created, the image one is reported (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/structure.inc';
foreach ([false, true] as $staging) {
    $t = sync_setup('structure_attribute_types_basic', $staging);
    structure_source($t, [
        structure_attribute('sku', 'pim_catalog_identifier'),
        structure_attribute('subtitle', 'pim_catalog_text', ['localizable' => true, 'labels' => ['en_US' => 'Subtitle', 'fr_FR' => 'Sous-titre', 'de_DE' => 'Untertitel']]),
        structure_attribute('care', 'pim_catalog_textarea', ['scopable' => true]),
        structure_attribute('pieces', 'pim_catalog_number', ['decimals_allowed' => false]),
        structure_attribute('ratio', 'pim_catalog_number', ['decimals_allowed' => true, 'scopable' => true, 'localizable' => true]),
        structure_attribute('msrp_eur', 'pim_catalog_price_collection', ['scopable' => true]),
        structure_attribute('depth', 'pim_catalog_metric'),
        structure_attribute('is_eco', 'pim_catalog_boolean', ['labels' => ['en_US' => 'Eco', 'de_DE' => 'Öko']]),
        structure_attribute('launch', 'pim_catalog_date'),
        structure_attribute('fit', 'pim_catalog_simpleselect', ['localizable' => true]),
        structure_attribute('fabrics', 'pim_catalog_multiselect'),
        structure_attribute('packshot', 'pim_catalog_image'),
    ]);
    $report = sync_engine($t)->structure();
    echo $staging ? "staging:\n" : "open source:\n", $report['message'], "\n";
    foreach (['subtitle', 'care', 'pieces', 'ratio', 'msrp_eur', 'depth', 'is_eco', 'launch', 'fit', 'fabrics'] as $code) {
        $row = structure_row($t, $code);
        printf("%-9s %-8s %-11s global=%s label=%s source=%s backend=%s labels=%s\n", $code, $row['backend_type'], $row['frontend_input'],
            $row['is_global'], $row['frontend_label'], $row['source_model'] ? substr(strrchr($row['source_model'], '\\'), 1) : '-',
            $row['backend_model'] ? substr(strrchr($row['backend_model'], '\\'), 1) : '-', json_encode(structure_labels($t, $code), JSON_UNESCAPED_UNICODE));
    }
    var_dump(structure_row($t, 'packshot'), sync_count($t, 'eav_attribute', "attribute_code = 'sku'"));
    foreach ($report['notices'] as $n) {
        echo "notice {$n['kind']} {$n['code']}: {$n['message']}\n";
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('structure_attribute_types_basic');
?>
--EXPECT--
open source:
10 changes written
subtitle  varchar  text        global=0 label=Subtitle source=- backend=- labels={"1":"Subtitle","2":"Sous-titre","3":"Untertitel"}
care      text     textarea    global=2 label=Care source=- backend=- labels={"1":"Care"}
pieces    int      text        global=1 label=Pieces source=- backend=- labels={"1":"Pieces"}
ratio     decimal  text        global=0 label=Ratio source=- backend=- labels={"1":"Ratio"}
msrp_eur  decimal  price       global=2 label=Msrp_eur source=- backend=Price labels={"1":"Msrp_eur"}
depth     decimal  text        global=1 label=Depth source=- backend=- labels={"1":"Depth"}
is_eco    int      boolean     global=1 label=Eco source=Boolean backend=- labels={"1":"Eco","3":"Öko"}
launch    datetime date        global=1 label=Launch source=- backend=- labels={"1":"Launch"}
fit       int      select      global=0 label=Fit source=Table backend=- labels={"1":"Fit"}
fabrics   text     multiselect global=1 label=Fabrics source=Table backend=ArrayBackend labels={"1":"Fabrics"}
NULL
int(1)
notice attribute packshot: pim_catalog_image attributes are not created in Magento (images and files are left to the image job): skipped
staging:
10 changes written
subtitle  varchar  text        global=0 label=Subtitle source=- backend=- labels={"1":"Subtitle","2":"Sous-titre","3":"Untertitel"}
care      text     textarea    global=2 label=Care source=- backend=- labels={"1":"Care"}
pieces    int      text        global=1 label=Pieces source=- backend=- labels={"1":"Pieces"}
ratio     decimal  text        global=0 label=Ratio source=- backend=- labels={"1":"Ratio"}
msrp_eur  decimal  price       global=2 label=Msrp_eur source=- backend=Price labels={"1":"Msrp_eur"}
depth     decimal  text        global=1 label=Depth source=- backend=- labels={"1":"Depth"}
is_eco    int      boolean     global=1 label=Eco source=Boolean backend=- labels={"1":"Eco","3":"Öko"}
launch    datetime date        global=1 label=Launch source=- backend=- labels={"1":"Launch"}
fit       int      select      global=0 label=Fit source=Table backend=- labels={"1":"Fit"}
fabrics   text     multiselect global=1 label=Fabrics source=Table backend=ArrayBackend labels={"1":"Fabrics"}
NULL
int(1)
notice attribute packshot: pim_catalog_image attributes are not created in Magento (images and files are left to the image job): skipped
