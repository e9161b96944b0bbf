--TEST--
probeImages: a private, loopback or link-local address (IPv4 and IPv6) is refused on the address actually connected to, also behind an allowed name, unless allow_private_addresses
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_private_address_error');
$p = $srv['port'];
$refs = ["http://127.0.0.1:$p/img/a.png", "http://localhost:$p/img/a.png", "http://[::1]:$p/img/a.png", "http://10.1.2.3/a.png",
	"http://169.254.169.254/latest/meta-data", "http://[fd00::1]/a.png", "http://[fe80::1]/a.png", "http://[::ffff:192.168.1.1]/a.png", "http://0.0.0.0:$p/img/a.png"];
$hosts = ['127.0.0.1', 'localhost', '::1', '10.1.2.3', '169.254.169.254', '[fd00::1]', 'fe80::1', '::ffff:192.168.1.1', '0.0.0.0'];
$config = image_config(['allowed_hosts' => $hosts, 'connect_timeout' => 2]);
foreach (PimSync\probeImages($config, $refs) as $r) {
	echo str_replace($p, 'PORT', probe_line($r)), "\n";
}
echo "requests the server saw: ", image_server_stats($srv)['requests'], "\n";
$config = image_config(['allowed_hosts' => $hosts, 'allow_private_addresses' => true]);
echo "allowed: ", probe_line(PimSync\probeImages($config, ["http://127.0.0.1:$p/img/a.png"])[0]), "\n";
?>
--EXPECTF--
failed private_address (http 0): http://127.0.0.1:PORT/img/a.png: 127.0.0.1 is a private, loopback or link-local address (images.download.allow_private_addresses is off)
failed private_address (http 0): http://localhost:PORT/img/a.png: %s is a private, loopback or link-local address (images.download.allow_private_addresses is off)
failed private_address (http 0): http://[::1]:PORT/img/a.png: ::1 is a private, loopback or link-local address (images.download.allow_private_addresses is off)
failed private_address (http 0): http://10.1.2.3/a.png: 10.1.2.3 is a private, loopback or link-local address (images.download.allow_private_addresses is off)
failed private_address (http 0): http://169.254.169.254/latest/meta-data: 169.254.169.254 is a private, loopback or link-local address (images.download.allow_private_addresses is off)
failed private_address (http 0): http://[fd00::1]/a.png: fd00::1 is a private, loopback or link-local address (images.download.allow_private_addresses is off)
failed private_address (http 0): http://[fe80::1]/a.png: fe80::1 is a private, loopback or link-local address (images.download.allow_private_addresses is off)
failed private_address (http 0): http://[::ffff:192.168.1.1]/a.png: ::ffff:192.168.1.1 is a private, loopback or link-local address (images.download.allow_private_addresses is off)
failed private_address (http 0): http://0.0.0.0:PORT/img/a.png: 0.0.0.0 is a private, loopback or link-local address (images.download.allow_private_addresses is off)
requests the server saw: 0
allowed: ok image/png 64x48 94 bytes
