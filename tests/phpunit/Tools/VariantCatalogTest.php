<?php

declare(strict_types=1);

namespace PimSync\Tests\Tools;

use PHPUnit\Framework\TestCase;
use PimSync\Tools\TextBank;
use PimSync\Tools\VariantCatalog;

/**
 * What a user of `generate-catalog.php --profile 250k-variants` checks: the five
 * files agree with each other (every parent, category, association target and axis
 * option a line names is in the file that should hold it), the shares are the
 * advertised ones, the output is reproducible, and mutate works on it.
 */
final class VariantCatalogTest extends TestCase
{
    private const CLI = __DIR__ . '/../../../tools/generate-catalog.php';
    private static string $dir;
    /** @var array<string, mixed> the 1000-product catalog most tests read: files and parsed lines */
    private static array $c;

    public static function setUpBeforeClass(): void
    {
        self::$dir = sys_get_temp_dir() . '/pimsync-variants-' . getmypid();
        @mkdir(self::$dir, 0777, true);
        $base = self::$dir . '/main';
        $summary = self::generate($base, 1000, 7);
        self::$c = ['summary' => $summary];
        foreach (['products', 'models', 'family_variants', 'categories', 'options'] as $kind) {
            self::$c[$kind] = array_map(static fn (string $l): array => json_decode($l, true, 512, JSON_THROW_ON_ERROR), self::lines("$base.$kind.jsonl"));
        }
    }

    public static function tearDownAfterClass(): void
    {
        foreach (glob(self::$dir . '/*') ?: [] as $f) {
            unlink($f);
        }
        @rmdir(self::$dir);
    }

    /** @return array{0: int, 1: string, 2: string} */
    private static function cli(string ...$args): array
    {
        $p = proc_open([PHP_BINARY, self::CLI, ...$args], [1 => ['pipe', 'w'], 2 => ['pipe', 'w']], $pipes);
        self::assertIsResource($p);
        $out = stream_get_contents($pipes[1]);
        $err = stream_get_contents($pipes[2]);
        fclose($pipes[1]);
        fclose($pipes[2]);
        return [proc_close($p), (string) $out, (string) $err];
    }

    /** Writes $base.{products,models,family_variants,categories,options}.jsonl and $base.sql. */
    private static function generate(string $base, int $skus, int $seed): array
    {
        [$rc, $out, $err] = self::cli('--skus', (string) $skus, '--seed', (string) $seed, '--profile', '250k-variants',
            '--out', "$base.products.jsonl", '--options-out', "$base.options.jsonl", '--magento-sql', "$base.sql",
            '--models-out', "$base.models.jsonl", '--family-variants-out', "$base.family_variants.jsonl",
            '--categories-out', "$base.categories.jsonl");
        self::assertSame(0, $rc, $err);
        return json_decode($out, true, 512, JSON_THROW_ON_ERROR);
    }

    /** @return list<string> */
    private static function lines(string $file): array
    {
        $raw = (string) file_get_contents($file);
        self::assertStringEndsWith("\n", $raw, $file);
        return explode("\n", substr($raw, 0, -1));
    }

    /** @return array<string, array<string, mixed>> */
    private static function byCode(array $items, string $key = 'code'): array
    {
        $out = [];
        foreach ($items as $item) {
            self::assertArrayNotHasKey($item[$key], $out, "duplicate $key {$item[$key]}");
            $out[$item[$key]] = $item;
        }
        return $out;
    }

    private static function data(array $values, string $code): mixed
    {
        return $values[$code][0]['data'] ?? null;
    }

