--TEST--
Config: an unknown field (a typo) is an error naming file, line and dotted field
--EXTENSIONS--
pimsync
--FILE--
<?php
$json = "{\n  \"source\": {\"type\": \"jsonl\", \"path\": \"x.jsonl\"},\n  \"categories\": {\n    \"root_id\": 2,\n    \"create_mising\": false\n  }\n}\n";
try {
    PimSync\Config::fromString($json, 'sync.json');
} catch (PimSync\ConfigException $e) {
    echo $e->getMessage(), "\n";
}
try {
    PimSync\Config::fromString("{\"source\": {\"type\": \"jsonl\", \"path\": \"x\"},\n\"absnet\": \"disable\"}", 'top.json');
} catch (PimSync\ConfigException $e) {
    echo $e->getMessage(), "\n";
}
?>
--EXPECT--
sync.json:5: field "categories.create_mising": unknown field (known: see README, "Configuration")
top.json:2: field "absnet": unknown field (known: see README, "Configuration")
