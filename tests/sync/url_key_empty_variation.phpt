--TEST--
Engine::sync: where Magento's format leaves no url key (a name or a feed url key in CJK only, emoji only), the key is made from the name or the SKU and a value issue "url_key" / "filled" says so
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('url_key_empty_variation', false, [], 'utf8mb4');
sync_feed($t, [
    sync_product('JP-1', ['name' => [sync_v('日本語 テスト', 'en_US')]]),
    sync_product('JP-2', ['name' => [sync_v('日本', 'en_US')]]),
    sync_product('EMO-1', ['name' => [sync_v('😀🚀', 'en_US')]]),
    sync_product('FEED-1', ['name' => [sync_v('Green Tea', 'en_US')], 'url_key' => [sync_v('緑茶', 'en_US')]]),
    sync_product('茶', ['name' => [sync_v('茶', 'en_US')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_dump($t, 'url_key');
echo "issues: ", $r->valueIssues['count'], ' ', json_encode($r->valueIssues['by_kind']), "\n";
foreach ($t['pdo']->query('SELECT sku, attribute_code, store_id, kind, action, message FROM pimsync_value_issue ORDER BY sku, store_id') as $row) {
    echo implode(' | ', $row), "\n";
}
echo "request paths in store 1: ", $t['pdo']->query("SELECT COUNT(DISTINCT request_path) FROM url_rewrite WHERE store_id = 1 AND request_path <> '.html'")->fetchColumn(), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('url_key_empty_variation');
?>
--EXPECTF--
success seen=5 created=5 updated=0 unchanged=0 disabled=0 failed=0
EMO-1 0 'emo-1'
FEED-1 0 'green-tea'
FEED-1 1 'green-tea'
JP-1 0 'jp-1'
JP-2 0 'jp-2'
茶 0 'product-%x'
issues: 6 {"url_key":6}
EMO-1 | url_key | 0 | url_key | filled | the name has no letter or digit Magento keeps in a url key; url key "emo-1" was made from the SKU
FEED-1 | url_key | 0 | url_key | filled | url key "緑茶" has no letter or digit Magento keeps; "green-tea" was made from the name
FEED-1 | url_key | 1 | url_key | filled | url key "緑茶" has no letter or digit Magento keeps; "green-tea" was made from the name
JP-1 | url_key | 0 | url_key | filled | the name has no letter or digit Magento keeps in a url key; url key "jp-1" was made from the SKU
JP-2 | url_key | 0 | url_key | filled | the name has no letter or digit Magento keeps in a url key; url key "jp-2" was made from the SKU
茶 | url_key | 0 | url_key | filled | the name has no letter or digit Magento keeps in a url key; url key "product-%x" was made from the product's hash
request paths in store 1: 5
