--TEST--
imageInfo: JPEG, PNG, GIF and WebP (VP8, VP8L, VP8X) are told by their magic bytes, and their size read from the header
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_gen.inc';
foreach (['jpg' => [1920, 1080], 'png' => [640, 480], 'gif' => [31, 17], 'webp' => [16383, 2]] as $type => [$w, $h]) {
	$i = PimSync\imageInfo(image_make($type, $w, $h, $type === 'gif' ? 0 : 40000));
	printf("%s: %s %s %dx%d (made %dx%d)\n", $type, $i['ok'] ? 'ok' : 'refused', $i['mime'], $i['width'], $i['height'], $w, $h);
}
/* lossy VP8 and extended VP8X headers, as libwebp writes them */
$vp8 = "\x9d\x01\x2a" . pack('vv', 300, 200);
$vp8 = "\x30\x01\x00" . $vp8 . str_repeat("\0", 10);
$lossy = 'RIFF' . pack('V', 4 + 8 + strlen($vp8)) . 'WEBP' . 'VP8 ' . pack('V', strlen($vp8)) . $vp8;
$x = "\x10\0\0\0" . substr(pack('V', 4095), 0, 3) . substr(pack('V', 2999), 0, 3);
$extended = 'RIFF' . pack('V', 4 + 8 + strlen($x)) . 'WEBP' . 'VP8X' . pack('V', strlen($x)) . $x;
foreach (['webp VP8' => $lossy, 'webp VP8X' => $extended] as $what => $bytes) {
	$i = PimSync\imageInfo($bytes);
	printf("%s: %s %s %s %dx%d\n", $what, $i['ok'] ? 'ok' : 'refused', $i['mime'], $i['extension'], $i['width'], $i['height']);
}
/* a JPEG with APP segments and a COM before its frame, and bytes after its end marker */
$i = PimSync\imageInfo(image_make('jpg', 123, 45, 70000) . "trailing");
printf("jpeg with padding: %s %dx%d\n", $i['ok'] ? 'ok' : 'refused', $i['width'], $i['height']);
?>
--EXPECT--
jpg: ok image/jpeg 1920x1080 (made 1920x1080)
png: ok image/png 640x480 (made 640x480)
gif: ok image/gif 31x17 (made 31x17)
webp: ok image/webp 16383x2 (made 16383x2)
webp VP8: ok image/webp webp 300x200
webp VP8X: ok image/webp webp 4096x3000
jpeg with padding: ok 123x45
