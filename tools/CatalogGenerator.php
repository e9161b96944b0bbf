<?php

declare(strict_types=1);

namespace PimSync\Tools;

use Random\Engine\Xoshiro256StarStar;
use Random\Randomizer;

/**
 * Seeded generator of Akeneo 7 product catalogs (JSON lines, one product per line,
 * in the shape GET /api/rest/v1/products returns), plus attribute options, the
 * Magento DDL-free SQL that declares the custom attributes, and a "mutate" mode
 * that derives the next day's feed from a previous one.
 *
 * Determinism: every product is built from its own random engine seeded with
 * sha256("seed:index"), so product N does not depend on how many products came
 * before it, and no clock or global state is read. Only Randomizer::getInt() and
 * getBytes() are used (both specified bit-for-bit since PHP 8.2).
 *
 * Memory: generate() and mutate() stream; nothing holds more than one product,
 * except mutate's set of chosen line numbers (percent% + removed of the input).
 */
final class CatalogGenerator
{
    public const PROFILES = ['small', '250k', '250k-variants'];
    public const DEFAULT_LOCALES = ['en_US', 'fr_FR', 'de_DE'];
    public const SKU_PREFIX = 'AK-';
    public const MEDIA_BASE_URL = 'http://akeneo.test/api/rest/v1/media-files/';

    /** Symfony JsonResponse's default flags: what the Akeneo REST API really sends. */
    public const JSON_AKENEO = JSON_HEX_TAG | JSON_HEX_APOS | JSON_HEX_AMP | JSON_HEX_QUOT | JSON_THROW_ON_ERROR;
    /** Human-readable variant (--unescaped): raw UTF-8 and slashes. */
    public const JSON_UNESCAPED = JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES | JSON_THROW_ON_ERROR;

    /** @var array<string, array<string, mixed>> */
    private array $attributes;
    /** @var list<string> */
    private array $leafCategories;
    private int $jsonFlags;
    /** @var list<string> attribute codes per family bucket */
    private array $families = ['accessories', 'apparel', 'electronics', 'home_garden', 'sports', 'tools'];
    /** the 250k-variants layout (product models, associations, the 500-category tree), else null */
    private ?VariantCatalog $variants = null;

    /**
     * @param list<string> $locales
     */
    public function __construct(
        private readonly int $seed,
        private readonly string $profile = 'small',
        private readonly array $locales = self::DEFAULT_LOCALES,
        bool $unescaped = false,
    ) {
        if (!in_array($profile, self::PROFILES, true)) {
            throw new \InvalidArgumentException("unknown profile '$profile' (small|250k|250k-variants)");
        }
        if ($locales === []) {
            throw new \InvalidArgumentException('at least one locale is needed');
        }
        foreach ($locales as $locale) {
            if (!preg_match('/^[a-z]{2}_[A-Z]{2}$/', $locale)) {
                throw new \InvalidArgumentException("bad locale code '$locale'");
            }
        }
        $this->attributes = self::attributeDefinitions($profile);
        $this->leafCategories = [];
        foreach (self::categoryTree() as $code => $parent) {
            if ($parent !== null && $parent !== 'master') {
                $this->leafCategories[] = $code;
            }
        }
        if ($profile === VariantCatalog::PROFILE) {
            $this->variants = new VariantCatalog($this, $seed);
            $this->leafCategories = VariantCatalog::leafCategories();
        }
        $this->jsonFlags = $unescaped ? self::JSON_UNESCAPED : self::JSON_AKENEO;
    }

    // ------------------------------------------------------------------ schema

