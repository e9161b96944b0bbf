--TEST--
Config: images.media_root and local_root resolve against the config file; without media_root, a config file inside a Magento root (app/etc/env.php and pub/media) gives that root's pub/media, else null and applying an image job is a ConfigException naming the field; keep_replaced_hours defaults to 24
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$t = sync_setup('images_files_basic');
$root = "{$t['dir']}/magento";
@mkdir("$root/app/etc", 0700, true);
@mkdir("$root/pub/media", 0700, true);
touch("$root/app/etc/env.php");
$src = '{"source": {"type": "jsonl", "path": "x.jsonl"}%s}';
file_put_contents("$root/app/etc/pimsync.json", sprintf($src, ''));
$found = PimSync\Config::fromFile("$root/app/etc/pimsync.json")->toArray()['images'];
echo "inside Magento: ", json_encode(str_replace($root, '<root>', $found['media_root'])), ", keep ", $found['keep_replaced_hours'], ", local ", json_encode($found['local_root']), "\n";
file_put_contents("{$t['dir']}/given.json", sprintf($src, ', "images": {"media_root": "media/", "local_root": "src", "keep_replaced_hours": 0}'));
$given = PimSync\Config::fromFile("{$t['dir']}/given.json")->toArray()['images'];
echo "given: ", str_replace($t['dir'], '<dir>', "{$given['media_root']} {$given['local_root']} {$given['keep_replaced_hours']}"), "\n";
file_put_contents("{$t['dir']}/outside.json", sprintf($src, ''));
$config = PimSync\Config::fromFile("{$t['dir']}/outside.json");
echo "outside: ", json_encode($config->toArray()['images']['media_root']), "\n";
try {
    (new PimSync\Engine($t['pdo'], $config))->applyImageJob('{}');
    echo "a malformed job needs no media root\n";
    (new PimSync\Engine($t['pdo'], $config))->applyImageJob('{"v":1,"run":1,"sku":"A","entity":1,"row":1,"generation":"0000000000000001","chunk":1,"chunks":1,"images":[],"keep":[]}');
} catch (PimSync\ConfigException $e) {
    echo str_replace($t['dir'], '<dir>', $e->getMessage()), "\n";
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
foreach (['magento/app/etc/env.php', 'magento/app/etc/pimsync.json'] as $f) {
    @unlink(sync_dir('images_files_basic') . "/$f");
}
foreach (['magento/app/etc', 'magento/app', 'magento/pub/media', 'magento/pub', 'magento'] as $d) {
    @rmdir(sync_dir('images_files_basic') . "/$d");
}
sync_clean('images_files_basic');
?>
--EXPECT--
inside Magento: "<root>\/pub\/media", keep 24, local null
given: <dir>/media <dir>/src 0
outside: null
a malformed job needs no media root
The image job failed: <dir>/outside.json: field "images.media_root": is required to write images (Magento's pub/media; it was not found from the configuration file's directory)
