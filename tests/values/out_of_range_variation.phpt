--TEST--
Engine::sync: out-of-range decimals, integers and dates and dates the calendar does not have are left out and reported on create and on update, on both write paths and in both catalog charsets, never clamped or shifted; the rest of the product lands, and the product is retried on the next run until the value is fixed
--EXTENSIONS--
pimsync
pdo_mysql
--SKIPIF--
<?php require __DIR__ . '/../support/db.inc'; pimsync_test_skip_unless_db(); ?>
--FILE--
<?php
require __DIR__ . '/../support/sync.inc';
$bad = [
    'price' => [sync_v('120000000000000')],                              // 15 integer digits; decimal(20,6) holds 14
    'cost' => [sync_v('__EXP__')],                                       // the JSON number 1.2e14, just as big
    'special_price' => [sync_v('99999999999999.9999995')],               // rounds up past the column
    'pieces' => [sync_v(2147483648)],                                    // int(11) ends at 2147483647
    'news_from_date' => [sync_v('9999-12-31T23:00:00-05:00')],           // year 10000 in UTC
    'news_to_date' => [sync_v('2024-02-30T00:00:00+00:00')],             // no such day
    'special_from_date' => [sync_v('2023-02-29T00:00:00+00:00')],        // not a leap year
];
$good = ['price' => [sync_v('99999999999999.999999')], 'cost' => [sync_v('0.1234565')], 'special_price' => [sync_v('-0.0000004')],
    'pieces' => [sync_v(2147483647)], 'news_from_date' => [sync_v('9999-12-31T23:59:59+00:00')],
    'news_to_date' => [sync_v('2024-02-29T00:00:00+00:00')], 'special_from_date' => [sync_v('1000-01-01T00:00:00+00:00')]];
$codes = array_keys($bad);
$out = [];
foreach (['utf8mb3', 'utf8mb4'] as $charset) {
    foreach (['load_data', 'insert'] as $path) {
        $t = sync_setup("range_{$charset}_$path", false, [], $charset);
        if ($path === 'insert') $t = sync_insert_path($t);
        sync_attr($t, 'pieces', 'int', 'text', 1);
        $name = ['name' => [sync_v('Keeps its name', 'en_US')]];
        $lines = [];
        // create with bad values: the product lands without them
        $badLine = str_replace('"__EXP__"', '1.2e14', json_encode(sync_product('R1', $name + $bad)));
        sync_feed($t, [$badLine]);
        $r = sync_run($t);
        $lines[] = "create: {$r->status} " . sync_counts($r) . ' issues=' . $r->valueIssues['count'];
        foreach ($codes as $c) $lines[] = "  $c: " . json_encode(sync_values($t, 'R1', $c));
        $lines[] = '  name: ' . sync_values($t, 'R1', 'name')[0];
        $lines[] = sync_issues($t, $r->runId);
        // the same feed again: not frozen as unchanged, reported again
        $r = sync_run($t);
        $lines[] = "rerun: " . sync_counts($r) . ' issues=' . $r->valueIssues['count'];
        // fixed values land; then an update back to bad values leaves the stored ones as they are
        sync_feed($t, [sync_product('R1', $name + $good)]);
        $r = sync_run($t);
        $lines[] = "fixed: " . sync_counts($r) . ' issues=' . $r->valueIssues['count'];
        foreach ($codes as $c) $lines[] = "  $c: " . json_encode(sync_values($t, 'R1', $c));
        sync_feed($t, [$badLine]);
        $r = sync_run($t);
        $lines[] = "update: " . sync_counts($r) . ' issues=' . $r->valueIssues['count'] . ' ' . json_encode($r->valueIssues['by_kind']);
        foreach ($codes as $c) $lines[] = "  $c: " . json_encode(sync_values($t, 'R1', $c));
        $out["$charset $path"] = implode("\n", $lines);
        sync_clean("range_{$charset}_$path");
    }
}
$first = reset($out);
foreach ($out as $k => $v) echo $k, ': ', $v === $first ? "same\n" : "DIFFERENT\n$v\n";
echo $first, "\n";
?>
--CLEAN--
<?php
require __DIR__ . '/../support/sync.inc';
foreach (['utf8mb3', 'utf8mb4'] as $charset) foreach (['load_data', 'insert'] as $path) sync_clean("range_{$charset}_$path");
?>
--EXPECT--
utf8mb3 load_data: same
utf8mb3 insert: same
utf8mb4 load_data: same
utf8mb4 insert: same
create: success seen=1 created=1 updated=0 unchanged=0 disabled=0 failed=0 issues=7
  price: []
  cost: []
  special_price: []
  pieces: []
  news_from_date: []
  news_to_date: []
  special_from_date: []
  name: Keeps its name
R1 price 0 out_of_range left_out: 120000000000000 is outside what catalog_product_entity_decimal.value (decimal(20,6)) holds; the value was left out
R1 cost 0 out_of_range left_out: 1.2e14 is outside what catalog_product_entity_decimal.value (decimal(20,6)) holds; the value was left out
R1 special_price 0 out_of_range left_out: 99999999999999.9999995 is outside what catalog_product_entity_decimal.value (decimal(20,6)) holds; the value was left out
R1 pieces 0 out_of_range left_out: 2147483648 is outside catalog_product_entity_int.value's range (-2147483648 to 2147483647); the value was left out
R1 news_from_date 0 out_of_range left_out: 9999-12-31T23:00:00-05:00 is outside the years 1000 to 9999 a DATETIME holds (in UTC); the value was left out
R1 news_to_date 0 invalid_date left_out: 2024-02-30T00:00:00+00:00 is not a date of the calendar; the value was left out
R1 special_from_date 0 invalid_date left_out: 2023-02-29T00:00:00+00:00 is not a date of the calendar; the value was left out

rerun: seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0 issues=7
fixed: seen=1 created=0 updated=1 unchanged=0 disabled=0 failed=0 issues=0
  price: ["99999999999999.999999"]
  cost: ["0.123457"]
  special_price: ["0.000000"]
  pieces: [2147483647]
  news_from_date: ["9999-12-31 23:59:59"]
  news_to_date: ["2024-02-29 00:00:00"]
  special_from_date: ["1000-01-01 00:00:00"]
update: seen=1 created=0 updated=0 unchanged=1 disabled=0 failed=0 issues=7 {"out_of_range":5,"invalid_date":2}
  price: ["99999999999999.999999"]
  cost: ["0.123457"]
  special_price: ["0.000000"]
  pieces: [2147483647]
  news_from_date: ["9999-12-31 23:59:59"]
  news_to_date: ["2024-02-29 00:00:00"]
  special_from_date: ["1000-01-01 00:00:00"]