    /**
     * code => [type (Akeneo), localized, backend (Magento backend_type), input
     * (Magento frontend_input), custom (not shipped by Magento), label, presence %].
     *
     * @return array<string, array{type: string, localized: bool, backend: string, input: string, custom: bool, label: string, presence: int}>
     */
    public static function attributeDefinitions(string $profile): array
    {
        $a = static fn (string $type, bool $loc, string $backend, string $input, bool $custom, string $label, int $presence = 100): array =>
            ['type' => $type, 'localized' => $loc, 'backend' => $backend, 'input' => $input, 'custom' => $custom, 'label' => $label, 'presence' => $presence];
        $T = 'pim_catalog_';
        $all = [
            'sku' => $a($T . 'identifier', false, 'static', 'text', false, 'SKU'),
            'name' => $a($T . 'text', true, 'varchar', 'text', false, 'Product Name'),
            'description' => $a($T . 'textarea', true, 'text', 'textarea', false, 'Description'),
            'short_description' => $a($T . 'textarea', true, 'text', 'textarea', false, 'Short Description'),
            'meta_title' => $a($T . 'text', true, 'varchar', 'text', false, 'Meta Title'),
            'meta_description' => $a($T . 'textarea', true, 'varchar', 'textarea', false, 'Meta Description'),
            'meta_keyword' => $a($T . 'textarea', true, 'text', 'textarea', false, 'Meta Keywords'),
            'url_key' => $a($T . 'text', true, 'varchar', 'text', false, 'URL Key'),
            'price' => $a($T . 'price_collection', false, 'decimal', 'price', false, 'Price'),
            'special_price' => $a($T . 'price_collection', false, 'decimal', 'price', false, 'Special Price', 20),
            'cost' => $a($T . 'price_collection', false, 'decimal', 'price', false, 'Cost', 70),
            'weight' => $a($T . 'metric', false, 'decimal', 'weight', false, 'Weight'),
            'color' => $a($T . 'simpleselect', false, 'int', 'select', false, 'Color', 85),
            'manufacturer' => $a($T . 'simpleselect', false, 'int', 'select', false, 'Manufacturer'),
            'country_of_manufacture' => $a($T . 'simpleselect', false, 'varchar', 'select', false, 'Country of Manufacture', 90),
            'news_from_date' => $a($T . 'date', false, 'datetime', 'date', false, 'Set Product as New from Date', 40),
            'news_to_date' => $a($T . 'date', false, 'datetime', 'date', false, 'Set Product as New to Date', 30),
            'special_from_date' => $a($T . 'date', false, 'datetime', 'date', false, 'Special Price From Date', 20),
            'image' => $a($T . 'image', false, 'varchar', 'media_image', false, 'Base Image', 90),
            // custom attributes (not in a stock Magento 2.4)
            'care_instructions' => $a($T . 'textarea', true, 'text', 'textarea', true, 'Care Instructions', 80),
            'warranty_info' => $a($T . 'textarea', true, 'text', 'textarea', true, 'Warranty Information', 80),
            'tagline' => $a($T . 'text', true, 'varchar', 'text', true, 'Tagline'),
            'usage_notes' => $a($T . 'textarea', true, 'text', 'textarea', true, 'Usage Notes', 60),
            'safety_warning' => $a($T . 'text', true, 'varchar', 'text', true, 'Safety Warning', 50),
            'material' => $a($T . 'simpleselect', false, 'int', 'select', true, 'Material', 90),
            'size' => $a($T . 'simpleselect', false, 'int', 'select', true, 'Size', 50),
            'energy_class' => $a($T . 'simpleselect', false, 'int', 'select', true, 'Energy Class', 40),
            'features' => $a($T . 'multiselect', false, 'text', 'multiselect', true, 'Features', 85),
            'compatible_with' => $a($T . 'multiselect', false, 'text', 'multiselect', true, 'Compatible With', 35),
            'warranty_years' => $a($T . 'number', false, 'int', 'text', true, 'Warranty (years)'),
            'pack_quantity' => $a($T . 'number', false, 'int', 'text', true, 'Pack Quantity'),
            'voltage' => $a($T . 'number', false, 'decimal', 'text', true, 'Voltage (V)', 40),
            'is_eco' => $a($T . 'boolean', false, 'int', 'boolean', true, 'Eco-Friendly'),
            'battery_included' => $a($T . 'boolean', false, 'int', 'boolean', true, 'Battery Included', 60),
            'power' => $a($T . 'metric', false, 'decimal', 'text', true, 'Power', 40),
            'dimensions_length' => $a($T . 'metric', false, 'decimal', 'text', true, 'Length'),
            'dimensions_width' => $a($T . 'metric', false, 'decimal', 'text', true, 'Width'),
            'dimensions_height' => $a($T . 'metric', false, 'decimal', 'text', true, 'Height'),
            'ean' => $a($T . 'text', false, 'varchar', 'text', true, 'EAN', 95),
            'mpn' => $a($T . 'text', false, 'varchar', 'text', true, 'Manufacturer Part Number', 80),
            'release_date' => $a($T . 'date', false, 'datetime', 'date', true, 'Release Date', 70),
        ];
        if ($profile === '250k' || $profile === VariantCatalog::PROFILE) {
            return $all; // 250k-variants: the same attributes, some of them on product models
        }
        $small = ['sku', 'name', 'description', 'url_key', 'price', 'weight', 'color', 'manufacturer',
            'country_of_manufacture', 'news_from_date', 'image', 'material', 'features', 'is_eco',
            'warranty_years', 'voltage', 'dimensions_length'];
        $out = [];
        foreach ($small as $code) {
            $out[$code] = $all[$code];
        }
        // metric units for the tests' dimensions; weight unit handled in value builder
        return $out;
    }

    /** @return array<string, array<string, mixed>> */
    public function attributes(): array
    {
        return $this->attributes;
    }

    /** @return list<string> */
    public function locales(): array
    {
        return $this->locales;
    }

    /**
     * Category tree: code => parent code (null for the root). 1 root, 7 branches,
     * 42 leaves = 50 codes. Products are put in leaves only.
     *
     * @return array<string, ?string>
     */
    public static function categoryTree(): array
    {
        $branches = [
            'clothing' => ['men', 'women', 'kids', 'shoes', 'outerwear', 'underwear'],
            'electronics' => ['audio', 'computers', 'phones', 'cameras', 'tv', 'smart_home'],
            'home' => ['kitchen', 'furniture', 'lighting', 'bedding', 'bath', 'decor'],
            'garden' => ['tools', 'furniture', 'watering', 'plants', 'grills', 'lighting'],
            'sports' => ['fitness', 'cycling', 'running', 'camping', 'yoga', 'water_sports'],
            'toys' => ['baby', 'games', 'puzzles', 'robots', 'outdoor', 'creative'],
            'office' => ['paper', 'writing', 'chairs', 'desks', 'storage', 'printers'],
        ];
        $tree = ['master' => null];
        foreach ($branches as $branch => $leaves) {
            $tree[$branch] = 'master';
            foreach ($leaves as $leaf) {
                $tree[$branch . '_' . $leaf] = $branch;
            }
        }
        return $tree;
    }

    /**
     * Every option of every select/multiselect attribute of the profile:
     * attribute => [option code => [en, fr, de] labels].
     *
     * @return array<string, array<string, array{0: string, 1: string, 2: string}>>
     */
    public function options(): array
    {
        $out = [];
        foreach ($this->attributes as $code => $def) {
            if ($def['type'] === 'pim_catalog_simpleselect' || $def['type'] === 'pim_catalog_multiselect') {
                $out[$code] = TextBank::OPTIONS[$code];
            }
        }
        return $out;
    }

    // ---------------------------------------------------------------- generate

    public static function sku(int $index): string
    {
        return sprintf('%s%06d', self::SKU_PREFIX, $index);
    }

    /** @param resource $out */
    public function generate($out, int $count, int $firstIndex = 1): int
    {
        $bytes = 0;
        $buffer = '';
        for ($i = 0; $i < $count; $i++) {
            $buffer .= $this->productLine($firstIndex + $i) . "\n";
            if (strlen($buffer) >= 1 << 20) {
                $bytes += self::write($out, $buffer);
                $buffer = '';
            }
        }
        if ($buffer !== '') {
            $bytes += self::write($out, $buffer);
        }
        return $bytes;
    }

