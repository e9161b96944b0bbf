<?php
/*
 * A local HTTP image server for the phpt tests: `php -n image_server.php DIR`
 * listens on a free loopback port, writes it to DIR/port, and serves until
 * killed (image_server.inc starts and stops it). A socket server of its own,
 * not PHP's built-in one: that one closes every connection, and these tests
 * need keep-alive, bodies cut mid-way, and one process answering many slow
 * requests at once (a select() loop; a slow answer waits on a timer, not in
 * a worker), so a test can count connections and concurrent requests.
 *
 * `php -n image_server.php DIR ROOT` also serves the files under ROOT (the image benchmark:
 * bench/images.sh; read on each request, nothing kept in memory).
 * Routes (any of them takes ?delay_ms=N: the answer starts N ms later):
 *   /files/PATH                   ROOT/files/PATH, with the Content-Type of its extension; 404 when missing
 *   /img/NAME.TYPE?w=&h=&bytes=   a valid TYPE (png, jpg, gif, webp) image of w x h pixels,
 *                                 padded to about `bytes` (image_gen.inc); &ctype= overrides Content-Type
 *   /truncated/NAME.TYPE?…        the same image's Content-Length, half of its bytes, then the connection closes
 *   /status/CODE                  that status with a short text body
 *   /text                         200, Content-Type image/jpeg, but an HTML page
 *   /redirect?to=URL[&code=302]   a redirect to URL
 *   /big?bytes=N[&chunked=1]      N bytes starting like a PNG; chunked: no Content-Length
 *   /__stats                      {"requests", "connections", "active", "max_active", "paths": [...]}
 *                                 of the requests outside /__*; /__reset zeroes them
 * HTTP/1.1 connections stay open unless the request says "Connection: close".
 */
require __DIR__ . '/image_gen.inc';

$dir = $argv[1];
$filesRoot = $argv[2] ?? null;
$server = stream_socket_server('tcp://127.0.0.1:0', $errno, $errstr);
if (!$server) {
	fwrite(STDERR, "cannot listen: $errstr\n");
	exit(1);
}
stream_set_blocking($server, false);
$name = stream_socket_get_name($server, false);
file_put_contents("$dir/port.new", substr($name, strrpos($name, ':') + 1));
rename("$dir/port.new", "$dir/port");

$conns = [];
$stats = ['requests' => 0, 'connections' => 0, 'active' => 0, 'max_active' => 0, 'paths' => []];
$cache = [];
$nextId = 0;

function now_ms(): float
{
	return hrtime(true) / 1e6;
}

function reply(int $status, array $headers, string $body, bool $close, bool $cut = false, bool $chunked = false): array
{
	static $text = [200 => 'OK', 301 => 'Moved Permanently', 302 => 'Found', 307 => 'Temporary Redirect', 401 => 'Unauthorized',
		403 => 'Forbidden', 404 => 'Not Found', 429 => 'Too Many Requests', 500 => 'Internal Server Error', 503 => 'Service Unavailable'];
	$head = "HTTP/1.1 $status " . ($text[$status] ?? 'Status') . "\r\n";
	if (!$chunked && !isset($headers['Content-Length'])) {
		$headers['Content-Length'] = strlen($body);
	}
	$headers['Connection'] = $close ? 'close' : 'keep-alive';
	foreach ($headers as $k => $v) {
		$head .= "$k: $v\r\n";
	}
	if ($chunked) {
		$head .= "Transfer-Encoding: chunked\r\n";
		$body = implode('', array_map(fn($c) => dechex(strlen($c)) . "\r\n$c\r\n", str_split($body, 16384))) . "0\r\n\r\n";
	}
	if ($cut) {
		$body = substr($body, 0, intdiv(strlen($body), 2));
		$close = true;
	}
	return ['data' => "$head\r\n$body", 'close' => $close];
}

function route(string $path, array $q, bool $close, array &$cache): array
{
	global $filesRoot;
	if ($filesRoot !== null && preg_match('#^/files/(?:[A-Za-z0-9_-]+/)*[A-Za-z0-9_-]+\.(png|jpg|gif|webp)$#', $path, $m)) {
		$body = @file_get_contents($filesRoot . $path);
		return $body === false ? reply(404, ['Content-Type' => 'text/plain'], "no such file\n", $close)
			: reply(200, ['Content-Type' => image_mime($m[1])], $body, $close);
	}
	if (preg_match('#^/(img|truncated)/[^/]+\.(png|jpg|jpeg|gif|webp)$#', $path, $m)) {
		$key = "$m[2]:" . ($q['w'] ?? 64) . ':' . ($q['h'] ?? 48) . ':' . ($q['bytes'] ?? 0);
		$cache[$key] ??= image_make($m[2], (int)($q['w'] ?? 64), (int)($q['h'] ?? 48), (int)($q['bytes'] ?? 0));
		return reply(200, ['Content-Type' => $q['ctype'] ?? image_mime($m[2])], $cache[$key], $close, $m[1] === 'truncated');
	}
	if (preg_match('#^/status/(\d{3})$#', $path, $m)) {
		return reply((int)$m[1], ['Content-Type' => 'text/plain'], "status $m[1]\n", $close);
	}
	if ($path === '/text') {
		return reply(200, ['Content-Type' => 'image/jpeg'], "<html><body><h1>Access denied</h1></body></html>\n", $close);
	}
	if ($path === '/redirect' && isset($q['to'])) {
		return reply((int)($q['code'] ?? 302), ['Location' => $q['to'], 'Content-Type' => 'text/plain'], "see {$q['to']}\n", $close);
	}
	if ($path === '/big') {
		$n = (int)($q['bytes'] ?? 1000000);
		$body = "\x89PNG\r\n\x1a\n" . str_repeat('b', max(0, $n - 8));
		return reply(200, ['Content-Type' => 'image/png'], $body, $close, false, isset($q['chunked']));
	}
	return reply(404, ['Content-Type' => 'text/plain'], "no route for $path\n", $close);
}

