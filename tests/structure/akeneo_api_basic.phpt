--TEST--
Engine::structure with the akeneo_api source: attributes, attribute groups and families come from /attributes, /attribute-groups and /families (followed over pages), the select's options from /attributes/{code}/options, all read before anything is written; the structure lands as from the files
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/structure.inc';
require __DIR__ . '/../support/akeneo.inc';
$attributes = [structure_attribute('sku', 'pim_catalog_identifier')];
for ($i = 1; $i <= 3; $i++) {
    $attributes[] = structure_attribute("note_$i", 'pim_catalog_text', ['localizable' => true, 'labels' => ['en_US' => "Note $i", 'fr_FR' => "Remarque $i"]]);
}
$attributes[] = structure_attribute('fit', 'pim_catalog_simpleselect');
$srv = akeneo_start('structure_akeneo_api_basic', [
    'attributes' => $attributes,
    'attribute_groups' => [['code' => 'marketing', 'sort_order' => 4, 'labels' => ['en_US' => 'Marketing']]],
    'families' => [['code' => 'shirts', 'labels' => ['en_US' => 'Shirts'], 'attributes' => ['sku', 'note_1', 'fit']]],
    'options' => ['fit' => 3],
]);
$t = sync_setup('structure_akeneo_api_basic', false, ['source' => ['type' => 'akeneo_api', 'page_size' => 2] + akeneo_settings($srv)]);
$report = sync_engine($t)->structure();
echo $report['message'], "\n", structure_changes($report);
echo json_encode(structure_labels($t, 'note_2'), JSON_UNESCAPED_UNICODE), ' ', structure_row($t, 'note_2')['is_global'], "\n";
echo json_encode(structure_options($t, 'fit'), JSON_UNESCAPED_UNICODE), "\n";
foreach (akeneo_log($srv) as $e) {
    echo $e['method'], ' ', urldecode($e['uri']), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('structure_akeneo_api_basic');
sync_clean('structure_akeneo_api_basic');
?>
--EXPECT--
11 changes written
create attribute note_1: text (varchar), store view scope, label "Note 1"
create attribute note_2: text (varchar), store view scope, label "Note 2"
create attribute note_3: text (varchar), store view scope, label "Note 3"
create attribute fit: select (int), global scope, label "Fit"
create option fit_1: option of fit, sort order 1, admin label "Fit 1"
create option fit_2: option of fit, sort order 2, admin label "Fit 2"
create option fit_3: option of fit, sort order 3, admin label "Fit 3"
create attribute_set shirts: set "Shirts" based on "Default"
create attribute_group marketing: group "Marketing" of set "Shirts", sort order 4
add set_attribute note_1: to set "Shirts"
add set_attribute fit: to set "Shirts"
{"1":"Note 2","2":"Remarque 2"} 0
{"Fit 1":[1,{"0":"Fit 1","1":"Fit 1","3":"Fit 1 (de)"}],"Fit 2":[2,{"0":"Fit 2","1":"Fit 2","3":"Fit 2 (de)"}],"Fit 3":[3,{"0":"Fit 3","1":"Fit 3","3":"Fit 3 (de)"}]}
POST /api/oauth/v1/token
GET /api/rest/v1/attributes?limit=2
GET /api/rest/v1/attributes?page=2&limit=2
GET /api/rest/v1/attributes?page=3&limit=2
GET /api/rest/v1/attribute-groups?limit=2
GET /api/rest/v1/families?limit=2
GET /api/rest/v1/attributes/fit/options?limit=2
GET /api/rest/v1/attributes/fit/options?page=2&limit=2