    public function productLine(int $index): string
    {
        return json_encode($this->product($index), $this->jsonFlags);
    }

    public function encode(mixed $product): string
    {
        return json_encode($product, $this->jsonFlags);
    }

    private function rng(int $index, string $salt = ''): Randomizer
    {
        return new Randomizer(new Xoshiro256StarStar(hash('sha256', $this->seed . ':' . $index . $salt, true)));
    }

    /**
     * @param bool $asVariant false: a simple product even where the 250k-variants
     *   layout puts a variant (mutate's added products: their models are not in the models file)
     * @return array<string, mixed>
     */
    public function product(int $index, bool $asVariant = true): array
    {
        $r = $this->rng($index);
        $sku = self::sku($index);
        $uuid = self::uuid($r->getBytes(16));
        $ctx = self::drawContext($r);
        $values = $this->drawValues($r, $ctx, $sku, $index);

        $created = 1546300800 + $r->getInt(0, 5 * 365 * 86400);          // 2019-01-01 + up to 5 years
        $updated = $created + $r->getInt(0, 400 * 86400);
        $categories = $this->pickDistinct($r, $this->leafCategories, 2);
        sort($categories);

        $xsell = [];
        if ($index > 1) {
            $n = $r->getInt(0, 3);
            for ($k = 0; $k < $n; $k++) {
                $xsell[self::sku($r->getInt(max(1, $index - 500), $index - 1))] = true;
            }
        }
        $upsell = $index > 1 && $r->getInt(0, 9) === 0 ? [self::sku($r->getInt(1, $index - 1))] : [];
        $assoc = static fn (array $products): array => ['groups' => [], 'products' => $products, 'product_models' => []];

        $product = [
            'uuid' => $uuid,
            'identifier' => $sku,
            'enabled' => $r->getInt(0, 99) < 95,
            'family' => $this->families[$ctx['noun'] % count($this->families)],
            'categories' => $categories,
            'groups' => [],
            'parent' => null,
            'values' => $values,
            'created' => self::isoDate($created),
            'updated' => self::isoDate($updated),
            'associations' => [
                'PACK' => $assoc([]),
                'SUBSTITUTION' => $assoc([]),
                'UPSELL' => $assoc($upsell),
                'X_SELL' => $assoc(array_keys($xsell)),
            ],
            'quantified_associations' => new \stdClass(),
        ];
        // the draws above are the same in every profile; 250k-variants reshapes the result
        return $this->variants === null ? $product : $this->variants->shapeProduct($product, $index, $r, $asVariant);
    }

    /** @return array<string, mixed> what a product's (or model's) texts are built around */
    private static function drawContext(Randomizer $r): array
    {
        $ctx = [
            'noun' => $r->getInt(0, count(TextBank::NOUNS['en']) - 1),
            'adj' => $r->getInt(0, count(TextBank::ADJECTIVES['en']) - 1),
            'model' => chr(65 + $r->getInt(0, 25)) . chr(65 + $r->getInt(0, 25)) . '-' . $r->getInt(100, 9999),
            'special' => $r->getInt(0, 99), // which nasty string (if any) goes into the name
            'years' => [1, 2, 2, 2, 3, 5, 10][$r->getInt(0, 6)],
        ];
        $ctx['material'] = array_keys(TextBank::OPTIONS['material'])[$ctx['noun'] % 12];
        return $ctx;
    }

    /**
     * The values of the profile's attributes ($only: of these codes only), each
     * present with its presence rate, in attribute order.
     *
     * @param array<string, mixed> $ctx
     * @param ?list<string> $only
     * @return array<string, list<array<string, mixed>>>
     */
    private function drawValues(Randomizer $r, array $ctx, string $sku, int $index, ?array $only = null): array
    {
        $values = [];
        $names = [];
        $wanted = $only === null ? null : array_flip($only);
        foreach ($this->attributes as $code => $def) {
            if ($wanted !== null && !isset($wanted[$code])) {
                continue;
            }
            if ($def['presence'] < 100 && $r->getInt(0, 99) >= $def['presence']) {
                continue;
            }
            if ($code === 'sku') {
                $values['sku'] = [self::v(null, $sku)];
                continue;
            }
            if ($def['localized']) {
                $entries = [];
                foreach ($this->locales as $locale) {
                    $data = $this->localizedText($code, $locale, $r, $ctx, $names, $sku);
                    if ($code === 'name') {
                        $names[$locale] = $data;
                    }
                    $entries[] = self::v($locale, $data);
                }
                $values[$code] = $entries;
                continue;
            }
            $entry = self::v(null, $this->globalValue($code, $def['type'], $r, $ctx, $sku, $index));
            if ($def['type'] === 'pim_catalog_image') {
                // the REST API adds a download link to every media value
                $entry['_links'] = ['download' => ['href' => self::MEDIA_BASE_URL . $entry['data'] . '/download']];
            }
            $values[$code] = [$entry];
        }
        return $values;
    }

    /**
     * A product model's values of the attributes $codes, drawn from $r as a
     * product's are ($code stands in for the SKU in image paths); and its family.
     *
     * @param list<string> $codes
     * @return array{family: string, values: array<string, list<array<string, mixed>>>}
     */
    public function modelValues(Randomizer $r, string $code, int $number, array $codes): array
    {
        $ctx = self::drawContext($r);
        return ['family' => $this->families[$ctx['noun'] % count($this->families)],
            'values' => $this->drawValues($r, $ctx, $code, $number, $codes)];
    }

    /** @return list<string> the product families (a product's is picked by its noun) */
    public function families(): array
    {
        return $this->families;
    }

    /** @return array{locale: ?string, scope: null, data: mixed} */
    public static function v(?string $locale, mixed $data): array
    {
        return ['locale' => $locale, 'scope' => null, 'data' => $data];
    }

    public static function isoDate(int $ts): string
    {
        return gmdate('Y-m-d\TH:i:s', $ts) . '+00:00';
    }

