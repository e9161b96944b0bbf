<?php
/*
 * A fake Akeneo REST API for the phpt tests: a router for PHP's built-in server
 * (`php -S 127.0.0.1:PORT akeneo_server.php`), started by akeneo.inc.
 *
 * AKENEO_SCENARIO names a JSON file:
 *   products        how many generated products (uuid order = generation order)
 *   product_overrides  {"<i>": {top-level fields}} replacing those of product i; the
 *                   scenario is read on every request, so a test may rewrite it between runs
 *   client_id, secret, username, password   accepted credentials
 *   expires_in      returned with every token
 *   token_uses      data requests a token answers before it "expires" (0 = no limit)
 *   refresh_fails   refuse every refresh_token grant
 *   faults          {"<request number>": {"status": 503, "retry_after": 2} | {"sleep_ms": 3000}}
 *                   numbers count every request, token requests included, from 1
 *   options         {"<attribute code>": <count>} generated options, or {"<attribute code>": [option items]}
 *   categories      the category items GET /api/rest/v1/categories lists, in order
 *                   (code, parent, labels, position…; default none); "position" is sent
 *                   only with ?with_position=true, as Akeneo does
 *   attributes, attribute_groups, families   the items GET /api/rest/v1/attributes,
 *                   /attribute-groups, /families list (page/limit pagination; default: none)
 *   product_values  extra values every product carries ({"<attribute code>": [value entries]})
 *   measurement_families  the list GET /api/rest/v1/measurement-families answers
 *                   (default: Akeneo's Weight and Length families as a fresh PIM sends them)
 *   product_models  the product models /api/rest/v1/product-models lists (in order; "updated" filters
 *                   them as products), each also served at /api/rest/v1/product-models/{code}
 *   family_variants {"<family>": [family variants]} for /api/rest/v1/families/{family}/variants
 *                   (both default to none: every listing answers an empty list)
 *   link_host       scheme://host put in _links (default: the Host header)
 *   media_files     {"<code>": {"type": "png", "w": 640, "h": 480, "bytes": 50000}}: the files
 *                   GET /api/rest/v1/media-files/{code}/download answers (image_gen.inc), bearer
 *                   token required like every data request; an unknown code is a 404
 * Broken or hostile servers (product listings only):
 *   next_loop       "self": every page's next link names the page itself; "first": from
 *                   page 2 on, the next link names the first page (a cycle of two)
 *   empty_next      when the products run out, answer empty pages that keep a next link
 *   endless_body    answer a product listing with a body that never ends
 *   declared_length answer a product listing with this Content-Length
 *   duplicate_key   product numbers whose "identifier" key is sent twice (the second "sku-99999")
 *   echo_request    {"<request number>": status}: answer that status with a body echoing
 *                   the request (headers, body), as a careless proxy or debug mode does
 *   log, state      files: one JSON line per request; counters and tokens
 *
 * Several workers may serve at once (PHP_CLI_SERVER_WORKERS), so all shared
 * state lives in the state file under flock.
 */

/* akeneo.inc asks this to be sure the server on its port is its own (two tests may race for a port) */
if (parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) === '/__scenario') {
	echo getenv('AKENEO_SCENARIO');
	return;
}
$scenario = json_decode(file_get_contents(getenv('AKENEO_SCENARIO')), true, 512, JSON_THROW_ON_ERROR);
$scenario += [
	'products' => 0, 'client_id' => 'cid', 'secret' => 'sec', 'username' => 'api', 'password' => 'pw',
	'expires_in' => 3600, 'token_uses' => 0, 'refresh_fails' => false, 'faults' => [], 'options' => [], 'categories' => [],
	'link_host' => null, 'product_overrides' => [], 'measurement_families' => null, 'product_values' => [],
	'attributes' => [], 'attribute_groups' => [], 'families' => [],
	'product_models' => [], 'family_variants' => [],
	'media_files' => [],
	'next_loop' => null, 'empty_next' => false, 'endless_body' => false, 'declared_length' => null, 'echo_request' => [], 'duplicate_key' => [],
];

