--TEST--
A category or option code with a character beyond U+FFFF (Magento's utf8mb3 tables would mangle it as a category name or admin label) is refused, not created: the record naming the category is parked, the option value is left out and reported
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('entity_code_fourbyte_error');
$shade = sync_attr($t, 'shade', 'int', 'select');
$categories = sync_count($t, 'catalog_category_entity');
sync_feed($t, [
    sync_product('CAT', [], ['categories' => ["sale\u{1F389}"]]),
    sync_product('OPT', ['shade' => [sync_v("red\u{1F389}")]]),
]);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo $r->errors[0]['sku'], ': ', $r->errors[0]['reason'], "\n";
echo sync_issues($t);
echo 'categories created: ', sync_count($t, 'catalog_category_entity') - $categories, ', options of shade: ',
    sync_count($t, 'eav_attribute_option', "attribute_id = $shade"), ', map rows: ', sync_count($t, 'pimsync_entity_map'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('entity_code_fourbyte_error');
?>
--EXPECT--
partial seen=2 created=1 updated=0 unchanged=0 disabled=0 failed=1
CAT: category code must be 1 to 255 bytes of UTF-8 without characters beyond U+FFFF
OPT shade 0 unknown_option left_out: attribute shade: option code must be 1 to 255 bytes of UTF-8 without characters beyond U+FFFF
OPT name 0 name_fallback filled: the feed has no name for this new product; it was named from its SKU
categories created: 0, options of shade: 0, map rows: 0