    public function testSameSeedGivesTheSameFilesAndProductNDoesNotDependOnTheFeedSize(): void
    {
        $again = self::$dir . '/again';
        $other = self::$dir . '/other';
        $short = self::$dir . '/short';
        self::generate($again, 1000, 7);
        self::generate($other, 1000, 8);
        self::generate($short, 250, 7);
        foreach (['products', 'models', 'family_variants', 'categories', 'options'] as $kind) {
            self::assertFileEquals(self::$dir . "/main.$kind.jsonl", "$again.$kind.jsonl", $kind);
        }
        self::assertFileEquals(self::$dir . '/main.sql', "$again.sql");
        self::assertNotSame(hash_file('sha256', self::$dir . '/main.products.jsonl'), hash_file('sha256', "$other.products.jsonl"));
        self::assertNotSame(hash_file('sha256', self::$dir . '/main.models.jsonl'), hash_file('sha256', "$other.models.jsonl"));
        self::assertSame(array_slice(self::lines(self::$dir . '/main.products.jsonl'), 0, 250), self::lines("$short.products.jsonl"));
        // the models of a shorter feed are those its variants name, the same lines as in the longer one
        $long = self::lines(self::$dir . '/main.models.jsonl');
        $models = self::lines("$short.models.jsonl");
        self::assertSame(array_slice($long, 0, count($models)), $models);
        $parents = [];
        foreach (self::lines("$short.products.jsonl") as $l) {
            $parents[json_decode($l, true)['parent'] ?? ''] = true;
        }
        foreach ($models as $l) {
            $m = json_decode($l, true);
            if ($m['parent'] !== null) {
                self::assertArrayHasKey($m['code'], $parents, 'no sub-model without a variant in the feed');
            }
        }
    }

    public function testFortyPercentAreVariantsOfTwoLevelProductModels(): void
    {
        $models = self::byCode(self::$c['models']);
        $variants = array_filter(self::$c['products'], static fn (array $p): bool => $p['parent'] !== null);
        self::assertCount(400, $variants);
        self::assertSame(['mode', 'skus', 'seed', 'profile', 'locales', 'out', 'bytes', 'options', 'custom_attributes',
            'root_models', 'sub_models', 'family_variants', 'categories', 'seconds', 'peak_memory_mb'], array_keys(self::$c['summary']));
        self::assertSame(30, self::$c['summary']['root_models']);
        self::assertSame(80, self::$c['summary']['sub_models']);
        self::assertCount(110, $models);

        $seen = [];
        foreach (self::$c['models'] as $m) {
            self::assertSame(['code', 'family', 'family_variant', 'parent', 'categories', 'values', 'created', 'updated', 'associations', 'quantified_associations'], array_keys($m));
            if ($m['parent'] !== null) {
                self::assertArrayHasKey($m['parent'], $seen, 'a root comes before its sub-models');
                $root = $models[$m['parent']];
                self::assertNull($root['parent'], 'two levels: a sub-model\'s parent is a root');
                self::assertSame([$root['family'], $root['family_variant'], $root['categories']], [$m['family'], $m['family_variant'], $m['categories']]);
                self::assertNotNull(self::data($m['values'], 'color'), 'level 1 holds the color axis');
                self::assertNull(self::data($root['values'], 'color'));
                // the API returns a model's values with those it inherits
                self::assertSame($root['values'], array_intersect_key($m['values'], $root['values']));
            }
            self::assertSame(['en_US', 'fr_FR', 'de_DE'], array_column($m['values']['name'] ?? [], 'locale'), 'localized name');
            self::assertSame(['en_US', 'fr_FR', 'de_DE'], array_column($m['values']['description'] ?? [], 'locale'), 'localized description');
            self::assertArrayNotHasKey('size', $m['values']);
            $seen[$m['code']] = true;
        }

        $axes = [];
        $perRoot = [];
        foreach ($variants as $p) {
            self::assertArrayHasKey($p['parent'], $models);
            $sub = $models[$p['parent']];
            self::assertNotNull($sub['parent'], 'a variant hangs under a sub-model');
            self::assertSame($sub['family'], $p['family']);
            self::assertSame($sub['categories'], $p['categories']);
            self::assertSame($sub['values'], array_intersect_key($p['values'], $sub['values']), $p['identifier']);
            $size = self::data($p['values'], 'size');
            self::assertNotNull($size);
            $combo = $sub['parent'] . '|' . self::data($p['values'], 'color') . '|' . $size;
            self::assertArrayNotHasKey($combo, $axes, 'one variant per axis combination');
            $axes[$combo] = true;
            $perRoot[$sub['parent']][$p['parent']][] = $size;
        }
        $shapes = [];
        foreach ($perRoot as $subs) {
            $sizes = array_map('count', $subs);
            self::assertCount(1, array_unique($sizes), 'every color in every size');
            $shapes[] = count($subs) . 'x' . $sizes[array_key_first($sizes)];
        }
        $counts = array_count_values($shapes);
        ksort($counts);
        self::assertSame(['2x5' => 10, '3x5' => 20], $counts, 'colors x sizes per root: 3 x 5 twice, 2 x 5 once per 100 products');
    }

