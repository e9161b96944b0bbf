--TEST--
Engine::sync: unknown attributes and unmapped locales are run warnings with counts and first position; the products are written
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('unknown_attribute_locale_warning');
sync_feed($t, [
    sync_product('A', ['name' => [sync_v('Hat', 'en_US'), sync_v('Hoed', 'nl_NL')], 'fabric' => [sync_v('wool')]]),
    sync_product('B', ['name' => [sync_v('Cap', 'en_US'), sync_v('Pet', 'nl_NL')], 'fabric' => [sync_v('cotton')], 'weave' => [sync_v('x')]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
print_r($r->warnings);
echo sync_dump($t, 'name');
// null in "attributes" silences one
$t['config']['attributes'] = ['fabric' => null, 'weave' => null];
sync_feed($t, [sync_product('C', ['fabric' => [sync_v('silk')], 'weave' => [sync_v('y')]])]);
$r = sync_run($t);
var_dump(array_filter($r->warnings, fn($k) => str_starts_with($k, "unknown_"), ARRAY_FILTER_USE_KEY));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('unknown_attribute_locale_warning');
?>
--EXPECT--
success seen=2 created=2 updated=0 unchanged=0 disabled=0 failed=0
Array
(
    [unknown_locale] => Array
        (
            [message] => locale nl_NL is not mapped to a store view in "locales"; its values were skipped
            [count] => 2
            [first_position] => line 1
        )

    [unknown_attribute:fabric] => Array
        (
            [message] => attribute fabric is not a Magento product attribute; its values were skipped (map it under "attributes", or set it to null to silence this)
            [count] => 2
            [first_position] => line 1
        )

    [unknown_attribute:weave] => Array
        (
            [message] => attribute weave is not a Magento product attribute; its values were skipped (map it under "attributes", or set it to null to silence this)
            [count] => 1
            [first_position] => line 2
        )

)
A 0 'Hat'
A 1 'Hat'
B 0 'Cap'
B 1 'Cap'
array(0) {
}
