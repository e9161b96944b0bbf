--TEST--
probeImages: a host off images.download.allowed_hosts is refused (exact names, "*.domain" for subdomains only); the message hides user:password@ and the query string
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$config = image_config(['allowed_hosts' => ['cdn.example.test', '*.img.example.test'], 'connect_timeout' => 2]);
$refs = [
	'http://evil.example.test/a.png?signature=s3cr3t',
	'https://user:pa55@other.test/a.png',
	'http://img.example.test/a.png',
	'http://badimg.example.test/a.png',
	'http://CDN.Example.Test/a.png',
	'http://eu.img.example.test/a.png',
];
foreach (PimSync\probeImages($config, $refs) as $r) {
	echo probe_line($r), "\n";
}
?>
--EXPECTF--
failed host_not_allowed (http 0): http://evil.example.test/a.png?…: host "evil.example.test" is not in images.download.allowed_hosts (cdn.example.test, *.img.example.test)
failed host_not_allowed (http 0): https://other.test/a.png: host "other.test" is not in images.download.allowed_hosts (cdn.example.test, *.img.example.test)
failed host_not_allowed (http 0): http://img.example.test/a.png: host "img.example.test" is not in images.download.allowed_hosts (cdn.example.test, *.img.example.test)
failed host_not_allowed (http 0): http://badimg.example.test/a.png: host "badimg.example.test" is not in images.download.allowed_hosts (cdn.example.test, *.img.example.test)
failed connect_failed (http 0, retryable): http://CDN.Example.Test/a.png: %s
failed connect_failed (http 0, retryable): http://eu.img.example.test/a.png: %s