    private static function uuid(string $bytes): string
    {
        $bytes[6] = chr((ord($bytes[6]) & 0x0f) | 0x40);
        $bytes[8] = chr((ord($bytes[8]) & 0x3f) | 0x80);
        $h = bin2hex($bytes);
        return substr($h, 0, 8) . '-' . substr($h, 8, 4) . '-' . substr($h, 12, 4) . '-' . substr($h, 16, 4) . '-' . substr($h, 20);
    }

    /**
     * @param list<string> $list
     * @return list<string>
     */
    private function pickDistinct(Randomizer $r, array $list, int $n): array
    {
        $picked = [];
        $max = count($list) - 1;
        while (count($picked) < $n) {
            $picked[$list[$r->getInt(0, $max)]] = true;
        }
        return array_keys($picked);
    }

    public static function lang(string $locale): string
    {
        $lang = substr($locale, 0, 2);
        return isset(TextBank::NOUNS[$lang]) ? $lang : 'en';
    }

    /**
     * @param array<string, mixed> $ctx
     * @param array<string, string> $names
     */
    private function localizedText(string $code, string $locale, Randomizer $r, array $ctx, array $names, string $sku): string
    {
        $lang = self::lang($locale);
        switch ($code) {
            case 'name':
                return $this->name($lang, $ctx, $locale);
            case 'url_key':
                return self::slug($names[$locale] ?? TextBank::NOUNS[$lang][$ctx['noun']]) . '-' . strtolower($sku);
            case 'description':
                return $this->description($lang, $r, $ctx);
            case 'short_description':
                return self::fill(TextBank::SENTENCES[$lang][$r->getInt(0, count(TextBank::SENTENCES[$lang]) - 1)], $lang, $ctx);
            case 'meta_title':
                return mb_substr($names[$locale] ?? TextBank::NOUNS[$lang][$ctx['noun']], 0, 60) . ' | ' . TextBank::SHOP[$lang];
            case 'meta_description':
                return mb_substr(self::fill(TextBank::SENTENCES[$lang][$r->getInt(0, count(TextBank::SENTENCES[$lang]) - 1)], $lang, $ctx), 0, 255);
            case 'meta_keyword':
                return TextBank::NOUNS[$lang][$ctx['noun']] . ', ' . TextBank::OPTIONS['material'][$ctx['material']][self::li($lang)]
                    . ', ' . TextBank::ADJECTIVES[$lang][$ctx['adj']];
            case 'care_instructions':
                return self::pickText($r, TextBank::CARE[$lang]);
            case 'warranty_info':
                return str_replace('{years}', (string) $ctx['years'], self::pickText($r, TextBank::WARRANTY[$lang]));
            case 'tagline':
                return self::pickText($r, TextBank::TAGLINES[$lang]);
            case 'usage_notes':
                return self::fill(self::pickText($r, TextBank::USAGE[$lang]), $lang, $ctx);
            case 'safety_warning':
                return self::pickText($r, TextBank::SAFETY[$lang]);
        }
        throw new \LogicException("no text generator for $code");
    }

    /** @param list<string> $bank */
    private static function pickText(Randomizer $r, array $bank): string
    {
        return $bank[$r->getInt(0, count($bank) - 1)];
    }

    public static function li(string $lang): int
    {
        return ['en' => 0, 'fr' => 1, 'de' => 2][$lang];
    }

    /** @param array<string, mixed> $ctx */
    private static function fill(string $template, string $lang, array $ctx): string
    {
        return strtr($template, [
            '{noun}' => TextBank::NOUNS[$lang][$ctx['noun']],
            '{material}' => TextBank::OPTIONS['material'][$ctx['material']][self::li($lang)],
            '{years}' => (string) $ctx['years'],
        ]);
    }

    /** @param array<string, mixed> $ctx */
    private function name(string $lang, array $ctx, string $locale): string
    {
        $noun = TextBank::NOUNS[$lang][$ctx['noun']];
        $adj = TextBank::ADJECTIVES[$lang][$ctx['adj']];
        $name = match ($lang) {
            'en' => "$adj $noun",
            'fr' => "$noun $adj",
            default => "$noun $adj",
        };
        $name .= ' ' . $ctx['model'];
        $s = $ctx['special'];
        // ~12% of products carry a name that is hard to quote, escape or transliterate
        if ($s < 4) {
            $name .= ' 27"';                                  // inch mark
        } elseif ($s < 6) {
            $name = "O'Neill's " . $name;                     // apostrophes
        } elseif ($s < 7) {
            $name .= ' \\ Série\\Pro';                        // backslashes
        } elseif ($s < 8 && $locale === $this->locales[0]) {
            $name = "Robert'); DROP TABLE catalog_product_entity;-- " . $name;
        } elseif ($s < 10) {
            $name .= ' 🔥✨';                                  // 4-byte UTF-8 (JSON surrogate pairs)
        } elseif ($s < 12) {
            $name .= ' 高品質モデル';                           // CJK
        }
        return $name;
    }

    /** @param array<string, mixed> $ctx */
    private function description(string $lang, Randomizer $r, array $ctx): string
    {
        $bank = TextBank::SENTENCES[$lang];
        $n = $r->getInt(3, 8);
        $max = count($bank) - 1;
        $html = $r->getInt(0, 1) === 1;
        $parts = [];
        for ($i = 0; $i < $n; $i++) {
            $parts[] = self::fill($bank[$r->getInt(0, $max)], $lang, $ctx);
        }
        if (!$html) {
            return implode(' ', $parts);
        }
        $out = '<p>' . implode(' ', array_slice($parts, 0, 2)) . '</p>';
        if ($n > 2) {
            $out .= '<ul>';
            foreach (array_slice($parts, 2) as $p) {
                $out .= '<li>' . $p . '</li>';
            }
            $out .= '</ul>';
        }
        if ($r->getInt(0, 9) === 0) {
            $out .= '<p><strong>' . TextBank::NOUNS[$lang][$ctx['noun']] . ' &amp; more</strong> &ndash; 100% "' . $ctx['model'] . '" \\o/</p>';
        }
        return $out;
    }