$method = $_SERVER['REQUEST_METHOD'];
$uri = $_SERVER['REQUEST_URI'];
$path = parse_url($uri, PHP_URL_PATH);
parse_str((string)parse_url($uri, PHP_URL_QUERY), $query);
$authHeader = $_SERVER['HTTP_AUTHORIZATION'] ?? '';
$authKind = $authHeader === '' ? 'none' : strtolower(strtok($authHeader, ' '));
if (preg_match('/^Bearer (\S+)$/', $authHeader, $m)) {
	$authKind = 'bearer ' . $m[1];
}
$rawBody = file_get_contents('php://input');
$entry = ['n' => 0, 'method' => $method, 'uri' => $uri, 'auth' => $authKind];

/* Serialise the decisions; the (possibly slow) answer is sent after unlocking. */
$fh = fopen($scenario['state'], 'c+');
flock($fh, LOCK_EX);
$state = json_decode(stream_get_contents($fh) ?: '{"n":0,"issued":0,"tokens":{},"refresh":{}}', true);
$state['n']++;
$n = $entry['n'] = $state['n'];
[$status, $headers, $body, $sleepMs] = handle($scenario, $state, $method, $path, $query, $authHeader, $rawBody, $entry);
ftruncate($fh, 0);
rewind($fh);
fwrite($fh, json_encode($state));
fflush($fh);
flock($fh, LOCK_UN);
fclose($fh);

$entry['status'] = $status;
file_put_contents($scenario['log'], json_encode($entry, JSON_UNESCAPED_SLASHES) . "\n", FILE_APPEND | LOCK_EX);
if ($sleepMs > 0) {
	usleep($sleepMs * 1000);
}
http_response_code($status);
header('Content-Type: application/json');
foreach ($headers as $h) {
	header($h);
}
if (isset($body['__bytes__'])) {
	/* a file, not JSON */
	echo $body['__bytes__'];
	return;
}
if (($body['__endless__'] ?? false) === true) {
	/* stops when the client hangs up (the write fails) or after a minute */
	$item = json_encode(product(1, true, 'http://' . $_SERVER['HTTP_HOST']), JSON_UNESCAPED_SLASHES) . ',';
	$chunk = str_repeat($item, max(1, intdiv(65536, strlen($item))));
	echo '{"_embedded":{"items":[';
	$until = microtime(true) + 60;
	while (!connection_aborted() && microtime(true) < $until) {
		echo $chunk;
		flush();
	}
	return;
}
/* "__raw__:1.10" stands for the JSON number 1.10 as written (PHP would reformat a float) */
$json = preg_replace('/"__raw__:([-+.0-9eE]+)"/', '$1', json_encode($body, JSON_UNESCAPED_SLASHES));
foreach ($scenario['duplicate_key'] as $i) {
	$sku = sprintf('"identifier":"sku-%05d"', $i);
	$json = str_replace($sku, "$sku,\"identifier\":\"sku-99999\"", $json);
}
echo $json;

