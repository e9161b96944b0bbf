--TEST--
Config: "validation" rules are checked at load: name (a-z, 0-9, _, at most 29, unique), kind, action (and which actions a kind allows), the fields each kind needs and only those, bounds, list fields, product types and a sku_pattern that must compile; errors name file:line and field; defaults are filled
--EXTENSIONS--
pimsync
--FILE--
<?php
$cases = [
    '{"rules": [{"kind": "range", "attribute": "price", "min": 1}]}',
    '{"rules": [{"rule": "Price Floor", "kind": "range", "attribute": "price", "min": 1}]}',
    '{"rules": [{"rule": "a", "kind": "range", "attribute": "price", "min": 1}, {"rule": "a", "kind": "no_html", "attribute": "name"}]}',
    '{"rules": [{"rule": "a", "kind": "spelling", "attribute": "name"}]}',
    '{"rules": [{"rule": "a", "kind": "range", "attribute": "price", "min": 1, "action": "warn"}]}',
    '{"rules": [{"rule": "a", "kind": "required", "attributes": ["name"], "action": "reject_value"}]}',
    '{"rules": [{"rule": "a", "kind": "sku_pattern", "pattern": "/^[A-Z]+$/", "action": "write_disabled"}]}',
    '{"rules": [{"rule": "a", "kind": "range", "min": 1}]}',
    '{"rules": [{"rule": "a", "kind": "range", "attribute": "price"}]}',
    '{"rules": [{"rule": "a", "kind": "range", "attribute": "price", "min": 10, "max": 1}]}',
    '{"rules": [{"rule": "a", "kind": "length", "attribute": "name", "max": 2.5}]}',
    '{"rules": [{"rule": "a", "kind": "ratio", "attribute": "price", "min": 0.5}]}',
    '{"rules": [{"rule": "a", "kind": "no_html", "attribute": "name", "min": 1}]}',
    '{"rules": [{"rule": "a", "kind": "contains", "attribute": "description", "any_of": []}]}',
    '{"rules": [{"rule": "a", "kind": "allowed", "attribute": "color", "any_of": ["red"]}]}',
    '{"rules": [{"rule": "a", "kind": "required", "attributes": ["name"], "types": ["bundle"]}]}',
    '{"rules": [{"rule": "a", "kind": "sku_pattern", "pattern": "[A-Z"}]}',
    '{"rules": [{"rule": "a", "kind": "category_exists", "reference": "cost"}]}',
    '{"rules": [{"rule": "a", "kind": "no_html", "attribute": "name", "colour": "red"}]}',
    '{"rules": {"a": {"kind": "no_html"}}}',
    '{"rules": [{"rule": "a", "kind": "drift", "attribute": "weight"}]}',
    '{"rules": [{"rule": "a", "kind": "drift", "attribute": "weight", "tolerance": 0}]}',
    '{"rules": [{"rule": "a", "kind": "unique", "attribute": "ean", "action": "reject_record"}]}',
    '{"rules": [{"rule": "a", "kind": "range", "attribute": "price", "min": 1, "tolerance": 0.1}]}',
];
foreach ($cases as $validation) {
    try {
        PimSync\Config::fromString("{\n  \"source\": {\"type\": \"jsonl\", \"path\": \"x.jsonl\"},\n  \"validation\": $validation\n}\n", 'my.json');
        echo "accepted\n";
    } catch (PimSync\ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
$c = PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "x.jsonl"}, "validation": {"rules": [
    {"rule": "floor", "kind": "range", "attribute": "price", "min": 1},
    {"rule": "complete", "kind": "required", "attributes": "name"}]}}', 'my.json');
echo json_encode($c->toArray()['validation']), "\n";
echo json_encode(PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "x.jsonl"}}')->toArray()['validation']), "\n";
?>
--EXPECT--
my.json:3: field "validation.rules.0.rule": is required
my.json:3: field "validation.rules.0.rule": must be 1 to 29 characters of a-z, 0-9 and _
my.json:3: field "validation.rules.1.rule": another rule has the name "a"
my.json:3: field "validation.rules.0.kind": must be range, ratio, length, no_html, contains, allowed, required, category_exists, sku_pattern, drift or unique
my.json:3: field "validation.rules.0.action": must be reject_value, reject_record or write_disabled
my.json:3: field "validation.rules.0.action": a required rule has no value to reject: reject_record or write_disabled
my.json:3: field "validation.rules.0.action": a record whose SKU is malformed is rejected: reject_record
my.json:3: field "validation.rules.0.attribute": is required
my.json:3: field "validation.rules.0": a range rule needs min, max or both
my.json:3: field "validation.rules.0.min": is greater than max
my.json:3: field "validation.rules.0.max": must be a whole number of characters
my.json:3: field "validation.rules.0.reference": is required
my.json:3: field "validation.rules.0.min": is for range, ratio and length rules
my.json:3: field "validation.rules.0.any_of": must be a non-empty list of strings
my.json:3: field "validation.rules.0.any_of": is for contains rules only
my.json:3: field "validation.rules.0.types": lists "simple" and "configurable", the types pimsync writes
my.json:3: field "validation.rules.0.pattern": is not a pattern preg_match accepts (with delimiters, such as "/^[A-Z0-9-]+$/")
my.json:3: field "validation.rules.0.reference": is for ratio rules only
my.json:3: field "validation.rules.0.colour": unknown field (known: see README, "Configuration")
my.json:3: field "validation.rules": must be a list of rules
my.json:3: field "validation.rules.0.tolerance": must be a number above 0: the share of Magento's value a new one may differ by (0.1: 10 %)
my.json:3: field "validation.rules.0.tolerance": must be a number above 0: the share of Magento's value a new one may differ by (0.1: 10 %)
my.json:3: field "validation.rules.0.action": a unique rule leaves the value out: reject_value
my.json:3: field "validation.rules.0.tolerance": is for drift rules only
{"rules":[{"rule":"floor","kind":"range","attribute":"price","min":1,"action":"reject_value"},{"rule":"complete","kind":"required","attributes":["name"],"action":"reject_record"}]}
{"rules":[]}