    /** Magento-style url_key: ASCII, lower case, dashes. */
    public static function slug(string $text): string
    {
        static $map = [
            'ä' => 'ae', 'ö' => 'oe', 'ü' => 'ue', 'Ä' => 'ae', 'Ö' => 'oe', 'Ü' => 'ue', 'ß' => 'ss',
            'à' => 'a', 'â' => 'a', 'á' => 'a', 'ç' => 'c', 'é' => 'e', 'è' => 'e', 'ê' => 'e', 'ë' => 'e',
            'î' => 'i', 'ï' => 'i', 'í' => 'i', 'ô' => 'o', 'ó' => 'o', 'ù' => 'u', 'û' => 'u', 'ú' => 'u',
            'ñ' => 'n', 'œ' => 'oe', 'æ' => 'ae', 'É' => 'e', 'À' => 'a', 'Ç' => 'c',
        ];
        $s = strtolower(strtr($text, $map));
        $s = trim((string) preg_replace('/[^a-z0-9]+/', '-', $s), '-');
        return substr($s, 0, 80);
    }

    /** @param array<string, mixed> $ctx */
    private function globalValue(string $code, string $type, Randomizer $r, array $ctx, string $sku, int $index): mixed
    {
        switch ($type) {
            case 'pim_catalog_price_collection':
                $base = match ($code) {
                    'price' => $r->getInt(199, 99999),
                    'special_price' => $r->getInt(99, 49999),
                    default => $r->getInt(50, 29999),
                };
                return self::prices($base);
            case 'pim_catalog_metric':
                return match ($code) {
                    'weight' => ['amount' => self::dec4($r->getInt(50, 25000) / 1000), 'unit' => 'KILOGRAM'],
                    'power' => ['amount' => self::dec4($r->getInt(1, 30000) / 10), 'unit' => 'WATT'],
                    default => ['amount' => self::dec4($r->getInt(10, 2000) / 10), 'unit' => 'CENTIMETER'],
                };
            case 'pim_catalog_simpleselect':
                if ($code === 'material') {
                    return $r->getInt(0, 3) === 0 ? self::randomKey($r, TextBank::OPTIONS[$code]) : $ctx['material'];
                }
                return self::randomKey($r, TextBank::OPTIONS[$code]);
            case 'pim_catalog_multiselect':
                $codes = array_keys(TextBank::OPTIONS[$code]);
                $picked = $this->pickDistinct($r, $codes, $r->getInt(1, min(4, count($codes))));
                sort($picked);
                return $picked;
            case 'pim_catalog_boolean':
                return $r->getInt(0, 2) === 0;
            case 'pim_catalog_number':
                return match ($code) {
                    'warranty_years' => $ctx['years'],
                    'pack_quantity' => [1, 1, 1, 2, 3, 4, 6, 10, 12, 24][$r->getInt(0, 9)],
                    default => self::dec4([3.7, 5, 12, 24, 110, 230, 230, 400][$r->getInt(0, 7)]),
                };
            case 'pim_catalog_date':
                return self::isoDate(1577836800 + $r->getInt(0, 1800) * 86400); // midnight UTC, 2020-2024
            case 'pim_catalog_image':
                $sha = bin2hex($r->getBytes(20));
                $path = $sha[0] . '/' . $sha[1] . '/' . $sha[2] . '/' . $sha[3] . '/' . $sha . '_' . strtolower($sku) . '_front.jpg';
                return $path;
            case 'pim_catalog_text':
                return match ($code) {
                    'ean' => self::ean13($index, $r),
                    'mpn' => strtoupper(bin2hex($r->getBytes(3))) . '-' . $ctx['model'],
                    default => $sku,
                };
        }
        throw new \LogicException("no generator for $code ($type)");
    }

    /** @param array<string, mixed> $options */
    private static function randomKey(Randomizer $r, array $options): string
    {
        $keys = array_keys($options);
        return (string) $keys[$r->getInt(0, count($keys) - 1)];
    }

    /**
     * USD then EUR, amounts as strings with two decimals (as Akeneo sends them).
     *
     * @return list<array{amount: string, currency: string}>
     */
    public static function prices(int $cents): array
    {
        $eur = intdiv($cents * 92, 100);
        return [
            ['amount' => sprintf('%d.%02d', intdiv($cents, 100), $cents % 100), 'currency' => 'USD'],
            ['amount' => sprintf('%d.%02d', intdiv($eur, 100), $eur % 100), 'currency' => 'EUR'],
        ];
    }

    private static function dec4(float $v): string
    {
        return number_format($v, 4, '.', '');
    }

    private static function ean13(int $index, Randomizer $r): string
    {
        $digits = '40' . sprintf('%04d', $r->getInt(0, 9999)) . sprintf('%06d', $index % 1000000);
        $sum = 0;
        for ($i = 0; $i < 12; $i++) {
            $sum += (int) $digits[$i] * ($i % 2 === 0 ? 1 : 3);
        }
        return $digits . ((10 - $sum % 10) % 10);
    }

    /** @param resource $out */
    public static function write($out, string $data): int
    {
        $len = strlen($data);
        $done = 0;
        while ($done < $len) {
            $n = fwrite($out, $done === 0 ? $data : substr($data, $done));
            if ($n === false || $n === 0) {
                throw new \RuntimeException('write failed');
            }
            $done += $n;
        }
        return $len;
    }

    // ----------------------------------------------------------------- options

    /** @param resource $out */
    public function writeOptions($out): int
    {
        $n = 0;
        $buffer = '';
        foreach ($this->options() as $attribute => $options) {
            $sort = 1;
            foreach ($options as $code => $labels) {
                $l = [];
                foreach ($this->locales as $locale) {
                    $l[$locale] = $labels[self::li(self::lang($locale))];
                }
                $buffer .= json_encode(['code' => (string) $code, 'attribute' => $attribute, 'sort_order' => $sort++, 'labels' => $l], $this->jsonFlags) . "\n";
                $n++;
            }
        }
        self::write($out, $buffer);
        return $n;
    }

