--TEST--
Engine::sync: url keys of long names fit url_rewrite.request_path (255 with the suffix): Magento's key in full up to that, and on a clash the base is cut, never the -<sku> or the counter
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('url_key_length_variation');
$long = substr('Premium ' . str_repeat('Stainless Steel ', 20) . 'Kettle', 0, 255); // a name as long as the varchar holds
$feed = [
    sync_product('K-150', ['name' => [sync_v(substr($long, 0, 150), 'en_US')]]),
    sync_product('K-1', ['name' => [sync_v($long, 'en_US')]]),
    sync_product('K-2', ['name' => [sync_v($long, 'en_US')]]),
    sync_product('K 2', ['name' => [sync_v($long, 'en_US')]]),
];
sync_feed($t, $feed);
echo sync_counts(sync_run($t)), "\n";
$full = 'premium-' . str_repeat('stainless-steel-', 20) . 'kettle';
$tail = ['K-150' => '', 'K-1' => '', 'K-2' => '-k-2', 'K 2' => '-k-2-2'];  // what the clash adds, kept whole
foreach ($tail as $sku => $_) {
    $key = sync_values($t, $sku, 'url_key')[0];
    printf("%s: %d characters, ends %s, starts as the name's key: %s\n", $sku, strlen($key), substr($key, -12),
        var_export(str_starts_with($full, $tail[$sku] === '' ? $key : (str_ends_with($key, $tail[$sku]) ? rtrim(substr($key, 0, -strlen($tail[$sku])), '-') : '-')), true));
}
echo "longest request path: ", $t['pdo']->query('SELECT MAX(CHAR_LENGTH(request_path)) FROM url_rewrite')->fetchColumn(), "\n";
echo "request paths in store 1: ", $t['pdo']->query('SELECT COUNT(DISTINCT request_path) FROM url_rewrite WHERE store_id = 1')->fetchColumn(), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('url_key_length_variation');
?>
--EXPECT--
seen=4 created=4 updated=0 unchanged=0 disabled=0 failed=0
K-150: 150 characters, ends ainless-stee, starts as the name's key: true
K-1: 250 characters, ends ess-steel-st, starts as the name's key: true
K-2: 250 characters, ends ess-stee-k-2, starts as the name's key: true
K 2: 250 characters, ends ess-st-k-2-2, starts as the name's key: true
longest request path: 255
request paths in store 1: 4
