--TEST--
imageInfo: a body that is no JPEG, PNG, GIF or WebP is refused as not_an_image, and the reason shows how it starts
--EXTENSIONS--
pimsync
--FILE--
<?php
$bodies = [
	'html' => "<!DOCTYPE html><html><body>Not found</body></html>",
	'json' => '{"code":404,"message":"Media file does not exist"}',
	'empty' => '',
	'bmp' => "BM" . str_repeat("\0", 60),
	'riff but wav' => 'RIFF' . pack('V', 40) . 'WAVEfmt ' . str_repeat("\0", 32),
	'webp without image chunk' => 'RIFF' . pack('V', 30) . 'WEBPEXIF' . pack('V', 18) . str_repeat("\0", 18),
	'jpeg scan before frame' => "\xFF\xD8\xFF\xDA\x00\x08" . str_repeat("\0", 6) . "\xFF\xD9",
	'png without IHDR first' => "\x89PNG\r\n\x1a\n" . pack('N', 0) . 'IDAT' . str_repeat("\0", 20),
];
foreach ($bodies as $what => $b) {
	$i = PimSync\imageInfo($b);
	echo "$what: ", $i['ok'] ? 'ok' : "{$i['reason_kind']}: {$i['reason']}", "\n";
}
?>
--EXPECT--
html: not_an_image: not a JPEG, PNG, GIF or WebP file (it starts with "<!DOCTYPE html><")
json: not_an_image: not a JPEG, PNG, GIF or WebP file (it starts with "{"code":404,"mes")
empty: not_an_image: the body is empty
bmp: not_an_image: not a JPEG, PNG, GIF or WebP file (it starts with "BM\x00\x00\x00\x00\x00\x00\x00\x00\x00")
riff but wav: not_an_image: not a JPEG, PNG, GIF or WebP file (it starts with "RIFF(\x00\x00\x00WAVEfmt ")
webp without image chunk: not_an_image: WebP has no VP8, VP8L or VP8X chunk first
jpeg scan before frame: not_an_image: JPEG has no frame header (SOF) before its image data
png without IHDR first: not_an_image: PNG does not start with its header chunk (IHDR)
