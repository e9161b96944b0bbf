--TEST--
probeImages: each redirect hop is checked like the first URL: to an allowed host it is followed, to a host off the list, another scheme or past max_redirects it fails as redirect_not_allowed
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_redirect_error');
$u = $srv['url'];
$to = fn(string $url, int $code = 302) => "$u/redirect?code=$code&to=" . rawurlencode($url);
$config = image_config(['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true, 'max_redirects' => 2]);
$refs = [
	'followed' => $to("$u/img/moved.png?w=7&h=5", 301),
	'relative' => "$u/redirect?to=" . rawurlencode('/img/rel.gif?w=3&h=2'),
	'other host' => $to("http://localhost:{$srv['port']}/img/x.png"),
	'file scheme' => $to('file:///etc/passwd', 307),
	'two hops' => $to($to("$u/img/two.png?w=2&h=2")),
	'three hops' => $to($to($to("$u/img/three.png"))),
];
foreach (PimSync\probeImages($config, $refs) as $what => $r) {
	echo "$what: ", str_replace($srv['port'], 'PORT', probe_line($r)), "\n";
}
echo "never requested: ", json_encode(array_values(array_filter(image_server_stats($srv)['paths'], fn($p) => str_contains($p, 'three.png') && !str_contains($p, 'redirect')))), "\n";
?>
--EXPECTF--
followed: ok image/png 7x5 %d bytes
relative: ok image/gif 3x2 %d bytes
other host: failed redirect_not_allowed (http 302): redirect from http://127.0.0.1:PORT/redirect?… refused: http://localhost:PORT/img/x.png: host "localhost" is not in images.download.allowed_hosts (127.0.0.1)
file scheme: failed redirect_not_allowed (http 307): redirect from http://127.0.0.1:PORT/redirect?… refused: file:///etc/passwd: scheme "file" is not allowed, only http and https
two hops: ok image/png 2x2 %d bytes
three hops: failed redirect_not_allowed (http 302): http://127.0.0.1:PORT/redirect?…: more than 2 redirects (images.download.max_redirects)
never requested: []
