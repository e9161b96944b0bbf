--TEST--
probeImages: a 200 whose body is not an image (an HTML page served as image/jpeg) fails as not_an_image, naming what came
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('probe_not_an_image_error');
$config = image_config(['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true]);
$r = PimSync\probeImages($config, ["{$srv['url']}/text"])[0];
echo str_replace($srv['port'], 'PORT', probe_line($r)), "\n";
var_dump($r['sha256'], $r['bytes']);
?>
--EXPECT--
failed not_an_image (http 200): http://127.0.0.1:PORT/text: not a JPEG, PNG, GIF or WebP file (it starts with "<html><body><h1>") (49 bytes, Content-Type image/jpeg)
NULL
int(0)
