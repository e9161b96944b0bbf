--TEST--
Config: an association type mapped to anything but "related", "up_sell", "cross_sell" or null is refused with file, line and field
--EXTENSIONS--
pimsync
--FILE--
<?php
$dir = sys_get_temp_dir() . '/pimsync-link-config-error-' . getmypid();
@mkdir($dir);
file_put_contents("$dir/c.json", "{\n  \"source\": {\"type\": \"jsonl\", \"path\": \"feed.jsonl\"},\n  \"associations\": {\n    \"X_SELL\": \"crosssell\"\n  }\n}\n");
try {
    PimSync\Config::fromFile("$dir/c.json");
} catch (PimSync\ConfigException $e) {
    echo str_replace($dir, 'DIR', $e->getMessage()), "\n";
}
file_put_contents("$dir/c.json", "{\n  \"source\": {\"type\": \"jsonl\", \"path\": \"feed.jsonl\"},\n  \"associations\": [\"X_SELL\"]\n}\n");
try {
    PimSync\Config::fromFile("$dir/c.json");
} catch (PimSync\ConfigException $e) {
    echo str_replace($dir, 'DIR', $e->getMessage()), "\n";
}
unlink("$dir/c.json");
rmdir($dir);
?>
--EXPECT--
DIR/c.json:4: field "associations.X_SELL": must be "related", "up_sell", "cross_sell" or null (not synced)
DIR/c.json:3: field "associations": must be an object
