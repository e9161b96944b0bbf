--TEST--
Engine::sync: a realistic Akeneo catalog (tools/generate-catalog.php --realistic: every unit of the standard families, prices without the currency, variants named in their model, emoji, 1 MB descriptions, big numbers, impossible dates, renamed attributes, attributes outside the set, padded SKUs, both API item shapes) ends "success" with every product in Magento and exactly the value issues its manifest expects, on both write paths and both catalog charsets
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$dir = sync_dir('realistic_catalog_gen');
@mkdir($dir, 0700, true);
// the generator runs as a child (valgrind follows it): no PCRE JIT, which valgrind cannot follow
$gen = escapeshellarg(PHP_BINARY) . ' -d pcre.jit=0 ' . escapeshellarg(dirname(__DIR__, 2) . '/tools/generate-catalog.php');
exec("$gen --realistic --skus 200 --seed 7 --out $dir/catalog.jsonl --options-out $dir/options.jsonl --magento-sql $dir/attributes.sql"
    . " --config-out $dir/config.json --manifest-out $dir/manifest.json", $out, $rc);
echo "generated: rc=$rc\n";
$manifest = json_decode(file_get_contents("$dir/manifest.json"), true);
$config = json_decode(file_get_contents("$dir/config.json"), true);
$config['source'] = ['type' => 'jsonl', 'path' => "$dir/catalog.jsonl", 'options_path' => "$dir/options.jsonl"];
$key = fn (array $i) => "{$i['sku']} {$i['attribute']} {$i['store']} {$i['kind']} {$i['action']}";
foreach (['utf8mb3', 'utf8mb4'] as $charset) {
    foreach (['load_data', 'insert'] as $path) {
        $name = "realistic_{$charset}_$path";
        $t = sync_setup($name, false, $config, $charset);
        foreach (pimsync_test_sql_statements("$dir/attributes.sql") as $stmt) $t['pdo']->exec($stmt);
        if ($path === 'insert') $t = sync_insert_path($t);
        $r = sync_run($t);
        $products = sync_count($t, 'catalog_product_entity');
        $stores = $t['pdo']->query('SELECT store_id, code FROM store')->fetchAll(PDO::FETCH_KEY_PAIR);
        $got = [];
        foreach ($t['pdo']->query('SELECT sku, attribute_code, store_id, kind, action FROM pimsync_value_issue')->fetchAll() as $i) {
            $got[] = $key(['sku' => $i['sku'], 'attribute' => $i['attribute_code'], 'store' => $stores[$i['store_id']] ?? '-',
                'kind' => $i['kind'], 'action' => $i['action']]);
        }
        $want = array_map($key, $manifest['expected_value_issues']['items']);
        if ($charset === 'utf8mb3') $want = array_merge($want, array_map($key, $manifest['expected_value_issues']['utf8mb3']['items']));
        sort($got);
        sort($want);
        echo "$charset $path: {$r->status} created={$r->counts['created']} failed={$r->counts['failed']} products=$products",
            " issues=", count($got), ' as expected: ', var_export($got === $want, true), "\n";
        if ($got !== $want) {
            echo "  missing: ", implode(', ', array_slice(array_diff($want, $got), 0, 5)), "\n";
            echo "  unexpected: ", implode(', ', array_slice(array_diff($got, $want), 0, 5)), "\n";
        }
        // the second run of the same feed writes no catalog rows
        $r = sync_run($t);
        echo "  rerun: {$r->status} created={$r->counts['created']} updated={$r->counts['updated']} value rows=", sync_value_rows($r), "\n";
        sync_clean($name);
    }
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('realistic_catalog_gen');
foreach (['utf8mb3', 'utf8mb4'] as $charset) foreach (['load_data', 'insert'] as $path) sync_clean("realistic_{$charset}_$path");
?>
--EXPECT--
generated: rc=0
utf8mb3 load_data: success created=200 failed=0 products=200 issues=114 as expected: true
  rerun: success created=0 updated=0 value rows=0
utf8mb3 insert: success created=200 failed=0 products=200 issues=114 as expected: true
  rerun: success created=0 updated=0 value rows=0
utf8mb4 load_data: success created=200 failed=0 products=200 issues=50 as expected: true
  rerun: success created=0 updated=0 value rows=0
utf8mb4 insert: success created=200 failed=0 products=200 issues=50 as expected: true
  rerun: success created=0 updated=0 value rows=0
