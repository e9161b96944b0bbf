--TEST--
Engine::sync: an ERP CSV header that lacks a mapped column, names a column twice, or is missing fails the run at open, naming the file and the column
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/csv.inc';
$t = csv_setup('csv_header_error', ['sku' => 'Item No', 'enabled' => 'Blocked', 'attributes' => ['name' => 'Name', 'price' => ['column' => 'Unit Price', 'type' => 'price', 'currency' => 'USD']]]);
$files = [
    "Item No,Name,Blocked\nA,Hat,0\n",
    "Item No,Name,Unit Price\nA,Hat,3\n",
    "Item No,Name,Unit Price,Blocked,Name\nA,Hat,3,0,Cap\n",
    "",
    "Item No,\"Name\nUnit Price,Blocked\n",
];
foreach ($files as $bytes) {
    csv_write($t, $bytes);
    try {
        $r = sync_run($t);
        echo $r->status, ': ', str_replace($t['dir'], 'DIR', $r->fatalError ?? ''), "\n";
    } catch (PimSync\Exception $e) {
        echo get_class($e), ': ', str_replace($t['dir'], 'DIR', $e->getMessage()), "\n";
    }
}
echo sync_count($t, 'catalog_product_entity'), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('csv_header_error');
?>
--EXPECT--
PimSync\SourceException: Run 1 failed: cannot read the source: DIR/erp.csv: the header (line 1) has no column "Unit Price", which source.columns.attributes.price names
PimSync\SourceException: Run 2 failed: cannot read the source: DIR/erp.csv: the header (line 1) has no column "Blocked", which source.columns.enabled names
PimSync\SourceException: Run 3 failed: cannot read the source: DIR/erp.csv: the header (line 1) names column "Name" twice (fields 2 and 5): a column must be named once
PimSync\SourceException: Run 4 failed: cannot read the source: DIR/erp.csv is empty: the first line must be the header row naming the columns
PimSync\SourceException: Run 5 failed: cannot read the source: DIR/erp.csv: the header row cannot be read: line 1: unterminated quote: the field opened at line 1 with " runs to the end of the file
0
