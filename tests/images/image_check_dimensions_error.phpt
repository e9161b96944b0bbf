--TEST--
imageInfo: a zero or absurd size in the header is refused as bad_dimensions
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_gen.inc';
$png = fn(int $w, int $h) => "\x89PNG\r\n\x1a\n" . image_png_chunk('IHDR', pack('NNCCCCC', $w, $h, 8, 0, 0, 0, 0)) . image_png_chunk('IEND', '');
$cases = [
	'png 0x480' => $png(0, 480),
	'png 70000x10' => $png(70000, 10),
	'png 20000x20000' => $png(20000, 20000),
	'png 10000x10000' => $png(10000, 10000),
	'jpeg 640x0' => image_jpeg(640, 0),
	'gif 0x0' => image_gif(0, 0),
];
foreach ($cases as $what => $b) {
	$i = PimSync\imageInfo($b);
	echo "$what: ", $i['ok'] ? "ok {$i['width']}x{$i['height']}" : "{$i['reason_kind']}: {$i['reason']}", "\n";
}
?>
--EXPECT--
png 0x480: bad_dimensions: png of 0x480 pixels: a side is 0 or the image is over 65535 pixels a side or 100 megapixels
png 70000x10: bad_dimensions: png of 70000x10 pixels: a side is 0 or the image is over 65535 pixels a side or 100 megapixels
png 20000x20000: bad_dimensions: png of 20000x20000 pixels: a side is 0 or the image is over 65535 pixels a side or 100 megapixels
png 10000x10000: ok 10000x10000
jpeg 640x0: bad_dimensions: jpg of 640x0 pixels: a side is 0 or the image is over 65535 pixels a side or 100 megapixels
gif 0x0: bad_dimensions: gif of 0x0 pixels: a side is 0 or the image is over 65535 pixels a side or 100 megapixels
