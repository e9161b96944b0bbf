--TEST--
Engine::sync: an ERP CSV field of 10 MB (quoted, with delimiters and line ends inside) lands whole in a MEDIUMTEXT attribute (description)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_large_field_basic', ['sku' => 'sku', 'attributes' => ['name' => 'name', 'description' => 'description']]);
$text = str_repeat("Wool, 100% \"merino\".\n", 500000); // 10.5 MB
$f = fopen($t['csv'], 'w');
fwrite($f, "sku,name,description\nA,Hat,\"" . str_replace('"', '""', $text) . "\"\nB,Cap,short\n");
fclose($f);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$got = $t['pdo']->query("SELECT v.value FROM catalog_product_entity_text v JOIN catalog_product_entity e USING (entity_id)
    WHERE e.sku = 'A' AND v.attribute_id = (SELECT attribute_id FROM eav_attribute WHERE attribute_code = 'description' AND entity_type_id = 4)")->fetchColumn();
echo strlen($got) > 10 << 20 ? 'over 10 MB' : 'short', ' ', var_export($got === $text, true), "\n";
echo sync_dump($t, 'name');
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_large_field_basic');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
over 10 MB true
A 0 'Hat'
B 0 'Cap'