function handle(array $sc, array &$state, string $method, string $path, array $query, string $auth, string $raw, array &$entry): array
{
	$sleepMs = 0;
	$fault = $sc['faults'][(string)$state['n']] ?? null;
	if ($fault !== null && isset($fault['status'])) {
		$headers = isset($fault['retry_after']) ? ['Retry-After: ' . $fault['retry_after']] : [];
		return [$fault['status'], $headers, ['code' => $fault['status'], 'message' => 'Scripted fault'], 0];
	}
	if ($fault !== null && isset($fault['sleep_ms'])) {
		$sleepMs = $fault['sleep_ms'];
	}
	if (isset($sc['echo_request'][(string)$state['n']])) {
		$status = $sc['echo_request'][(string)$state['n']];
		/* what carries the secrets first: an error message shows only the body's first bytes */
		return [$status, [], ['request' => ['body' => $raw, 'authorization' => $auth, 'headers' => getallheaders()],
			'code' => $status, 'message' => 'Debug: the request was echoed'], 0];
	}

	if ($path === '/api/oauth/v1/token') {
		[$status, $body] = token($sc, $state, $method, $auth, $raw, $entry);
		return [$status, [], $body, $sleepMs];
	}
	if (!preg_match('/^Bearer (\S+)$/', $auth, $m) || !isset($state['tokens'][$m[1]]) || $state['tokens'][$m[1]] === 0) {
		return [401, [], ['code' => 401, 'message' => 'The access token provided is invalid or has expired.'], $sleepMs];
	}
	if ($state['tokens'][$m[1]] > 0) {
		$state['tokens'][$m[1]]--;
	}
	if ($method !== 'GET') {
		return [405, [], ['code' => 405, 'message' => 'Method not allowed'], $sleepMs];
	}
	$host = $sc['link_host'] ?? ('http://' . $_SERVER['HTTP_HOST']);
	if (preg_match('#^/api/rest/v1/media-files/(.+)/download$#', $path, $m)) {
		$code = rawurldecode($m[1]);
		$file = $sc['media_files'][$code] ?? null;
		if ($file === null) {
			return [404, [], ['code' => 404, 'message' => "Media file \"$code\" does not exist."], $sleepMs];
		}
		require_once __DIR__ . '/image_gen.inc';
		$bytes = image_make($file['type'], $file['w'] ?? 64, $file['h'] ?? 48, $file['bytes'] ?? 0);
		return [200, ['Content-Type: ' . image_mime($file['type'])], ['__bytes__' => $bytes], $sleepMs];
	}
	if ($path === '/api/rest/v1/products-uuid' || $path === '/api/rest/v1/products') {
		if ($sc['endless_body']) {
			return [200, [], ['__endless__' => true], 0];
		}
		[$status, $body] = products($sc, $path === '/api/rest/v1/products-uuid', $query, $host);
		$headers = $sc['declared_length'] !== null ? ['Content-Length: ' . $sc['declared_length']] : [];
		return [$status, $headers, $body, $sleepMs];
	}
	if ($path === '/api/rest/v1/product-models') {
		[$status, $body] = product_models($sc, $query, $host);
		return [$status, [], $body, $sleepMs];
	}
	if (preg_match('#^/api/rest/v1/product-models/([^/]+)$#', $path, $m)) {
		foreach ($sc['product_models'] as $model) {
			if ($model['code'] === rawurldecode($m[1])) {
				return [200, [], $model + ['_links' => ['self' => ['href' => "$host$path"]]], $sleepMs];
			}
		}
		return [404, [], ['code' => 404, 'message' => 'Product model "' . rawurldecode($m[1]) . '" does not exist.'], $sleepMs];
	}
	if (preg_match('#^/api/rest/v1/families/([^/]+)/variants$#', $path, $m)) {
		$items = array_map(fn($v) => $v + ['_links' => ['self' => ['href' => "$host$path/{$v['code']}"]]],
			$sc['family_variants'][rawurldecode($m[1])] ?? []);
		return [200, [], ['_links' => ['self' => ['href' => "$host$path"]], 'current_page' => 1, '_embedded' => ['items' => $items]], $sleepMs];
	}
	if ($path === '/api/rest/v1/measurement-families') {
		/* one JSON list, no pagination, units indexed by code */
		return [200, [], $sc['measurement_families'] ?? standard_measurement_families(), $sleepMs];
	}
	$structure = ['/api/rest/v1/attributes' => 'attributes', '/api/rest/v1/attribute-groups' => 'attribute_groups',
		'/api/rest/v1/families' => 'families', '/api/rest/v1/categories' => 'categories'];
	if (isset($structure[$path])) {
		/* categories carry "position" only when asked (?with_position=true), as Akeneo does */
		$positioned = $path === '/api/rest/v1/categories';
		[$status, $body] = listing($sc[$structure[$path]], $path, $query, $host, $positioned);
		return [$status, [], $body, $sleepMs];
	}
	if (preg_match('#^/api/rest/v1/attributes/([^/]+)/options$#', $path, $m)) {
		[$status, $body] = options($sc, rawurldecode($m[1]), $query, $host);
		return [$status, [], $body, $sleepMs];
	}
	return [404, [], ['code' => 404, 'message' => "No route for $path"], $sleepMs];
}

