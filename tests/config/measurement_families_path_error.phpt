--TEST--
Config: a measurement_families_path file that is not in the API's format is refused when the configuration loads, naming the config line, the file, the family and the unit
--EXTENSIONS--
pimsync
--FILE--
<?php
$dir = sys_get_temp_dir() . '/pimsync-config-measurement-families';
@mkdir($dir);
$families = [
    'not a list' => '{"code": "Weight"}',
    'bad operator' => json_encode([['code' => 'Packaging', 'standard_unit_code' => 'BOX',
        'units' => ['BOX' => ['code' => 'BOX', 'convert_from_standard' => [['operator' => 'mul', 'value' => '1']]],
                    'CRATE' => ['code' => 'CRATE', 'convert_from_standard' => [['operator' => 'times', 'value' => '12']]]]]]),
    'bad value' => json_encode([['code' => 'Packaging', 'standard_unit_code' => 'BOX',
        'units' => ['BOX' => ['code' => 'BOX', 'convert_from_standard' => [['operator' => 'mul', 'value' => '1e3']]]]]]),
    'no standard unit' => json_encode([['code' => 'Packaging', 'standard_unit_code' => 'PIECE',
        'units' => ['BOX' => ['code' => 'BOX', 'convert_from_standard' => [['operator' => 'mul', 'value' => '1']]]]]]),
];
foreach ($families as $case => $json) {
    file_put_contents("$dir/families.json", $json);
    file_put_contents("$dir/c.json", "{\n  \"source\": {\"type\": \"jsonl\", \"path\": \"feed.jsonl\",\n    \"measurement_families_path\": \"families.json\"}\n}\n");
    try {
        PimSync\Config::fromFile("$dir/c.json");
        echo "$case: accepted\n";
    } catch (PimSync\ConfigException $e) {
        echo "$case: ", str_replace($dir, 'DIR', $e->getMessage()), "\n";
    }
}
@unlink("$dir/families.json");
file_put_contents("$dir/c.json", '{"source": {"type": "jsonl", "path": "feed.jsonl", "measurement_families_path": "missing.json"}}');
try {
    PimSync\Config::fromFile("$dir/c.json");
} catch (PimSync\ConfigException $e) {
    echo "missing: ", str_replace($dir, 'DIR', $e->getMessage()), "\n";
}
@unlink("$dir/c.json");
@rmdir($dir);
?>
--EXPECT--
not a list: DIR/c.json:3: field "source.measurement_families_path": DIR/families.json: must be a JSON list of measurement families, as GET /api/rest/v1/measurement-families returns
bad operator: DIR/c.json:3: field "source.measurement_families_path": DIR/families.json: measurement family "Packaging", unit "CRATE": operator must be mul, div, add or sub (got times "12")
bad value: DIR/c.json:3: field "source.measurement_families_path": DIR/families.json: measurement family "Packaging", unit "BOX": value must be a decimal number such as "0.001" (got mul "1e3")
no standard unit: DIR/c.json:3: field "source.measurement_families_path": DIR/families.json: measurement family "Packaging": its standard unit PIECE is not among its units
missing: DIR/c.json:1: field "source.measurement_families_path": cannot open measurement families file DIR/missing.json: No such file or directory
