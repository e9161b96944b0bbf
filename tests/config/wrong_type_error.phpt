--TEST--
Config: a field of the wrong type or out of range is an error naming the field
--EXTENSIONS--
pimsync
--FILE--
<?php
$src = '"source": {"type": "jsonl", "path": "x.jsonl"}';
foreach (['"batch_size": "500"', '"batch_size": 0', '"url_rewrites": "yes"', '"locales": ["en_US"]', '"absent": "delete"',
          '"websites": []', '"attributes": {"weight": 5}', '"categories": {"map": {"shoes": "12"}}', '"admin_locale": "fr_FR"'] as $field) {
    try {
        PimSync\Config::fromString("{{$src},\n$field}", 'c.json');
        echo "accepted: $field\n";
    } catch (PimSync\ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
c.json:2: field "batch_size": must be an integer from 1 to 10000
c.json:2: field "batch_size": must be an integer from 1 to 10000
c.json:2: field "url_rewrites": must be true or false
c.json:2: field "locales": must be an object
c.json:2: field "absent": must be "ignore" or "disable"
c.json:2: field "websites": must be a non-empty list of strings
c.json:2: field "attributes.weight": must be a Magento attribute code, null (skip), or {"to", "unit", "currency"}
c.json:2: field "categories.map.shoes": must map an Akeneo category code to a Magento category id
c.json:2: field "admin_locale": must be one of the locales listed in "locales"
