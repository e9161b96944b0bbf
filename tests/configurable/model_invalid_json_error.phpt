--TEST--
Configurables: a product model is filed by its top-level code, parent and family without being decoded (a "code" nested in its values is not its code; an escaped code is left to the decoder); one whose values are not valid JSON is parked with the decoder's reason when its configurable is written, and so is each variant product that would inherit from it; the others land (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/configurable.inc';
foreach (['entity_id' => false, 'row_id' => true] as $layout => $staging) {
    echo "== $layout\n";
    $t = cfg_setup("configurable_model_invalid_json_$layout", $staging);
    /* "values" before "code", and a select value whose data is an object with a "code" */
    $nested = ['values' => ['name' => [sync_v('T-shirt', 'en_US')], 'care' => [sync_v(['code' => 'not-me'])]]];
    cfg_write($t,
        [$nested + cfg_model('tshirt', null, 'tshirt_size'),
         cfg_model('cap', null, 'tshirt_size', ['name' => [sync_v('Cap', 'en_US')]])],
        [cfg_variant('tshirt_size', [['size']])],
        [cfg_child('tshirt-s', 'tshirt', ['size' => [sync_v('s')]]),
         cfg_child('broken-s', 'broken', ['size' => [sync_v('s')]]),
         cfg_child('cafe-s', "caf\u{e9}", ['size' => [sync_v('s')]])]);
    /* brackets balance, so the scan files it; "tru" is no JSON literal */
    file_put_contents("{$t['dir']}/models.jsonl",
        '{"code":"broken","family":"clothing","family_variant":"tshirt_size","parent":null,"values":{"name":[{"locale":"en_US","scope":null,"data":tru}]}}' . "\n"
        . '{"code":"caf\u00e9","family":"clothing","family_variant":"tshirt_size","parent":null,"values":{"name":[{"locale":"en_US","scope":null,"data":"Caf\u00e9 tee"}]}}' . "\n",
        FILE_APPEND);
    $r = sync_run($t);
    echo $r->status, ' ', cfg_counts($r), "\n";
    foreach ($r->errors as $e) {
        echo 'parked: ', $e['sku'] ?? '-', ': ', preg_replace('/ at line.*$/', '', $e['reason']), "\n";
    }
    echo cfg_products($t), cfg_links($t);
    echo 'dead letters: ', sync_count($t, 'pimsync_dead_letter'), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_model_invalid_json_entity_id');
sync_clean('configurable_model_invalid_json_row_id');
?>
--EXPECT--
== entity_id
partial configurables created=3 updated=0 unchanged=0 disabled=0 failed=1 children_linked=2 children_unlinked=0
parked: broken: invalid JSON: syntax error
parked: broken-s: its product model broken (model line 3) is not valid JSON, so the values it inherits are unknown: invalid JSON: syntax error
café configurable 1/1
cafe-s simple 0/0
cap configurable 1/1
tshirt configurable 1/1
tshirt-s simple 0/0
café > cafe-s (relation)
tshirt > tshirt-s (relation)
relations: 2
dead letters: 2
== row_id
partial configurables created=3 updated=0 unchanged=0 disabled=0 failed=1 children_linked=2 children_unlinked=0
parked: broken: invalid JSON: syntax error
parked: broken-s: its product model broken (model line 3) is not valid JSON, so the values it inherits are unknown: invalid JSON: syntax error
café configurable 1/1
cafe-s simple 0/0
cap configurable 1/1
tshirt configurable 1/1
tshirt-s simple 0/0
café > cafe-s (relation)
tshirt > tshirt-s (relation)
relations: 2
dead letters: 2