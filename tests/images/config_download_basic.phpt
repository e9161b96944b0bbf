--TEST--
Config: images.download gets its defaults (16 at once, 8 per host, 5 s to connect, 60 s a file, 20 MB, 3 redirects, no private addresses, no hosts) and keeps what is given
--EXTENSIONS--
pimsync
--FILE--
<?php
$c = PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "x.jsonl"}, "images": {"download": {}}}');
echo json_encode($c->toArray()['images']['download']), "\n";
$c = PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "x.jsonl"}, "images": {"download": {"per_host": 2, "allowed_hosts": ["cdn.example.com", "*.img.example.com", "[2001:db8::1]"]}}}');
echo json_encode($c->toArray()['images']['download']), "\n";
/* without an images block images are off, with the download defaults filled in like every other block */
$images = PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "x.jsonl"}}')->toArray()['images'];
var_dump($images['enabled'], $images['download']['concurrency']);
?>
--EXPECT--
{"concurrency":16,"per_host":8,"connect_timeout":5,"timeout":60,"max_bytes":20971520,"max_redirects":3,"allow_private_addresses":false,"allowed_hosts":[]}
{"per_host":2,"allowed_hosts":["cdn.example.com","*.img.example.com","[2001:db8::1]"],"concurrency":16,"connect_timeout":5,"timeout":60,"max_bytes":20971520,"max_redirects":3,"allow_private_addresses":false}
bool(false)
int(16)
