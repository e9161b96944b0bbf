--TEST--
Config: "stock" fields are Akeneo attribute codes or null, each fed by its own attribute, never the identifier; errors name file:line and field
--EXTENSIONS--
pimsync
--FILE--
<?php
$cases = [
    '{"qty": 5}',
    '{"qty": "stock", "backorders": "stock"}',
    '{"is_in_stock": "sku"}',
    '{"source_code": ""}',
    '{"quantity": "stock"}',
];
foreach ($cases as $stock) {
    try {
        PimSync\Config::fromString("{\n  \"source\": {\"type\": \"jsonl\", \"path\": \"x.jsonl\"},\n  \"stock\": $stock\n}\n", 'my.json');
        echo "accepted\n";
    } catch (PimSync\ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
$c = PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "x.jsonl"}, "stock": {"qty": "stock_qty"}}', 'my.json');
echo json_encode($c->toArray()['stock']), "\n";
?>
--EXPECT--
my.json:3: field "stock.qty": must be the code of an Akeneo attribute, or null (not synced)
my.json:3: field "stock.backorders": is also stock.qty: one Akeneo attribute feeds one stock field
my.json:3: field "stock.is_in_stock": is the identifier attribute, which holds the SKU
my.json:3: field "stock.source_code": must be a non-empty string
my.json:3: field "stock.quantity": unknown field (known: see README, "Configuration")
{"qty":"stock_qty","is_in_stock":null,"backorders":null,"min_sale_qty":null,"max_sale_qty":null,"manage_stock":null,"source_code":"default"}
