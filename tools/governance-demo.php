<?php

declare(strict_types=1);

/*
 * The README demo's governance step (scripts/demo.sh, step 8): from the demo's
 * Akeneo catalog, a PIM feed of its first N products (one of them with HTML
 * pasted into its name) and the ERP's CSV export of the same SKUs (status,
 * weight, list price; ";" and decimal commas, with a BOM, as a spreadsheet
 * saves it; every 40th price 0,01, every 25th item discontinued), and the two
 * configs: both under the default ownership matrix, each with its rules.
 *
 *   php tools/governance-demo.php CATALOG.jsonl OPTIONS.jsonl OUT_DIR N
 */

[$self, $catalog, $options, $out, $n] = $argv + [null, null, null, null, null];
if ($n === null || !ctype_digit($n)) {
    fwrite(STDERR, "usage: php $self CATALOG.jsonl OPTIONS.jsonl OUT_DIR N\n");
    exit(64);
}
$in = fopen($catalog, 'rb') ?: throw new RuntimeException("cannot read $catalog");
$pim = fopen("$out/pim.jsonl", 'wb');
$erp = fopen("$out/erp.csv", 'wb');
fwrite($erp, "\u{FEFF}Item No;Status;Weight (kg);List Price\r\n");
for ($i = 1; $i <= (int) $n && ($line = fgets($in)) !== false; $i++) {
    $p = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
    if ($i === 3) {
        $p['values']['name'][0]['data'] = '<b>' . $p['values']['name'][0]['data'] . '</b>';
        $line = json_encode($p, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n";
    }
    fwrite($pim, $line);
    $sku = $p['identifier'];
    $h = crc32($sku);
    $price = $i % 40 === 0 ? '0,01' : number_format(5 + $h % 50000 / 100, 2, ',', '.');
    fwrite($erp, sprintf("%s;%s;%s;%s\r\n", $sku, $i % 25 === 0 ? 'Discontinued' : 'Active',
        number_format(0.1 + $h % 2000 / 100, 3, ',', ''), $price));
}
fclose($pim);
fclose($erp);

$base = json_decode(file_get_contents(__DIR__ . '/../docs/examples/pimsync.json'), true, 512, JSON_THROW_ON_ERROR);
$base['ownership'] = ['matrix' => 'default'];
$base['units'] = ['weight' => 'KILOGRAM'];
unset($base['absent']);
$write = static fn (string $file, array $config) => file_put_contents("$out/$file",
    json_encode($config, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES) . "\n");
$write('pim.json', ['source' => ['type' => 'jsonl', 'path' => 'pim.jsonl', 'options_path' => realpath($options)]] + $base + [
    'validation' => ['rules' => [['rule' => 'plain_name', 'kind' => 'no_html', 'attribute' => 'name']]],
]);
$write('erp.json', ['source' => ['type' => 'csv', 'path' => 'erp.csv', 'delimiter' => ';', 'decimal_separator' => ',',
    'thousands_separator' => '.', 'columns' => [
        'sku' => 'Item No',
        'enabled' => ['column' => 'Status', 'map' => ['Active' => true, 'Discontinued' => false]],
        'attributes' => [
            'weight' => ['column' => 'Weight (kg)', 'type' => 'metric', 'unit' => 'KILOGRAM'],
            'price' => ['column' => 'List Price', 'type' => 'price', 'currency' => 'USD'],
        ],
    ]]] + $base + [
    'validation' => ['rules' => [['rule' => 'price_floor', 'kind' => 'range', 'attribute' => 'price', 'min' => 1, 'action' => 'write_disabled']]],
]);
