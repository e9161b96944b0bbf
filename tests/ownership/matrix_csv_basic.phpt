--TEST--
bin/pimsync matrix --format csv: RFC 4180 (a header row, CRLF line ends, quotes doubled); read back with fgetcsv it is Config::ownershipMatrix(), rules with commas, quotes and line breaks included
--EXTENSIONS--
pimsync
--FILE--
<?php
require __DIR__ . '/../support/cli.inc';
$dir = sys_get_temp_dir() . '/pimsync-own-matrix-csv-' . getmypid();
@mkdir($dir);
$config = ['source' => ['type' => 'jsonl', 'path' => 'feed.jsonl'], 'attributes' => ['erp_weight' => 'weight'],
    'ownership' => ['matrix' => 'default', 'default_owner' => 'erp', 'fields' => [
        'description' => ['owner' => 'pim', 'rules' => "no HTML, \"marketing\" voice;\nreviewed weekly"],
        'price' => ['owner' => 'erp', 'class' => 'realtime', 'rules' => 'list price, EUR'],
    ]]];
file_put_contents("$dir/c.json", json_encode($config));
$r = cli_run(['matrix', '--config', "$dir/c.json", '--format', 'csv']);
echo "exit {$r['exit']}\n";
$in = fopen('php://memory', 'w+');
fwrite($in, $r['stdout']);
rewind($in);
$header = fgetcsv($in, null, ',', '"', '');
echo implode(',', $header), "\n";
$rows = [];
while (($row = fgetcsv($in, null, ',', '"', '')) !== false) {
    $rows[] = array_combine($header, $row);
}
fclose($in);
$expected = PimSync\Config::fromFile("$dir/c.json")->ownershipMatrix();
echo 'each record ends in CRLF (a line break inside a quoted field stays LF): ',
    substr_count($r['stdout'], "\r\n") === count($rows) + 1 && str_ends_with($r['stdout'], "\r\n") ? 'yes' : 'no', "\n";
echo 'read back, the rows are Config::ownershipMatrix(): ', $rows === $expected ? 'yes' : 'no', ' (', count($rows), " rows)\n";
foreach ($rows as $row) {
    if (in_array($row['field'], ['description', 'price', 'weight'], true)) {
        echo json_encode($row), "\n";
    }
}
unlink("$dir/c.json");
rmdir($dir);
?>
--EXPECTF--
exit 0
field,owner,class,rules,source,magento_attribute,table
each record ends in CRLF (a line break inside a quoted field stays LF): yes
read back, the rows are Config::ownershipMatrix(): yes (%d rows)
{"field":"weight","owner":"erp","class":"daily","rules":"shipping weight, in Magento's weight unit","source":"erp_weight","magento_attribute":"weight","table":""}
{"field":"price","owner":"erp","class":"realtime","rules":"list price, EUR","source":"price","magento_attribute":"price","table":""}
{"field":"description","owner":"pim","class":"daily","rules":"no HTML, \"marketing\" voice;\nreviewed weekly","source":"description","magento_attribute":"description","table":""}