function token(array $sc, array &$state, string $method, string $auth, string $raw, array &$entry): array
{
	if ($method !== 'POST') {
		return [405, ['code' => 405, 'message' => 'Method not allowed']];
	}
	if ($auth !== 'Basic ' . base64_encode($sc['client_id'] . ':' . $sc['secret'])) {
		return [401, ['error' => 'invalid_client', 'error_description' => 'The client credentials are invalid']];
	}
	$grant = json_decode($raw, true);
	$entry['grant'] = $grant['grant_type'] ?? null;
	if (($grant['grant_type'] ?? '') === 'password') {
		if (($grant['username'] ?? null) !== $sc['username'] || ($grant['password'] ?? null) !== $sc['password']) {
			return [422, ['code' => 422, 'message' => 'Your authentication is invalid']];
		}
	} elseif (($grant['grant_type'] ?? '') === 'refresh_token') {
		$rt = $grant['refresh_token'] ?? '';
		if ($sc['refresh_fails'] || !isset($state['refresh'][$rt])) {
			return [400, ['error' => 'invalid_grant', 'error_description' => 'Invalid refresh token']];
		}
		unset($state['refresh'][$rt]);
	} else {
		return [400, ['error' => 'unsupported_grant_type']];
	}
	$i = ++$state['issued'];
	$state['tokens']["tok-$i"] = $sc['token_uses'] > 0 ? $sc['token_uses'] : -1;
	$state['refresh']["ref-$i"] = true;
	return [200, ['access_token' => "tok-$i", 'expires_in' => $sc['expires_in'], 'token_type' => 'bearer',
		'scope' => null, 'refresh_token' => "ref-$i"]];
}

function product(int $i, bool $uuid, string $host, array $overrides = [], array $extraValues = []): array
{
	$id = sprintf('00000000-0000-4000-8000-%012d', $i);
	$p = [];
	if ($uuid) {
		$p['uuid'] = $id;
	}
	/* Keys deliberately out of order: the client must sort them. */
	$p += [
		'identifier' => sprintf('sku-%05d', $i),
		'enabled' => $i % 7 !== 0,
		'family' => 'shirts',
		'categories' => ['summer', 'men'],
		'values' => [
			'name' => [['locale' => 'en_US', 'scope' => null, 'data' => "Shirt $i"]],
			'color' => [['scope' => null, 'locale' => null, 'data' => ['red', 'blue', 'green'][$i % 3]]],
			'price' => [['locale' => null, 'scope' => null, 'data' => [['currency' => 'EUR', 'amount' => sprintf('%d.50', 10 + $i % 50)]]]],
		] + $extraValues,
		'created' => '2023-12-31T00:00:00+00:00',
		'updated' => gmdate('Y-m-d\TH:i:sP', gmmktime(0, 0, 0, 1, 1, 2024) + 3600 * $i),
		'_links' => ['self' => ['href' => "$host/api/rest/v1/products-uuid/$id"]],
	];
	/* top-level fields a test sets, e.g. a later "updated" or a broken "categories" */
	return array_replace($p, $overrides[(string)$i] ?? []);
}

/*
 * One search filter as Akeneo reads it (api.akeneo.com "Filters"), or null when
 * this fake does not know it: updated ">" a "Y-m-d H:i:s" UTC date (strictly
 * after: a product stamped in that second is not returned); uuid IN / NOT IN a
 * list on /products-uuid; identifier IN / NOT IN a list on /products; parent
 * IN a list of product model codes, matching any ancestor (Akeneo's
 * AncestorCodeFilter: a root model's code lists its sub-models' products too).
 */
