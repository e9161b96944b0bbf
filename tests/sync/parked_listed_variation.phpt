--TEST--
Engine::sync delta run: a parked record that is also in the updated listing is read once, not asked for again nor parked as a duplicate
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start('parked_listed_variation', ['products' => 3, 'options' => ['color' => 3],
    'product_overrides' => ['2' => ['categories' => 'summer']]]);
$t = sync_setup('parked_listed_variation', false, ['currency' => 'EUR', 'source' => ['type' => 'akeneo_api'] + akeneo_settings($srv)]);
echo sync_run($t)->status, "\n";
/* fixed in Akeneo, which stamps the edit */
akeneo_scenario_set($srv, ['product_overrides' => ['2' => ['updated' => gmdate('Y-m-d\TH:i:sP', time() + 60)]]]);
$before = count(akeneo_log($srv));
$r = sync_run($t, ['mode' => 'delta']);
echo $r->status, ' ', sync_counts($r), "\n";
var_dump(array_map(fn($s) => array_keys($s), akeneo_product_searches($srv, $before)));
echo sync_count($t, 'pimsync_dead_letter'), ' ', implode(',', $t['pdo']->query('SELECT status FROM pimsync_dead_letter')->fetchAll(PDO::FETCH_COLUMN)), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('parked_listed_variation');
akeneo_clean('parked_listed_variation');
?>
--EXPECT--
partial
success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0
array(1) {
  [0]=>
  array(1) {
    [0]=>
    string(7) "updated"
  }
}
1 resolved
