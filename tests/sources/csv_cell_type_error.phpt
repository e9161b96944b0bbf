--TEST--
Engine::sync: an ERP CSV cell that does not read as its type (a decimal "12,5,0", a date "31/02/2024", a boolean "maybe") costs that value only: a value issue naming line, column, attribute and cell; the product lands
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_cell_type_error', ['sku' => 'Item', 'attributes' => [
    'name' => 'Name',
    'price' => ['column' => 'Price', 'type' => 'price', 'currency' => 'USD'],
    'news_from_date' => ['column' => 'New from', 'type' => 'date'],
    'is_featured' => ['column' => 'Featured', 'type' => 'boolean'],
]], ['delimiter' => ';', 'decimal_separator' => ',', 'date_format' => 'd/m/Y']);
sync_attr($t, 'is_featured', 'int', 'boolean', 1);
csv_write($t, "Item;Name;Price;New from;Featured\nA;Hat;12,5,0;31/02/2024;maybe\nB;Cap;8,5;2024-01-31;yes\nC;Scarf;3;01/02/2024;0\n");
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
echo sync_issues($t);
echo sync_dump($t, 'name'), sync_dump($t, 'price'), sync_dump($t, 'news_from_date'), sync_dump($t, 'is_featured');
echo json_encode($r->valueIssues['by_kind']), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_cell_type_error');
?>
--EXPECT--
success seen=3 created=3 updated=0 unchanged=0 disabled=0 failed=0
A price - not_a_number left_out: line 2, column "Price": "12,5,0" is not a number (decimal separator ",", thousands separator none); the value was left out
A news_from_date - invalid_date left_out: line 2, column "New from": "31/02/2024" is not a day of the calendar; the value was left out
A is_featured - not_a_boolean left_out: line 2, column "Featured": "maybe" is not yes or no (1/0, true/false, yes/no, y/n, or a value of the column's map); the value was left out
B news_from_date - invalid_date left_out: line 3, column "New from": "2024-01-31" is not a date written as d/m/Y; the value was left out
A 0 'Hat'
B 0 'Cap'
C 0 'Scarf'
B 0 '8.500000'
C 0 '3.000000'
C 0 '2024-02-01 00:00:00'
B 0 1
C 0 0
{"not_a_number":1,"invalid_date":2,"not_a_boolean":1}