function search_filter(string $property, mixed $f, bool $uuid, array $models = []): ?Closure
{
	$op = is_array($f) ? ($f['operator'] ?? null) : null;
	$value = is_array($f) ? ($f['value'] ?? null) : null;
	if ($property === 'updated' && $op === '>' && is_string($value) && preg_match('/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d$/', $value)) {
		return fn(array $p) => gmdate('Y-m-d H:i:s', strtotime($p['updated'])) > $value;
	}
	if ($property === 'parent' && $op === 'IN' && is_array($value) && array_is_list($value)) {
		$parents = array_column($models, 'parent', 'code');
		return function (array $p) use ($value, $parents): bool {
			for ($code = $p['parent'] ?? null, $hops = 0; $code !== null && $hops < 10; $code = $parents[$code] ?? null, $hops++) {
				if (in_array($code, $value, true)) {
					return true;
				}
			}
			return false;
		};
	}
	$field = $uuid ? 'uuid' : 'identifier';
	if ($property === $field && ($op === 'IN' || $op === 'NOT IN') && is_array($value) && array_is_list($value)) {
		return fn(array $p) => in_array($p[$field], $value, true) === ($op === 'IN');
	}
	return null;
}

function products(array $sc, bool $uuid, array $query, string $host): array
{
	if (($query['pagination_type'] ?? '') !== 'search_after') {
		return [400, ['code' => 400, 'message' => 'this fake only serves pagination_type=search_after']];
	}
	$limit = (int)($query['limit'] ?? 10);
	if ($limit < 1 || $limit > 100) {
		return [422, ['code' => 422, 'message' => 'You cannot request more than 100 items.']];
	}
	$filters = [];
	if (isset($query['search'])) {
		$search = json_decode($query['search'], true);
		if (!is_array($search)) {
			return [400, ['code' => 400, 'message' => 'Search query parameter should be valid JSON.']];
		}
		foreach ($search as $property => $list) {
			foreach (is_array($list) ? $list : [null] as $f) {
				$filter = search_filter($property, $f, $uuid, $sc['product_models'] ?? []);
				if ($filter === null) {
					return [422, ['code' => 422, 'message' => 'Unsupported filter ' . json_encode([$property => $list])]];
				}
				$filters[] = $filter;
			}
		}
	}
	$after = $query['search_after'] ?? null;
	$items = [];
	$more = false;
	for ($i = 1; $i <= $sc['products']; $i++) {
		$p = product($i, $uuid, $host, $sc['product_overrides'], $sc['product_values']);
		$key = $uuid ? $p['uuid'] : $p['identifier'];
		if ($after !== null && strcmp($key, $after) <= 0) {
			continue;
		}
		foreach ($filters as $keep) {
			if (!$keep($p)) {
				continue 2;
			}
		}
		if (count($items) === $limit) {
			$more = true;
			break;
		}
		$items[] = $p;
	}
	$base = $host . ($uuid ? '/api/rest/v1/products-uuid' : '/api/rest/v1/products');
	$keep = array_intersect_key($query, ['pagination_type' => 1, 'limit' => 1, 'search' => 1, 'scope' => 1]);
	$links = ['self' => ['href' => $base . '?' . http_build_query($query, '', '&', PHP_QUERY_RFC3986)],
		'first' => ['href' => $base . '?' . http_build_query($keep, '', '&', PHP_QUERY_RFC3986)]];
	if ($more) {
		$last = end($items);
		$next = $keep + ['search_after' => $uuid ? $last['uuid'] : $last['identifier']];
		$links['next'] = ['href' => $base . '?' . http_build_query($next, '', '&', PHP_QUERY_RFC3986)];
	} elseif ($sc['empty_next']) {
		/* past every key: each page is empty and names another one */
		$links['next'] = ['href' => $base . '?' . http_build_query($keep + ['search_after' => str_starts_with((string)$after, '~') ? "$after~" : '~'], '', '&', PHP_QUERY_RFC3986)];
	}
	if ($sc['next_loop'] === 'self') {
		$links['next'] = $links['self'];
	} elseif ($sc['next_loop'] === 'first' && $after !== null) {
		$links['next'] = $links['first'];
	}
	return [200, ['_links' => $links, '_embedded' => ['items' => $items]]];
}

