<?php

declare(strict_types=1);

namespace PimSync\Tests\Tools;

use PHPUnit\Framework\TestCase;
use PimSync\Tools\MeasurementFamilies;
use PimSync\Tools\RealisticCatalog;
use PimSync\Tools\TextBank;

/**
 * What a user of `generate-catalog.php --realistic` relies on: the files are
 * reproducible, every line is an Akeneo payload, and the manifest's counts,
 * SKUs and expected value issues match what the catalog really holds (counted
 * here from the files, not from the generator's own bookkeeping).
 */
final class RealisticCatalogTest extends TestCase
{
    private const CLI = __DIR__ . '/../../../tools/generate-catalog.php';
    private const SKUS = 200;
    private const SEED = 7;
    private static string $dir;
    /** @var array<string, mixed> */
    private static array $manifest;
    /** @var list<string> */
    private static array $lines;
    /** @var list<array<string, mixed>> */
    private static array $products;

    public static function setUpBeforeClass(): void
    {
        self::$dir = sys_get_temp_dir() . '/pimsync-realistic-' . getmypid();
        @mkdir(self::$dir, 0777, true);
        self::generate('a', self::SEED, self::SKUS);
        self::$manifest = json_decode((string) file_get_contents(self::$dir . '/a.manifest.json'), true, 512, JSON_THROW_ON_ERROR);
        $raw = (string) file_get_contents(self::$dir . '/a.jsonl');
        self::$lines = explode("\n", substr($raw, 0, -1));
        self::$products = array_map(static fn (string $l): array => json_decode($l, true, 512, JSON_THROW_ON_ERROR | JSON_BIGINT_AS_STRING), self::$lines);
    }

    public static function tearDownAfterClass(): void
    {
        foreach (glob(self::$dir . '/*') ?: [] as $f) {
            unlink($f);
        }
        @rmdir(self::$dir);
    }

