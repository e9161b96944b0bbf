--TEST--
Engine::sync: a url key the feed sends is formatted as Magento formats it ("My URL Key" -> "my-url-key"), in every store, and a re-run finds nothing to change
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('url_key_feed_format_basic');
$feed = [
    sync_product('K1', ['name' => [sync_v('One', 'en_US')], 'url_key' => [sync_v('My URL Key', 'en_US'), sync_v('Mon Clé Été', 'fr_FR')]]),
    sync_product('K2', ['name' => [sync_v('Two', 'en_US')], 'url_key' => [sync_v('Straße & Ærø', 'en_US')]]),
    sync_product('K3', ['name' => [sync_v('Three', 'en_US')], 'url_key' => [sync_v('--already-fine--', 'en_US')]]),
];
sync_feed($t, $feed);
$r = sync_run($t);
echo sync_counts($r), "\n";
echo sync_dump($t, 'url_key');
echo implode("\n", $t['pdo']->query("SELECT CONCAT(store_id, ' ', request_path) FROM url_rewrite WHERE store_id IN (1, 2) ORDER BY store_id, request_path")->fetchAll(PDO::FETCH_COLUMN)), "\n";
echo "value issues: ", $r->valueIssues['count'], "\n";
// the same values compared with Magento again: nothing to write
$t['pdo']->exec('TRUNCATE pimsync_product_state');
echo sync_counts(sync_run($t)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('url_key_feed_format_basic');
?>
--EXPECT--
seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
K1 0 'my-url-key'
K1 1 'my-url-key'
K1 2 'mon-cle-ete'
K2 0 'strasse-aero'
K2 1 'strasse-aero'
K3 0 'already-fine'
K3 1 'already-fine'
1 already-fine.html
1 my-url-key.html
1 strasse-aero.html
2 already-fine.html
2 mon-cle-ete.html
2 strasse-aero.html
value issues: 0
seen=3 created=0 updated=0 unchanged=3 disabled=0 failed=0