/* One page with every model the filter keeps (search_after pagination; a test's few models fit one page). */
function product_models(array $sc, array $query, string $host): array
{
	if (($query['pagination_type'] ?? '') !== 'search_after') {
		return [400, ['code' => 400, 'message' => 'this fake only serves pagination_type=search_after']];
	}
	$filters = [];
	foreach (json_decode($query['search'] ?? '{}', true) ?: [] as $property => $list) {
		foreach ($list as $f) {
			$filter = $property === 'updated' ? search_filter($property, $f, true) : null;
			if ($filter === null) {
				return [422, ['code' => 422, 'message' => 'Unsupported filter ' . json_encode([$property => $list])]];
			}
			$filters[] = $filter;
		}
	}
	$items = [];
	foreach ($sc['product_models'] as $model) {
		foreach ($filters as $keep) {
			if (!$keep($model)) {
				continue 2;
			}
		}
		$items[] = $model + ['_links' => ['self' => ['href' => "$host/api/rest/v1/product-models/{$model['code']}"]]];
	}
	$base = "$host/api/rest/v1/product-models";
	return [200, ['_links' => ['self' => ['href' => $base . '?' . http_build_query($query, '', '&', PHP_QUERY_RFC3986)]],
		'_embedded' => ['items' => $items]]];
}

function options(array $sc, string $code, array $query, string $host): array
{
	if (!isset($sc['options'][$code])) {
		return [404, ['code' => 404, 'message' => "Attribute \"$code\" does not exist."]];
	}
	$limit = (int)($query['limit'] ?? 10);
	$page = max(1, (int)($query['page'] ?? 1));
	if ($limit < 1 || $limit > 100) {
		return [422, ['code' => 422, 'message' => 'You cannot request more than 100 items.']];
	}
	if (is_array($sc['options'][$code])) {
		return listing($sc['options'][$code], '/api/rest/v1/attributes/' . rawurlencode($code) . '/options', $query, $host);
	}
	$items = [];
	$total = $sc['options'][$code];
	for ($i = ($page - 1) * $limit + 1; $i <= min($total, $page * $limit); $i++) {
		$items[] = ['_links' => ['self' => ['href' => "$host/api/rest/v1/attributes/$code/options/{$code}_$i"]],
			'code' => "{$code}_$i", 'attribute' => $code, 'sort_order' => $i,
			'labels' => ['en_US' => ucfirst($code) . " $i", 'de_DE' => ucfirst($code) . " $i (de)"]];
	}
	$base = "$host/api/rest/v1/attributes/" . rawurlencode($code) . '/options';
	$links = ['self' => ['href' => "$base?page=$page&limit=$limit"], 'first' => ['href' => "$base?page=1&limit=$limit"]];
	if ($page * $limit < $total) {
		$links['next'] = ['href' => "$base?page=" . ($page + 1) . "&limit=$limit"];
	}
	return [200, ['_links' => $links, 'current_page' => $page, '_embedded' => ['items' => $items]]];
}

/* A page of a list the scenario gives whole (offset pagination, as Akeneo's structure endpoints);
 * with $positioned, "position" is sent only with ?with_position=true, and the links keep it. */
function listing(array $all, string $path, array $query, string $host, bool $positioned = false): array
{
	$limit = (int)($query['limit'] ?? 10);
	$page = max(1, (int)($query['page'] ?? 1));
	if ($limit < 1 || $limit > 100) {
		return [422, ['code' => 422, 'message' => 'You cannot request more than 100 items.']];
	}
	$withPosition = $positioned && ($query['with_position'] ?? 'false') === 'true';
	$items = array_slice(array_values($all), ($page - 1) * $limit, $limit);
	foreach ($items as &$item) {
		if ($positioned && !$withPosition) {
			unset($item['position']);
		}
		$item = ['_links' => ['self' => ['href' => "$host$path/" . rawurlencode((string)($item['code'] ?? ''))]]] + $item;
	}
	unset($item);
	$keep = $withPosition ? '&with_position=true' : '';
	$links = ['self' => ['href' => "$host$path?page=$page&limit=$limit$keep"], 'first' => ['href' => "$host$path?page=1&limit=$limit$keep"]];
	if ($page * $limit < count($all)) {
		$links['next'] = ['href' => "$host$path?page=" . ($page + 1) . "&limit=$limit$keep"];
	}
	return [200, ['_links' => $links, 'current_page' => $page, '_embedded' => ['items' => $items]]];
}

