--TEST--
Engine::sync: "channels" maps each Akeneo channel to websites; scoped values land on that website's store views, the default channel's on store 0
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('channels_websites_basic');
// a second website (b2b) with one English store view (id 4)
$t['pdo']->exec("INSERT INTO store_website (website_id, code, name, sort_order, default_group_id, is_default) VALUES (2, 'b2b', 'Trade', 1, 2, 0)");
$t['pdo']->exec("INSERT INTO store_group (group_id, website_id, name, root_category_id, default_store_id, code) VALUES (2, 2, 'Trade Store', 2, 4, 'trade')");
$t['pdo']->exec("INSERT INTO store (store_id, code, website_id, group_id, name, sort_order, is_active) VALUES (4, 'b2b_en', 2, 2, 'Trade English', 0, 1)");
unset($t['config']['channel'], $t['config']['websites']);
$t['config']['channels'] = ['ecommerce' => ['base'], 'b2b' => ['b2b']];
$t['config']['locales'] = ['en_US' => ['default', 'b2b_en'], 'fr_FR' => ['fr'], 'de_DE' => ['de']];
sync_feed($t, [sync_product('CH1', [
    'name' => [sync_v('Drill', 'en_US'), sync_v('Perceuse', 'fr_FR')],
    // localized and scoped: each channel's text on its own store views
    'description' => [sync_v('Shop text', 'en_US', 'ecommerce'), sync_v('Trade text', 'en_US', 'b2b'),
                      sync_v('Texte boutique', 'fr_FR', 'ecommerce'), sync_v('Texte pro', 'fr_FR', 'b2b')],
    // scoped, not localized: the b2b value goes to every b2b store view
    'meta_title' => [sync_v('Shop title', null, 'ecommerce'), sync_v('Trade title', null, 'b2b')],
    // a channel the config does not map is not for this catalog
    'short_description' => [sync_v('Print text', 'en_US', 'print')],
])]);
$r = sync_run($t);
echo sync_counts($r), "\n";
foreach (['name', 'description', 'meta_title', 'short_description'] as $code) {
    echo "$code: ", json_encode(sync_values($t, 'CH1', $code), JSON_UNESCAPED_UNICODE), "\n";
}
$id = sync_entity_id($t, 'CH1');
echo "websites: ", implode(',', $t['pdo']->query("SELECT website_id FROM catalog_product_website WHERE product_id = $id ORDER BY website_id")->fetchAll(PDO::FETCH_COLUMN)), "\n";
echo "rewrite stores: ", implode(',', $t['pdo']->query("SELECT store_id FROM url_rewrite WHERE entity_type = 'product' AND entity_id = $id ORDER BY store_id")->fetchAll(PDO::FETCH_COLUMN)), "\n";
print_r(PimSync\Config::fromFile("{$t['dir']}/config.json")->toArray()['websites']);

// both forms at once is a configuration error
try {
    PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "x"}, "channel": "ecommerce", "channels": {"b2b": ["b2b"]}}', 'both.json');
} catch (PimSync\ConfigException $e) {
    echo $e->getMessage(), "\n";
}
// a channel mapped to a website Magento lacks fails the run with the reason
$t['config']['channels']['mobile'] = ['app'];
try {
    sync_run($t);
} catch (PimSync\Exception $e) {
    echo get_class($e), ': ', preg_replace('/^Run \d+ failed: .*config.json: /', '', $e->getMessage()), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('channels_websites_basic');
?>
--EXPECT--
seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
name: {"0":"Drill","1":"Drill","2":"Perceuse","4":"Drill"}
description: {"0":"Shop text","1":"Shop text","2":"Texte boutique","4":"Trade text"}
meta_title: {"0":"Shop title","4":"Trade title"}
short_description: []
websites: 1,2
rewrite stores: 1,2,3,4
Array
(
    [0] => base
    [1] => b2b
)
both.json:1: field "channels": give either "channels" or "channel" with "websites", not both
PimSync\ConfigException: channel mobile maps to website "app", which is not in Magento's store_website table
