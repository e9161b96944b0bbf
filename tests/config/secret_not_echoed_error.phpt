--TEST--
Config: an error in or next to a credential never prints it: an unquoted or broken password or secret (jansson quotes the token it stopped at), a secret of the wrong type, a user:password@ in base_url; the message still names the line and what is wrong
--EXTENSIONS--
pimsync
--FILE--
<?php
$base = fn(string $src) => "{\n  \"source\": {\n    \"type\": \"akeneo_api\",\n    \"base_url\": \"https://pim.example.com\",\n    \"client_id\": \"cid\",\n$src\n  }\n}\n";
$cases = [
  'unquoted password' => $base("    \"secret\": \"Client-Secret-77\",\n    \"username\": \"api\",\n    \"password\": Hunter2-Pass"),
  'control char in password' => $base("    \"secret\": \"Client-Secret-77\",\n    \"username\": \"api\",\n    \"password\": \"Hunter2\tPass\""),
  'unterminated secret' => $base("    \"secret\": \"Client-Secret-77,\n    \"username\": \"api\",\n    \"password\": \"Hunter2-Pass\""),
  'wrong type next to secrets' => $base("    \"secret\": \"Client-Secret-77\",\n    \"username\": \"api\",\n    \"password\": \"Hunter2-Pass\",\n    \"page_size\": \"Hunter2-Pass\""),
  'secret as a number' => $base("    \"secret\": 123456789,\n    \"username\": \"api\",\n    \"password\": \"Hunter2-Pass\""),
  'userinfo in base_url' => str_replace('https://pim.example.com', 'ftp://api:Hunter2-Pass@pim', $base("    \"secret\": \"Client-Secret-77\",\n    \"username\": \"api\",\n    \"password\": \"x\"")),
  'trailing comma' => $base("    \"secret\": \"Client-Secret-77\",\n    \"username\": \"api\",\n    \"password\": \"Hunter2-Pass\","),
];
foreach ($cases as $name => $json) {
  try { PimSync\Config::fromString($json, 'config.json'); echo "$name: no error\n"; }
  catch (PimSync\ConfigException $e) {
    $m = $e->getMessage();
    $leaks = array_filter(['Hunter2', 'Pass', 'Client-Secret', '123456789'], fn($s) => str_contains($m, $s));
    echo "$name: ", $m, "\n  leaks: ", $leaks ? implode(' ', $leaks) : 'none', "\n";
  }
}
?>
--EXPECT--
unquoted password: config.json:8:22: invalid JSON: invalid token near '[redacted]'
  leaks: none
control char in password: config.json:8:24: invalid JSON: control character 0x9 near '[redacted]'
  leaks: none
unterminated secret: config.json:6:32: invalid JSON: unexpected newline near '[redacted]'
  leaks: none
wrong type next to secrets: config.json:9: field "source.page_size": source.page_size must be an integer from 1 to 100 (Akeneo serves at most 100 per page), got string
  leaks: none
secret as a number: config.json:6: field "source.secret": source.secret must be a non-empty string, got int
  leaks: none
userinfo in base_url: config.json:4: field "source.base_url": source.base_url must start with http:// or https:// (and hold no user:password@)
  leaks: none
trailing comma: config.json:9:3: invalid JSON: string or '}' expected near '}'
  leaks: none