/* Two of the families a fresh Akeneo 7 answers, shaped as it answers them. */
function standard_measurement_families(): array
{
	$unit = fn(string $code, array $labels, array $ops, string $symbol) => ['code' => $code, 'labels' => $labels,
		'convert_from_standard' => array_map(fn($op) => ['operator' => $op[0], 'value' => $op[1]], $ops), 'symbol' => $symbol];
	$weight = [
		$unit('MICROGRAM', ['en_US' => 'Microgram', 'fr_FR' => 'Microgramme'], [['mul', '0.000000001']], 'μg'),
		$unit('MILLIGRAM', ['en_US' => 'Milligram', 'fr_FR' => 'Milligramme'], [['mul', '0.000001']], 'mg'),
		$unit('GRAM', ['en_US' => 'Gram', 'fr_FR' => 'Gramme'], [['mul', '0.001']], 'g'),
		$unit('KILOGRAM', ['en_US' => 'Kilogram', 'fr_FR' => 'Kilogramme'], [['mul', '1']], 'kg'),
		$unit('TON', ['en_US' => 'Ton', 'fr_FR' => 'Tonne'], [['mul', '1000']], 't'),
		$unit('GRAIN', ['en_US' => 'Grain', 'fr_FR' => 'Grain'], [['mul', '0.00006479891']], 'gr'),
		$unit('DENIER', ['en_US' => 'Denier', 'fr_FR' => 'Denier'], [['mul', '0.001275']], 'denier'),
		$unit('ONCE', ['en_US' => 'Once', 'fr_FR' => 'Once française'], [['mul', '0.03059']], 'once'),
		$unit('MARC', ['en_US' => 'Marc', 'fr_FR' => 'Marc'], [['mul', '0.24475']], 'marc'),
		$unit('LIVRE', ['en_US' => 'Livre', 'fr_FR' => 'Livre française'], [['mul', '0.4895']], 'livre'),
		$unit('OUNCE', ['en_US' => 'Ounce', 'fr_FR' => 'Once'], [['mul', '0.45359237'], ['div', '16']], 'oz'),
		$unit('POUND', ['en_US' => 'Pound', 'fr_FR' => 'Livre'], [['mul', '0.45359237']], 'lb'),
	];
	$length = [
		$unit('MILLIMETER', ['en_US' => 'Millimeter', 'fr_FR' => 'Millimètre'], [['mul', '0.001']], 'mm'),
		$unit('CENTIMETER', ['en_US' => 'Centimeter', 'fr_FR' => 'Centimètre'], [['mul', '0.01']], 'cm'),
		$unit('METER', ['en_US' => 'Meter', 'fr_FR' => 'Mètre'], [['mul', '1']], 'm'),
		$unit('INCH', ['en_US' => 'Inch', 'fr_FR' => 'Pouce'], [['mul', '0.0254']], 'in'),
		$unit('FEET', ['en_US' => 'Feet', 'fr_FR' => 'Pieds'], [['mul', '0.3048']], 'ft'),
	];
	$index = fn(array $units) => array_column($units, null, 'code');
	return [
		['code' => 'Weight', 'labels' => ['en_US' => 'Weight', 'fr_FR' => 'Poids'], 'standard_unit_code' => 'KILOGRAM', 'units' => $index($weight)],
		['code' => 'Length', 'labels' => ['en_US' => 'Length', 'fr_FR' => 'Longueur'], 'standard_unit_code' => 'METER', 'units' => $index($length)],
	];
}
