--TEST--
Config: "images" media_root and local_root are non-empty strings, keep_replaced_hours a whole number of hours from 0 to 8760; unknown fields are errors; errors name file:line and field
--EXTENSIONS--
pimsync
--FILE--
<?php
$cases = [
    '{"keep_replaced_hours": -1}',
    '{"keep_replaced_hours": "24"}',
    '{"keep_replaced_hours": 8761}',
    '{"media_root": 5}',
    '{"media_root": ""}',
    '{"local_root": false}',
    '{"media_dir": "/srv/media"}',
    '[]',
    '"pub/media"',
];
foreach ($cases as $images) {
    try {
        PimSync\Config::fromString("{\n  \"source\": {\"type\": \"jsonl\", \"path\": \"x.jsonl\"},\n  \"images\": $images\n}\n", 'my.json');
        echo "accepted\n";
    } catch (PimSync\ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
my.json:3: field "images.keep_replaced_hours": must be an integer from 0 to 8760
my.json:3: field "images.keep_replaced_hours": must be an integer from 0 to 8760
my.json:3: field "images.keep_replaced_hours": must be an integer from 0 to 8760
my.json:3: field "images.media_root": must be a non-empty string
my.json:3: field "images.media_root": must be a non-empty string
my.json:3: field "images.local_root": must be a non-empty string
my.json:3: field "images.media_dir": unknown field (known: see README, "Configuration")
accepted
my.json:3: field "images": must be an object
