--TEST--
Engine::sync: options of a renamed attribute (Akeneo brand -> Magento manufacturer) get their store labels by the Akeneo code, from options_path and from the API (asked at /attributes/{akeneo code}/options); option codes that differ from their labels keep the code as admin value
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$labels = fn (PDO $pdo, string $code) => $pdo->query("SELECT v.store_id, v.value FROM eav_attribute_option_value v
    JOIN eav_attribute_option o USING (option_id) JOIN eav_attribute a USING (attribute_id)
    WHERE a.attribute_code = 'manufacturer' AND o.option_id = (SELECT option_id FROM eav_attribute_option_value WHERE store_id = 0 AND value = " . $pdo->quote($code) . ")
    ORDER BY v.store_id")->fetchAll(PDO::FETCH_KEY_PAIR);

// file source
$t = sync_setup('option_labels_renamed_file', false, ['attributes' => ['brand' => 'manufacturer']]);
$t['config']['source']['options_path'] = 'options.jsonl';
file_put_contents("{$t['dir']}/options.jsonl", json_encode(['code' => 'acme_corp', 'attribute' => 'brand', 'sort_order' => 3,
    'labels' => ['en_US' => 'ACME Corporation', 'fr_FR' => 'ACME Société', 'de_DE' => 'ACME Gesellschaft']], JSON_UNESCAPED_UNICODE) . "\n");
sync_feed($t, [sync_product('B1', ['name' => [sync_v('One', 'en_US')], 'brand' => [sync_v('acme_corp')]])]);
$r = sync_run($t);
echo 'file: ', $r->status, ' ', sync_counts($r), "\n";
print_r($labels($t['pdo'], 'acme_corp'));

// API source: the fake Akeneo serves options of "color"; mapped to manufacturer, they are asked for as color's
$srv = akeneo_start('option_labels_renamed_api', ['products' => 2, 'options' => ['color' => 3]]);
$t = sync_setup('option_labels_renamed_api', false, ['currency' => 'EUR', 'attributes' => ['color' => 'manufacturer'],
    'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
$r = sync_run($t);
echo 'api: ', $r->status, ' ', sync_counts($r), "\n";
$asked = array_values(array_unique(array_map(fn ($e) => parse_url($e['uri'], PHP_URL_PATH),
    array_filter(akeneo_log($srv), fn ($e) => str_contains($e['uri'], '/options')))));
print_r($asked);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('option_labels_renamed_file');
sync_clean('option_labels_renamed_api');
akeneo_clean('option_labels_renamed_api');
?>
--EXPECT--
file: success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
Array
(
    [0] => acme_corp
    [1] => ACME Corporation
    [2] => ACME Société
    [3] => ACME Gesellschaft
)
api: success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
Array
(
    [0] => /api/rest/v1/attributes/color/options
)
