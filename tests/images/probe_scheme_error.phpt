--TEST--
probeImages: only http and https URLs are fetched: file://, ftp://, gopher:// and URLs without a scheme are refused before any connection
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_scheme_error');
$config = image_config(['allowed_hosts' => ['127.0.0.1', 'localhost'], 'allow_private_addresses' => true]);
$refs = ['file:///etc/passwd', 'FILE:///etc/hostname', "ftp://127.0.0.1:{$srv['port']}/a.png", "gopher://127.0.0.1:{$srv['port']}/_GET", 'dict://localhost/x', '127.0.0.1/a.png', ''];
foreach (PimSync\probeImages($config, $refs) as $r) {
	echo str_replace($srv['port'], 'PORT', probe_line($r)), "\n";
}
echo "requests the server saw: ", image_server_stats($srv)['requests'], "\n";
?>
--EXPECT--
failed scheme_not_allowed (http 0): file:///etc/passwd: scheme "file" is not allowed, only http and https
failed scheme_not_allowed (http 0): FILE:///etc/hostname: scheme "file" is not allowed, only http and https
failed scheme_not_allowed (http 0): ftp://127.0.0.1:PORT/a.png: scheme "ftp" is not allowed, only http and https
failed scheme_not_allowed (http 0): gopher://127.0.0.1:PORT/_GET: scheme "gopher" is not allowed, only http and https
failed scheme_not_allowed (http 0): dict://localhost/x: scheme "dict" is not allowed, only http and https
failed bad_url (http 0): "127.0.0.1/a.png" is not an absolute http(s) URL
failed bad_url (http 0): "" is not an absolute http(s) URL
requests the server saw: 0
