--TEST--
AkeneoClient: a server that echoes the request (headers and body) in its error answers (400 on the token, 422 on a listing) never gets the password, the client secret, its Basic value nor the tokens into the exception; the message still says what failed
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$creds = ['client_id' => 'client-7f3a', 'secret' => 'S3cr3t-client-Qx9', 'username' => 'api-user', 'password' => 'P4ss/w0rd"Zz8é'];
$secrets = [$creds['secret'], $creds['password'], base64_encode("{$creds['client_id']}:{$creds['secret']}"), 'tok-1', 'ref-1',
    'Zz8', 'Qx9', json_encode($creds['password']), substr(json_encode($creds['password']), 1, -1)];
$check = function (string $case, Throwable $e) use ($secrets, &$srv) {
    $leaks = array_filter($secrets, fn($s) => str_contains($e->getMessage(), $s));
    echo "$case: ", get_class($e), ', leaks: ', $leaks ? implode(' ', $leaks) : 'none', "\n";
    /* up to the echoed headers, whose list depends on the libcurl version */
    echo '  ', str_replace($srv['url'], 'URL', strstr($e->getMessage(), ',"headers"', true)), "\n";
    echo '  redacted: ', var_export(str_contains($e->getMessage(), '[redacted]'), true), "\n";
};

/* request 1 is the token request */
$srv = akeneo_start('redact_echo_error', ['products' => 3, 'echo_request' => ['1' => 400]] + $creds);
try {
    new PimSync\AkeneoClient(akeneo_settings($srv, $creds));
    echo "no error\n";
} catch (PimSync\HttpException $e) {
    $check('token 400', $e);
}
/* requests 2 (token) and 3 (first page): the page answers 422 */
akeneo_scenario_set($srv, ['echo_request' => ['3' => 422]]);
$client = new PimSync\AkeneoClient(akeneo_settings($srv, $creds));
try {
    $client->products();
    echo "no error\n";
} catch (PimSync\HttpException $e) {
    $check('products 422', $e);
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('redact_echo_error');
?>
--EXPECT--
token 400: PimSync\HttpException, leaks: none
  POST URL/api/oauth/v1/token failed: HTTP 400 after 1 attempt: {"request":{"body":"{\"grant_type\":\"password\",\"username\":\"api-user\",\"password\":\"[redacted]\"}","authorization":"[redacted]"
  redacted: true
products 422: PimSync\HttpException, leaks: none
  GET URL/api/rest/v1/products-uuid?pagination_type=search_after&limit=100 failed: HTTP 422 after 1 attempt: {"request":{"body":"","authorization":"[redacted]"
  redacted: true
