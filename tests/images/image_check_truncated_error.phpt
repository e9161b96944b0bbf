--TEST--
imageInfo: a body cut before its dimensions, or before the container's end, is refused as truncated
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_gen.inc';
foreach (['jpg', 'png', 'gif', 'webp'] as $type) {
	$full = image_make($type, 200, 100, 30000);
	foreach (['header' => 12, 'half' => intdiv(strlen($full), 2), 'all but the last byte' => strlen($full) - 1] as $cut => $keep) {
		if ($type === 'gif' && $cut === 'all but the last byte') {
			$keep = strlen($full) - 2; /* the trailer and the empty block before it */
		}
		$i = PimSync\imageInfo(substr($full, 0, $type === 'gif' && $cut === 'header' ? 8 : $keep));
		echo "$type cut at $cut: ", $i['ok'] ? 'ok' : "{$i['reason_kind']}: {$i['reason']}", "\n";
	}
	echo "$type whole: ", PimSync\imageInfo($full)['ok'] ? 'ok' : 'refused', "\n";
}
?>
--EXPECT--
jpg cut at header: truncated: JPEG data ends before its frame header (SOF)
jpg cut at half: truncated: JPEG has no end marker (EOI): the file is cut
jpg cut at all but the last byte: truncated: JPEG has no end marker (EOI): the file is cut
jpg whole: ok
png cut at header: truncated: PNG data ends before its header (IHDR)
png cut at half: truncated: PNG has no end chunk (IEND): the file is cut
png cut at all but the last byte: ok
png whole: ok
gif cut at header: truncated: GIF data ends before its screen descriptor
gif cut at half: truncated: GIF has no trailer (0x3B): the file is cut
gif cut at all but the last byte: truncated: GIF has no trailer (0x3B): the file is cut
gif whole: ok
webp cut at header: truncated: WebP data ends before its image header
webp cut at half: truncated: WebP is shorter than its RIFF header says: the file is cut
webp cut at all but the last byte: truncated: WebP is shorter than its RIFF header says: the file is cut
webp whole: ok
