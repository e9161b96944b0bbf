--TEST--
Configurables: a line of the product-models or family-variants file over source.max_line_bytes is not read, each one warned with its file, place and length (as every side file's); the other models still become configurables (both layouts)
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/configurable.inc';
foreach (['entity_id' => false, 'row_id' => true] as $layout => $staging) {
    echo "== $layout\n";
    $t = cfg_setup("configurable_model_line_too_long_$layout", $staging);
    $t['config']['source']['max_line_bytes'] = 2048;
    $long = str_repeat('x', 3000);
    cfg_write($t,
        [cfg_model('tshirt', null, 'tshirt_size', ['name' => [sync_v('T-shirt', 'en_US')]]),
         cfg_model('huge', null, 'tshirt_size', ['description' => [sync_v($long, 'en_US')]]),
         cfg_model('huge2', null, 'tshirt_size', ['description' => [sync_v($long, 'en_US')]])],
        [cfg_variant('tshirt_size', [['size']]), ['labels' => ['en_US' => $long]] + cfg_variant('padded', [['size']])],
        [cfg_child('tshirt-s', 'tshirt', ['size' => [sync_v('s')]])]);
    $r = sync_run($t);
    echo $r->status, ' ', cfg_counts($r), "\n";
    $w = $r->warnings['model_line_too_long'] ?? null;
    echo 'warning: ', $w ? "{$w['message']} (warned {$w['count']} times: once per line)" : '-', "\n";
    echo cfg_products($t), cfg_links($t);
}
?>
--CLEAN--
<?php
require __DIR__ . '/configurable.inc';
sync_clean('configurable_model_line_too_long_entity_id');
sync_clean('configurable_model_line_too_long_row_id');
?>
--EXPECT--
== entity_id
success configurables created=1 updated=0 unchanged=0 disabled=0 failed=0 children_linked=1 children_unlinked=0
warning: product_models_path: line 2 (at byte 244) is 3241 bytes long, over source.max_line_bytes (2048): skipped without being read; only its first 3241 bytes are kept here, not its exact bytes; that product model is not in this run (warned 3 times: once per line)
tshirt configurable 1/1
tshirt-s simple 0/0
tshirt > tshirt-s (relation)
relations: 1
== row_id
success configurables created=1 updated=0 unchanged=0 disabled=0 failed=0 children_linked=1 children_unlinked=0
warning: product_models_path: line 2 (at byte 244) is 3241 bytes long, over source.max_line_bytes (2048): skipped without being read; only its first 3241 bytes are kept here, not its exact bytes; that product model is not in this run (warned 3 times: once per line)
tshirt configurable 1/1
tshirt-s simple 0/0
tshirt > tshirt-s (relation)
relations: 1
