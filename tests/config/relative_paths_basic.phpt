--TEST--
Config: relative source paths resolve against the config file's directory, not the working directory
--EXTENSIONS--
pimsync
--FILE--
<?php
$dir = sys_get_temp_dir() . '/pimsync-config-relative_paths_basic';
@mkdir("$dir/conf", 0700, true);
file_put_contents("$dir/conf/sync.json", '{"source": {"type": "jsonl", "path": "../data/feed.jsonl", "options_path": "opts.jsonl"}}');
chdir('/');
$c = PimSync\Config::fromFile("$dir/conf/sync.json");
$src = $c->toArray()['source'];
var_dump($src['path'] === "$dir/data/feed.jsonl", $src['options_path'] === "$dir/conf/opts.jsonl", $c->origin === "$dir/conf/sync.json");
$abs = PimSync\Config::fromString('{"source": {"type": "jsonl", "path": "/srv/feed.jsonl"}}');
echo $abs->toArray()['source']['path'], "\n";
?>
--CLEAN--
<?php
$dir = sys_get_temp_dir() . '/pimsync-config-relative_paths_basic';
@unlink("$dir/conf/sync.json");
@rmdir("$dir/conf");
@rmdir($dir);
?>
--EXPECT--
bool(true)
bool(true)
bool(true)
/srv/feed.jsonl
