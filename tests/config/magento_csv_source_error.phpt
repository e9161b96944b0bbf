--TEST--
Config: source.type "magento_csv" settings are checked field by field (delimiter, multiple value separator, fields enclosure, empty value constant); errors name file:line and field; the defaults fill the stock columns
--EXTENSIONS--
pimsync
--FILE--
<?php
$cases = [
    ['delimiter' => ':'],
    ['multiple_value_separator' => '='],
    ['multiple_value_separator' => ';;'],
    ['fields_enclosure' => 'yes'],
    ['empty_attribute_value_constant' => ''],
    ['max_record_bytes' => 10],
    ['columns' => ['sku' => 'sku']],
    ['path' => null],
];
foreach ($cases as $source) {
    $config = ['source' => array_filter($source + ['type' => 'magento_csv', 'path' => 'import.csv'], fn ($v) => $v !== null)];
    try {
        PimSync\Config::fromString(json_encode($config, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n", 'import.json');
        echo "accepted\n";
    } catch (PimSync\ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
// the defaults, as Config::toArray shows them; a stock field the config names keeps its column
$c = PimSync\Config::fromString(json_encode(['source' => ['type' => 'magento_csv', 'path' => '/data/import.csv'],
    'stock' => ['qty' => 'stock_qty']]), 'import.json');
$a = $c->toArray();
echo json_encode($a['source'], JSON_UNESCAPED_SLASHES), "\n", json_encode($a['stock']), "\n";
?>
--EXPECT--
import.json:3: field "source.delimiter": must be one of ",", ";", "\t" (tab) or "|"
import.json:3: field "source.multiple_value_separator": must be one printable ASCII character other than "=", "|" and "\"" (additional_attributes uses them)
import.json:3: field "source.multiple_value_separator": must be one printable ASCII character other than "=", "|" and "\"" (additional_attributes uses them)
import.json:3: field "source.fields_enclosure": must be true or false
import.json:3: field "source.empty_attribute_value_constant": must be a non-empty string
import.json:3: field "source.max_record_bytes": must be an integer from 1024 to 1099511627776
import.json:3: field "source.columns": unknown field (known: see README, "Configuration")
import.json:2: field "source.path": is required
{"type":"magento_csv","path":"/data/import.csv","delimiter":",","multiple_value_separator":",","fields_enclosure":false,"empty_attribute_value_constant":"__EMPTY__VALUE__","max_record_bytes":67108864,"system":"pim"}
{"qty":"stock_qty","is_in_stock":"is_in_stock","backorders":"allow_backorders","min_sale_qty":"min_cart_qty","max_sale_qty":"max_cart_qty","manage_stock":"manage_stock","source_code":"default"}