    public function testFamilyVariantsDeclareColorThenSize(): void
    {
        $variants = self::byCode(self::$c['family_variants']);
        $models = self::$c['models'];
        foreach ($models as $m) {
            self::assertArrayHasKey($m['family_variant'], $variants);
            self::assertSame($m['family'], $variants[$m['family_variant']]['family']);
        }
        foreach ($variants as $fv) {
            self::assertSame(['code', 'labels', 'variant_attribute_sets', 'family'], array_keys($fv));
            self::assertSame(['en_US', 'fr_FR', 'de_DE'], array_keys($fv['labels']));
            [$one, $two] = $fv['variant_attribute_sets'];
            self::assertSame([1, ['color']], [$one['level'], $one['axes']]);
            self::assertSame([2, ['size']], [$two['level'], $two['axes']]);
            self::assertContains('color', $one['attributes']);
            self::assertContains('size', $two['attributes']);
            self::assertContains('sku', $two['attributes'], 'the identifier lives on the last level');
        }
        // a model holds no attribute of a level below its own
        foreach ($models as $m) {
            [$one, $two] = $variants[$m['family_variant']]['variant_attribute_sets'];
            $below = $m['parent'] === null ? [...$one['attributes'], ...$two['attributes']] : $two['attributes'];
            self::assertSame([], array_values(array_intersect($below, array_keys($m['values']))), $m['code']);
        }
    }

    public function testAssociationsOfEveryTypePointAtProductsAndModelsThatExist(): void
    {
        $skus = [];
        foreach (self::$c['products'] as $i => $p) {
            $skus[$p['identifier']] = $i;
        }
        $models = self::byCode(self::$c['models']);
        $products = [];
        $modelTargets = [];
        $forward = 0;
        foreach ([...self::$c['products'], ...self::$c['models']] as $item) {
            self::assertSame(VariantCatalog::ASSOCIATION_TYPES, array_keys($item['associations']));
            foreach ($item['associations'] as $type => $a) {
                self::assertSame(['groups', 'products', 'product_models'], array_keys($a));
                self::assertSame(array_values(array_unique($a['products'])), $a['products']);
                foreach ($a['products'] as $target) {
                    self::assertArrayHasKey($target, $skus, "$type target $target");
                    $products[$type] = ($products[$type] ?? 0) + 1;
                    if (isset($item['identifier']) && $skus[$target] > $skus[$item['identifier']]) {
                        $forward++;
                    }
                    self::assertNotSame($item['identifier'] ?? null, $target, 'not to itself');
                }
                foreach ($a['product_models'] as $target) {
                    self::assertArrayHasKey($target, $models, "$type model target $target");
                    $modelTargets[$type] = ($modelTargets[$type] ?? 0) + 1;
                }
            }
        }
        foreach (VariantCatalog::ASSOCIATION_TYPES as $type) {
            self::assertGreaterThan(300, $products[$type] ?? 0, "$type has product targets");
        }
        self::assertGreaterThan(100, $forward, 'some point at products later in the feed');
        self::assertGreaterThan(100, $modelTargets['X_SELL'] ?? 0);
        self::assertGreaterThan(20, $modelTargets['UPSELL'] ?? 0);
        $perProduct = array_sum($products) / count(self::$c['products']);
        self::assertGreaterThan(2, $perProduct, 'a few targets each');
        self::assertLessThan(8, $perProduct);
    }

