<?php

declare(strict_types=1);

namespace PimSync\Tests\Tools;

use PHPUnit\Framework\TestCase;
use PimSync\Tools\CatalogGenerator;

/**
 * What a user of tools/generate-catalog.php checks: reproducible files, Akeneo
 * shape and data types, unique SKUs / url keys, exact mutation counts, options
 * coverage and a plausible Magento SQL file.
 */
final class CatalogGeneratorTest extends TestCase
{
    private const CLI = __DIR__ . '/../../../tools/generate-catalog.php';
    private static string $dir;

    public static function setUpBeforeClass(): void
    {
        self::$dir = sys_get_temp_dir() . '/pimsync-gen-' . getmypid();
        @mkdir(self::$dir, 0777, true);
    }

    public static function tearDownAfterClass(): void
    {
        foreach (glob(self::$dir . '/*') ?: [] as $f) {
            unlink($f);
        }
        @rmdir(self::$dir);
    }

    /** @return array{0: int, 1: string, 2: string} exit code, stdout, stderr */
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

    /** @return array<string, mixed> the summary line */
    private static function generate(string $file, int $skus, int $seed, string $profile = '250k', string ...$extra): array
    {
        [$rc, $out, $err] = self::cli('--skus', (string) $skus, '--seed', (string) $seed, '--profile', $profile, '--out', $file, ...$extra);
        self::assertSame(0, $rc, $err);
        return json_decode($out, true, 512, JSON_THROW_ON_ERROR);
    }

    /** @return list<string> lines without newline */
    private static function lines(string $file): array
    {
        $raw = (string) file_get_contents($file);
        self::assertStringEndsWith("\n", $raw);
        return explode("\n", substr($raw, 0, -1));
    }

    /** @return list<array<string, mixed>> */
    private static function products(string $file): array
    {
        return array_map(static fn (string $l): array => json_decode($l, true, 512, JSON_THROW_ON_ERROR), self::lines($file));
    }

    public function testSameSeedGivesByteIdenticalFileAndDifferentSeedDoesNot(): void
    {
        $a = self::$dir . '/a.jsonl';
        $b = self::$dir . '/b.jsonl';
        $c = self::$dir . '/c.jsonl';
        $summary = self::generate($a, 300, 7);
        self::generate($b, 300, 7);
        self::generate($c, 300, 8);
        self::assertSame(300, $summary['skus']);
        self::assertSame(filesize($a), $summary['bytes']);
        self::assertSame(hash_file('sha256', $a), hash_file('sha256', $b));
        self::assertNotSame(hash_file('sha256', $a), hash_file('sha256', $c));
        // product N does not depend on how many were generated before or after it
        $short = self::$dir . '/short.jsonl';
        self::generate($short, 100, 7);
        self::assertSame(array_slice(self::lines($a), 0, 100), self::lines($short));
    }

    /** @return iterable<string, array{string}> */
    public static function profiles(): iterable
    {
        yield 'small' => ['small'];
        yield '250k' => ['250k'];
    }

