<?php
// Checks what scripts/demo.sh printed and wrote, so the README's main job never rots.
declare(strict_types=1);
require __DIR__ . '/db.inc';

$log = file_get_contents($argv[1]);
$fail = static function (string $why) use ($log): never {
    fwrite(STDERR, "demo check failed: $why\n--- demo output ---\n$log\n");
    exit(1);
};
preg_match_all('/^run (\d+) (\w+) \(full\) in [\d.]+ s: (\d+) seen, (\d+) created, (\d+) updated, (\d+) unchanged, (\d+) disabled, (\d+) failed$/m', $log, $runs, PREG_SET_ORDER);
count($runs) === 5 || $fail('expected five run summaries');
[$first, $second, $third, $waited, $realistic] = $runs;
($first[2] === 'success' && $first[3] === '300' && $first[4] === '300') || $fail('first run must create all 300 products');
($second[4] === '0' && $second[5] === '0' && $second[6] === '300') || $fail('second run must leave all 300 unchanged');
((int) $third[5] === 3 && (int) $third[6] === 297) || $fail('1% mutation must update exactly 3 products');
preg_match('/^  pimsync: The sync could not start: another pimsync run holds the lock "pimsync:[^"]+:sync" on this database.*\n  exit 75$/m', $log)
    || $fail('a sync started while the lock is held must stop at once with exit 75');
($waited[2] === 'success' && $waited[6] === '300') || $fail('the sync with --wait must run once the lock is free');
str_contains($log, "== 2. the same feed again: nothing to write\nrun 2 success (full)") || $fail('second run printed rows written');

$pdo = pimsync_test_pdo('pimsync_demo_check');
$count = static fn (string $sql): int => (int) $pdo->query($sql)->fetchColumn();
$count('SELECT COUNT(*) FROM catalog_product_entity') === 300 || $fail('catalog_product_entity must hold 300 products');
$count("SELECT COUNT(*) FROM url_rewrite WHERE entity_type = 'product'") === 900 || $fail('each product needs 3 store-view rewrites');
$count("SELECT COUNT(*) FROM pimsync_run WHERE status = 'success'") === 4 || $fail('pimsync_run must record 4 successful runs (none for the refused one)');
($realistic[2] === 'success' && $realistic[4] === '200' && $realistic[8] === '0') || $fail('the realistic catalog must land whole: 200 created, none parked');
preg_match_all('/^  (\d+) values left out or adjusted/m', $log, $all) || $fail('the realistic run must report its value issues');
$issues = [1 => end($all[1])];
$manifest = json_decode((string) file_get_contents($argv[2] . '/realistic/manifest.json'), true);
$expected = $manifest['expected_value_issues']['total'] + $manifest['expected_value_issues']['utf8mb3']['total'];
(int) $issues[1] === $expected || $fail("the realistic run must report the $expected value issues its manifest expects, not {$issues[1]}");
$real = pimsync_test_pdo('pimsync_demo_check_realistic');
(int) $real->query('SELECT COUNT(*) FROM pimsync_value_issue')->fetchColumn() === $expected || $fail('pimsync_value_issue must hold every reported issue');
echo "demo: realistic catalog landed whole with its $expected value issues reported\n";
echo "demo: 4 runs as expected (300 created; 300 unchanged; 3 updated; one refused by the lock with exit 75, then run with --wait), 300 products and 900 rewrites in the database\n";