    public function testFiveHundredCategoriesInThreeLevelsAndEveryNamedOneExists(): void
    {
        $cats = self::byCode(self::$c['categories']);
        self::assertCount(500, $cats);
        $level = [];
        $positions = [];
        foreach (self::$c['categories'] as $c) {
            self::assertSame(['code', 'parent', 'updated', 'position', 'labels'], array_keys($c));
            self::assertSame(['en_US', 'fr_FR', 'de_DE'], array_keys($c['labels']));
            self::assertMatchesRegularExpression('/^[a-z0-9_]+$/', $c['code']);
            if ($c['parent'] === null) {
                $level[$c['code']] = 0;
            } else {
                self::assertArrayHasKey($c['parent'], $level, 'parents come first');
                $level[$c['code']] = $level[$c['parent']] + 1;
            }
            $positions[$c['parent'] ?? ''][] = $c['position'];
        }
        self::assertSame([0 => 1, 1 => 10, 2 => 50, 3 => 439], array_count_values($level));
        foreach ($positions as $parent => $list) {
            self::assertSame(range(1, count($list)), $list, "positions under '$parent'");
        }
        $used = [];
        foreach ([...self::$c['products'], ...self::$c['models']] as $item) {
            self::assertNotEmpty($item['categories']);
            foreach ($item['categories'] as $code) {
                self::assertArrayHasKey($code, $cats, "category $code");
                self::assertSame(3, $level[$code], 'products sit in leaves');
                $used[$code] = true;
            }
        }
        self::assertGreaterThan(400, count($used), 'the whole tree is used');
    }

    public function testEveryAxisValueAndEverySelectValueHasAnOption(): void
    {
        $options = [];
        foreach (self::$c['options'] as $o) {
            $options[$o['attribute']][$o['code']] = true;
        }
        $axisValues = 0;
        foreach ([...self::$c['products'], ...self::$c['models']] as $item) {
            foreach (['color', 'size', 'material', 'manufacturer', 'country_of_manufacture', 'energy_class', 'features', 'compatible_with'] as $code) {
                foreach ((array) self::data($item['values'], $code) as $value) {
                    self::assertArrayHasKey($value, $options[$code] ?? [], "$code.$value");
                    $axisValues += $code === 'color' || $code === 'size' ? 1 : 0;
                }
            }
        }
        self::assertGreaterThan(880, $axisValues);
    }

    public function testMagentoSqlMakesColorAndSizeGlobalSelectsInTheDefaultSet(): void
    {
        $sql = (string) file_get_contents(self::$dir . '/main.sql');
        foreach (['color', 'size'] as $code) {
            self::assertSame(1, preg_match_all("/INSERT IGNORE INTO eav_attribute \\(.*\\)\nSELECT et.entity_type_id, '$code', 'int', 'select',/", $sql), $code);
            self::assertSame(1, preg_match_all("/SELECT ea.attribute_id, 1, .*\n.*AND ea.attribute_code = '$code';/", $sql), "$code global");
            self::assertSame(1, preg_match_all("/INSERT IGNORE INTO eav_entity_attribute .*\n(.*\n){4}.*ea.attribute_code = '$code'\nWHERE .*attribute_set_name = 'Default';/", $sql), "$code in Default");
            self::assertStringContainsString("UPDATE eav_attribute SET backend_type = 'int', frontend_input = 'select',\n"
                . "  source_model = 'Magento\\\\Eav\\\\Model\\\\Entity\\\\Attribute\\\\Source\\\\Table', is_user_defined = 1\n"
                . "WHERE entity_type_id = (SELECT entity_type_id FROM eav_entity_type WHERE entity_type_code = 'catalog_product') AND attribute_code = '$code';", $sql);
            self::assertMatchesRegularExpression("/UPDATE catalog_eav_attribute SET is_global = 1\nWHERE .* attribute_code = '$code'\\);/", $sql);
        }
    }