    /** @dataProvider profiles */
    public function testEveryLineIsAnAkeneoProduct(string $profile): void
    {
        $file = self::$dir . "/shape-$profile.jsonl";
        self::generate($file, 500, 11, $profile);
        $tree = CatalogGenerator::categoryTree();
        $attributes = (new CatalogGenerator(11, $profile))->attributes();
        $keys = ['uuid', 'identifier', 'enabled', 'family', 'categories', 'groups', 'parent', 'values', 'created', 'updated', 'associations', 'quantified_associations'];
        $iso = '/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+00:00$/';
        foreach (self::lines($file) as $n => $line) {
            $p = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
            self::assertSame($keys, array_keys($p), "line $n");
            self::assertMatchesRegularExpression('/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/', $p['uuid']);
            self::assertIsString($p['identifier']);
            self::assertIsBool($p['enabled']);
            self::assertIsString($p['family']);
            self::assertCount(2, $p['categories']);
            foreach ($p['categories'] as $cat) {
                self::assertArrayHasKey($cat, $tree);
            }
            self::assertSame([], $p['groups']);
            self::assertNull($p['parent']);
            self::assertMatchesRegularExpression($iso, $p['created']);
            self::assertMatchesRegularExpression($iso, $p['updated']);
            self::assertGreaterThanOrEqual($p['created'], $p['updated']);
            self::assertSame(['PACK', 'SUBSTITUTION', 'UPSELL', 'X_SELL'], array_keys($p['associations']));
            foreach ($p['associations'] as $assoc) {
                self::assertSame(['groups', 'products', 'product_models'], array_keys($assoc));
            }
            self::assertStringEndsWith('"quantified_associations":{}}', $line, 'an object, not a list');
            self::assertSame([['locale' => null, 'scope' => null, 'data' => $p['identifier']]], $p['values']['sku']);
            foreach ($p['values'] as $code => $entries) {
                self::assertArrayHasKey($code, $attributes, "unknown attribute $code");
                foreach ($entries as $e) {
                    $expected = $code === 'image' ? ['locale', 'scope', 'data', '_links'] : ['locale', 'scope', 'data'];
                    self::assertSame($expected, array_keys($e), "$code on line $n");
                    self::assertNull($e['scope']);
                    self::assertSame($attributes[$code]['localized'], $e['locale'] !== null, $code);
                    self::assertDataType($attributes[$code]['type'], $e['data'], $code);
                }
            }
        }
    }

    private static function assertDataType(string $type, mixed $data, string $code): void
    {
        $dec4 = '/^\d+\.\d{4}$/';
        switch ($type) {
            case 'pim_catalog_identifier':
            case 'pim_catalog_text':
            case 'pim_catalog_textarea':
                self::assertIsString($data, $code);
                self::assertNotSame('', $data, $code);
                self::assertTrue(mb_check_encoding($data, 'UTF-8'), $code);
                break;
            case 'pim_catalog_price_collection':
                self::assertSame(['USD', 'EUR'], array_column($data, 'currency'), $code);
                foreach ($data as $price) {
                    self::assertMatchesRegularExpression('/^\d+\.\d\d$/', $price['amount'], $code);
                }
                break;
            case 'pim_catalog_metric':
                self::assertSame(['amount', 'unit'], array_keys($data), $code);
                self::assertMatchesRegularExpression($dec4, $data['amount'], $code);
                self::assertContains($data['unit'], ['KILOGRAM', 'CENTIMETER', 'WATT'], $code);
                break;
            case 'pim_catalog_number':
                self::assertTrue(is_int($data) || (is_string($data) && preg_match($dec4, $data) === 1), $code);
                break;
            case 'pim_catalog_simpleselect':
                self::assertMatchesRegularExpression('/^[A-Za-z0-9_]+$/', $data, $code);
                break;
            case 'pim_catalog_multiselect':
                self::assertTrue(array_is_list($data), $code);
                self::assertNotEmpty($data, $code);
                self::assertSame(array_unique($data), $data, $code);
                break;
            case 'pim_catalog_boolean':
                self::assertIsBool($data, $code);
                break;
            case 'pim_catalog_date':
                self::assertMatchesRegularExpression('/^\d{4}-\d\d-\d\dT00:00:00\+00:00$/', $data, $code);
                break;
            case 'pim_catalog_image':
                self::assertMatchesRegularExpression('#^[0-9a-f]/[0-9a-f]/[0-9a-f]/[0-9a-f]/[0-9a-f]{40}_[a-z0-9_-]+\.jpg$#', $data, $code);
                break;
            default:
                self::fail("unexpected type $type");
        }
    }

    public function testProfilesHaveTheAdvertisedShape(): void
    {
        $big = (new CatalogGenerator(1, '250k'))->attributes();
        $small = (new CatalogGenerator(1, 'small'))->attributes();
        self::assertGreaterThanOrEqual(38, count($big));
        self::assertLessThanOrEqual(44, count($big));
        self::assertCount(12, array_filter($big, static fn (array $d): bool => $d['localized']));
        self::assertGreaterThanOrEqual(4, count(array_filter($big, static fn (array $d): bool => $d['type'] === 'pim_catalog_simpleselect')));
        self::assertGreaterThanOrEqual(1, count(array_filter($big, static fn (array $d): bool => $d['type'] === 'pim_catalog_multiselect')));
        self::assertEqualsWithDelta(15, count($small), 2);
        self::assertArrayNotHasKey('status', $big, 'Akeneo sends status as "enabled"');
        foreach (['name', 'description', 'short_description', 'meta_title', 'meta_description', 'meta_keyword', 'url_key'] as $code) {
            self::assertTrue($big[$code]['localized'], $code);
            self::assertFalse($big[$code]['custom'], $code);
        }
        self::assertCount(50, CatalogGenerator::categoryTree());
    }

