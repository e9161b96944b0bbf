--TEST--
AkeneoClient: rejected credentials throw HttpException naming the token URL
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/akeneo.inc';
$srv = akeneo_start("bad_credentials", []);
foreach ([["password" => "wrong"], ["secret" => "wrong"]] as $bad) {
	try {
		new PimSync\AkeneoClient(akeneo_settings($srv, $bad));
		echo "constructed?!\n";
	} catch (PimSync\HttpException $e) {
		echo str_replace($srv["port"], "PORT", $e->getMessage()), "\n";
	}
}
echo akeneo_log_lines($srv);
?>
--CLEAN--
<?php
require __DIR__ . '/../support/akeneo.inc';
akeneo_clean('bad_credentials');
?>
--EXPECTF--
POST http://127.0.0.1:PORT/api/oauth/v1/token failed: HTTP 422 after 1 attempt: {"code":422,"message":"Your authentication is invalid"}
POST http://127.0.0.1:PORT/api/oauth/v1/token failed: HTTP 401 after 1 attempt: {"error":"invalid_client","error_description":"The client credentials are invalid"}
1 POST /api/oauth/v1/token basic grant=password 422
2 POST /api/oauth/v1/token basic 401
