--TEST--
Validation (layer 1): range, ratio to a reference price, length, no_html, contains and allowed rules with reject_value: each breaking value is left out with a value issue naming layer and rule, attribute, store and the value, the rest of the product lands; a product that breaks none passes; the report counts checked, passed, the first-time pass rate and findings by rule
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('validation_value_rules_basic', false, ['validation' => ['rules' => [
    ['rule' => 'price_floor', 'kind' => 'range', 'attribute' => 'price', 'min' => 1, 'max' => 100000],
    ['rule' => 'price_vs_cost', 'kind' => 'ratio', 'attribute' => 'price', 'reference' => 'cost', 'min' => 0.5],
    ['rule' => 'description_length', 'kind' => 'length', 'attribute' => 'description', 'min' => 20],
    ['rule' => 'fabric_named', 'kind' => 'contains', 'attribute' => 'description', 'any_of' => ['Cotton', 'wool']],
    ['rule' => 'plain_name', 'kind' => 'no_html', 'attribute' => 'name'],
    ['rule' => 'title_kind', 'kind' => 'allowed', 'attribute' => 'meta_title', 'values' => ['Hat', 'Cap']],
]]]);
$price = fn (string $amount) => [sync_v([['amount' => $amount, 'currency' => 'USD']])];
$ok = ['name' => [sync_v('Plain hat', 'en_US')], 'price' => $price('500.00'), 'cost' => $price('250.00'),
    'description' => [sync_v('A warm hat of soft wool, lined', 'en_US')], 'meta_title' => [sync_v('Hat', 'en_US')]];
sync_feed($t, [
    sync_product('V1', $ok),
    sync_product('V2', ['price' => $price('0.01')] + $ok),
    sync_product('V3', ['name' => [sync_v('<b>Hat</b> &amp; scarf', 'en_US'), sync_v('Chapeau', 'fr_FR')]] + $ok),
    sync_product('V4', ['description' => [sync_v('A short one', 'en_US'), sync_v('Un chapeau de laine, en coton doux', 'fr_FR')]] + $ok),
    sync_product('V5', ['meta_title' => [sync_v('Beanie', 'en_US')]] + $ok),
    sync_product('V6', ['price' => $price('100.00')] + $ok),
]);
$r = sync_run($t);
echo $r->status, ', ', sync_counts($r), "\n";
foreach (['V1', 'V2', 'V3', 'V4', 'V5', 'V6'] as $sku) {
    echo $sku, ': price ', json_encode(sync_values($t, $sku, 'price')), ', name ', json_encode(sync_values($t, $sku, 'name')),
        ', description ', json_encode(array_map(fn ($d) => substr($d, 0, 12), sync_values($t, $sku, 'description'))),
        ', meta_title ', json_encode(sync_values($t, $sku, 'meta_title')), "\n";
}
echo sync_issues($t);
echo json_encode($r->validation), "\n";
echo 'a re-run reports the same again: ';
$r2 = sync_run($t);
echo $r2->validation['checked'], ' checked, ', $r2->validation['passed'], ' passed, ', $r2->valueIssues['count'], " value issues\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('validation_value_rules_basic');
?>
--EXPECT--
success, seen=6 created=6 updated=0 unchanged=0 disabled=0 failed=0
V1: price ["500.000000"], name ["Plain hat","Plain hat"], description ["A warm hat o","A warm hat o"], meta_title ["Hat","Hat"]
V2: price [], name ["Plain hat","Plain hat"], description ["A warm hat o","A warm hat o"], meta_title ["Hat","Hat"]
V3: price ["500.000000"], name {"0":"V3","2":"Chapeau"}, description ["A warm hat o","A warm hat o"], meta_title ["Hat","Hat"]
V4: price ["500.000000"], name ["Plain hat","Plain hat"], description [], meta_title ["Hat","Hat"]
V5: price ["500.000000"], name ["Plain hat","Plain hat"], description ["A warm hat o","A warm hat o"], meta_title []
V6: price [], name ["Plain hat","Plain hat"], description ["A warm hat o","A warm hat o"], meta_title ["Hat","Hat"]
V2 price 0 L1:price_floor left_out: price is 0.010000, below the minimum 1 (rule price_floor); the value was left out
V3 name 0 L1:plain_name left_out: name contains HTML: "<b>Hat</b> &amp; scarf" (rule plain_name); the value was left out
V3 name 1 L1:plain_name left_out: name contains HTML: "<b>Hat</b> &amp; scarf" (rule plain_name); the value was left out
V3 name 0 name_fallback filled: the feed has no name for this new product; it was named from its SKU
V4 description 0 L1:description_length left_out: description 11 characters, fewer than 20: "A short one" (rule description_length); the value was left out
V4 description 1 L1:description_length left_out: description 11 characters, fewer than 20: "A short one" (rule description_length); the value was left out
V4 description 2 L1:fabric_named left_out: description contains none of the required words: "Un chapeau de laine, en coton doux" (rule fabric_named); the value was left out
V5 meta_title 0 L1:title_kind left_out: meta_title "Beanie" is not one of the allowed values (rule title_kind); the value was left out
V5 meta_title 1 L1:title_kind left_out: meta_title "Beanie" is not one of the allowed values (rule title_kind); the value was left out
V6 price 0 L1:price_vs_cost left_out: price is 100.000000, 0.4 times cost 250.000000: less than 0.5 times (rule price_vs_cost); the value was left out
{"checked":6,"passed":1,"first_time_pass_rate":0.16666666666666666,"values_rejected":9,"records_rejected":0,"written_disabled":0,"findings_by_rule":{"price_floor":1,"plain_name":2,"description_length":2,"fabric_named":1,"title_kind":2,"price_vs_cost":1}}
a re-run reports the same again: 5 checked, 0 passed, 9 value issues