    // ------------------------------------------------- 250k-variants: other files

    /** @param resource $out @return array{roots: int, sub_models: int} */
    public function writeModels($out, int $count): array
    {
        return $this->variantLayout('--models-out')->writeModels($out, $count);
    }

    /** @param resource $out */
    public function writeFamilyVariants($out): int
    {
        return $this->variantLayout('--family-variants-out')->writeFamilyVariants($out);
    }

    /** @param resource $out */
    public function writeCategories($out): int
    {
        return $this->variantLayout('--categories-out')->writeCategories($out);
    }

    private function variantLayout(string $what): VariantCatalog
    {
        return $this->variants ?? throw new \InvalidArgumentException("$what needs --profile " . VariantCatalog::PROFILE
            . " (profile '{$this->profile}' has no product models, family variants or category file)");
    }

    // --------------------------------------------------------------- magento sql

    /**
     * SQL that declares the profile's custom attributes in a Magento 2.4 (Open
     * Source or Commerce) database and puts them in the 'Default' product set.
     * Idempotent: every statement is INSERT IGNORE keyed on a unique index.
     * Options and categories are NOT created: the sync creates what is missing.
     */
    public function magentoSql(): string
    {
        $sql = "-- pimsync catalog generator: custom attributes of profile '{$this->profile}' for Magento 2.4\n"
            . "-- Idempotent (INSERT IGNORE on unique keys). Options are not created: the sync does that.\n"
            . "SET NAMES utf8mb4;\n\n";
        $sort = 900;
        foreach ($this->attributes as $code => $def) {
            if ($def['custom']) {
                $sql .= self::attributeSql($code, $def, $sort++, true);
            }
        }
        if ($this->variants !== null) {
            foreach (['color', 'size'] as $axis) {
                $sql .= self::axisSql($axis, $this->attributes[$axis], $sort++);
            }
        }
        return $sql;
    }

    /**
     * Makes $code usable as a configurable axis, whatever the database held: Magento
     * offers only global, user-defined selects (ConfigurableAttributeHandler::
     * getApplicableAttributes), with table options. Declared (INSERT IGNORE) and put
     * in the Default set when missing (color ships with Magento, size does not),
     * then forced to that shape.
     *
     * @param array{type: string, localized: bool, backend: string, input: string, label: string, custom: bool} $def
     */
    public static function axisSql(string $code, array $def, int $sort): string
    {
        $etype = "(SELECT entity_type_id FROM eav_entity_type WHERE entity_type_code = 'catalog_product')";
        $sql = $def['custom'] ? '' : self::attributeSql($code, $def, $sort, true);
        $sql .= "-- $code: configurable axis (global select, table options)\n";
        $sql .= "UPDATE eav_attribute SET backend_type = 'int', frontend_input = 'select',\n"
            . "  source_model = 'Magento\\\\Eav\\\\Model\\\\Entity\\\\Attribute\\\\Source\\\\Table', is_user_defined = 1\n"
            . "WHERE entity_type_id = $etype AND attribute_code = '$code';\n";
        $sql .= "UPDATE catalog_eav_attribute SET is_global = 1\n"
            . "WHERE attribute_id = (SELECT attribute_id FROM eav_attribute WHERE entity_type_id = $etype AND attribute_code = '$code');\n";
        return $sql . "\n";
    }

    /**
     * The statements declaring one attribute (eav_attribute + catalog_eav_attribute)
     * and, when $inDefaultSet, putting it into the 'Default' product set.
     *
     * @param array{type: string, localized: bool, backend: string, input: string, label: string} $def
     */
    public static function attributeSql(string $code, array $def, int $sort, bool $inDefaultSet): string
    {
        $etype = "(SELECT entity_type_id FROM eav_entity_type WHERE entity_type_code = 'catalog_product')";
        $source = $def['input'] === 'select' || $def['input'] === 'multiselect'
            ? "'Magento\\\\Eav\\\\Model\\\\Entity\\\\Attribute\\\\Source\\\\Table'" : 'NULL';
        if ($def['input'] === 'boolean') {
            $source = "'Magento\\\\Eav\\\\Model\\\\Entity\\\\Attribute\\\\Source\\\\Boolean'";
        }
        $backend = $def['input'] === 'multiselect'
            ? "'Magento\\\\Eav\\\\Model\\\\Entity\\\\Attribute\\\\Backend\\\\ArrayBackend'" : 'NULL';
        $q = static fn (string $s): string => "'" . str_replace(['\\', "'"], ['\\\\', "''"], $s) . "'";
        $isGlobal = $def['localized'] ? 0 : 1;
        $filterable = in_array($def['input'], ['select', 'multiselect', 'boolean'], true) ? 1 : 0;
        $searchable = in_array($def['input'], ['text', 'textarea', 'select', 'multiselect'], true) ? 1 : 0;
        $html = $def['input'] === 'textarea' ? 1 : 0;
        $c = $q($code);
        $sql = "-- $code: {$def['type']}" . ($def['localized'] ? ', localized (store scope)' : ', global') . "\n";
        $sql .= "INSERT IGNORE INTO eav_attribute (entity_type_id, attribute_code, backend_type, frontend_input, frontend_label, source_model, backend_model, is_required, is_user_defined, is_unique)\n"
            . "SELECT et.entity_type_id, $c, {$q($def['backend'])}, {$q($def['input'])}, {$q($def['label'])}, $source, $backend, 0, 1, 0\n"
            . "FROM eav_entity_type et WHERE et.entity_type_code = 'catalog_product';\n";
        $sql .= "INSERT IGNORE INTO catalog_eav_attribute (attribute_id, is_global, is_visible, is_searchable, is_filterable, is_comparable, is_visible_on_front, is_html_allowed_on_front, is_filterable_in_search, used_in_product_listing, is_visible_in_advanced_search, is_wysiwyg_enabled, is_used_in_grid, is_visible_in_grid, is_filterable_in_grid)\n"
            . "SELECT ea.attribute_id, $isGlobal, 1, $searchable, $filterable, 0, 1, $html, $filterable, 0, $searchable, $html, 1, 0, 1\n"
            . "FROM eav_attribute ea WHERE ea.entity_type_id = $etype AND ea.attribute_code = $c;\n";
        if ($inDefaultSet) {
            $sql .= "INSERT IGNORE INTO eav_entity_attribute (entity_type_id, attribute_set_id, attribute_group_id, attribute_id, sort_order)\n"
                . "SELECT s.entity_type_id, s.attribute_set_id,\n"
                . "  COALESCE((SELECT g.attribute_group_id FROM eav_attribute_group g WHERE g.attribute_set_id = s.attribute_set_id AND g.attribute_group_code = 'product-details' LIMIT 1),\n"
                . "           (SELECT g.attribute_group_id FROM eav_attribute_group g WHERE g.attribute_set_id = s.attribute_set_id ORDER BY g.default_id DESC, g.sort_order LIMIT 1)),\n"
                . "  ea.attribute_id, " . $sort . "\n"
                . "FROM eav_attribute_set s JOIN eav_attribute ea ON ea.entity_type_id = s.entity_type_id AND ea.attribute_code = $c\n"
                . "WHERE s.entity_type_id = $etype AND s.attribute_set_name = 'Default';\n";
        }
        return $sql . "\n";
    }