    public function testLocalizedAttributesHaveOneEntryPerLocale(): void
    {
        $file = self::$dir . '/locales.jsonl';
        $locales = ['en_US', 'fr_FR', 'de_DE', 'it_IT'];
        self::generate($file, 200, 3, '250k', '--locales', implode(',', $locales));
        $localized = array_keys(array_filter((new CatalogGenerator(3, '250k'))->attributes(), static fn (array $d): bool => $d['localized']));
        $seen = [];
        foreach (self::products($file) as $p) {
            foreach ($localized as $code) {
                if (!isset($p['values'][$code])) {
                    continue;
                }
                $seen[$code] = true;
                self::assertSame($locales, array_column($p['values'][$code], 'locale'), $code);
            }
        }
        self::assertCount(12, $seen, 'every localized attribute occurs');
    }

    public function testSkusAndUrlKeysAreUnique(): void
    {
        $file = self::$dir . '/unique.jsonl';
        self::generate($file, 3000, 5, 'small');
        $skus = [];
        $uuids = [];
        $urlKeys = [];
        foreach (self::products($file) as $p) {
            $skus[] = $p['identifier'];
            $uuids[] = $p['uuid'];
            foreach ($p['values']['url_key'] as $e) {
                self::assertMatchesRegularExpression('/^[a-z0-9]+(-[a-z0-9]+)*$/', $e['data']);
                $urlKeys[$e['locale']][] = $e['data'];
            }
        }
        self::assertCount(3000, array_unique($skus));
        self::assertCount(3000, array_unique($uuids));
        self::assertCount(3, $urlKeys);
        foreach ($urlKeys as $locale => $keys) {
            self::assertCount(3000, array_unique($keys), $locale);
        }
    }

    public function testTextsContainTheHardCases(): void
    {
        $file = self::$dir . '/nasty.jsonl';
        self::generate($file, 1000, 9);
        $names = '';
        $descriptions = '';
        foreach (self::products($file) as $p) {
            $names .= implode("\n", array_column($p['values']['name'], 'data')) . "\n";
            $descriptions .= implode("\n", array_column($p['values']['description'], 'data')) . "\n";
        }
        self::assertStringContainsString('é', $names);
        self::assertStringContainsString('ü', $names);
        self::assertStringContainsString('高品質', $names);
        self::assertStringContainsString('🔥', $names);
        self::assertStringContainsString('27"', $names);
        self::assertStringContainsString("O'Neill's", $names);
        self::assertStringContainsString('\\', $names);
        self::assertStringContainsString("'); DROP TABLE", $names);
        self::assertStringContainsString('<p>', $descriptions);
        self::assertStringContainsString('&amp;', $descriptions);
        // raw file is Akeneo-escaped (Symfony JsonResponse): no raw '<', '/', or non-ASCII bytes
        $raw = (string) file_get_contents($file);
        self::assertStringContainsString('\u003Cp\u003E', $raw);
        self::assertSame(0, preg_match('/[\x80-\xff]/', $raw));
    }

    public function testUnescapedOptionWritesRawUtf8(): void
    {
        $file = self::$dir . '/raw.jsonl';
        self::generate($file, 50, 9, 'small', '--unescaped');
        $raw = (string) file_get_contents($file);
        self::assertSame(1, preg_match('/[\x80-\xff]/', $raw));
        self::assertStringNotContainsString('\/', $raw);
        self::assertCount(50, self::products($file));

        $out = self::$dir . '/raw-mutated.jsonl';
        [$rc, , $err] = self::cli('mutate', '--in', $file, '--out', $out, '--percent', '10', '--seed', '3');
        self::assertSame(0, $rc, $err);
        $mutated = (string) file_get_contents($out);
        self::assertStringNotContainsString('\/', $mutated, 'mutate keeps the input style');
        self::assertSame(5, count(array_diff_assoc(self::lines($file), self::lines($out))));
    }

