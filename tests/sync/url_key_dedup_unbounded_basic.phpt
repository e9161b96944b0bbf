--TEST--
Engine::sync: de-duplication of url keys always succeeds: eight products with one name and SKUs that format alike get -<sku>, then -<sku>-2, -3…, on both write paths, and keep them on the next run
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
// eight Magento SKUs (distinct under its collation) that all format to "x-1"
$feed = [];
foreach (['X 1', 'X-1', 'X_1', 'X.1', 'X/1', 'X+1', 'X:1', 'X#1'] as $sku) {
    $feed[] = sync_product($sku, ['name' => [sync_v('Desk Lamp', 'en_US')]]);
}
$keys = [];
foreach (sync_write_paths('url_key_dedup_unbounded') as $path => $t) {
    sync_feed($t, $feed);
    $r = sync_run($t);
    echo "$path: loadData=", var_export($r->loadData, true), ' ', sync_counts($r), "\n";
    $keys[$path] = $t['pdo']->query("SELECT e.sku, v.value FROM catalog_product_entity_varchar v
        JOIN catalog_product_entity e USING (entity_id) JOIN eav_attribute a USING (attribute_id)
        WHERE a.attribute_code = 'url_key' AND v.store_id = 0 ORDER BY e.entity_id")->fetchAll(PDO::FETCH_KEY_PAIR);
    $paths = $t['pdo']->query("SELECT COUNT(DISTINCT request_path) FROM url_rewrite WHERE store_id = 1")->fetchColumn();
    echo "$path: distinct keys ", count(array_unique($keys[$path])), ", distinct request paths in store 1: $paths\n";
    // every product changes: the keys stay where they are
    $again = $feed;
    foreach ($again as &$p) { $p['values']['meta_title'] = [sync_v('again')]; }
    unset($p);
    sync_feed($t, $again);
    echo "$path rerun: ", sync_counts(sync_run($t)), "\n";
    $now = $t['pdo']->query("SELECT e.sku, v.value FROM catalog_product_entity_varchar v
        JOIN catalog_product_entity e USING (entity_id) JOIN eav_attribute a USING (attribute_id)
        WHERE a.attribute_code = 'url_key' AND v.store_id = 0 ORDER BY e.entity_id")->fetchAll(PDO::FETCH_KEY_PAIR);
    var_dump($now === $keys[$path]);
}
var_dump($keys['load_data'] === $keys['insert']);
foreach ($keys['insert'] as $sku => $key) echo "$sku => $key\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean_write_paths('url_key_dedup_unbounded');
?>
--EXPECT--
load_data: loadData=true seen=8 created=8 updated=0 unchanged=0 disabled=0 failed=0
load_data: distinct keys 8, distinct request paths in store 1: 8
load_data rerun: seen=8 created=0 updated=8 unchanged=0 disabled=0 failed=0
bool(true)
insert: loadData=false seen=8 created=8 updated=0 unchanged=0 disabled=0 failed=0
insert: distinct keys 8, distinct request paths in store 1: 8
insert rerun: seen=8 created=0 updated=8 unchanged=0 disabled=0 failed=0
bool(true)
bool(true)
X 1 => desk-lamp
X-1 => desk-lamp-x-1
X_1 => desk-lamp-x-1-2
X.1 => desk-lamp-x-1-3
X/1 => desk-lamp-x-1-4
X+1 => desk-lamp-x-1-5
X:1 => desk-lamp-x-1-6
X#1 => desk-lamp-x-1-7
