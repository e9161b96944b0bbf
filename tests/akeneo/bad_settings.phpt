--TEST--
AkeneoClient: invalid settings throw ConfigException naming the key, before any request
--EXTENSIONS--
pimsync
--FILE--
<?php
$good = ['base_url' => 'http://127.0.0.1:9', 'client_id' => 'cid', 'secret' => 'sec', 'username' => 'api', 'password' => 'pw'];
$cases = [
	'missing base_url' => array_diff_key($good, ['base_url' => 1]),
	'empty secret' => ['secret' => ''] + $good,
	'ftp url' => ['base_url' => 'ftp://pim.example.com'] + $good,
	'credentials in url' => ['base_url' => 'https://u:p@pim.example.com'] + $good,
	'page_size too big' => ['page_size' => 500] + $good,
	'timeout as string' => ['timeout_ms' => '30000'] + $good,
	'zero attempts' => ['max_attempts' => 0] + $good,
	'backoff cap below base' => ['backoff_base_ms' => 2000, 'backoff_max_ms' => 1000] + $good,
	'endpoint' => ['endpoint' => 'product-models'] + $good,
	'typo' => ['clientid' => 'cid'] + $good,
	'type' => ['type' => 'jsonl'] + $good,
	'sleep' => ['sleep' => 'no_such_function'] + $good,
];
foreach ($cases as $what => $settings) {
	try {
		new PimSync\AkeneoClient($settings);
		echo "$what: accepted?!\n";
	} catch (PimSync\ConfigException $e) {
		echo "$what: ", $e->getMessage(), "\n";
	}
}
?>
--EXPECT--
missing base_url: source.base_url is required (a non-empty string)
empty secret: source.secret must be a non-empty string, got an empty string
ftp url: source.base_url must start with http:// or https://, got "ftp://pim.example.com"
credentials in url: source.base_url must be like https://pim.example.com (no user:password@, query or fragment)
page_size too big: source.page_size must be an integer from 1 to 100 (Akeneo serves at most 100 per page), got 500
timeout as string: source.timeout_ms must be an integer from 1 to 3600000, got string
zero attempts: source.max_attempts must be an integer from 1 to 100, got 0
backoff cap below base: source.backoff_max_ms (1000) must not be below source.backoff_base_ms (2000)
endpoint: source.endpoint must be "products-uuid" or "products", got "product-models"
typo: source.clientid is not a known setting (expected one of base_url, client_id, secret, username, password, page_size, timeout_ms, connect_timeout_ms, max_attempts, backoff_base_ms, backoff_max_ms, endpoint, scope, delta_overlap_seconds, max_body_bytes)
type: source.type must be "akeneo_api" for the REST API source
sleep: settings.sleep must be a callable(int $ms)
