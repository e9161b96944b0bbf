--TEST--
Engine::sync: a value the database would change anyway (a column in a charset pimsync does not model) is caught by the server's warning on LOAD DATA and on a non-strict INSERT session like Magento's: the batch fails, is split, and only that record is parked; nothing changed is stored
--INI--
pcre.jit=0
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
foreach (['load_data' => false, 'magento_session' => true] as $path => $magento) {
    $t = sync_setup("ld_warning_$path");
    // latin1 holds "é" but not "東": the server would store "?" and warn
    $t['pdo']->exec('ALTER TABLE catalog_product_entity_varchar MODIFY value VARCHAR(255) CHARACTER SET latin1 NULL');
    if ($magento) $t = sync_insert_path($t, true);
    sync_feed($t, [
        sync_product('W1', ['name' => [sync_v('Café', 'en_US')]]),
        sync_product('W2', ['name' => [sync_v('東京', 'en_US')]]),
        sync_product('W3', ['name' => [sync_v('Plain', 'en_US')]]),
    ]);
    $r = sync_run($t);
    echo "$path: {$r->status} ", sync_counts($r), ' loadData=', var_export($r->loadData, true), "\n";
    echo '  parked: ', $r->errors[0]['sku'], ' ', preg_replace(['/\(in SQL.*$/s', '/`[a-z0-9_]+`\./'], '', $r->errors[0]['reason']), "\n";
    echo '  names: ', json_encode($t['pdo']->query("SELECT e.sku, v.value FROM catalog_product_entity_varchar v JOIN catalog_product_entity e
        USING (entity_id) WHERE v.attribute_id = 73 AND v.store_id = 0 ORDER BY e.sku")->fetchAll(PDO::FETCH_KEY_PAIR), JSON_UNESCAPED_UNICODE), "\n";
    echo '  products: ', sync_count($t, 'catalog_product_entity'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('ld_warning_load_data');
sync_clean('ld_warning_magento_session');
?>
--EXPECT--
load_data: partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1 loadData=true
  parked: W2 the database would have changed a value written to catalog_product_entity_varchar instead of storing it: Warning 1366: Incorrect string value: '\xE6\x9D\xB1\xE4\xBA\xAC' for column `value` at row 1
  names: {"W1":"Café","W3":"Plain"}
  products: 2
magento_session: partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1 loadData=false
  parked: W2 the database would have changed a value written to catalog_product_entity_varchar instead of storing it: Warning 1366: Incorrect string value: '\xE6\x9D\xB1\xE4\xBA\xAC' for column `value` at row 1
  names: {"W1":"Café","W3":"Plain"}
  products: 2
