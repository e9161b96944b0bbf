--TEST--
Engine::sync: JSON numbers keep the source's digits in text attributes (12345678901234567890, 1.10, 1e400 stay as written); decimals round on the digits, never through a double; 1e400 is refused for a number attribute, "NaN" and "Infinity" too (bare NaN is not JSON: the record is parked); a key twice in one object parks the record
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('json_numbers_basic');
$name = '"name":[{"locale":null,"scope":null,"data":"N"}]';
$v = fn (string $code, string $json) => "\"$code\":[{\"locale\":null,\"scope\":null,\"data\":$json}]";
sync_feed($t, [
    '{"identifier":"J1","values":{' . $name . ',' . $v('meta_keyword', '12345678901234567890') . ',' . $v('meta_title', '1.10') . ','
        . $v('meta_description', '1e400') . ',' . $v('cost', '0.12345650000000000001') . ',' . $v('price', '1e400') . ','
        . $v('special_price', '-1.5E-7') . ',' . $v('msrp', '"NaN"') . ',' . $v('weight', '"Infinity"') . '}}',
    // the same attribute twice: which value was meant cannot be known
    '{"identifier":"J2","values":{' . $name . ',' . $v('cost', '1') . ',' . $v('cost', '2') . '}}',
    '{"identifier":"J3","values":{' . $name . ',' . $v('cost', 'NaN') . '}}',
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
foreach (['meta_keyword', 'meta_title', 'meta_description', 'cost', 'price', 'special_price', 'msrp', 'weight'] as $code) {
    echo "$code: ", json_encode(sync_values($t, 'J1', $code)[0] ?? null), "\n";
}
echo sync_issues($t);
foreach ($r->errors as $e) echo $e['position'], ': ', $e['reason'], "\n";
var_dump(sync_entity_id($t, 'J2'), sync_entity_id($t, 'J3'));
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('json_numbers_basic');
?>
--EXPECT--
partial seen=3 created=1 updated=0 unchanged=0 disabled=0 failed=2
meta_keyword: "12345678901234567890"
meta_title: "1.10"
meta_description: "1e400"
cost: "0.123457"
price: null
special_price: "0.000000"
msrp: null
weight: null
J1 price 0 out_of_range left_out: 1e400 is outside what catalog_product_entity_decimal.value (decimal(20,6)) holds; the value was left out
J1 msrp 0 not_a_number left_out: "NaN" is not a number
J1 weight 0 not_a_number left_out: "Infinity" is not a number
line 2: invalid JSON: key "cost" occurs twice in one object
line 3: invalid JSON: syntax error
NULL
NULL