    public function testMutateChangesExactlyOnePercentAndKeepsOtherLinesByteIdentical(): void
    {
        $in = self::$dir . '/m-in.jsonl';
        $out = self::$dir . '/m-out.jsonl';
        self::generate($in, 1000, 21);
        [$rc, $stdout, $err] = self::cli('mutate', '--in', $in, '--out', $out, '--percent', '1', '--seed', '99');
        self::assertSame(0, $rc, $err);
        $summary = json_decode($stdout, true, 512, JSON_THROW_ON_ERROR);
        self::assertSame(1000, $summary['input']);
        self::assertSame(10, $summary['changed']);
        self::assertSame(0, $summary['added']);
        self::assertSame(0, $summary['removed']);

        $before = self::lines($in);
        $after = self::lines($out);
        self::assertCount(1000, $after);
        $changed = [];
        foreach ($before as $i => $line) {
            if ($line !== $after[$i]) {
                $changed[] = $i;
                $old = json_decode($line, true);
                $new = json_decode($after[$i], true);
                self::assertSame($old['identifier'], $new['identifier']);
                self::assertArrayHasKey($new['identifier'], $summary['changed_skus']);
                $attrs = $summary['changed_skus'][$new['identifier']];
                self::assertGreaterThanOrEqual(1, count($attrs));
                self::assertLessThanOrEqual(3, count($attrs));
                $diff = array_keys(array_filter($new['values'], static fn (array $v, string $k): bool => $v !== $old['values'][$k], ARRAY_FILTER_USE_BOTH));
                sort($diff);
                $reported = array_values(array_unique(array_map(static fn (string $a): string => explode(':', $a)[0], $attrs)));
                sort($reported);
                self::assertSame($reported, $diff);
                self::assertGreaterThan($old['updated'], $new['updated']);
                self::assertSame(array_keys($old), array_keys($new));
                self::assertStringEndsWith('"quantified_associations":{}}', $after[$i]);
            }
        }
        self::assertCount(10, $changed);

        // same seed, same result; another seed, other products
        $again = self::$dir . '/m-again.jsonl';
        self::cli('mutate', '--in', $in, '--out', $again, '--percent', '1', '--seed', '99');
        self::assertSame(hash_file('sha256', $out), hash_file('sha256', $again));
        $other = self::$dir . '/m-other.jsonl';
        self::cli('mutate', '--in', $in, '--out', $other, '--percent', '1', '--seed', '100');
        self::assertNotSame(hash_file('sha256', $out), hash_file('sha256', $other));
    }

    public function testMutateAddsAndRemoves(): void
    {
        $in = self::$dir . '/ar-in.jsonl';
        $out = self::$dir . '/ar-out.jsonl';
        self::generate($in, 1000, 4, 'small');
        [$rc, $stdout, $err] = self::cli('mutate', '--in', $in, '--out', $out, '--percent', '2.5', '--seed', '5', '--add', '7', '--remove', '12');
        self::assertSame(0, $rc, $err);
        $s = json_decode($stdout, true, 512, JSON_THROW_ON_ERROR);
        self::assertSame([25, 7, 12, 995], [$s['changed'], $s['added'], $s['removed'], $s['output']]);

        $before = [];
        foreach (self::lines($in) as $line) {
            $before[json_decode($line, true)['identifier']] = $line;
        }
        $after = [];
        foreach (self::lines($out) as $line) {
            $after[json_decode($line, true)['identifier']] = $line;
        }
        self::assertCount(995, $after, 'SKUs stay unique');
        self::assertSame($s['removed_skus'], array_values(array_diff(array_keys($before), array_keys($after))));
        self::assertSame($s['added_skus'], array_values(array_diff(array_keys($after), array_keys($before))));
        self::assertSame('AK-001001', $s['added_skus'][0]);
        $changed = 0;
        foreach ($after as $sku => $line) {
            if (isset($before[$sku]) && $before[$sku] !== $line) {
                $changed++;
                self::assertArrayHasKey($sku, $s['changed_skus']);
            }
        }
        self::assertSame(25, $changed);
        self::assertSame([], array_intersect(array_keys($s['changed_skus']), $s['removed_skus']));
    }