    // ------------------------------------------------------------------ mutate

    /**
     * Streams $inPath to $outPath: removes $remove products, changes the values of
     * exactly round($percent% of input) others (1-3 attribute values each, and a
     * later `updated`), copies every other line byte for byte, then appends $add
     * new products. Chosen lines depend only on the seed and the input's size.
     *
     * @return array<string, mixed> summary
     */
    public static function mutate(string $inPath, string $outPath, float $percent, int $seed, int $add = 0, int $remove = 0, ?string $profile = null, ?array $locales = null): array
    {
        // pass 1: count lines, find the highest SKU number, read the first product
        $in = self::open($inPath, 'rb');
        $lines = 0;
        $maxIndex = 0;
        $first = null;
        while (($line = fgets($in)) !== false) {
            if ($line === "\n" || $line === '') {
                continue;
            }
            $first ??= $line;
            $lines++;
            if (preg_match('/"identifier":"' . preg_quote(self::SKU_PREFIX, '/') . '(\d+)"/', $line, $m)) {
                $maxIndex = max($maxIndex, (int) $m[1]);
            }
        }
        fclose($in);
        // keep the input's JSON style: Akeneo-escaped (\/ and \uXXXX) or raw UTF-8 (--unescaped)
        $unescaped = $first !== null && !str_contains($first, '\\/')
            && (str_contains($first, '/') || preg_match('/[\x80-\xff]/', $first) === 1);
        if ($first !== null) {
            $p = json_decode($first, true, 512, JSON_THROW_ON_ERROR);
            if ($locales === null) {
                $locales = [];
                foreach ($p['values']['name'] ?? [] as $e) {
                    $locales[] = $e['locale'];
                }
            }
            $profile ??= match (true) {
                // only 250k-variants has product models, and only it puts products in its 500-category tree
                ($p['parent'] ?? null) !== null || array_diff($p['categories'] ?? [], array_keys(self::categoryTree())) !== [] => VariantCatalog::PROFILE,
                isset($p['values']['tagline']) || isset($p['values']['meta_title']) => '250k',
                default => 'small',
            };
        }
        $locales = $locales ?: self::DEFAULT_LOCALES;
        $gen = new self($seed, $profile ?? 'small', $locales, $unescaped);

        $changeCount = (int) round($lines * $percent / 100);
        if ($remove < 0 || $add < 0 || $percent < 0) {
            throw new \InvalidArgumentException('percent, add and remove must not be negative');
        }
        if ($changeCount + $remove > $lines) {
            throw new \InvalidArgumentException("cannot change $changeCount and remove $remove of $lines products");
        }
        $r = new Randomizer(new Xoshiro256StarStar(hash('sha256', 'mutate:' . $seed, true)));
        $removeSet = self::chooseLines($r, $lines, $remove, []);
        $changeSet = self::chooseLines($r, $lines, $changeCount, $removeSet);

        // pass 2: stream
        $in = self::open($inPath, 'rb');
        $out = self::open($outPath, 'wb');
        $n = 0;
        $buffer = '';
        $changed = [];
        $removed = [];
        $written = 0;
        while (($line = fgets($in)) !== false) {
            if ($line === "\n" || $line === '') {
                continue;
            }
            if (!str_ends_with($line, "\n")) {
                $line .= "\n";
            }
            $pos = $n++;
            if (isset($removeSet[$pos])) {
                $removed[] = self::identifierOf($line);
                continue;
            }
            if (isset($changeSet[$pos])) {
                $product = json_decode($line, false, 512, JSON_THROW_ON_ERROR);
                $attrs = $gen->mutateProduct($product, $seed, $pos);
                $changed[$product->identifier] = $attrs;
                $line = $gen->encode($product) . "\n";
            }
            $buffer .= $line;
            $written++;
            if (strlen($buffer) >= 1 << 20) {
                self::write($out, $buffer);
                $buffer = '';
            }
        }
        fclose($in);
        $added = [];
        $adder = new self($seed ^ 0x5eed, $gen->profile, $locales, $unescaped);
        for ($i = 1; $i <= $add; $i++) {
            // simple products: a variant would name a product model the models file does not hold
            $buffer .= $adder->encode($adder->product($maxIndex + $i, false)) . "\n";
            $added[] = self::sku($maxIndex + $i);
            $written++;
        }
        self::write($out, $buffer);
        fclose($out);

        return [
            'mode' => 'mutate', 'seed' => $seed, 'input' => $lines, 'output' => $written,
            'changed' => count($changed), 'added' => count($added), 'removed' => count($removed),
            'changed_skus' => $changed, 'added_skus' => $added, 'removed_skus' => $removed,
        ];
    }

