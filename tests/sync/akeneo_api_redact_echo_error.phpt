--TEST--
Engine::sync and bin/pimsync with a server that echoes the request in its 500 answers: after the retries the run fails saying so, and neither the exception, pimsync_run (message, report), bin/pimsync's stderr nor its --json output holds the password, the client secret, its Basic value or a token
--EXTENSIONS--
pimsync
pdo_mysql
--INI--
pcre.jit=0
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
require __DIR__ . '/../support/cli.inc';
$creds = ['client_id' => 'client-7f3a', 'secret' => 'S3cr3t-client-Qx9', 'username' => 'api-user', 'password' => 'P4ss/w0rd"Zz8é'];
$secrets = [$creds['secret'], $creds['password'], base64_encode("{$creds['client_id']}:{$creds['secret']}"), 'Zz8', 'Qx9', 'tok-', 'ref-'];
$leaks = fn(string $text) => implode(' ', array_filter($secrets, fn($s) => str_contains($text, $s))) ?: 'none';

/* requests: 1 token, 2 measurement families, 3 categories, 4 the product models, 5 to 7 the first page, echoed with a 500 each time */
$srv = akeneo_start('engine_akeneo_api_redact_echo', ['products' => 3, 'echo_request' => ['5' => 500, '6' => 500, '7' => 500]] + $creds);
$t = sync_setup('akeneo_api_redact_echo_error', false, ['currency' => 'EUR',
    'source' => ['type' => 'akeneo_api', 'max_attempts' => 3, 'backoff_base_ms' => 0, 'backoff_max_ms' => 0] + akeneo_settings($srv, $creds)]);
try {
    sync_run($t);
    echo "no error\n";
} catch (PimSync\HttpException $e) {
    echo 'exception: ', get_class($e), ', leaks: ', $leaks($e->getMessage()), "\n";
    echo '  ', str_replace($srv['url'], 'URL', strstr($e->getMessage(), ': {', true)), "\n";
    echo '  redacted: ', var_export(str_contains($e->getMessage(), '"authorization":"[redacted]"'), true), "\n";
}
$row = $t['pdo']->query('SELECT status, message, report FROM pimsync_run')->fetch();
echo "report holds the message: ", var_export(str_contains((string) $row["report"], "HTTP 500 after 3 attempts"), true), "\n";
echo 'pimsync_run: ', $row['status'], ', message leaks: ', $leaks($row['message']), ', report leaks: ', $leaks((string) $row['report']), "\n";

/* the same through bin/pimsync: the next run's first page is its requests 5 to 7 */
$env = ['PIMSYNC_DB_NAME' => pimsync_test_db_name('akeneo_api_redact_echo_error')];
$n = count(akeneo_log($srv));
foreach (['plain' => [], 'json' => ['--json']] as $case => $flags) {
    akeneo_scenario_set($srv, ['echo_request' => [(string) ($n + 5) => 500, (string) ($n + 6) => 500, (string) ($n + 7) => 500]]);
    $r = cli_run(['sync', '--config', "{$t['dir']}/config.json", ...$flags], $env);
    $n = count(akeneo_log($srv));
    echo "bin/pimsync $case: exit {$r['exit']}, stdout leaks: ", $leaks($r['stdout']), ', stderr leaks: ', $leaks($r['stderr']),
        ', says HTTP 500: ', var_export(str_contains($r['stdout'] . $r['stderr'], 'HTTP 500 after 3 attempts'), true), "\n";
}
echo 'pimsync_run rows leak: ', $leaks(implode("\n", $t['pdo']->query('SELECT CONCAT(message, report) FROM pimsync_run')->fetchAll(PDO::FETCH_COLUMN))), "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
require __DIR__ . '/../support/akeneo.inc';
sync_clean('akeneo_api_redact_echo_error');
akeneo_clean('engine_akeneo_api_redact_echo');
?>
--EXPECT--
exception: PimSync\HttpException, leaks: none
  Run 1 failed: source failed: GET URL/api/rest/v1/products-uuid?pagination_type=search_after&limit=100 failed: HTTP 500 after 3 attempts
  redacted: true
report holds the message: true
pimsync_run: failed, message leaks: none, report leaks: none
bin/pimsync plain: exit 1, stdout leaks: none, stderr leaks: none, says HTTP 500: true
bin/pimsync json: exit 1, stdout leaks: none, stderr leaks: none, says HTTP 500: true
pimsync_run rows leak: none