    public function testOptionsFileCoversEveryCodeUsed(): void
    {
        $file = self::$dir . '/opt-catalog.jsonl';
        $options = self::$dir . '/options.jsonl';
        self::generate($file, 1000, 13, '250k', '--options-out', $options);
        $declared = [];
        foreach (self::lines($options) as $line) {
            $o = json_decode($line, true, 512, JSON_THROW_ON_ERROR);
            self::assertSame(['code', 'attribute', 'sort_order', 'labels'], array_keys($o));
            self::assertSame(['en_US', 'fr_FR', 'de_DE'], array_keys($o['labels']));
            self::assertIsInt($o['sort_order']);
            self::assertArrayNotHasKey($o['code'], $declared[$o['attribute']] ?? [], 'no duplicate option');
            $declared[$o['attribute']][$o['code']] = true;
        }
        self::assertSame('Rouge', json_decode(self::lines($options)[2], true)['labels']['fr_FR']);
        $attributes = (new CatalogGenerator(13, '250k'))->attributes();
        $used = 0;
        foreach (self::products($file) as $p) {
            foreach ($p['values'] as $code => $entries) {
                $type = $attributes[$code]['type'];
                if ($type !== 'pim_catalog_simpleselect' && $type !== 'pim_catalog_multiselect') {
                    continue;
                }
                foreach ((array) $entries[0]['data'] as $optionCode) {
                    self::assertArrayHasKey($optionCode, $declared[$code] ?? [], "$code.$optionCode");
                    $used++;
                }
            }
        }
        self::assertGreaterThan(1000, $used);
    }

    public function testMagentoSqlDeclaresEachCustomAttributeOnce(): void
    {
        $file = self::$dir . '/sql-catalog.jsonl';
        $sqlFile = self::$dir . '/attributes.sql';
        self::generate($file, 10, 1, '250k', '--magento-sql', $sqlFile);
        $sql = (string) file_get_contents($sqlFile);
        $attributes = (new CatalogGenerator(1, '250k'))->attributes();
        $custom = array_keys(array_filter($attributes, static fn (array $d): bool => $d['custom']));
        self::assertGreaterThanOrEqual(15, count($custom));

        $body = (string) preg_replace('/^--.*$/m', '', $sql);
        $statements = array_values(array_filter(array_map('trim', explode(";\n", $body))));
        self::assertSame('SET NAMES utf8mb4', $statements[0]);
        array_shift($statements);
        self::assertCount(3 * count($custom), $statements);
        foreach ($statements as $st) {
            self::assertMatchesRegularExpression('/^INSERT IGNORE INTO (eav_attribute|catalog_eav_attribute|eav_entity_attribute) \([a-z_, ]+\)\nSELECT /', $st);
            self::assertSame(0, substr_count(str_replace(["\\\\", "''"], '', $st), "'") % 2, 'balanced quotes');
            self::assertSame(substr_count($st, '('), substr_count($st, ')'));
            // column list and select list have the same arity
            preg_match('/\(([a-z_, ]+)\)\nSELECT (.*)\nFROM/s', $st, $m);
            self::assertCount(count(explode(',', $m[1])), self::topLevelItems($m[2]), $st);
        }
        foreach ($custom as $code) {
            self::assertSame(1, preg_match_all("/INSERT IGNORE INTO eav_attribute \\(.*\\)\nSELECT et.entity_type_id, '$code',/", $sql), $code);
            self::assertSame(3, substr_count($sql, "'$code'"), $code);
        }
        foreach (['name', 'price', 'color', 'url_key', 'description', 'weight', 'manufacturer'] as $stock) {
            self::assertStringNotContainsString("'$stock'", $sql, "$stock ships with Magento");
        }
        self::assertStringNotContainsString('eav_attribute_option', $sql, 'options are created by the sync');
        self::assertStringContainsString("'Magento\\\\Eav\\\\Model\\\\Entity\\\\Attribute\\\\Source\\\\Table'", $sql);
        self::assertStringContainsString("'Magento\\\\Eav\\\\Model\\\\Entity\\\\Attribute\\\\Backend\\\\ArrayBackend'", $sql);
        self::assertMatchesRegularExpression("/SELECT ea.attribute_id, 0, .*\n.*'care_instructions'/", $sql, 'localized = store scope');
        self::assertMatchesRegularExpression("/SELECT ea.attribute_id, 1, .*\n.*'material'/", $sql, 'global');
    }

