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
count($runs) === 11 || $fail('expected eleven run summaries');
[$first, $second, $third, $waited, $realistic, $whole, $wholeAgain, $images, $imagesAgain, $govPim, $govErp] = $runs;
($first[2] === 'success' && $first[3] === '300' && $first[4] === '300') || $fail('first run must create all 300 products');
($second[4] === '0' && $second[5] === '0' && $second[6] === '300') || $fail('second run must leave all 300 unchanged');
((int) $third[5] === 3 && (int) $third[6] === 297) || $fail('1% mutation must update exactly 3 products');
preg_match('/^  pimsync: The sync could not start: another pimsync run holds the lock "pimsync:[^"]+:sync" on this database.*\n  exit 75$/m', $log)
    || $fail('a sync started while the lock is held must stop at once with exit 75');
($waited[2] === 'success' && $waited[6] === '300') || $fail('the sync with --wait must run once the lock is free');
str_contains($log, "== 2. the same feed again: nothing to write\nrun 2 success (full)") || $fail('second run printed rows written');

$demoDb = getenv('PIMSYNC_DEMO_DB') ?: 'pimsync_demo_check'; // as scripts/test.sh runs the demo
$pdo = pimsync_test_pdo($demoDb);
$count = static fn (string $sql): int => (int) $pdo->query($sql)->fetchColumn();
$count('SELECT COUNT(*) FROM catalog_product_entity') === 300 || $fail('catalog_product_entity must hold 300 products');
$count("SELECT COUNT(*) FROM url_rewrite WHERE entity_type = 'product'") === 900 || $fail('each product needs 3 store-view rewrites');
$count("SELECT COUNT(*) FROM pimsync_run WHERE status = 'success'") === 4 || $fail('pimsync_run must record 4 successful runs (none for the refused one)');
($realistic[2] === 'success' && $realistic[4] === '200' && $realistic[8] === '0') || $fail('the realistic catalog must land whole: 200 created, none parked');
$step5 = strstr(strstr($log, '== 5.') ?: '', '== 6.', true) ?: '';
preg_match_all('/^  (\d+) values left out or adjusted/m', $step5, $all) || $fail('the realistic run must report its value issues');
$issues = [1 => end($all[1])];
$manifest = json_decode((string) file_get_contents($argv[2] . '/realistic/manifest.json'), true);
$expected = $manifest['expected_value_issues']['total'] + $manifest['expected_value_issues']['utf8mb3']['total'];
(int) $issues[1] === $expected || $fail("the realistic run must report the $expected value issues its manifest expects, not {$issues[1]}");
$real = pimsync_test_pdo($demoDb . '_realistic');
(int) $real->query('SELECT COUNT(*) FROM pimsync_value_issue')->fetchColumn() === $expected || $fail('pimsync_value_issue must hold every reported issue');
echo "demo: realistic catalog landed whole with its $expected value issues reported\n";
echo "demo: 4 runs as expected (300 created; 300 unchanged; 3 updated; one refused by the lock with exit 75, then run with --wait), 300 products and 900 rewrites in the database\n";

// 6. the whole catalog: every expectation from the generator's summary and files
$dir = $argv[2] . '/whole';
$summary = json_decode((string) file_get_contents("$dir/summary.json"), true, 512, JSON_THROW_ON_ERROR);
$lines = static fn (string $file): array => array_map(
    static fn (string $l): array => json_decode($l, true, 512, JSON_THROW_ON_ERROR),
    file("$dir/$file", FILE_IGNORE_NEW_LINES | FILE_SKIP_EMPTY_LINES)
);
$products = $lines('catalog.jsonl');
$models = $lines('models.jsonl');
$categories = $lines('categories.jsonl');
$skus = (int) $summary['skus'];
($whole[2] === 'success' && (int) $whole[3] === $skus && (int) $whole[4] === $skus) || $fail("the whole catalog must create its $skus products");
((int) $wholeAgain[5] === 0 && (int) $wholeAgain[4] === 0 && (int) $wholeAgain[6] === $skus) || $fail('the whole catalog again must leave every product unchanged');
str_contains($log, "== 6b. the whole catalog again: nothing to write\nrun {$wholeAgain[1]} success (full)") || $fail('the re-run of the whole catalog printed rows written');

