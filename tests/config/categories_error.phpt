--TEST--
Config: the category tree's settings are checked, each error naming its field, and their defaults filled in
--EXTENSIONS--
pimsync
--FILE--
<?php
$src = '"source": {"type": "jsonl", "path": "x.jsonl", "categories_path": "categories.jsonl"}';
foreach (['"categories": {"removed": "delete"}', '"categories": {"url_keys_follow_labels": 1}', '"categories": {"is_active": "yes"}',
          '"categories": {"include_in_menu": null, "tree": true}', '"source": {"type": "jsonl", "path": "x.jsonl", "categories_path": 5}'] as $field) {
    try {
        PimSync\Config::fromString(str_starts_with($field, '"source"') ? "{\n$field}" : "{{$src},\n$field}", 'c.json');
        echo "accepted: $field\n";
    } catch (PimSync\ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
$config = PimSync\Config::fromString("{{$src}}", 'c.json')->toArray();
echo json_encode($config['categories']), "\n", basename($config['source']['categories_path']), "\n";
?>
--EXPECT--
c.json:2: field "categories.removed": must be "ignore" or "disable"
c.json:2: field "categories.url_keys_follow_labels": must be true or false
c.json:2: field "categories.is_active": must be true or false
c.json:2: field "categories.tree": unknown field (known: see README, "Configuration")
c.json:2: field "source.categories_path": must be a non-empty string
{"root_id":2,"create_missing":true,"removed":"ignore","url_keys_follow_labels":false,"is_active":true,"include_in_menu":true,"map":[]}
categories.jsonl
