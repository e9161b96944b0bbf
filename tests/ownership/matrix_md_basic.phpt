--TEST--
bin/pimsync matrix --format md: the ownership sheet as a Markdown table, each field with owner, class, rules, the source attribute (the config's renames) and the Magento attribute; its table from Magento's metadata with --dsn
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/ownership.inc';
require __DIR__ . '/../support/cli.inc';
$t = own_setup('own_matrix_md_basic', ['matrix' => 'default', 'fields' => [
    'name' => ['owner' => 'magento', 'rules' => 'merchandisers edit it | in the admin'],
    'color' => ['owner' => 'erp', 'class' => 'weekly'],
]], null, ['attributes' => ['erp_weight' => 'weight', 'title' => 'name', 'colour' => ['to' => 'color'], 'fabric' => 'material']]);
$file = sync_config_file($t);
/** The table's rows as [field => [cells]], after checking every line is a row of 7 cells. */
function md_rows(string $md): array
{
    $lines = explode("\n", rtrim($md, "\n"));
    $rows = [];
    foreach ($lines as $i => $line) {
        $cells = preg_split('/(?<!\\\\)\|/', trim($line, '|'));
        if (count($cells) !== 7) {
            return ["line $i has " . count($cells) . " cells: $line"];
        }
        if ($i === 1) {
            continue; // the delimiter row
        }
        $cells = array_map(static fn (string $c): string => str_replace('\\|', '|', trim($c)), $cells);
        $rows[$cells[0]] = $cells;
    }
    return $rows;
}
$r = cli_run(['matrix', '--config', $file]);
echo "exit {$r['exit']}, stderr: ", $r['stderr'] === '' ? 'empty' : $r['stderr'], "\n";
$lines = explode("\n", $r['stdout']);
echo $lines[0], "\n", $lines[1], "\n";
$rows = md_rows($r['stdout']);
echo 'a row per field of Config::ownershipMatrix(): ', array_slice(array_keys($rows), 1) === array_column(sync_config($t)->ownershipMatrix(), 'field') ? 'yes' : 'no', "\n";
foreach (['weight', 'name', 'color', 'material', 'status', 'stock', 'categories'] as $f) {
    echo implode(' | ', $rows[$f]), "\n";
}
// with the database: each attribute's table, from Magento's metadata
$dsn = sprintf('mysql:host=%s;port=%s;dbname=%s;charset=utf8mb4', pimsync_test_env('PIMSYNC_DB_HOST', '127.0.0.1'), pimsync_test_env('PIMSYNC_DB_PORT', '33306'),
    pimsync_test_db_name($t['name']));
$r = cli_run(['matrix', '--config', $file, '--format', 'md', '--dsn', $dsn,
    '--user', pimsync_test_env('PIMSYNC_DB_USER', 'pimsync'), '--password', pimsync_test_env('PIMSYNC_DB_PASSWORD', 'pimsync')]);
$rows = md_rows($r['stdout']);
echo "--dsn: exit {$r['exit']}{$r['stderr']}\n";
foreach (['weight', 'name', 'color', 'material', 'country_of_manufacture', 'upc'] as $f) {
    echo "$f: {$rows[$f][6]}\n";
}
$r = cli_run(['matrix', '--config', $file, '--format', 'xls']);
echo "--format xls: exit {$r['exit']}\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('own_matrix_md_basic');
?>
--EXPECT--
exit 0, stderr: empty
| field | owner | class | rules | source | Magento attribute | table |
|---|---|---|---|---|---|---|
a row per field of Config::ownershipMatrix(): yes
weight | erp | daily | shipping weight, in Magento's weight unit | erp_weight | weight | 
name | magento | daily | merchandisers edit it | in the admin | title | name | 
color | erp | weekly |  | colour | color | 
material | pim | daily |  | fabric | material | 
status | erp | realtime | item status (hot data): enabled or disabled, and disabling products absent from a full feed | enabled | status | catalog_product_entity_int
stock | erp | realtime | quantity, stock status and order limits (hot data) | stock.* |  | cataloginventory_stock_item, inventory_source_item, cataloginventory_stock_status
categories | pim | weekly | taxonomy: the categories a product is in | categories |  | catalog_category_product
--dsn: exit 0
weight: catalog_product_entity_decimal
name: catalog_product_entity_varchar
color: catalog_product_entity_int
material: (not in Magento)
country_of_manufacture: catalog_product_entity_varchar
upc: (not in Magento)
--format xls: exit 64