    /**
     * @param array<int, true> $exclude
     * @return array<int, true>
     */
    private static function chooseLines(Randomizer $r, int $lines, int $count, array $exclude): array
    {
        $set = [];
        $free = $lines - count($exclude);
        if ($count * 2 > $free) {
            // dense: partial Fisher-Yates over the free positions
            $pool = [];
            for ($i = 0; $i < $lines; $i++) {
                if (!isset($exclude[$i])) {
                    $pool[] = $i;
                }
            }
            for ($i = 0; $i < $count; $i++) {
                $j = $r->getInt($i, count($pool) - 1);
                [$pool[$i], $pool[$j]] = [$pool[$j], $pool[$i]];
                $set[$pool[$i]] = true;
            }
            return $set;
        }
        while (count($set) < $count) {
            $i = $r->getInt(0, $lines - 1);
            if (!isset($exclude[$i])) {
                $set[$i] = true;
            }
        }
        return $set;
    }

    private static function identifierOf(string $line): string
    {
        if (preg_match('/"identifier":"((?:[^"\\\\]|\\\\.)*)"/', $line, $m)) {
            return (string) json_decode('"' . $m[1] . '"');
        }
        return (string) (json_decode($line, true)['identifier'] ?? '');
    }

    /**
     * Changes 1-3 attribute values of a decoded product (stdClass tree, so that
     * {} and [] survive re-encoding) and moves `updated` forward.
     *
     * @return list<string> changed attribute codes ("name:fr_FR" for one locale)
     */
    public function mutateProduct(\stdClass $product, int $seed, int $position): array
    {
        $r = new Randomizer(new Xoshiro256StarStar(hash('sha256', "mutate:$seed:$position", true)));
        $candidates = [];
        // a variant's inherited values change on its model, and its axes cannot change (two variants would clash)
        $mutable = ($product->parent ?? null) !== null ? VariantCatalog::MUTABLE_ON_VARIANT
            : ['price', 'name', 'color', 'material', 'manufacturer', 'description', 'weight', 'is_eco', 'features', 'tagline', 'size'];
        foreach ($mutable as $code) {
            if (isset($product->values->{$code})) {
                $candidates[] = $code;
            }
        }
        if ($candidates === []) {
            $candidates = array_keys(get_object_vars($product->values));
            $candidates = array_values(array_diff($candidates, ['sku']));
        }
        $want = min(count($candidates), $r->getInt(1, 3));
        $chosen = array_slice($this->pickDistinctList($r, $candidates, $want), 0, $want);
        $done = [];
        foreach ($chosen as $code) {
            $entries = $product->values->{$code};
            $e = $entries[$r->getInt(0, count($entries) - 1)];
            $type = $this->attributes[$code]['type'] ?? '';
            $old = json_encode($e->data);
            switch (true) {
                case $type === 'pim_catalog_price_collection':
                    $cents = (int) round((float) $e->data[0]->amount * 100);
                    $cents = max(99, $cents + ($r->getInt(0, 1) === 1 ? 1 : -1) * $r->getInt(1, max(1, intdiv($cents, 5))));
                    $e->data = array_map(static fn (array $p): object => (object) $p, self::prices($cents));
                    break;
                case $type === 'pim_catalog_simpleselect':
                    $e->data = self::otherKey($r, TextBank::OPTIONS[$code], $e->data);
                    break;
                case $type === 'pim_catalog_multiselect':
                    $codes = array_keys(TextBank::OPTIONS[$code]);
                    $set = array_flip($e->data);
                    $flip = $codes[$r->getInt(0, count($codes) - 1)];
                    if (isset($set[$flip]) && count($set) > 1) {
                        unset($set[$flip]);
                    } else {
                        $set[self::otherKey($r, TextBank::OPTIONS[$code], (string) array_key_first($set))] = 0;
                    }
                    $list = array_map('strval', array_keys($set));
                    sort($list);
                    $e->data = $list;
                    break;
                case $type === 'pim_catalog_boolean':
                    $e->data = !$e->data;
                    break;
                case $type === 'pim_catalog_metric':
                    $e->data->amount = self::dec4((float) $e->data->amount * (1 + $r->getInt(1, 30) / 100));
                    break;
                case is_string($e->data):
                    $lang = self::lang((string) ($e->locale ?? 'en_US'));
                    $suffix = TextBank::REVISIONS[$lang][$r->getInt(0, count(TextBank::REVISIONS[$lang]) - 1)];
                    $e->data = $code === 'description' ? $e->data . '<p>' . $suffix . '</p>' : $e->data . ' – ' . $suffix;
                    break;
                default:
                    $e->data = is_int($e->data) ? $e->data + 1 : $e->data;
            }
            if (json_encode($e->data) !== $old) {
                $done[] = $e->locale === null ? $code : $code . ':' . $e->locale;
            }
        }
        $updated = strtotime((string) $product->updated);
        $product->updated = self::isoDate(($updated === false ? 1700000000 : $updated) + $r->getInt(3600, 30 * 86400));
        return $done;
    }

    /**
     * @param list<string> $list
     * @return list<string>
     */
    private function pickDistinctList(Randomizer $r, array $list, int $n): array
    {
        return $this->pickDistinct($r, $list, $n);
    }

    /** @param array<string, mixed> $options */
    private static function otherKey(Randomizer $r, array $options, string $current): string
    {
        $keys = array_map('strval', array_keys($options));
        $keys = array_values(array_filter($keys, static fn (string $k): bool => $k !== $current));
        return $keys[$r->getInt(0, count($keys) - 1)];
    }

    /** @return resource */
    public static function open(string $path, string $mode)
    {
        $h = $path === '-' ? fopen($mode[0] === 'r' ? 'php://stdin' : 'php://stdout', $mode) : @fopen($path, $mode);
        if ($h === false) {
            throw new \RuntimeException("cannot open $path");
        }
        return $h;
    }
}