    /** @return array<string, mixed> the CLI summary */
    private static function generate(string $name, int $seed, int $skus, string ...$extra): array
    {
        $d = self::$dir . '/' . $name;
        $args = ['--realistic', '--skus', (string) $skus, '--seed', (string) $seed, '--out', "$d.jsonl",
            '--options-out', "$d.options.jsonl", '--models-out', "$d.models.jsonl", '--magento-sql', "$d.sql",
            '--manifest-out', "$d.manifest.json", '--config-out', "$d.config.json", ...$extra];
        $p = proc_open([PHP_BINARY, self::CLI, ...$args], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        self::assertIsResource($p);
        $out = (string) stream_get_contents($pipes[1]);
        $err = (string) stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        self::assertSame(0, proc_close($p), $err);
        return json_decode($out, true, 512, JSON_THROW_ON_ERROR);
    }

    private static function sku(array $p): string
    {
        return trim($p['identifier'] ?? $p['values']['sku'][0]['data']);
    }

    /** @return list<array<string, mixed>> entries of one attribute, [] when absent */
    private static function entries(array $p, string $code): array
    {
        return $p['values'][$code] ?? [];
    }

    /** @return array<string, mixed> */
    private static function shape(string $name): array
    {
        self::assertArrayHasKey($name, self::$manifest['shapes']);
        return self::$manifest['shapes'][$name];
    }

    /**
     * The manifest's products and SKUs for a shape equal those found in the file.
     *
     * @param list<string> $skus found in the catalog
     */
    private static function assertShapeProducts(string $name, array $skus, int $values): void
    {
        $shape = self::shape($name);
        self::assertNotEmpty($skus, "$name occurs");
        self::assertSame(count(array_unique($skus)), $shape['products'], "$name products");
        self::assertSame($values, $shape['values'], "$name values");
        self::assertFalse($shape['items_truncated'], $name);
        self::assertSame(array_values(array_unique($skus)), array_values(array_unique(array_column($shape['items'], 'sku'))), "$name SKUs");
    }

    public function testSameSeedGivesIdenticalFilesAndProductsDoNotDependOnTheCount(): void
    {
        self::generate('b', self::SEED, self::SKUS);
        self::generate('c', self::SEED + 1, self::SKUS);
        self::generate('short', self::SEED, 100);
        foreach (['.jsonl', '.options.jsonl', '.models.jsonl', '.sql', '.manifest.json'] as $ext) {
            self::assertSame(hash_file('sha256', self::$dir . "/a$ext"), hash_file('sha256', self::$dir . "/b$ext"), $ext);
        }
        self::assertNotSame(hash_file('sha256', self::$dir . '/a.jsonl'), hash_file('sha256', self::$dir . '/c.jsonl'));
        $short = explode("\n", trim((string) file_get_contents(self::$dir . '/short.jsonl')));
        self::assertSame(array_slice(self::$lines, 0, 100), $short);
    }

    public function testEveryLineIsAnAkeneoProductOfItsEndpoint(): void
    {
        $defs = RealisticCatalog::attributeDefinitions();
        $options = [];
        foreach (file(self::$dir . '/a.options.jsonl', FILE_IGNORE_NEW_LINES) as $line) {
            $o = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
            self::assertSame(['code', 'attribute', 'sort_order', 'labels'], array_keys($o));
            self::assertNotSame([], $o['labels']);
            $options[$o['attribute']][$o['code']] = $o['labels'];
        }
        $uuidKeys = ['uuid', 'family', 'groups', 'parent', 'categories', 'enabled', 'values', 'created', 'updated', 'associations', 'quantified_associations'];
        $productKeys = ['identifier', ...array_slice($uuidKeys, 1)];
        $seen = ['uuid' => 0, 'identifier' => 0];
        foreach (self::$products as $n => $p) {
            $uuidLine = isset($p['uuid']);
            $seen[$uuidLine ? 'uuid' : 'identifier']++;
            self::assertSame($uuidLine ? $uuidKeys : $productKeys, array_keys($p), "line $n");
            self::assertStringEndsWith('"quantified_associations":{}}', self::$lines[$n]);
            if ($uuidLine) {
                self::assertMatchesRegularExpression('/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/', $p['uuid']);
                self::assertCount(1, $p['values']['sku']);
            } else {
                self::assertArrayNotHasKey('sku', $p['values'], '/products carries the identifier at the top only');
            }
            self::assertContains($p['family'], RealisticCatalog::FAMILIES);
            foreach ($p['values'] as $code => $entries) {
                self::assertArrayHasKey($code, $defs, "unknown attribute $code");
                $def = $defs[$code];
                foreach ($entries as $e) {
                    $keys = ['locale', 'scope', 'data'];
                    if ($uuidLine) {
                        $keys = in_array($def['type'], ['pim_catalog_simpleselect', 'pim_catalog_multiselect'], true)
                            ? [...$keys, 'linked_data', 'attribute_type'] : [...$keys, 'attribute_type'];
                        self::assertSame($def['type'], $e['attribute_type']);
                    }
                    self::assertSame($keys, array_keys($e), "$code on line $n");
                    self::assertSame($def['localized'], $e['locale'] !== null, $code);
                    self::assertContains($e['locale'], [null, ...RealisticCatalog::LOCALES]);
                    self::assertSame($def['scopable'], $e['scope'] !== null, $code);
                    self::assertData($code, $def, $e['data'], $options, $n);
                    if (isset($e['linked_data']) && $def['type'] === 'pim_catalog_simpleselect') {
                        self::assertSame(['attribute' => $code, 'code' => $e['data'], 'labels' => $options[$code][$e['data']]], $e['linked_data']);
                    }
                }
            }
        }
        self::assertGreaterThan(0, $seen['uuid']);
        self::assertGreaterThan(0, $seen['identifier']);
        self::assertSame(self::shape('endpoint_products_uuid')['products'], $seen['uuid']);
        self::assertSame(self::shape('endpoint_products')['products'], $seen['identifier']);
    }

    /**
     * Data as content/concepts/products.md ("The data format") describes it.
     *
     * @param array<string, mixed> $def
     * @param array<string, array<string, mixed>> $options
     */
    private static function assertData(string $code, array $def, mixed $data, array $options, int $n): void
    {
        $where = "$code on line $n";
        switch ($def['type']) {
            case 'pim_catalog_identifier':
            case 'pim_catalog_text':
            case 'pim_catalog_textarea':
                // ean is the one text that some lines carry as a bare number (decoded as a string here)
                self::assertIsString($data, $where);
                self::assertNotSame('', $data, $where);
                self::assertTrue(mb_check_encoding($data, 'UTF-8'), $where);
                break;
            case 'pim_catalog_price_collection':
                self::assertNotEmpty($data, $where);
                foreach ($data as $price) {
                    self::assertSame(['amount', 'currency'], array_keys($price), $where);
                    self::assertMatchesRegularExpression('/^\d+(\.\d{1,2})?$/', $price['amount'], $where);
                    self::assertContains($price['currency'], ['EUR', 'USD'], $where);
                }
                break;
            case 'pim_catalog_metric':
                self::assertSame(['amount', 'unit', 'symbol'], array_keys($data), $where);
                self::assertContains($data['unit'], MeasurementFamilies::units($def['family']), $where);
                self::assertSame(MeasurementFamilies::symbol($def['family'], $data['unit']), $data['symbol'], $where);
                if ($def['decimals']) {
                    self::assertMatchesRegularExpression('/^\d+\.\d{4,12}$/', $data['amount'], $where);
                } else {
                    self::assertIsInt($data['amount'], $where);
                }
                break;
            case 'pim_catalog_number':
                if ($def['decimals']) {
                    self::assertMatchesRegularExpression('/^\d+\.\d+$/', $data, $where);
                } else {
                    self::assertIsInt($data, $where);
                }
                break;
            case 'pim_catalog_simpleselect':
                self::assertArrayHasKey($data, $options[$code], $where);
                break;
            case 'pim_catalog_multiselect':
                self::assertTrue(array_is_list($data), $where);
                self::assertSame(array_unique($data), $data, $where);
                foreach ($data as $option) {
                    self::assertArrayHasKey($option, $options[$code], $where);
                }
                break;
            case 'pim_catalog_boolean':
                self::assertIsBool($data, $where);
                break;
            case 'pim_catalog_date':
                self::assertMatchesRegularExpression('/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3}Z|[+-]\d\d:\d\d)$/', $data, $where);
                break;
            default:
                self::fail("unexpected type {$def['type']}");
        }
    }

    public function testEveryUnitOfEveryMeasurementFamilyOccursAsCounted(): void
    {
        $counted = [];
        foreach (self::$products as $p) {
            foreach (RealisticCatalog::attributeDefinitions() as $code => $def) {
                foreach ($def['family'] === null ? [] : self::entries($p, $code) as $e) {
                    $counted[$code][$e['data']['unit']] = ($counted[$code][$e['data']['unit']] ?? 0) + 1;
                }
            }
        }
        foreach ($counted as $code => $units) {
            ksort($units);
            $family = RealisticCatalog::attributeDefinitions()[$code]['family'];
            self::assertEqualsCanonicalizing(MeasurementFamilies::units($family), array_keys($units), "every $family unit on $code");
            self::assertSame($units, self::$manifest['metric_units'][$code], $code);
        }
        self::assertSame(array_sum(array_map('array_sum', $counted)), self::shape('metric_unit')['values']);
        self::assertCount(11, $counted);
    }

    public function testMeasurementConversionsAreAkeneos(): void
    {
        self::assertEqualsWithDelta(0.45359237, MeasurementFamilies::convert('Weight', 1, 'POUND', 'KILOGRAM'), 1e-12);
        self::assertEqualsWithDelta(28.349523125, MeasurementFamilies::convert('Weight', 1, 'OUNCE', 'GRAM'), 1e-9);
        self::assertEqualsWithDelta(30.48, MeasurementFamilies::convert('Length', 1, 'FEET', 'CENTIMETER'), 1e-9);
        self::assertEqualsWithDelta(4.54609, MeasurementFamilies::convert('Volume', 1, 'GALLON', 'LITER'), 1e-9);
        self::assertEqualsWithDelta(0.0, MeasurementFamilies::convert('Temperature', 32, 'FAHRENHEIT', 'CELSIUS'), 1e-9);
        self::assertEqualsWithDelta(212.0, MeasurementFamilies::convert('Temperature', 100, 'CELSIUS', 'FAHRENHEIT'), 1e-9);
        self::assertEqualsWithDelta(80.0, MeasurementFamilies::convert('Temperature', 100, 'CELSIUS', 'REAUMUR'), 1e-9);
        self::assertSame('1.000000', RealisticCatalog::expectedMetric('storage_capacity', 1024, 'MEGABYTE'));
        self::assertSame('100.000000', RealisticCatalog::expectedMetric('max_temperature', '373.1500', 'KELVIN'));
        foreach (MeasurementFamilies::FAMILIES as $family => [$standard, $units]) {
            self::assertArrayHasKey($standard, $units, $family);
            foreach (array_keys($units) as $unit) {
                self::assertEqualsWithDelta(12.5, MeasurementFamilies::convert($family, MeasurementFamilies::convert($family, 12.5, $unit, $standard), $standard, $unit), 1e-9, "$family $unit");
            }
        }
    }

    public function testValueShapesOccurAsTheManifestCounts(): void
    {
        $found = [];
        $values = [];
        $add = static function (string $shape, string $sku, int $n = 1) use (&$found, &$values): void {
            $found[$shape][] = $sku;
            $values[$shape] = ($values[$shape] ?? 0) + $n;
        };
        $sameNames = array_merge(...array_values(TextBank::SAME_NAMES));
        $fourByte = '/[\x{10000}-\x{10FFFF}]/u';
        foreach (self::$products as $n => $p) {
            $sku = self::sku($p);
            $line = self::$lines[$n];
            $identifier = $p['identifier'] ?? $p['values']['sku'][0]['data'];
            if ($identifier !== $sku) {
                $add(str_starts_with($identifier, ' ') ? 'sku_leading_space' : 'sku_trailing_space', $sku);
            }
            $names = array_column(self::entries($p, 'name'), 'data', 'locale');
            if ($p['parent'] !== null) {
                self::assertSame([], $names, 'a variant has no name of its own');
                $add('variant_without_name', $sku);
                if (isset($p['values']['variation_name'])) {
                    $add('variant_with_variation_name', $sku);
                }
            } else {
                if (!isset($names['de_DE'])) {
                    $add('localized_value_missing_name', $sku);
                }
                $four = count(preg_grep($fourByte, $names));
                if ($four > 0) {
                    $add('four_byte_utf8_name', $sku, $four);
                }
                if (array_intersect($names, $sameNames) !== []) {
                    self::assertArrayNotHasKey('url_key', $p['values']);
                    $add('same_name', $sku, count($names));
                }
                foreach (self::entries($p, 'url_key') as $e) {
                    if ($e['data'] !== strtolower($e['data']) || str_contains($e['data'], ' ')) {
                        $add('url_key_needs_slug', $sku);
                    }
                }
            }
            $descriptions = array_filter(self::entries($p, 'description'), static fn (array $e): bool => $e['scope'] === 'ecommerce');
            $other = count(self::entries($p, 'description')) - count($descriptions);
            if ($other > 0) {
                $add('other_channel_value', $sku, $other);
            }
            if ($p['parent'] === null && !in_array('fr_FR', array_column($descriptions, 'locale'), true)) {
                $add('localized_value_missing_description', $sku);
            }
            foreach ($descriptions as $e) {
                if (strlen($e['data']) >= RealisticCatalog::ONE_MIB) {
                    $add('description_1mib', $sku);
                } elseif (preg_match($fourByte, $e['data'])) {
                    $add('four_byte_utf8_description', $sku);
                }
            }
            $prices = array_column(self::entries($p, 'price')[0]['data'], 'amount', 'currency');
            if (!isset($prices['USD'])) {
                $add('price_missing_usd', $sku);
            } elseif (!isset($prices['EUR'])) {
                $add('price_missing_eur', $sku);
            } elseif ($prices['USD'] === RealisticCatalog::HUGE_PRICE) {
                $add('price_out_of_range', $sku);
            }
            if (preg_match('/"ean":\[\{"locale":null,"scope":null,"data":(\d+)[,}]/', $line, $m)) {
                self::assertContains($m[1], RealisticCatalog::BIG_NUMBERS, 'a bare JSON number, digits intact');
                $add('big_number_in_text', $sku);
            }
            if (self::entries($p, 'thread_pitch')[0]['data'] === RealisticCatalog::PRECISE_DECIMAL) {
                $add('decimal_beyond_20_6', $sku);
            }
            if (self::entries($p, 'pack_quantity')[0]['data'] > 2147483647) {
                $add('int_out_of_range', $sku);
            }
            $release = self::entries($p, 'release_date')[0]['data'];
            if ($release === RealisticCatalog::DATE_OUT_OF_RANGE) {
                $add('date_out_of_range', $sku);
            } elseif (!checkdate((int) substr($release, 5, 2), (int) substr($release, 8, 2), (int) substr($release, 0, 4))) {
                $add('date_invalid', $sku);
            }
            if (str_ends_with(self::entries($p, 'news_from_date')[0]['data'] ?? '', 'Z')) {
                $add('date_with_milliseconds', $sku);
            }
            if (isset($p['values']['brand'])) {
                $add('renamed_attribute', $sku);
            }
            if (isset($p['values']['storage_instructions'])) {
                $add('attribute_not_in_set', $sku, count($p['values']['storage_instructions']));
            }
        }
        foreach ($found as $shape => $skus) {
            self::assertShapeProducts($shape, $skus, $values[$shape]);
        }
        // every shape occurs in a 200-product catalog; those with a rate or an issue kind were recounted above
        foreach (self::$manifest['shapes'] as $name => $shape) {
            self::assertGreaterThan(0, $shape['products'], "$name occurs");
            if (($shape['issue_kind'] !== null || $shape['rate_percent'] !== null) && !str_starts_with($name, 'endpoint_')) {
                self::assertArrayHasKey($name, $found, "$name recounted");
            }
        }
    }

    public function testRatesAreExactPerHundredProducts(): void
    {
        // groups no variant or other shape can pre-empt: exactly rate% of 200 products
        foreach (['sku_leading_space', 'sku_trailing_space', 'price_missing_usd', 'price_missing_eur', 'price_out_of_range',
            'big_number_in_text', 'decimal_beyond_20_6', 'int_out_of_range', 'date_out_of_range', 'date_invalid',
            'attribute_not_in_set', 'endpoint_products_uuid'] as $name) {
            $shape = self::shape($name);
            self::assertSame($shape['rate_percent'] * self::SKUS / 100, $shape['products'], $name);
        }
        self::assertSame(30, RealisticCatalog::MODEL_BLOCK_PERCENT);
        self::assertSame(self::SKUS / RealisticCatalog::BLOCK * 30 / 100 * RealisticCatalog::VARIANTS_PER_MODEL, self::$manifest['variants']);
    }

    public function testExpectedValueIssuesAreEveryValueASyncMustReport(): void
    {
        $expected = [];
        $utf8mb3 = [];
        $store = ['en_US' => ['admin', 'default'], 'fr_FR' => ['fr'], 'de_DE' => ['de']];
        foreach (self::$products as $p) {
            $sku = self::sku($p);
            $prices = array_column(self::entries($p, 'price')[0]['data'], 'amount', 'currency');
            if (!isset($prices['USD'])) {
                $expected[] = "$sku price admin missing_currency left_out";
            } elseif ($prices['USD'] === RealisticCatalog::HUGE_PRICE) {
                $expected[] = "$sku price admin out_of_range left_out";
            }
            if (self::entries($p, 'pack_quantity')[0]['data'] > 2147483647) {
                $expected[] = "$sku pack_quantity admin out_of_range left_out";
            }
            $release = self::entries($p, 'release_date')[0]['data'];
            if ($release === RealisticCatalog::DATE_OUT_OF_RANGE) {
                $expected[] = "$sku release_date admin out_of_range left_out";
            } elseif ($release === RealisticCatalog::DATE_INVALID) {
                $expected[] = "$sku release_date admin invalid_date left_out";
            }
            if (!isset($p['values']['name'])) {
                $expected[] = "$sku name admin name_fallback filled";
            }
            // 4-byte characters in any value a store-scoped text attribute receives from the ecommerce channel
            foreach (RealisticCatalog::attributeDefinitions() as $code => $def) {
                if ($def['to'] === null || !in_array($def['backend'], ['varchar', 'text'], true)) {
                    continue;
                }
                foreach (self::entries($p, $code) as $e) {
                    if (is_string($e['data']) && ($e['scope'] ?? 'ecommerce') === 'ecommerce' && preg_match('/[\x{10000}-\x{10FFFF}]/u', $e['data'])) {
                        foreach ($e['locale'] === null ? ['admin'] : $store[$e['locale']] as $s) {
                            $utf8mb3[] = "$sku {$def['to']} $s characters adjusted";
                        }
                    }
                }
            }
        }
        $issues = self::$manifest['expected_value_issues'];
        foreach ([[$expected, $issues], [$utf8mb3, $issues['utf8mb3']]] as [$want, $got]) {
            $listed = array_map(static fn (array $i): string => "{$i['sku']} {$i['attribute']} {$i['store']} {$i['kind']} {$i['action']}", $got['items']);
            sort($want);
            sort($listed);
            self::assertNotEmpty($want);
            self::assertSame($want, $listed);
            self::assertSame(count($want), $got['total']);
            self::assertFalse($got['items_truncated']);
            self::assertSame(array_sum($got['by_kind']), $got['total']);
        }
        self::assertEqualsCanonicalizing(['missing_currency', 'out_of_range', 'invalid_date', 'name_fallback'], array_keys($issues['by_kind']));
    }

    public function testVariantsPointAtTheModelsFile(): void
    {
        $models = [];
        foreach (file(self::$dir . '/a.models.jsonl', FILE_IGNORE_NEW_LINES) as $line) {
            $m = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
            self::assertSame(['code', 'family', 'family_variant', 'parent', 'categories', 'values', 'created', 'updated', 'associations', 'quantified_associations'], array_keys($m));
            self::assertSame(RealisticCatalog::LOCALES, array_column($m['values']['name'], 'locale'), 'the variants\' name lives here');
            $models[$m['code']] = true;
        }
        $parents = array_unique(array_filter(array_column(self::$products, 'parent')));
        self::assertEqualsCanonicalizing(array_keys($models), array_values($parents));
        self::assertSame(count($models), self::$manifest['models']);
    }

    public function testMagentoSqlAndConfigFitTheCatalog(): void
    {
        $sql = (string) file_get_contents(self::$dir . '/a.sql');
        $config = json_decode((string) file_get_contents(self::$dir . '/a.config.json'), true, 512, JSON_THROW_ON_ERROR);
        foreach (RealisticCatalog::attributeDefinitions() as $code => $def) {
            if ($def['custom']) {
                self::assertStringContainsString("SELECT et.entity_type_id, '{$def['to']}', '{$def['backend']}'", $sql, $code);
                $inSet = str_contains($sql, "ea.attribute_code = '{$def['to']}'\nWHERE s.entity_type_id");
                self::assertSame($def['in_set'], $inSet, "$code in the Default set");
            }
            if ($def['family'] !== null) {
                self::assertSame($def['unit'], $config['units'][$def['to']], $code);
            }
        }
        self::assertStringNotContainsString("'manufacturer'", $sql, 'stock attributes are not declared');
        self::assertSame(['brand' => 'manufacturer', 'variation_name' => null], $config['attributes']);
        self::assertSame(['type' => 'jsonl', 'path' => 'a.jsonl', 'options_path' => 'a.options.jsonl'], $config['source']);
        self::assertSame([RealisticCatalog::CURRENCY], $config['currency']);
        self::assertSame(['en_US' => ['default'], 'fr_FR' => ['fr'], 'de_DE' => ['de']], $config['locales']);
        if (extension_loaded('pimsync')) {
            self::assertSame('manufacturer', \PimSync\Config::fromFile(self::$dir . '/a.config.json')->toArray()['attributes']['brand']['to']);
        }
    }

    public function testRealisticModeRefusesProfileOptions(): void
    {
        $p = proc_open([PHP_BINARY, self::CLI, '--realistic', '--skus', '1', '--seed', '1', '--out', '-', '--profile', '250k'],
            [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        self::assertIsResource($p);
        stream_get_contents($pipes[1]);
        $err = (string) stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        self::assertSame(2, proc_close($p));
        self::assertStringContainsString('--profile does not apply to --realistic', $err);
    }
}
