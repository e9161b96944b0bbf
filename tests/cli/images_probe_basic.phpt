--TEST--
bin/pimsync images:probe --config FILE URL...: one line per image (type, size, bytes, hash, or why not), exit 0 when all are images and 1 when one is not; no database needed
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/cli.inc';
require __DIR__ . '/../support/image_server.inc';
$srv = image_server_start('cli_images_probe_basic');
$file = sys_get_temp_dir() . '/pimsync-cli-images-probe-' . getmypid() . '.json';
file_put_contents($file, json_encode(['source' => ['type' => 'jsonl', 'path' => 'x.jsonl'],
	'images' => ['download' => ['allowed_hosts' => ['127.0.0.1'], 'allow_private_addresses' => true]]]));
$good = "{$srv['url']}/img/a.png?w=30&h=20";
$made = image_make('png', 30, 20);
$sha = hash('sha256', $made);
foreach ([[$good], [$good, "{$srv['url']}/status/404", 'file:///etc/passwd', 'akeneo:1/2/x.jpg']] as $urls) {
	$r = cli_run(['images:probe', '--config', $file, ...$urls], ['PIMSYNC_DB_PORT' => '1']);
	echo 'exit ', $r['exit'], "\n", str_replace([$srv['port'], $sha, ' ' . strlen($made) . ' bytes'], ['PORT', 'SHA', ' N bytes'], $r['stdout']), $r['stderr'];
}
$r = cli_run(['images:probe', '--config', $file, '--json', $good], ['PIMSYNC_DB_PORT' => '1']);
$j = json_decode($r['stdout'], true);
echo "json: exit {$r['exit']} {$j['status']} ", $j['images'][0]['sha256'] === $sha ? 'sha256 of the file' : 'other hash?!', "\n";
$r = cli_run(['images:probe', '--config', $file]);
echo 'no url: exit ', $r['exit'], ': ', strtok($r['stderr'], "\n"), "\n";
unlink($file);
?>
--EXPECT--
exit 0
ok     http://127.0.0.1:PORT/img/a.png?… image/png 30x20 N bytes sha256 SHA
exit 1
ok     http://127.0.0.1:PORT/img/a.png?… image/png 30x20 N bytes sha256 SHA
failed http://127.0.0.1:PORT/status/404 http_status (HTTP 404): http://127.0.0.1:PORT/status/404: HTTP 404 Not Found
failed file:///etc/passwd scheme_not_allowed: file:///etc/passwd: scheme "file" is not allowed, only http and https
failed akeneo:1/2/x.jpg no_akeneo_source: an Akeneo media file needs a config whose source.type is "akeneo_api"
json: exit 0 success sha256 of the file
no url: exit 64: pimsync: images:probe needs at least one URL or akeneo:CODE
