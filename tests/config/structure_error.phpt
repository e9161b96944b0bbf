--TEST--
Config: "structure" is "off", "auto" or {"mode", "attribute_defaults"}; a wrong mode, an unknown default, a default of the wrong type, and attribute_options_path naming another file than options_path are errors naming file:line and field; the defaults are filled in
--EXTENSIONS--
pimsync
--FILE--
<?php
$src = '"source": {"type": "jsonl", "path": "x.jsonl"}';
foreach (['"structure": "weekly"', '"structure": {"mode": "on"}', '"structure": {"attribute_defaults": {"is_filterabel": 1}}',
          '"structure": {"attribute_defaults": {"is_filterable": 3}}', '"structure": {"attribute_defaults": {"is_searchable": 1}}'] as $field) {
    try {
        PimSync\Config::fromString("{{$src},\n$field}", 'c.json');
        echo "accepted: $field\n";
    } catch (PimSync\ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
try {
    PimSync\Config::fromString("{\"source\": {\"type\": \"jsonl\", \"path\": \"x.jsonl\", \"options_path\": \"a.jsonl\",\n\"attribute_options_path\": \"b.jsonl\"}}", 'c.json');
} catch (PimSync\ConfigException $e) {
    echo $e->getMessage(), "\n";
}
echo json_encode(PimSync\Config::fromString("{{$src}}")->toArray()['structure']), "\n";
echo json_encode(PimSync\Config::fromString("{{$src}, \"structure\": \"auto\"}")->toArray()['structure']['mode']), "\n";
?>
--EXPECT--
c.json:2: field "structure": must be "off" or "auto"
c.json:2: field "structure.mode": must be "off" or "auto"
c.json:2: field "structure.attribute_defaults.is_filterabel": unknown field (known: see README, "Configuration")
c.json:2: field "structure.attribute_defaults.is_filterable": must be an integer from 0 to 2
c.json:2: field "structure.attribute_defaults.is_searchable": must be true or false
c.json:2: field "source.attribute_options_path": names another file than options_path: give one of them
{"mode":"off","attribute_defaults":{"is_filterable":0,"is_searchable":false,"used_in_product_listing":false,"is_comparable":false,"is_visible_on_front":false,"is_filterable_in_search":false,"used_for_sort_by":false}}
"auto"
