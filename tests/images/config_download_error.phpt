--TEST--
Config: images.download fields are checked (ranges, types, hosts that are not URLs, unknown fields); errors name file:line and field
--EXTENSIONS--
pimsync
--FILE--
<?php
$cases = [
	'{"concurrency": 0}',
	'{"per_host": 1000}',
	'{"timeout": "60s"}',
	'{"connect_timeout": 0}',
	'{"max_bytes": 10}',
	'{"max_redirects": 11}',
	'{"allow_private_addresses": "yes"}',
	'{"allowed_hosts": "cdn.example.com"}',
	'{"allowed_hosts": ["cdn.example.com", "https://img.example.com/"]}',
	'{"allowed_hosts": ["*"]}',
	'{"allowed_hosts": [42]}',
	'{"max_connections": 4}',
];
foreach ($cases as $download) {
	try {
		PimSync\Config::fromString("{\n  \"source\": {\"type\": \"jsonl\", \"path\": \"x.jsonl\"},\n  \"images\": {\n    \"download\": $download\n  }\n}\n", 'my.json');
		echo "accepted\n";
	} catch (PimSync\ConfigException $e) {
		echo $e->getMessage(), "\n";
	}
}
try {
	PimSync\Config::fromString("{\"source\": {\"type\": \"jsonl\", \"path\": \"x.jsonl\"},\n \"images\": {\"downloads\": {}}}", 'my.json');
} catch (PimSync\ConfigException $e) {
	echo $e->getMessage(), "\n";
}
?>
--EXPECT--
my.json:4: field "images.download.concurrency": must be an integer from 1 to 256
my.json:4: field "images.download.per_host": must be an integer from 1 to 256
my.json:4: field "images.download.timeout": must be an integer from 1 to 3600
my.json:4: field "images.download.connect_timeout": must be an integer from 1 to 300
my.json:4: field "images.download.max_bytes": must be an integer from 1024 to 1073741824
my.json:4: field "images.download.max_redirects": must be an integer from 0 to 10
my.json:4: field "images.download.allow_private_addresses": must be true or false
my.json:4: field "images.download.allowed_hosts": must be a list of host names such as "img.example.com" or "*.example.com"
my.json:4: field "images.download.allowed_hosts": "https://img.example.com/" is not a host: give "img.example.com" or "*.example.com" (no scheme, port or path)
my.json:4: field "images.download.allowed_hosts": "*" is not a host: give "img.example.com" or "*.example.com" (no scheme, port or path)
my.json:4: field "images.download.allowed_hosts": an entry that is not a string is not a host: give "img.example.com" or "*.example.com" (no scheme, port or path)
my.json:4: field "images.download.max_connections": unknown field (known: see README, "Configuration")
my.json:2: field "images.downloads": unknown field (known: see README, "Configuration")
