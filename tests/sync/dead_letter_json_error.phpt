--TEST--
Engine::sync: a malformed JSON line is skipped, reported with its line number, parked with its payload; the run goes on as partial
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('dead_letter_json_error');
sync_feed($t, [
    sync_product('A', ['name' => [sync_v('Hat', 'en_US')]]),
    '{"identifier": "B", "values": {',
    sync_product('C', ['name' => [sync_v('Cap', 'en_US')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
print_r($r->errors);
print_r($t['pdo']->query('SELECT run_id, position, sku, reason, payload FROM pimsync_dead_letter')->fetchAll());
echo $r->rowsWritten['pimsync_dead_letter'], "\n";
var_dump(sync_entity_id($t, 'A') !== null, sync_entity_id($t, 'C') !== null, sync_entity_id($t, 'B'));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('dead_letter_json_error');
?>
--EXPECT--
partial seen=3 created=2 updated=0 unchanged=0 disabled=0 failed=1
Array
(
    [0] => Array
        (
            [position] => line 2
            [sku] => 
            [reason] => invalid JSON: syntax error
        )

)
Array
(
    [0] => Array
        (
            [run_id] => 1
            [position] => line 2
            [sku] => 
            [reason] => invalid JSON: syntax error
            [payload] => {"identifier": "B", "values": {
        )

)
1
bool(true)
bool(true)
NULL