// configurables: one per root model, its children the variants below its sub-models
$rootOf = [];
foreach ($models as $m) {
    $rootOf[$m['code']] = $m['parent'] === null ? $m['code'] : $rootOf[$m['parent']];
}
$children = [];
foreach ($products as $p) {
    if (($p['parent'] ?? null) !== null) {
        $children[$rootOf[$p['parent']]] = ($children[$rootOf[$p['parent']]] ?? 0) + 1;
    }
}
ksort($children);
count($children) === (int) $summary['root_models'] || $fail('every root model must have variants in the feed');
$w = pimsync_test_pdo($demoDb . '_whole');
$held = $w->query("SELECT p.sku, COUNT(l.product_id) FROM catalog_product_entity p JOIN catalog_product_super_link l ON l.parent_id = p.entity_id
    WHERE p.type_id = 'configurable' GROUP BY p.sku ORDER BY p.sku")->fetchAll(PDO::FETCH_KEY_PAIR);
array_map('intval', $held) === $children || $fail('configurables and their children count must be the root models and their variants: ' . json_encode($held));

// product links: the associations under the default type mapping, a target named twice once, no self link
$types = ['X_SELL' => 'cross_sell', 'UPSELL' => 'up_sell', 'SUBSTITUTION' => 'relation', 'PACK' => 'relation'];
$links = [];
foreach ([...$products, ...$models] as $item) {
    $source = $item['identifier'] ?? $item['code'];
    foreach ($item['associations'] ?? [] as $type => $targets) {
        if (!isset($types[$type])) {
            continue;
        }
        foreach ([...($targets['products'] ?? []), ...($targets['product_models'] ?? [])] as $target) {
            if ($target !== $source) {
                $links[$types[$type]]["$source>$target"] = true;
            }
        }
    }
}
$expectedLinks = array_map('count', $links);
ksort($expectedLinks);
$heldLinks = array_map('intval', $w->query("SELECT t.code, COUNT(*) FROM catalog_product_link l JOIN catalog_product_link_type t
    ON t.link_type_id = l.link_type_id WHERE t.code <> 'super' GROUP BY t.code ORDER BY t.code")->fetchAll(PDO::FETCH_KEY_PAIR));
$heldLinks === $expectedLinks || $fail('product links by type must be the associations: expected ' . json_encode($expectedLinks) . ', got ' . json_encode($heldLinks));
(int) $w->query('SELECT COUNT(*) FROM pimsync_link_pending')->fetchColumn() === 0 || $fail('every link target is in the files: none may stay pending');

// the category tree: Akeneo's root is Magento's level-1 root, each level below one deeper
$level = [];
foreach ($categories as $c) {
    $level[$c['code']] = $c['parent'] === null ? 1 : $level[$c['parent']] + 1;
}
count($level) === (int) $summary['categories'] || $fail('the categories file must hold the summary\'s categories');
$perLevel = array_count_values(array_filter($level, static fn (int $l): bool => $l > 1));
ksort($perLevel);
$heldLevels = array_map('intval', $w->query("SELECT c.level, COUNT(*) FROM catalog_category_entity c JOIN pimsync_entity_map m
    ON m.kind = 'category' AND m.magento_id = c.entity_id GROUP BY c.level ORDER BY c.level")->fetchAll(PDO::FETCH_KEY_PAIR));
$heldLevels === $perLevel || $fail('the category tree levels must be Akeneo\'s: expected ' . json_encode($perLevel) . ', got ' . json_encode($heldLevels));

// stock: unmapped (the generator has no quantity), so each product has an empty stock item and status
$entities = (int) $w->query('SELECT COUNT(*) FROM catalog_product_entity')->fetchColumn();
$entities === $skus + (int) $summary['root_models'] || $fail('the whole catalog must hold its products and one configurable per root model');
(int) $w->query('SELECT COUNT(*) FROM cataloginventory_stock_status')->fetchColumn() === $entities || $fail('every product must have a stock status row');
printf("demo: the whole catalog landed: %d configurables with %d children, %s links, %d categories on %d levels, %d stock status rows; its re-run wrote nothing\n",
    count($children), array_sum($children), json_encode($expectedLinks), array_sum($perLevel), count($perLevel), $entities);

// images: 10 products with 4 images each; the worker files all 40 in the gallery, once each
($images[2] === 'success' && $images[4] === '10') || $fail('the images feed must create its 10 products');
str_contains($log, 'images: 10 products changed their media, 10 jobs; 10 put on Redis stream') || $fail('the sync must put 10 image jobs on the stream');
preg_match('/^images: 10 jobs in [\d.]+ s \(10 applied.*: 40 images attached .*0 dead-lettered/m', $log) || $fail('the worker must attach the 40 images');
$img = pimsync_test_pdo($demoDb . '_images');
(int) $img->query('SELECT COUNT(*) FROM catalog_product_entity_media_gallery_value_to_entity')->fetchColumn() === 40 || $fail('the gallery must hold 40 images');
(int) $img->query("SELECT COUNT(DISTINCT v.entity_id) FROM catalog_product_entity_varchar v JOIN eav_attribute a ON a.attribute_id = v.attribute_id
    WHERE a.attribute_code = 'image' AND v.store_id = 0")->fetchColumn() === 10 || $fail('each product must have its base image role');
$files = count(glob($argv[2] . '/images/media/catalog/product/*/*/*.jpg'));
$files === 40 || $fail("40 image files must be under the media root, found $files");
($imagesAgain[6] === '10' && str_contains($log, 'images: 0 products changed their media, 0 jobs')) || $fail('the images feed again must make no job');
echo "demo: 40 images from 10 products filed in the gallery by the worker; the feed again made no job\n";

// 8. governance: the PIM feed and the ERP CSV, each writing only what it owns, under validation rules
($govPim[2] === 'success' && $govPim[4] === '200' && $govErp[2] === 'success' && $govErp[5] === '200')
    || $fail('the PIM feed must create its 200 products and the ERP CSV update them');
preg_match('/^  ownership: \d+ values refused, their fields belong to another system \(status 200, price 200, weight 200/m', $log)
    || $fail('the PIM run must refuse the status, price and weight of each of its 200 products');
str_contains($log, 'findings: plain_name 2') || $fail('the PIM run must leave out the name with HTML (admin and default store)');
str_contains($log, 'findings: price_floor 5') || $fail('the ERP run must hold back its five 0,01 prices');
preg_match('/^\| weight \| erp \|/m', $log) || $fail('pimsync matrix must print weight as the ERP\'s');
$gov = pimsync_test_pdo($demoDb . '_governance');
$value = static function (string $table, string $code) use ($gov): array {
    return $gov->query("SELECT e.sku, v.value FROM catalog_product_entity e JOIN catalog_product_entity_$table v ON v.entity_id = e.entity_id
        AND v.store_id = 0 JOIN eav_attribute a ON a.attribute_id = v.attribute_id AND a.entity_type_id = 4 WHERE a.attribute_code = '$code'")
        ->fetchAll(PDO::FETCH_KEY_PAIR);
};
[$weights, $prices, $statuses, $names] = [$value('decimal', 'weight'), $value('decimal', 'price'), $value('int', 'status'), $value('varchar', 'name')];
$csv = array_slice(file($argv[2] . '/governance/erp.csv', FILE_IGNORE_NEW_LINES), 1);
foreach ($csv as $row) {
    [$sku, $status, $weight, $price] = explode(';', $row);
    $number = static fn (string $s): float => (float) str_replace(['.', ','], ['', '.'], $s);
    abs((float) ($weights[$sku] ?? -1) - $number($weight)) < 0.0005 || $fail("$sku must weigh what the ERP says ($weight)");
    if ($price === '0,01') {
        // created by the PIM, which owns no status: disabled until the ERP's status lands, which the 0,01 held back
        (!isset($prices[$sku]) && (int) ($statuses[$sku] ?? 0) === 2) || $fail("$sku: a 0,01 price must not be published, and the product not go live");
        continue;
    }
    abs((float) ($prices[$sku] ?? -1) - $number($price)) < 0.005 || $fail("$sku must cost what the ERP says ($price)");
    (int) ($statuses[$sku] ?? 0) === ($status === 'Active' ? 1 : 2) || $fail("$sku must be " . ($status === 'Active' ? 'enabled' : 'disabled'));
}
($names['AK-000003'] ?? null) === 'AK-000003' || $fail('the product whose name had HTML must be named by its SKU in the admin store');
echo "demo: governance: the PIM's 200 products got the ERP's status, weight and price (the PIM's own refused), five 0,01 prices held back, a name with HTML left out\n";
