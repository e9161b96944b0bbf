--TEST--
Engine::sync: a generator mutation updates exactly the changed SKUs and writes only the changed values
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('mutation_generator_variation');
$dir = $t['dir'];
$gen = escapeshellarg(PHP_BINARY) . ' -n ' . escapeshellarg(__DIR__ . '/../../tools/generate-catalog.php');
passthru("$gen --skus 30 --seed 7 --profile small --out $dir/feed.jsonl --options-out $dir/options.jsonl --magento-sql $dir/attrs.sql > /dev/null", $rc);
passthru("$gen mutate --in $dir/feed.jsonl --out $dir/feed2.jsonl --percent 20 --seed 3 > /dev/null", $rc2);
var_dump($rc, $rc2);
foreach (pimsync_test_sql_statements("$dir/attrs.sql") as $stmt) {
    $t['pdo']->exec($stmt);
}
$t['config']['source']['options_path'] = 'options.jsonl';
$r = sync_run($t);
echo sync_counts($r), "\n";
// what changed, computed from the two feeds independently of the engine
$before = [];
foreach (file("$dir/feed.jsonl") as $line) { $p = json_decode($line, true); $before[$p['identifier']] = $p; }
$changed = 0;
foreach (file("$dir/feed2.jsonl") as $line) { $p = json_decode($line, true); $changed += $p != $before[$p['identifier']]; }
$snapshot = function () use ($t): array {
    $rows = [];
    foreach (['varchar', 'int', 'decimal', 'text', 'datetime'] as $type) {
        foreach ($t['pdo']->query("SELECT attribute_id, store_id, entity_id, value FROM catalog_product_entity_$type") as $r) {
            $rows["$type {$r['attribute_id']} {$r['store_id']} {$r['entity_id']}"] = (string) $r['value'];
        }
    }
    return $rows;
};
$db1 = $snapshot();
$t['config']['source']['path'] = 'feed2.jsonl';
$r = sync_run($t);
$db2 = $snapshot();
var_dump($r->counts['updated'] === $changed, $changed > 0, $r->counts['created'], $r->counts['unchanged'] === 30 - $changed);
// value rows written = value rows that differ between the two database states
$differ = count(array_diff_assoc($db2, $db1)) + count(array_diff_key($db1, $db2));
var_dump($differ > 0, sync_value_rows($r) === $differ);
var_dump(count($r->changedEntities) === $changed);
$r = sync_run($t);
echo sync_counts($r), "\n";
var_dump($r->rowsWritten);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('mutation_generator_variation');
?>
--EXPECT--
int(0)
int(0)
seen=30 created=30 updated=0 unchanged=0 disabled=0 failed=0
bool(true)
bool(true)
int(0)
bool(true)
bool(true)
bool(true)
bool(true)
seen=30 created=0 updated=0 unchanged=30 disabled=0 failed=0
array(0) {
}