    public function testMutateChangesOnePercentIncludingVariantsWithoutTouchingTheirModelsOrAxes(): void
    {
        $in = self::$dir . '/main.products.jsonl';
        $out = self::$dir . '/mutated.jsonl';
        [$rc, $stdout, $err] = self::cli('mutate', '--in', $in, '--out', $out, '--percent', '1', '--seed', '3', '--add', '5', '--remove', '2');
        self::assertSame(0, $rc, $err);
        $s = json_decode($stdout, true, 512, JSON_THROW_ON_ERROR);
        self::assertSame([10, 5, 2, 1003], [$s['changed'], $s['added'], $s['removed'], $s['output']]);
        $before = [];
        foreach (self::$c['products'] as $p) {
            $before[$p['identifier']] = $p;
        }
        $variantChanges = 0;
        foreach (self::lines($out) as $line) {
            $p = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
            $old = $before[$p['identifier']] ?? null;
            if ($old === null) {
                self::assertContains($p['identifier'], $s['added_skus']);
                self::assertNull($p['parent'], 'an added product is simple: its models are not in the models file');
                self::assertSame([], array_diff($p['categories'], VariantCatalog::leafCategories()), 'from the 500-category tree');
                continue;
            }
            if ($old === $p) {
                continue;
            }
            self::assertArrayHasKey($p['identifier'], $s['changed_skus']);
            self::assertSame($old['parent'], $p['parent']);
            if ($p['parent'] !== null) {
                $variantChanges++;
                $changed = array_keys(array_filter($p['values'], static fn (array $v, string $k): bool => $v !== $old['values'][$k], ARRAY_FILTER_USE_BOTH));
                self::assertNotEmpty($changed);
                self::assertSame([], array_diff($changed, VariantCatalog::MUTABLE_ON_VARIANT), 'only values of the variant\'s own level');
            }
        }
        self::assertGreaterThanOrEqual(2, $variantChanges, 'a few variant value changes');
    }

    public function testModelsStreamAndOtherProfilesRefuseTheVariantFiles(): void
    {
        $run = static function (int $skus): float {
            [$rc, $out, $err] = self::cli('--skus', (string) $skus, '--seed', '2', '--profile', '250k-variants', '--out', '/dev/null',
                '--models-out', '/dev/null');
            self::assertSame(0, $rc, $err);
            return json_decode($out, true)['peak_memory_mb'];
        };
        self::assertSame($run(1000), $run(20000));
        [$rc, , $err] = self::cli('--skus', '10', '--seed', '1', '--profile', '250k', '--out', '/dev/null', '--models-out', self::$dir . '/x.jsonl');
        self::assertSame(2, $rc);
        self::assertStringContainsString('--models-out needs --profile 250k-variants', $err);
    }

    /** Pins the profile's files for seed 7, 300 SKUs: the bench caches them by parameters. */
    public function testProfileFilesStayByteIdentical(): void
    {
        $base = self::$dir . '/golden';
        self::generate($base, 300, 7);
        $hashes = [];
        foreach (['products', 'models', 'family_variants', 'categories', 'options'] as $kind) {
            $hashes[$kind] = hash_file('sha256', "$base.$kind.jsonl");
        }
        $hashes['sql'] = hash_file('sha256', "$base.sql");
        self::assertSame(self::GOLDEN, $hashes);
        self::assertSame(array_keys(TextBank::OPTIONS['size']), [...VariantCatalog::SIZES, 'one_size']);
    }

    private const GOLDEN = [
        'products' => 'f2682e9a7db1f8e6fd5efb8494ce76e02fd83859280e811298f2feb42b976265',
        'models' => '1cea4860fdabe10a046db07ab9421f50a866f1501f775efc3c772eea9568af8a',
        'family_variants' => '1d976f89a51848a9eae9c6bdd3f0fb3f43b81a176e69609854d1612aaa4fd2b3',
        'categories' => '0f74d12f96c8d361a21cdbc89899e07652f9227fb7a46ad4fa55fa7886523960',
        // the same options file as profile 250k's (its golden hash in CatalogGeneratorTest)
        'options' => 'ad49c010addff3fc3eb5f3eccee8f10c368a5d7c8115678058f288f14abb8574',
        'sql' => '6920f27281366b5fb3b18bc648fb35992f6f3c73cf9136ae150365b1077da803',
    ];
}
