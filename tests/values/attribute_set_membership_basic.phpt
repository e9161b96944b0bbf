--TEST--
Engine::sync: a value for an attribute outside the product's attribute set (invisible in Magento) adds the attribute to the set in group "PIM", inside the batch; with attribute_sets.assign_missing false the value is written and reported as hidden
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
foreach ([true, false] as $assign) {
    $name = 'attr_set_' . ($assign ? 'assign' : 'report');
    $t = sync_setup($name, false, ['attribute_sets' => ['assign_missing' => $assign]]);
    $id = sync_attr($t, 'care_instructions', 'text', 'textarea');
    $t['pdo']->exec("DELETE FROM eav_entity_attribute WHERE attribute_id = $id"); // exists in Magento, in no set
    sync_feed($t, [
        sync_product('S1', ['name' => [sync_v('One', 'en_US')], 'care_instructions' => [sync_v('Wash cold', 'en_US')]]),
        sync_product('S2', ['name' => [sync_v('Two', 'en_US')], 'care_instructions' => [sync_v('Dry clean', 'en_US')]]),
    ]);
    $r = sync_run($t);
    echo "== assign_missing ", var_export($assign, true), ": {$r->status} ", sync_counts($r), "\n";
    echo sync_dump($t, 'care_instructions');
    print_r($t['pdo']->query("SELECT s.attribute_set_name, g.attribute_group_name, g.attribute_group_code FROM eav_entity_attribute ea
        JOIN eav_attribute_set s USING (attribute_set_id) JOIN eav_attribute_group g USING (attribute_group_id)
        WHERE ea.attribute_id = $id")->fetchAll(PDO::FETCH_NUM));
    echo sync_issues($t);
    echo 'rows: ', json_encode(array_intersect_key($r->rowsWritten, ['eav_attribute_group' => 1, 'eav_entity_attribute' => 1])), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('attr_set_assign');
sync_clean('attr_set_report');
?>
--EXPECT--
== assign_missing true: success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
S1 0 'Wash cold'
S1 1 'Wash cold'
S2 0 'Dry clean'
S2 1 'Dry clean'
Array
(
    [0] => Array
        (
            [0] => Default
            [1] => PIM
            [2] => pim
        )

)
rows: {"eav_attribute_group":1,"eav_entity_attribute":1}
== assign_missing false: success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
S1 0 'Wash cold'
S1 1 'Wash cold'
S2 0 'Dry clean'
S2 1 'Dry clean'
Array
(
)
S1 care_instructions - not_in_set hidden: attribute care_instructions is not in the product's attribute set (id 4): the value was written, but Magento will not show it until the attribute is added to the set (attribute_sets.assign_missing is false)
S2 care_instructions - not_in_set hidden: attribute care_instructions is not in the product's attribute set (id 4): the value was written, but Magento will not show it until the attribute is added to the set (attribute_sets.assign_missing is false)
rows: []
