--TEST--
Config: "transformations" rules are refused with file:line and the rule's field: an unknown kind, two kinds in one rule, no kind, an empty table, an alias under two canonical forms (also once folded), a number rule with equal or unknown separators, and rules that name no attribute, the identifier or a stock field; defaults filled
--EXTENSIONS--
pimsync
--FILE--
<?php
$config = fn (string $rule) => "{\n  \"source\": {\"type\": \"jsonl\", \"path\": \"x.jsonl\"},\n  \"stock\": {\"qty\": \"stock_qty\"},\n"
    . "  \"transformations\": [\n    {\"attributes\": [\"name\"], \"trim\": true},\n$rule\n  ]\n}\n";
$cases = [
    'unknown kind' => "    {\"attributes\": [\"unit\"],\n     \"lowercase\": true}",
    'two kinds' => "    {\"attributes\": [\"unit\"],\n     \"trim\": true,\n     \"case\": \"upper\"}",
    'no kind' => "    {\"attributes\": [\"unit\"]}",
    'empty uom' => "    {\"attributes\": [\"unit\"],\n     \"uom\": {}}",
    'empty canonicalize' => "    {\"attributes\": [\"vendor\"],\n     \"canonicalize\": {}}",
    'empty map' => "    {\"attributes\": [\"unit\"],\n     \"map\": {}}",
    'alias twice' => "    {\"attributes\": [\"unit\"],\n     \"uom\": {\n       \"EA\": [\"each\", \"pc\"],\n       \"PCS\": [\"PC\"]}}",
    'canonical is an alias' => "    {\"attributes\": [\"unit\"],\n     \"uom\": {\n       \"EA\": [\"box\"],\n       \"BOX\": [\"carton\"]}}",
    'folded alias twice' => "    {\"attributes\": [\"vendor\"],\n     \"canonicalize\": {\n       \"Ford Motor Company\": [\"Ford Motor Co.\"],\n       \"Ford\": [\"FORD MOTOR CO\"]}}",
    'alias of punctuation' => "    {\"attributes\": [\"vendor\"],\n     \"canonicalize\": {\n       \"Acme\": [\"...\"]}}",
    'equal separators' => "    {\"attributes\": [\"price\"],\n     \"number\": {\"decimal_separator\": \",\",\n                \"thousands_separator\": \",\"}}",
    'no decimal separator' => "    {\"attributes\": [\"price\"],\n     \"number\": {\"thousands_separator\": \".\"}}",
    'unknown thousands separator' => "    {\"attributes\": [\"price\"],\n     \"number\": {\"decimal_separator\": \",\",\n                \"thousands_separator\": \"_\"}}",
    'unknown number field' => "    {\"attributes\": [\"price\"],\n     \"number\": {\"decimal_separator\": \",\", \"grouping\": 3}}",
    'map to a number' => "    {\"attributes\": [\"unit\"],\n     \"map\": {\"each\": 1}}",
    'no attributes' => "    {\"trim\": true}",
    'empty attributes' => "    {\"attributes\": [],\n     \"trim\": true}",
    'the identifier' => "    {\"attributes\": [\"name\", \"sku\"],\n     \"trim\": true}",
    'a stock field' => "    {\"attributes\": [\"stock_qty\"],\n     \"number\": {\"decimal_separator\": \",\"}}",
    'trim false' => "    {\"attributes\": [\"name\"],\n     \"trim\": false}",
    'unknown case' => "    {\"attributes\": [\"name\"],\n     \"case\": \"title\"}",
    'not a rule' => "    [\"name\", \"trim\"]",
];
foreach ($cases as $label => $rule) {
    try {
        PimSync\Config::fromString($config($rule), 'my.json');
        echo "$label: accepted\n";
    } catch (PimSync\ConfigException $e) {
        echo "$label: ", $e->getMessage(), "\n";
    }
}
try {
    PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "x.jsonl"}, "transformations": {"trim": true}}', 'my.json');
} catch (PimSync\ConfigException $e) {
    echo 'not a list: ', $e->getMessage(), "\n";
}
echo 'default: ', json_encode(PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "x.jsonl"}}', 'my.json')->toArray()['transformations']), "\n";
$c = PimSync\Config::fromString($config("    {\"attributes\": [\"price\"], \"number\": {\"decimal_separator\": \",\"}}"), 'my.json');
echo 'filled: ', json_encode($c->toArray()['transformations'][1]), "\n";
?>
--EXPECT--
unknown kind: my.json:7: field "transformations[1].lowercase": unknown kind (a rule has "attributes" and one of: trim, collapse_whitespace, strip_html, case, uom, canonicalize, number, map)
two kinds: my.json:8: field "transformations[1].case": a rule has one kind, this one also has "trim": write two rules (they apply in order)
no kind: my.json:6: field "transformations[1]": has no kind (one of: trim, collapse_whitespace, strip_html, case, uom, canonicalize, number, map)
empty uom: my.json:7: field "transformations[1].uom": is empty: give at least one canonical form with its aliases
empty canonicalize: my.json:7: field "transformations[1].canonicalize": is empty: give at least one canonical form with its aliases
empty map: my.json:7: field "transformations[1].map": is empty: give at least one value to map
alias twice: my.json:9: field "transformations[1].uom.PCS": alias "PC" is also under "EA": one alias, one canonical form
canonical is an alias: my.json:9: field "transformations[1].uom.BOX": "BOX" is also an alias of "EA": one alias, one canonical form
folded alias twice: my.json:9: field "transformations[1].canonicalize.Ford": alias "FORD MOTOR CO" is also under "Ford Motor Company": one alias, one canonical form
alias of punctuation: my.json:8: field "transformations[1].canonicalize.Acme": alias "..." is only punctuation and white space
equal separators: my.json:8: field "transformations[1].number.thousands_separator": is the decimal separator too: a number rule needs two different separators
no decimal separator: my.json:7: field "transformations[1].number.decimal_separator": is required ("." or ",")
unknown thousands separator: my.json:8: field "transformations[1].number.thousands_separator": must be one of "" (none), ".", ",", " ", "'", "’", U+00A0 or U+202F
unknown number field: my.json:7: field "transformations[1].number.grouping": unknown field (known: see README, "Configuration")
map to a number: my.json:7: field "transformations[1].map.each": must be a string (the value written)
no attributes: my.json:6: field "transformations[1].attributes": is required: the source attribute codes the rule applies to
empty attributes: my.json:6: field "transformations[1].attributes": must be a non-empty list of source attribute codes
the identifier: my.json:6: field "transformations[1].attributes": names the identifier attribute, which holds the SKU and is never transformed: sku
a stock field: my.json:6: field "transformations[1].attributes": names an attribute that feeds a stock field ("stock"), which is read as a number and not transformed: stock_qty
trim false: my.json:7: field "transformations[1].trim": must be true (leave the rule out to turn it off)
unknown case: my.json:7: field "transformations[1].case": must be "upper" or "lower"
not a rule: my.json:6: field "transformations[1]": a rule is an object {"attributes": […], <kind>: …}
not a list: my.json:1: field "transformations": must be a list of rules [{"attributes": […], <kind>: …}, …]
default: []
filled: {"attributes":["price"],"number":{"decimal_separator":",","thousands_separator":""}}
