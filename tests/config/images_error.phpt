--TEST--
Config: the images block is checked field by field (file:line and field), unknown fields are refused, defaults are filled in, and the Redis password is never echoed
--EXTENSIONS--
pimsync
--FILE--
<?php
$src = '"source": {"type": "jsonl", "path": "x.jsonl"}';
foreach ([
    '"images": {"chunk_size": 0}',
    '"images": {"chunk_size": "20"}',
    '"images": {"enabled": true, "bucket": "x"}',
    '"images": {"keep_replaced_hours": 9000}',
    '"images": {"redis": {"host": "r1", "port": 70000}}',
    '"images": {"redis": {"password": "hunter2-secret", "db": -1}}',
    '"images": {"redis": {"password": "hunter2-secret", "timeout": "5s"}}',
    '"images": {"redis": {"password": "hunter2-secret" "db": 1}}',
    "\"images\": {\"redis\": {\"password\": \"hunter2\tsecret\"}}",
    '"images": {"attributes": {"front": {"roles": ["image", "image"]}}}',
    '"images": {"attributes": {"front": {"roles": ["media_gallery"]}}}',
    '"images": {"attributes": {"front": "image"}}',
    '"images": {"attributes": {"front": {"position": 0}}}',
    '"images": {"attributes": {"front": {"hidden": true}}}',
    '"images": {"visibility_timeout": 0}',
    '"images": {"backoff": -1}',
] as $field) {
    try {
        PimSync\Config::fromString("{{$src},\n$field}", 'c.json');
        echo "accepted: $field\n";
    } catch (PimSync\ConfigException $e) {
        echo $e->getMessage(), str_contains($field, 'hunter2') ? ' (password echoed: ' . (str_contains($e->getMessage(), 'hunter2') ? 'yes' : 'no') . ')' : '', "\n";
    }
}
$images = PimSync\Config::fromString("{{$src},\n\"images\": {\"attributes\": {\"back\": {\"position\": 2}, \"front\": {\"position\": 1}, \"pdf\": null, \"side\": [\"swatch_image\"]}}}", 'c.json')->toArray()['images'];
echo json_encode(array_diff_key($images, ['download' => 1])), "\n"; // images.download: tests/images/config_download_basic.phpt
echo json_encode(PimSync\Config::fromString("{{$src},\n\"images\": {\"attributes\": {\"back\": {}, \"front\": {\"position\": 1}}}}", 'c.json')->toArray()['images']['attributes']), "\n";
?>
--EXPECTF--
c.json:2: field "images.chunk_size": must be an integer from 1 to 1000
c.json:2: field "images.chunk_size": must be an integer from 1 to 1000
c.json:2: field "images.bucket": unknown field (known: see README, "Configuration")
c.json:2: field "images.keep_replaced_hours": must be an integer from 0 to 8760
c.json:2: field "images.redis.port": must be an integer from 1 to 65535
c.json:2: field "images.redis.db": must be an integer from 0 to 10000 (password echoed: no)
c.json:2: field "images.redis.timeout": must be a number of seconds from 0.01 to 300 (password echoed: no)
c.json:2:54: invalid JSON: '}' expected near '"db"' (password echoed: no)
%s (password echoed: no)
c.json:2: field "images.attributes.front.roles": names the role image twice
c.json:2: field "images.attributes.front.roles": media_gallery is the gallery itself, not a role
c.json:2: field "images.attributes.front": must be {"roles", "gallery", "position", "label"}, a list of roles, true or null (not an image)
c.json:2: field "images.attributes.front.position": must be an integer from 1 to 100000
c.json:2: field "images.attributes.front.hidden": unknown field (known: see README, "Configuration")
c.json:2: field "images.visibility_timeout": must be a number of seconds from 1 to 86400
c.json:2: field "images.backoff": must be a number of seconds from 0 to 86400
{"attributes":{"back":{"position":2,"roles":[],"gallery":true,"label":null},"front":{"position":1,"roles":["image","small_image","thumbnail"],"gallery":true,"label":null},"pdf":null,"side":{"roles":["swatch_image"],"gallery":true,"position":3,"label":null}},"enabled":false,"redis":{"host":"127.0.0.1","port":6379,"username":null,"password":null,"db":0,"connect_timeout":1,"timeout":5},"stream":null,"group":"pimsync-images","chunk_size":20,"labels":null,"retries":5,"backoff":30,"visibility_timeout":300,"keep_replaced_hours":24,"media_root":null,"local_root":null}
{"back":{"roles":["image","small_image","thumbnail"],"gallery":true,"position":1,"label":null},"front":{"position":1,"roles":[],"gallery":true,"label":null}}
