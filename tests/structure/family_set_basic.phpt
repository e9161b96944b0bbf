--TEST--
Engine::structure: a family becomes an attribute set based on the Default set (its groups and attributes copied), with a group per Akeneo attribute group (label, sort order) holding the family's attributes; families maps a family to a set name; an existing set only gains what it lacks; the product sync then puts the family's products in that set (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/structure.inc';
foreach ([false, true] as $staging) {
    $t = sync_setup('structure_family_set_basic', $staging);
    $t['config']['families'] = ['bags' => 'Default'];
    structure_source($t, [
        structure_attribute('sku', 'pim_catalog_identifier', ['group' => 'technical']),
        structure_attribute('subtitle', 'pim_catalog_text', ['group' => 'marketing', 'sort_order' => 2]),
        structure_attribute('collar', 'pim_catalog_text', ['group' => 'technical', 'sort_order' => 1]),
        structure_attribute('name', 'pim_catalog_text', ['group' => 'marketing']),
    ], [
        ['code' => 'marketing', 'sort_order' => 70, 'labels' => ['en_US' => 'Marketing texts']],
        ['code' => 'technical', 'sort_order' => 80, 'labels' => ['en_US' => 'Technical']],
    ], [
        ['code' => 'shirts', 'labels' => ['en_US' => 'Shirts and blouses'], 'attributes' => ['sku', 'name', 'subtitle', 'collar']],
        ['code' => 'bags', 'labels' => ['en_US' => 'Bags'], 'attributes' => ['sku', 'name', 'subtitle']],
    ]);
    $report = sync_engine($t)->structure();
    echo $staging ? "staging:\n" : "open source:\n", structure_changes($report);
    $pdo = $t['pdo'];
    $set = (int) $pdo->query("SELECT attribute_set_id FROM eav_attribute_set WHERE entity_type_id = 4 AND attribute_set_name = 'Shirts and blouses'")->fetchColumn();
    $groups = fn (int $set) => $pdo->query("SELECT attribute_group_code, attribute_group_name, sort_order, default_id, tab_group_code FROM eav_attribute_group"
        . " WHERE attribute_set_id = $set ORDER BY attribute_group_code")->fetchAll(PDO::FETCH_NUM);
    $members = fn (int $set) => $pdo->query("SELECT g.attribute_group_code, a.attribute_code, ea.sort_order FROM eav_entity_attribute ea JOIN eav_attribute a USING (attribute_id)"
        . " JOIN eav_attribute_group g USING (attribute_group_id) WHERE ea.attribute_set_id = $set ORDER BY a.attribute_code")->fetchAll(PDO::FETCH_NUM);
    $default = (int) $pdo->query("SELECT attribute_set_id FROM eav_attribute_set WHERE entity_type_id = 4 AND attribute_set_name = 'Default'")->fetchColumn();
    $skeleton = fn (int $set) => array_values(array_filter($groups($set), fn ($g) => !in_array($g[0], ['marketing', 'technical'], true)));
    echo 'groups copied from Default: ', $skeleton($set) === $skeleton($default) ? 'yes' : 'no', ' (', count($skeleton($set)), ")\n";
    echo 'new groups: ', json_encode(array_values(array_filter($groups($set), fn ($g) => in_array($g[0], ['marketing', 'technical'], true)))), "\n";
    $defaultMembers = array_filter($members($default), fn ($m) => $m[1] !== 'subtitle');
    $setMembers = $members($set);
    echo 'Default members copied: ', array_diff(array_map('json_encode', $defaultMembers), array_map('json_encode', $setMembers)) ? 'no' : 'yes', "\n";
    echo 'in Shirts: ', json_encode(array_values(array_filter($setMembers, fn ($m) => in_array($m[1], ['subtitle', 'collar', 'name'], true)))), "\n";
    echo 'in Default: ', json_encode(array_values(array_filter($members($default), fn ($m) => in_array($m[1], ['subtitle', 'collar'], true)))), "\n";
    echo 'map: ', json_encode($pdo->query("SELECT code, magento_id = $set FROM pimsync_entity_map WHERE kind = 'family' ORDER BY code")->fetchAll(PDO::FETCH_KEY_PAIR)), "\n";
    sync_feed($t, [sync_product('A', ['collar' => [sync_v('Mao')]], ['family' => 'shirts']), sync_product('B', [], ['family' => 'bags'])]);
    sync_run($t);
    $setOf = fn (string $sku) => (int) $pdo->query("SELECT attribute_set_id FROM catalog_product_entity WHERE sku = '$sku'")->fetchColumn();
    echo 'A in Shirts: ', var_export($setOf('A') === $set, true), ', B in Default: ', var_export($setOf('B') === $default, true), "\n";
    echo sync_engine($t)->structure()['message'], "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('structure_family_set_basic');
?>
--EXPECT--
open source:
create attribute subtitle: text (varchar), global scope, label "Subtitle"
create attribute collar: text (varchar), global scope, label "Collar"
update attribute_label name: admin label "Name" (was "Product Name")
create attribute_label name: store 1: "Name"
create attribute_set shirts: set "Shirts and blouses" based on "Default"
create attribute_group marketing: group "Marketing texts" of set "Shirts and blouses", sort order 70
add set_attribute subtitle: to set "Shirts and blouses"
create attribute_group technical: group "Technical" of set "Shirts and blouses", sort order 80
add set_attribute collar: to set "Shirts and blouses"
create attribute_group marketing: group "Marketing texts" of set "Default", sort order 70
add set_attribute subtitle: to set "Default"
groups copied from Default: yes (9)
new groups: [["marketing","Marketing texts",70,0,null],["technical","Technical",80,0,null]]
Default members copied: yes
in Shirts: [["technical","collar",1],["product-details","name",1],["marketing","subtitle",2]]
in Default: [["marketing","subtitle",2]]
map: {"bags":0,"shirts":1}
A in Shirts: true, B in Default: true
nothing to change: Magento's structure matches Akeneo's
staging:
create attribute subtitle: text (varchar), global scope, label "Subtitle"
create attribute collar: text (varchar), global scope, label "Collar"
update attribute_label name: admin label "Name" (was "Product Name")
create attribute_label name: store 1: "Name"
create attribute_set shirts: set "Shirts and blouses" based on "Default"
create attribute_group marketing: group "Marketing texts" of set "Shirts and blouses", sort order 70
add set_attribute subtitle: to set "Shirts and blouses"
create attribute_group technical: group "Technical" of set "Shirts and blouses", sort order 80
add set_attribute collar: to set "Shirts and blouses"
create attribute_group marketing: group "Marketing texts" of set "Default", sort order 70
add set_attribute subtitle: to set "Default"
groups copied from Default: yes (9)
new groups: [["marketing","Marketing texts",70,0,null],["technical","Technical",80,0,null]]
Default members copied: yes
in Shirts: [["technical","collar",1],["product-details","name",1],["marketing","subtitle",2]]
in Default: [["marketing","subtitle",2]]
map: {"bags":0,"shirts":1}
A in Shirts: true, B in Default: true
nothing to change: Magento's structure matches Akeneo's
