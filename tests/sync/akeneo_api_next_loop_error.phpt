--TEST--
Engine::sync with the akeneo_api source: a next link back to an earlier page ends the full run "failed" in bounded time, the records of the pages before committed, and no product disabled as absent
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
$srv = akeneo_start('engine_akeneo_api_next_loop', ['products' => 250, 'options' => ['color' => 3]]);
$t = sync_setup('akeneo_api_next_loop_error', false, ['currency' => 'EUR', 'absent' => 'disable', 'absent_max_percent' => 100,
    'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv, ['page_size' => 100])]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";

/* every product changes; page 3 names page 1 as its next */
akeneo_scenario_set($srv, ['products' => 300, 'next_loop' => 'first', 'product_values' => ['meta_title' => [sync_v('Changed')]]]);
$t0 = microtime(true);
try {
    sync_run($t, ['mode' => 'full']);
    echo "no error\n";
} catch (PimSync\HttpException $e) {
    echo preg_replace('/search_after=[^"&\s:]+/', 'search_after=…', str_replace($srv['url'], 'URL', $e->getMessage())), "\n";
}
var_dump(microtime(true) - $t0 < 30);
$row = $t["pdo"]->query("SELECT status, created, updated, disabled FROM pimsync_run WHERE run_id = 2")->fetch();
echo "run 2: {$row["status"]}, created {$row["created"]}, updated {$row["updated"]}, disabled {$row["disabled"]} (the records read before the listing failed, one batch: written)\n";
echo 'changed in Magento: ', count(array_filter(array_map(fn($i) => sync_values($t, sprintf('sku-%05d', $i), 'meta_title'), range(1, 250)))), "\n";
echo 'disabled in Magento (the feed disables every 7th): ', count(array_filter(range(1, 250), fn($i) => $i % 7 === 0)), ' ', sync_count($t, 'catalog_product_entity_int', 'value = 2 AND attribute_id = (SELECT attribute_id FROM eav_attribute WHERE attribute_code = "status" AND entity_type_id = 4)'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('akeneo_api_next_loop_error');
akeneo_clean('engine_akeneo_api_next_loop');
?>
--EXPECT--
success seen=250 created=250 updated=0 unchanged=0 disabled=0 failed=0
Run 2 failed: source failed: GET URL/api/rest/v1/products-uuid?pagination_type=search_after&limit=100&search_after=…: _links.next.href "URL/api/rest/v1/products-uuid?pagination_type=search_after&limit=100" names a page this listing already fetched: stopped, the server would repeat pages forever
bool(true)
run 2: failed, created 0, updated 200, disabled 0 (the records read before the listing failed, one batch: written)
changed in Magento: 200
disabled in Magento (the feed disables every 7th): 35 35
