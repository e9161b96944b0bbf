--TEST--
Config: source.type "csv" settings are checked field by field (delimiter, enclosure, escape, encoding, separators, date format, columns); errors name file:line and field
--EXTENSIONS--
pimsync
--FILE--
<?php
$columns = ['sku' => 'Item No', 'attributes' => ['name' => 'Name']];
$cases = [
    ['delimiter' => ':'],
    ['delimiter' => ';', 'enclosure' => ';'],
    ['escape' => '"'],
    ['encoding' => 'latin-9'],
    ['max_record_bytes' => 10],
    ['decimal_separator' => ',', 'thousands_separator' => ','],
    ['thousands_separator' => '_'],
    ['date_format' => 'DD.MM.YYYY'],
    ['date_format' => 'd.m'],
    ['columns' => ['attributes' => ['name' => 'Name']]],
    ['columns' => ['sku' => 'Item No', 'attributes' => ['weight' => ['column' => 'Weight', 'type' => 'metric']]]],
    ['columns' => ['sku' => 'Item No', 'attributes' => ['price' => ['column' => 'Price', 'type' => 'money']]]],
    ['columns' => ['sku' => 'Item No', 'attributes' => ['name' => ['column' => 'Name', 'currency' => 'USD']]]],
    ['columns' => ['sku' => 'Item No', 'attributes' => ['name' => ['column' => 'Name', 'empty' => 'zero']]]],
    ['columns' => ['sku' => 'Item No', 'attributes' => ['active' => ['column' => 'Active', 'type' => 'boolean', 'map' => ['Yes' => 'on']]]]],
    ['columns' => ['sku' => 'Item No', 'enabled' => ['column' => 'Status', 'map' => ['Active' => 1]]]],
    ['columns' => ['sku' => 'Item No', 'attributes' => ['name' => ['col' => 'Name']]]],
    ['columns' => ['sku' => 'Item No', 'family' => 'Family']],
    ['separator' => ';'],
    ['path' => null],
];
foreach ($cases as $source) {
    $config = ['source' => array_filter($source + ['type' => 'csv', 'path' => 'erp.csv', 'columns' => $columns], fn ($v) => $v !== null)];
    try {
        PimSync\Config::fromString(json_encode($config, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n", 'erp.json');
        echo "accepted\n";
    } catch (PimSync\ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
// the defaults, as Config::toArray shows them
$c = PimSync\Config::fromString(json_encode(['source' => ['type' => 'csv', 'path' => '/data/erp.csv', 'columns' => [
    'sku' => 'Item No', 'enabled' => 'Blocked', 'attributes' => ['name' => 'Name', 'weight' => ['column' => 'Weight', 'type' => 'metric', 'unit' => 'KILOGRAM']],
]]]), 'erp.json');
echo json_encode($c->toArray()['source'], JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES), "\n";
?>
--EXPECT--
erp.json:3: field "source.delimiter": must be one of ",", ";", "\t" (tab) or "|"
erp.json:4: field "source.enclosure": must be one printable ASCII character other than the delimiter
erp.json:3: field "source.escape": must be null (none: a quote inside a quoted field is written twice) or one printable ASCII character other than the delimiter and the enclosure
erp.json:3: field "source.encoding": must be "utf-8", "windows-1252" or "iso-8859-1", not "latin-9"
erp.json:3: field "source.max_record_bytes": must be an integer from 1024 to 1099511627776
erp.json:4: field "source.thousands_separator": is the decimal separator too: a number could not be read
erp.json:3: field "source.thousands_separator": must be null (none), ".", ",", " " or "'"
erp.json:3: field "source.date_format": has the letter D: use PHP's date letters Y, m or n, d or j, H, i, s
erp.json:3: field "source.date_format": must have Y, m (or n) and d (or j) once each, and H, i, s at most once, as "Y-m-d" or "d.m.Y"
erp.json:2: field "source.columns.sku": is required
erp.json:2: field "source.columns.attributes.weight.unit": is required
erp.json:8: field "source.columns.attributes.price.type": must be text, decimal, integer, boolean, date, metric, price or select, not "money"
erp.json:8: field "source.columns.attributes.name.currency": is only for a price column ("type": "price")
erp.json:8: field "source.columns.attributes.name.empty": must be "skip" (an empty cell gives no value) or "null" (it clears the value)
erp.json:9: field "source.columns.attributes.active.map": must map cell texts to true or false
erp.json:7: field "source.columns.enabled.map": must map cell texts to true or false
erp.json:7: field "source.columns.attributes.name.col": unknown field (known: see README, "Configuration")
erp.json:5: field "source.columns.family": unknown field (known: see README, "Configuration")
erp.json:3: field "source.separator": unknown field (known: see README, "Configuration")
erp.json:2: field "source.path": is required
{
    "type": "csv",
    "path": "/data/erp.csv",
    "columns": {
        "sku": "Item No",
        "enabled": {
            "column": "Blocked",
            "map": null
        },
        "attributes": {
            "name": {
                "column": "Name",
                "type": "text",
                "unit": null,
                "currency": null,
                "map": null,
                "empty": "skip"
            },
            "weight": {
                "column": "Weight",
                "type": "metric",
                "unit": "KILOGRAM",
                "currency": null,
                "map": null,
                "empty": "skip"
            }
        }
    },
    "delimiter": ",",
    "enclosure": "\"",
    "escape": null,
    "encoding": "utf-8",
    "max_record_bytes": 67108864,
    "decimal_separator": ".",
    "thousands_separator": null,
    "date_format": "Y-m-d",
    "system": "erp"
}
