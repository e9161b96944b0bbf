--TEST--
Validation actions: reject_record parks the record in pimsync_dead_letter with every finding (an existing product stays as Magento has it); write_disabled lands a new product disabled with its values, while an existing product keeps its status and loses the flagged values; an L0 sku_pattern rule parks a malformed SKU; category_exists with reject_value puts the product only in categories that exist and creates none; required rules apply to their attribute sets and types only
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('validation_record_actions_variation', false, ['validation' => ['rules' => [
    ['rule' => 'complete', 'kind' => 'required', 'attributes' => ['name', 'price'], 'attribute_sets' => ['Default'], 'types' => ['simple']],
    ['rule' => 'sane_price', 'kind' => 'range', 'attribute' => 'price', 'min' => 1, 'action' => 'write_disabled'],
    ['rule' => 'sku_shape', 'kind' => 'sku_pattern', 'pattern' => '/^[A-Z0-9-]+$/'],
    ['rule' => 'known_category', 'kind' => 'category_exists'],
]]]);
$price = fn (string $amount) => [sync_v([['amount' => $amount, 'currency' => 'USD']])];
$name = ['name' => [sync_v('A hat', 'en_US')]];
$cats = $t['pdo']->query("SELECT COUNT(*) FROM catalog_category_entity")->fetchColumn();
// first run: R1 and E1 land as they are
sync_feed($t, [sync_product('R1', $name + ['price' => $price('20.00')]), sync_product('E1', $name + ['price' => $price('30.00')])]);
sync_run($t);
// second run
sync_feed($t, [
    sync_product('R1', $name + ['price' => [sync_v([['amount' => '25.00', 'currency' => 'EUR']])]]), // no USD price: price missing, record rejected
    sync_product('E1', $name + ['price' => $price('0.01')]),              // existing: keeps 30.00 and its status
    sync_product('N1', $name + ['price' => $price('0.01')]),              // new: lands disabled, price written
    sync_product('bad sku', $name + ['price' => $price('9.00')]),         // L0: parked
    sync_product('C1', $name + ['price' => $price('9.00')], ['categories' => ['no_such_category']]),
]);
$r = sync_run($t);
echo $r->status, ', ', sync_counts($r), "\n";
foreach (['R1', 'E1', 'N1', 'C1'] as $sku) {
    echo $sku, ': price ', json_encode(sync_values($t, $sku, 'price')), ', status ', json_encode(sync_values($t, $sku, 'status')), "\n";
}
echo 'bad sku in Magento: ', sync_entity_id($t, 'bad sku') === null ? 'no' : 'yes', "\n";
echo 'categories created: ', $t['pdo']->query("SELECT COUNT(*) FROM catalog_category_entity")->fetchColumn() - $cats,
    ', C1 in categories: ', sync_count($t, 'catalog_category_product', 'product_id = ' . (int) sync_entity_id($t, 'C1')), "\n";
foreach ($t['pdo']->query('SELECT sku, reason FROM pimsync_dead_letter ORDER BY dead_letter_id') as $d) {
    echo 'dead letter ', $d['sku'], ': ', $d['reason'], "\n";
}
echo sync_issues($t, $r->runId);
echo json_encode($r->validation), "\n";
// a configurable-only or other-set rule does not apply to these simple products
$t['config']['validation']['rules'] = [['rule' => 'complete', 'kind' => 'required', 'attributes' => ['price'], 'types' => ['configurable']]];
sync_feed($t, [sync_product('S1', $name)]);
$r = sync_run($t);
echo 'a price-less simple product under a configurable-only rule: ', sync_counts($r), ', findings ', json_encode($r->validation['findings_by_rule']), "\n";
// the PIM owns no status under the default matrix: a write_disabled product still lands disabled
$t['config']['ownership'] = ['matrix' => 'default'];
$t['config']['validation']['rules'] = [['rule' => 'sane_price', 'kind' => 'range', 'attribute' => 'price', 'min' => 1, 'action' => 'write_disabled']];
$t['config']['ownership']['fields'] = ['price' => ['owner' => 'pim']];
sync_feed($t, [sync_product('N2', $name + ['price' => $price('0.01')])]);
$r = sync_run($t);
echo 'N2 without a status of its source: status ', json_encode(sync_values($t, 'N2', 'status')), ', written_disabled ', $r->validation['written_disabled'], "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('validation_record_actions_variation');
?>
--EXPECT--
partial, seen=5 created=2 updated=0 unchanged=1 disabled=0 failed=2
R1: price ["20.000000"], status [1]
E1: price ["30.000000"], status [1]
N1: price ["0.010000"], status [2]
C1: price ["9.000000"], status [1]
bad sku in Magento: no
categories created: 0, C1 in categories: 0
dead letter R1: rejected by validation: L1:complete required price is missing
dead letter bad sku: rejected by validation: L0:sku_shape SKU "bad sku" does not match /^[A-Z0-9-]+$/
E1 price 0 L1:sane_price left_out: price is 0.010000, below the minimum 1 (rule sane_price); the value was left out and the status kept
N1 price 0 L1:sane_price written_disabled: price is 0.010000, below the minimum 1 (rule sane_price); the new product was written disabled
C1 no_such_category - L1:known_category left_out: category no_such_category does not exist in Magento (rule known_category); the product was not put in it
{"checked":5,"passed":0,"first_time_pass_rate":0,"values_rejected":2,"records_rejected":2,"written_disabled":1,"findings_by_rule":{"complete":1,"sane_price":2,"sku_shape":1,"known_category":1}}
a price-less simple product under a configurable-only rule: seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0, findings []
N2 without a status of its source: status [2], written_disabled 1