--TEST--
Engine::sync: a record without an identifier is parked; the others are written
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('missing_identifier_error');
sync_feed($t, [
    ['enabled' => true, 'values' => ['name' => [sync_v('Nameless', 'en_US')]]],
    sync_product('B', ['name' => [sync_v('Cap', 'en_US')]]),
    ['identifier' => null, 'values' => []],
    '[1, 2]',
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach ($t['pdo']->query('SELECT position, sku, reason, payload FROM pimsync_dead_letter ORDER BY dead_letter_id') as $row) {
    echo implode(' | ', array_map(fn($v) => var_export($v, true), $row)), "\n";
}
echo sync_count($t, 'catalog_product_entity'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('missing_identifier_error');
?>
--EXPECT--
partial seen=4 created=1 updated=0 unchanged=0 disabled=0 failed=3
'line 1' | NULL | 'no identifier: neither "identifier" nor a value of the identifier attribute' | '{"enabled":true,"values":{"name":[{"locale":"en_US","scope":null,"data":"Nameless"}]}}'
'line 3' | NULL | 'no identifier: neither "identifier" nor a value of the identifier attribute' | '{"identifier":null,"values":[]}'
'line 4' | NULL | 'no identifier: neither "identifier" nor a value of the identifier attribute' | '[1, 2]'
1
