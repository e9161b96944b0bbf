--TEST--
Engine::sync with the akeneo_api source: a product whose JSON has a key twice is parked as such (L0), not imported with the last value; the other items of its page are imported
--EXTENSIONS--
pimsync
pdo_mysql
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
/* product 2 is sent as {"identifier":"sku-00002","identifier":"sku-99999",…} */
$srv = akeneo_start('engine_akeneo_api_duplicate_key', ['products' => 3, 'duplicate_key' => [2]]);
$t = sync_setup('akeneo_api_duplicate_key_error', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$dl = $t['pdo']->query('SELECT position, source_id, reason, payload FROM pimsync_dead_letter')->fetchAll();
echo count($dl), ' ', $dl[0]['position'], ' ', $dl[0]['source_id'], "\n", $dl[0]['reason'], "\n";
var_dump(str_contains($dl[0]['payload'], '"identifier":"sku-00002","identifier":"sku-99999"'));
var_dump(sync_entity_id($t, 'sku-00001') !== null, sync_entity_id($t, 'sku-00003') !== null, sync_entity_id($t, 'sku-00002'), sync_entity_id($t, 'sku-99999'));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('akeneo_api_duplicate_key_error');
akeneo_clean('engine_akeneo_api_duplicate_key');
?>
--EXPECT--
partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
1 item 2 00000000-0000-4000-8000-000000000002
invalid JSON: key "identifier" occurs twice in one object
bool(true)
bool(true)
bool(true)
NULL
NULL
