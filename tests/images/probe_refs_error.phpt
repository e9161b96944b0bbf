--TEST--
probeImages: each ref is a URL or ["akeneo" => code]; anything else throws ValueError
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$config = image_config([]);
foreach ([[42], [['url' => 'http://x']], [['akeneo' => 5]], [['akeneo' => 'a', 'x' => 1]]] as $refs) {
	try {
		PimSync\probeImages($config, $refs);
		echo "accepted\n";
	} catch (ValueError $e) {
		echo get_class($e), ": ", $e->getMessage(), "\n";
	}
}
var_dump(PimSync\probeImages($config, []));
?>
--EXPECT--
ValueError: PimSync\probeImages(): Argument #2 ($refs) must hold URLs (strings) or ["akeneo" => media file code] arrays
ValueError: PimSync\probeImages(): Argument #2 ($refs) must hold URLs (strings) or ["akeneo" => media file code] arrays
ValueError: PimSync\probeImages(): Argument #2 ($refs) must hold URLs (strings) or ["akeneo" => media file code] arrays
ValueError: PimSync\probeImages(): Argument #2 ($refs) must hold URLs (strings) or ["akeneo" => media file code] arrays
array(0) {
}
