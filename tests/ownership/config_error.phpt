--TEST--
Ownership config: source.system and "ownership" errors name file:line and field (unknown owner, class or key, a field neither a keyword nor an attribute code, fields without a matrix); defaults are filled
--EXTENSIONS--
pimsync
--FILE--
<?php
$cases = [
    ['"ownership": "erp"', null],
    ['"ownership": {"matrix": "all"}', null],
    ['"ownership": {"default_owner": "crm"}', null],
    ['"ownership": {"surprise": 1}', null],
    ['"ownership": {"matrix": "none", "fields": {"weight": {"owner": "erp"}}}', null],
    ['"ownership": {"matrix": "default", "fields": {"weight": {"owner": "wms"}}}', null],
    ['"ownership": {"matrix": "default", "fields": {"weight": {"class": "daily"}}}', null],
    ['"ownership": {"matrix": "default", "fields": {"weight": {"owner": "erp", "class": "hourly"}}}', null],
    ['"ownership": {"matrix": "default", "fields": {"weight": {"owner": "erp", "rules": 5}}}', null],
    ['"ownership": {"matrix": "default", "fields": {"weight": {"owner": "erp", "when": "now"}}}', null],
    ['"ownership": {"matrix": "default", "fields": {"weight": "erp"}}', null],
    ['"ownership": {"matrix": "default", "fields": {"9lives": {"owner": "erp"}}}', null],
    ['"ownership": {"matrix": "default", "fields": {"net weight": {"owner": "erp"}}}', null],
    ['"ownership": {"matrix": "default"}', 'magento'],
    ['"ownership": {"matrix": "default"}', 'crm'],
];
foreach ($cases as [$ownership, $system]) {
    $source = $system === null ? '{"type": "jsonl", "path": "x.jsonl"}' : "{\"type\": \"jsonl\", \"path\": \"x.jsonl\",\n    \"system\": \"$system\"}";
    try {
        PimSync\Config::fromString("{\n  \"source\": $source,\n  $ownership\n}\n", 'my.json');
        echo "accepted\n";
    } catch (PimSync\ConfigException $e) {
        echo $e->getMessage(), "\n";
    }
}
$api = PimSync\Config::fromString('{"source": {"type": "akeneo_api", "base_url": "http://pim.test", "client_id": "c", "secret": "s",
    "username": "u", "password": "p", "system": "erp"}}', 'api.json');
echo 'akeneo_api system: ', $api->toArray()['source']['system'], "\n";
$c = PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "x.jsonl"}, "ownership": {"matrix": "default",
    "fields": {"weight": {"owner": "pim"}, "color": {"owner": "erp"}, "price": {"owner": "magento", "class": "daily", "rules": "set in the admin"}}}}');
echo json_encode($c->toArray()['ownership']), "\n";
?>
--EXPECT--
my.json:3: field "ownership": must be an object
my.json:3: field "ownership.matrix": must be "none" (nothing enforced) or "default" (DESIGN.md's matrix, with "fields" over it)
my.json:3: field "ownership.default_owner": must be "pim", "erp" or "magento" (a magento-owned field is written by no source)
my.json:3: field "ownership.surprise": unknown field (known: see README, "Configuration")
my.json:3: field "ownership.fields": with matrix "none" nothing is enforced: set "matrix": "default" for these fields to count
my.json:3: field "ownership.fields.weight.owner": must be "pim", "erp" or "magento" (a magento-owned field is written by no source)
my.json:3: field "ownership.fields.weight.owner": is required: "pim", "erp" or "magento"
my.json:3: field "ownership.fields.weight.class": must be "realtime" (hot data), "daily" (cold data) or "weekly" (taxonomy, reference data)
my.json:3: field "ownership.fields.weight.rules": must be a string: the rules, as the sheet shows them
my.json:3: field "ownership.fields.weight.when": unknown field (known: see README, "Configuration")
my.json:3: field "ownership.fields.weight": must be {"owner": "pim"|"erp"|"magento", "class": "realtime"|"daily"|"weekly", "rules": "…"}
my.json:3: field "ownership.fields.9lives": is neither a field of the matrix (status, stock, price, categories, websites, links, images) nor a Magento attribute code (a letter, then letters, digits or _, at most 60)
my.json:3: field "ownership.fields.net weight": is neither a field of the matrix (status, stock, price, categories, websites, links, images) nor a Magento attribute code (a letter, then letters, digits or _, at most 60)
my.json:3: field "source.system": Magento is where values land, not a source: "pim" or "erp"
my.json:3: field "source.system": must be "pim" or "erp": the system this source speaks for
akeneo_api system: erp
{"matrix":"default","fields":{"weight":{"owner":"pim","class":"daily","rules":"shipping weight, in Magento's weight unit"},"color":{"owner":"erp","class":"daily","rules":""},"price":{"owner":"magento","class":"daily","rules":"set in the admin"}},"default_owner":"pim"}
