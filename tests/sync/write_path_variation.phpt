--TEST--
Engine::sync: new rows by LOAD DATA LOCAL INFILE and by INSERT store the same bytes, delimiters and escapes included
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
// every byte LOAD DATA's text format or an SQL literal treats specially
$tricky = "tab\there|nl\nhere|cr\rhere|back\\slash|\\N|\\t literal|nul\0byte|quote ' \" `|end\\";
$feed = [
    sync_product('W1', ['name' => [sync_v('Plain', 'en_US')], 'description' => [sync_v($tricky, 'en_US')],
        'meta_title' => [sync_v("\\", 'en_US')]]),
];
$stored = [];
foreach (['load_data' => true, 'insert' => false] as $path => $localInfile) {
    $t = sync_setup("write_path_$path");
    if (!$localInfile) {
        // a connection that does not allow LOAD DATA LOCAL: the engine falls back to INSERT
        $dsn = sprintf('mysql:host=%s;port=%s;dbname=%s;charset=utf8mb4', pimsync_test_env('PIMSYNC_DB_HOST', '127.0.0.1'),
            pimsync_test_env('PIMSYNC_DB_PORT', '33306'), pimsync_test_db_name("write_path_$path"));
        $t['pdo'] = new PDO($dsn, pimsync_test_env('PIMSYNC_DB_USER', 'pimsync'),
            pimsync_test_env('PIMSYNC_DB_PASSWORD', 'pimsync'), [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }
    sync_feed($t, $feed);
    $r = sync_run($t);
    echo "$path: loadData=", var_export($r->loadData, true), ' ', sync_counts($r), "\n";
    $stored[$path] = [sync_values($t, 'W1', 'description'), sync_values($t, 'W1', 'meta_title')];
    var_dump($stored[$path][0][0] === $tricky, $stored[$path][1][0] === "\\");
    // what was stored reads back equal to the feed: with the state gone, the
    // full comparison against Magento finds nothing to write
    $t['pdo']->exec('TRUNCATE pimsync_product_state');
    $r = sync_run($t);
    echo "$path rerun: ", sync_counts($r), "\n";
}
var_dump($stored['load_data'] === $stored['insert']);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('write_path_load_data');
sync_clean('write_path_insert');
?>
--EXPECT--
load_data: loadData=true seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
bool(true)
bool(true)
load_data rerun: seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0
insert: loadData=false seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
bool(true)
bool(true)
insert rerun: seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0
bool(true)