    /** @return list<string> comma-separated items outside quotes and parentheses */
    private static function topLevelItems(string $list): array
    {
        $items = [];
        $depth = 0;
        $quoted = false;
        $cur = '';
        for ($i = 0, $n = strlen($list); $i < $n; $i++) {
            $c = $list[$i];
            if ($quoted) {
                if ($c === '\\') {
                    $cur .= $c . $list[++$i];
                    continue;
                }
                $quoted = $c !== "'";
            } elseif ($c === "'") {
                $quoted = true;
            } elseif ($c === '(') {
                $depth++;
            } elseif ($c === ')') {
                $depth--;
            } elseif ($c === ',' && $depth === 0) {
                $items[] = trim($cur);
                $cur = '';
                continue;
            }
            $cur .= $c;
        }
        $items[] = trim($cur);
        self::assertFalse($quoted, 'unterminated string');
        self::assertSame(0, $depth, 'unbalanced parentheses');
        return $items;
    }

    public function testMemoryStaysFlat(): void
    {
        $small = self::generate('/dev/null', 1000, 2, '250k');
        $large = self::generate('/dev/null', 20000, 2, '250k');
        self::assertSame($small['peak_memory_mb'], $large['peak_memory_mb']);
        $in = self::$dir . '/mem.jsonl';
        self::generate($in, 20000, 2, 'small');
        [$rc, $stdout] = self::cli('mutate', '--in', $in, '--out', '/dev/null', '--percent', '1', '--seed', '1');
        self::assertSame(0, $rc);
        self::assertLessThan(16, json_decode($stdout, true)['peak_memory_mb']);
    }

    public function testCliRejectsBadArguments(): void
    {
        [$rc, , $err] = self::cli('--skus', 'ten', '--seed', '1', '--out', self::$dir . '/x.jsonl');
        self::assertSame(2, $rc);
        self::assertStringContainsString('--skus must be an integer', $err);
        [$rc, , $err] = self::cli('--skus', '1', '--seed', '1', '--out', self::$dir . '/x.jsonl', '--profile', 'huge');
        self::assertSame(2, $rc);
        self::assertStringContainsString("unknown profile 'huge'", $err);
        [$rc, , $err] = self::cli('mutate', '--in', self::$dir . '/missing.jsonl', '--out', self::$dir . '/y.jsonl', '--seed', '1');
        self::assertSame(2, $rc);
    }

    /**
     * The benchmark compares runs over profile files: a generator change (such as
     * the --realistic mode beside them) must leave them byte-identical for a seed.
     * Hashes of 300 SKUs, seed 7, as generated before --realistic existed.
     */
    public function testProfileFilesStayByteIdentical(): void
    {
        $golden = [
            'small' => ['0a2851f14f48789aab92023809dbc8b7d3159b9e2c1636b228d6307d311cc37e',
                '856487eac012022e083ca315573a4c7f2b8e59218b2fa852c14814f744152c40',
                'e43e48d4063e955bd10ebb472601c53093356eb6d956182556a84950acb41e8e'],
            '250k' => ['2bb5d91e509ef3ed94dfcbd0b8adedafa03a20552f63cf53b235915a14ab1534',
                'ad49c010addff3fc3eb5f3eccee8f10c368a5d7c8115678058f288f14abb8574',
                '530c701936c395cbe1d7843886f90e672b2fc565aeb56a86e79ab09f28c31f7e'],
        ];
        foreach ($golden as $profile => [$catalog, $options, $sql]) {
            $base = self::$dir . "/golden-$profile";
            self::generate("$base.jsonl", 300, 7, $profile, '--options-out', "$base.options.jsonl", '--magento-sql', "$base.sql");
            self::assertSame($catalog, hash_file('sha256', "$base.jsonl"), "$profile catalog");
            self::assertSame($options, hash_file('sha256', "$base.options.jsonl"), "$profile options");
            self::assertSame($sql, hash_file('sha256', "$base.sql"), "$profile SQL");
        }
    }
}
