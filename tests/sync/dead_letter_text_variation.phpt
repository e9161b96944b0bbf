--TEST--
Engine::sync: a dead letter's sku is cut to 64 characters and its reason to whole characters; both stay valid UTF-8, in the row and in the report
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$long_sku = str_repeat('€', 70);                  // 70 characters, 210 bytes: too long for a SKU
$long_code = 'a' . str_repeat('€', 300);          // echoed in a reason longer than the error buffer
$t = sync_setup('dead_letter_text_variation', false, ['attributes' => [$long_code => 'name']]);
$lines = [
    json_encode(sync_product($long_sku), JSON_UNESCAPED_UNICODE),
    json_encode(sync_product('B', [$long_code => 'not a list']), JSON_UNESCAPED_UNICODE),
];
sync_feed($t, $lines);
$r = sync_run($t);
echo $r->status, ' ', sync_counts($r), "\n";
$chars = static fn (?string $s): int => $s === null ? 0 : (int) preg_match_all('/./us', $s);
$rows = $t['pdo']->query('SELECT position, sku, reason, payload FROM pimsync_dead_letter ORDER BY dead_letter_id')->fetchAll();
foreach ($rows as $i => $row) {
    echo $row['position'], ': sku ', $row['sku'] === null ? 'NULL' : $chars($row['sku']) . ' characters' . ($row['sku'] === mb_substr_64($long_sku) ? ' (the first 64)' : ''),
        ', reason valid UTF-8: ', var_export(preg_match('//u', $row['reason']) === 1, true),
        ', cut between characters: ', var_export(!str_contains($row['reason'], "\u{FFFD}"), true),
        ', reason starts ', var_export(substr($row['reason'], 0, 14), true),
        ', same in the report: ', var_export($r->errors[$i]['reason'] === $row['reason'] && $r->errors[$i]['sku'] === $row['sku'], true),
        ', payload exact: ', var_export($row['payload'] === $lines[$i], true), "\n";
}
function mb_substr_64(string $s): string
{
    preg_match('/^.{0,64}/us', $s, $m);
    return $m[0];
}
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
sync_clean('dead_letter_text_variation');
?>
--EXPECT--
partial seen=2 created=0 updated=0 unchanged=0 disabled=0 failed=2
line 1: sku 64 characters (the first 64), reason valid UTF-8: true, cut between characters: true, reason starts 'SKU must be 1 ', same in the report: true, payload exact: true
line 2: sku 1 characters, reason valid UTF-8: true, cut between characters: true, reason starts 'values.a€€', same in the report: true, payload exact: true
