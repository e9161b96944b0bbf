--TEST--
probeImages: JPEG, PNG, GIF and WebP files of 20-200 KB download with their type, size in pixels, length and SHA-256, under the caller's keys
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_basic');
$made = ['front' => ['jpg', 1200, 800, 180000], 'back' => ['png', 640, 480, 60000], 'swatch' => ['gif', 40, 40, 30000], 'detail' => ['webp', 1000, 1000, 120000]];
$refs = [];
foreach ($made as $key => [$type, $w, $h, $bytes]) {
	$refs[$key] = "{$srv['url']}/img/$key.$type?w=$w&h=$h&bytes=$bytes";
}
$config = image_config(['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true]);
foreach (PimSync\probeImages($config, $refs) as $key => $r) {
	[$type, $w, $h, $bytes] = $made[$key];
	$expected = image_make($type, $w, $h, $bytes);
	printf("%s: %s, %s %s, %s, %s, sha256 %s, reason_kind \"%s\", http %d\n", $key, $r['ok'] ? 'ok' : 'failed', $r['mime'], $r['extension'],
		$r['width'] === $w && $r['height'] === $h ? 'size as made' : "{$r['width']}x{$r['height']}?!",
		$r['bytes'] === strlen($expected) ? 'length as served' : "{$r['bytes']}?!",
		$r['sha256'] === hash('sha256', $expected) ? 'of the bytes served' : "{$r['sha256']}?!", $r['reason_kind'], $r['http_status']);
	if ($r['bytes'] < 20000 || $r['bytes'] > 200000) echo "  {$r['bytes']} bytes is outside 20-200 KB\n";
}
?>
--EXPECT--
front: ok, image/jpeg jpg, size as made, length as served, sha256 of the bytes served, reason_kind "", http 200
back: ok, image/png png, size as made, length as served, sha256 of the bytes served, reason_kind "", http 200
swatch: ok, image/gif gif, size as made, length as served, sha256 of the bytes served, reason_kind "", http 200
detail: ok, image/webp webp, size as made, length as served, sha256 of the bytes served, reason_kind "", http 200