while (true) {
	$read = [$server];
	$write = [];
	$wait = 1000.0;
	$now = now_ms();
	foreach ($conns as $c) {
		$read[] = $c['sock'];
		if ($c['out'] !== '') {
			$write[] = $c['sock'];
		}
		if ($c['due'] !== null) {
			$wait = min($wait, max(0, $c['due'] - $now));
		}
	}
	$except = null;
	$n = @stream_select($read, $write, $except, 0, (int)($wait * 1000));
	if ($n === false) {
		continue;
	}
	foreach ($read as $sock) {
		if ($sock === $server) {
			$client = @stream_socket_accept($server, 0);
			if ($client) {
				stream_set_blocking($client, false);
				$conns[++$nextId] = ['sock' => $client, 'in' => '', 'out' => '', 'due' => null, 'pending' => null,
					'close' => false, 'counted' => false, 'busy' => false];
			}
			continue;
		}
		$id = null;
		foreach ($conns as $cid => $c) {
			if ($c['sock'] === $sock) {
				$id = $cid;
				break;
			}
		}
		$data = @fread($sock, 65536);
		if ($data === '' || $data === false) {
			if (feof($sock)) {
				if ($conns[$id]['busy'] && !str_starts_with($conns[$id]['path'] ?? '', '/__')) {
					$stats['active']--;
				}
				fclose($sock);
				unset($conns[$id]);
			}
			continue;
		}
		$conns[$id]['in'] .= $data;
	}
	/* parse one request per idle connection */
	foreach ($conns as $id => &$c) {
		if ($c['busy'] || ($end = strpos($c['in'], "\r\n\r\n")) === false) {
			continue;
		}
		$head = substr($c['in'], 0, $end);
		$c['in'] = (string)substr($c['in'], $end + 4);
		$lines = explode("\r\n", $head);
		[$method, $target, $version] = array_pad(explode(' ', $lines[0]), 3, 'HTTP/1.0');
		$headers = [];
		foreach (array_slice($lines, 1) as $l) {
			[$k, $v] = array_pad(explode(':', $l, 2), 2, '');
			$headers[strtolower(trim($k))] = trim($v);
		}
		$close = $version !== 'HTTP/1.1' || strtolower($headers['connection'] ?? '') === 'close';
		$path = (string)parse_url($target, PHP_URL_PATH);
		parse_str((string)parse_url($target, PHP_URL_QUERY), $q);
		$c['busy'] = true;
		$c['path'] = $path;
		if ($path === '/__stats') {
			$c['pending'] = reply(200, ['Content-Type' => 'application/json'], json_encode($stats, JSON_UNESCAPED_SLASHES), true);
			$c['due'] = now_ms();
			continue;
		}
		if ($path === '/__reset') {
			$stats = ['requests' => 0, 'connections' => 0, 'active' => 0, 'max_active' => 0, 'paths' => []];
			foreach ($conns as &$other) {
				$other['counted'] = false;
			}
			unset($other);
			$c['pending'] = reply(200, ['Content-Type' => 'text/plain'], "reset\n", true);
			$c['due'] = now_ms();
			continue;
		}
		$stats['requests']++;
		$stats['paths'][] = $target;
		if (!$c['counted']) {
			$c['counted'] = true;
			$stats['connections']++;
		}
		$stats['active']++;
		$stats['max_active'] = max($stats['max_active'], $stats['active']);
		$c['pending'] = $method === 'GET' ? route($path, $q, $close, $cache) : reply(405, [], "GET only\n", true);
		$c['due'] = now_ms() + (float)($q['delay_ms'] ?? 0);
	}
	unset($c);
	/* answers that are due */
	$now = now_ms();
	foreach ($conns as &$c) {
		if ($c['due'] !== null && $c['due'] <= $now) {
			$c['out'] .= $c['pending']['data'];
			$c['close'] = $c['pending']['close'];
			$c['due'] = null;
			$c['pending'] = null;
		}
	}
	unset($c);
	foreach ($write as $sock) {
		foreach ($conns as $id => &$c) {
			if ($c['sock'] !== $sock || $c['out'] === '') {
				continue;
			}
			$sent = @fwrite($sock, $c['out']);
			if ($sent === false) {
				$c['out'] = '';
				$c['close'] = true;
			} else {
				$c['out'] = (string)substr($c['out'], $sent);
			}
			if ($c['out'] === '') {
				if (!str_starts_with($c['path'], '/__')) {
					$stats['active']--;
				}
				$c['busy'] = false;
				if ($c['close']) {
					fclose($sock);
					unset($conns[$id]);
				}
			}
			break;
		}
		unset($c);
	}
}
