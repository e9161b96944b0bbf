--TEST--
Config: invalid JSON names file:line:column
--EXTENSIONS--
pimsync
--FILE--
<?php
$file = sys_get_temp_dir() . '/pimsync-config-invalid_json_error.json';
file_put_contents($file, "{\n  \"source\": {\"type\": \"jsonl\", \"path\": \"x.jsonl\"},\n  \"locales\": {\"en_US\": \"default\",}\n}\n");
try {
    PimSync\Config::fromFile($file);
} catch (PimSync\ConfigException $e) {
    echo str_replace($file, 'FILE', $e->getMessage()), "\n";
}
try {
    PimSync\Config::fromString('{"source": ', 'my.json');
} catch (PimSync\ConfigException $e) {
    echo $e->getMessage(), "\n";
}
?>
--CLEAN--
<?php @unlink(sys_get_temp_dir() . '/pimsync-config-invalid_json_error.json'); ?>
--EXPECT--
FILE:3:34: invalid JSON: string or '}' expected near '}'
my.json:1:11: invalid JSON: unexpected token near end of file
