<?php

declare(strict_types=1);

namespace PimSync\Tools;

use Random\Engine\Xoshiro256StarStar;
use Random\Randomizer;

/**
 * The `--realistic` catalog: real Akeneo data, not broken data. Every product is
 * a valid Akeneo payload, but together they carry the shapes real catalogs have
 * and a sync must survive: every unit of the standard measurement families,
 * price collections missing a currency, localized values missing for a locale,
 * variants whose name lives in their product model, option codes that are not
 * labels, 4-byte UTF-8, a 1 MiB description, numbers too big for a Magento
 * column, dates MySQL cannot store, an attribute renamed on the way (brand ->
 * manufacturer), an attribute Magento has but not in the product's set, SKUs
 * with spaces, url keys that need slugging, many products with one name, and
 * both the /products and the /products-uuid item shapes.
 *
 * Payload shapes follow akeneo/pim-api-docs: content/concepts/products.md
 * ("The data format" per attribute type, "Product model"), content/swagger/
 * resources/products_uuid/definitions/examples/products_uuid.yaml and
 * products/definitions/examples/products.yaml (item shapes, linked_data,
 * attribute_type), attributes/definitions/attribute_option.yaml (options).
 *
 * Rates are exact, not sampled: a shape of group g hits product i when
 * (i * mult_g + offset_g) mod 100 falls in its range (mult_g is prime to 100, the
 * offset comes from the seed), so any 100 consecutive products hold exactly
 * rate% of it. Product i depends only on (seed, i), as in CatalogGenerator.
 * Everything a shape touched is recorded, and manifest() reports per shape how
 * many values and products have it, which ones, and the value issues a sync
 * with config() must report.
 */
final class RealisticCatalog
{
    public const LOCALES = ['en_US', 'fr_FR', 'de_DE'];
    /** Akeneo locale => Magento store view (config "locales"); the admin locale's values also go to store 0 */
    public const STORE_VIEWS = ['en_US' => 'default', 'fr_FR' => 'fr', 'de_DE' => 'de'];
    public const ADMIN_LOCALE = 'en_US';
    public const CHANNEL = 'ecommerce';
    /** a channel the config does not map: its scoped values are not for Magento */
    public const OTHER_CHANNEL = 'print';
    public const CURRENCY = 'USD';
    public const SKU_PREFIX = 'AK-R';
    public const ENDPOINTS = ['mixed', 'products', 'products-uuid'];
    public const FAMILIES = ['clothing', 'electronics', 'home', 'tools'];

    public const BIG_NUMBERS = ['12345678901234567890', '98765432109876543210123'];
    public const HUGE_PRICE = '120000000000000.00';        // 1.2e14: decimal(20,6) holds 14 integer digits
    public const HUGE_INT = 3000000000;                    // past a signed 32-bit int column
    public const PRECISE_DECIMAL = '0.123456789012345678'; // more fraction digits than decimal(20,6)
    public const DATE_OUT_OF_RANGE = '9999-12-31T23:00:00-05:00'; // 10000-01-01 04:00 UTC
    public const DATE_INVALID = '2024-02-30T00:00:00+00:00';
    public const ONE_MIB = 1048576;
    /** products 10 by 10: in a model block the first VARIANTS_PER_MODEL are variants of one product model */
    public const BLOCK = 10;
    public const VARIANTS_PER_MODEL = 4;
    public const MODEL_BLOCK_PERCENT = 30;

    /** Marks a string value that encode() writes as a bare JSON number (json_encode cannot hold it). */
    private const BIGNUM = "\0bignum:";

    /** slot groups => multiplier (prime to 100, so i -> slot is a bijection on every 100 products) */
    private const GROUPS = ['endpoint' => 1, 'sku' => 3, 'name' => 7, 'description' => 9, 'url' => 11, 'price' => 13,
        'ean' => 17, 'pitch' => 19, 'pack' => 21, 'date' => 23, 'storage' => 27, 'model' => 29];

    /** group => [shape => percent], ranges taken in order */
    private const BUCKETS = [
        'endpoint' => ['endpoint_products_uuid' => 50],
        'sku' => ['sku_leading_space' => 1, 'sku_trailing_space' => 1],
        'name' => ['four_byte_utf8_name' => 4, 'same_name' => 5, 'localized_value_missing_name' => 3],
        'description' => ['description_1mib' => 1, 'four_byte_utf8_description' => 4, 'localized_value_missing_description' => 5],
        'url' => ['url_key_needs_slug' => 5],
        'price' => ['price_missing_usd' => 5, 'price_missing_eur' => 4, 'price_out_of_range' => 2],
        'ean' => ['big_number_in_text' => 3],
        'pitch' => ['decimal_beyond_20_6' => 4],
        'pack' => ['int_out_of_range' => 2],
        'date' => ['date_out_of_range' => 2, 'date_invalid' => 2],
        'storage' => ['attribute_not_in_set' => 30],
    ];

    /**
     * shape => [what it is, what a sync should do, issue kind a sync must report (null: none), its action].
     * Kinds and actions are the engine's (ext/value_issue.h, product_mapper.c, value_fit.c): left_out
     * and adjusted are reported per store the value targets, filled once per product on store 0;
     * adjusted (characters) only happens on utf8mb3 columns, under unsupported_characters "replace".
     */
    public const SHAPES = [
        'endpoint_products_uuid' => ['a /products-uuid item: uuid, no top-level identifier, the SKU in values.sku, associations by uuid, linked_data and attribute_type on values', 'product lands under values.sku', null, null],
        'endpoint_products' => ['a /products item: top-level identifier, no uuid, no values.sku, associations by identifier', 'product lands', null, null],
        'sku_leading_space' => ['identifier with a leading space', 'product lands under the trimmed SKU', null, null],
        'sku_trailing_space' => ['identifier with a trailing space', 'product lands under the trimmed SKU', null, null],
        'four_byte_utf8_name' => ['name with characters outside the BMP (emoji, 𝄞)', 'written as is on utf8mb4 columns; on utf8mb3 columns 4-byte characters replaced by U+FFFD and reported', 'characters', 'adjusted'],
        'same_name' => ['one of two names many products share, and no url_key', 'every product gets a url_key from its name, made unique', null, null],
        'localized_value_missing_name' => ['no de_DE name (url_key de_DE from the en_US name)', 'nothing written for that store view; no issue', null, null],
        'description_1mib' => ['en_US ecommerce description of at least 1 MiB', 'written whole (mediumtext)', null, null],
        'four_byte_utf8_description' => ['description (every locale, ecommerce) with characters outside the BMP', 'written as is on utf8mb4 columns; on utf8mb3 columns 4-byte characters replaced by U+FFFD and reported', 'characters', 'adjusted'],
        'localized_value_missing_description' => ['no fr_FR description', 'nothing written for that store view; no issue', null, null],
        'other_channel_value' => ['description values for channel "print", which the config does not map', 'skipped, no issue', null, null],
        'url_key_needs_slug' => ['url_key as typed: "My Product URL" (the same value on every such product)', 'slugged (my-product-url) and made unique', null, null],
        'price_missing_usd' => ['price collection with EUR only (the config takes USD)', 'price left out and reported', 'missing_currency', 'left_out'],
        'price_missing_eur' => ['price collection with USD only', 'USD price written', null, null],
        'price_out_of_range' => ['price ' . self::HUGE_PRICE . ' (1.2e14) in both currencies', 'price left out and reported', 'out_of_range', 'left_out'],
        'price_amount_format' => ['amounts as Akeneo stores them: "15", "15.5", "15.50"', 'written as decimals', null, null],
        'big_number_in_text' => ['ean (pim_catalog_text) as a bare JSON number beyond 64 bits', 'written as the exact digits', null, null],
        'decimal_beyond_20_6' => ['thread_pitch "' . self::PRECISE_DECIMAL . '"', 'written rounded to 6 decimals (0.123457)', null, null],
        'int_out_of_range' => ['pack_quantity ' . self::HUGE_INT . ' into an int column', 'left out and reported', 'out_of_range', 'left_out'],
        'date_out_of_range' => ['release_date "' . self::DATE_OUT_OF_RANGE . '" (year 10000 in UTC)', 'left out and reported', 'out_of_range', 'left_out'],
        'date_invalid' => ['release_date "' . self::DATE_INVALID . '"', 'left out and reported', 'invalid_date', 'left_out'],
        'date_with_milliseconds' => ['news_from_date in the SaaS form "2021-04-29T08:58:00.101Z"', 'written', null, null],
        'metric_unit' => ['metric value; units cycle through every unit of the family (see metric_units), data = {amount, unit}', 'converted to the configured unit: RealisticCatalog::expectedMetric()', null, null],
        'metric_integer_amount' => ['metric amount as a JSON integer (decimals_allowed false: storage_capacity)', 'converted and written', null, null],
        'renamed_attribute' => ['Akeneo brand, mapped to Magento manufacturer', 'written as the manufacturer option', null, null],
        'option_code_differs_from_label' => ['select/multiselect value whose option code is not its label (opaque, capitals, digits only)', 'written as the option labelled from the options file', null, null],
        'attribute_not_in_set' => ['storage_instructions: a Magento attribute that is not in the Default attribute set', 'written; the attribute joins the product\'s set (attribute_sets.assign_missing, the default); with assign_missing false reported once per product, kind not_in_set, action hidden', null, null],
        'variant_without_name' => ['variant product (parent set) whose name lives in its product model (see --models-out)', 'product lands, named from variation_name, else its SKU (name_fallback), reported once on store 0', 'name_fallback', 'filled'],
        'variant_with_variation_name' => ['variant without name but with a localized variation_name (mapped to null)', 'named from the en_US variation_name', null, null],
    ];

    /** @var array<string, int> */
    private array $offsets = [];
    private int $jsonFlags;
    /** @var array<string, array<string, mixed>> */
    private array $attributes;
    /** @var list<string> */
    private array $leafCategories = [];
    private array $manifest = [];

    public function __construct(
        private readonly int $seed,
        private readonly string $endpoint = 'mixed',
        bool $unescaped = false,
        private readonly int $listLimit = 1000,
    ) {
        if (!in_array($endpoint, self::ENDPOINTS, true)) {
            throw new \InvalidArgumentException("unknown endpoint shape '$endpoint' (mixed|products|products-uuid)");
        }
        foreach (self::GROUPS as $group => $mult) {
            $this->offsets[$group] = unpack('N', hash('sha256', "realistic:$seed:$group", true))[1] % 100;
        }
        $this->jsonFlags = $unescaped ? CatalogGenerator::JSON_UNESCAPED : CatalogGenerator::JSON_AKENEO;
        $this->attributes = self::attributeDefinitions();
        foreach (CatalogGenerator::categoryTree() as $code => $parent) {
            if ($parent !== null && $parent !== 'master') {
                $this->leafCategories[] = $code;
            }
        }
        $this->resetManifest();
    }

    // ------------------------------------------------------------------ schema

    /**
     * Akeneo code => Akeneo side (type, localizable, scopable, decimals_allowed,
     * metric family) and Magento side (code `to`, backend, input, global, custom
     * = declared by magentoSql(), in_set = in the Default attribute set, unit =
     * config "units"). `to` null: not a Magento attribute (config maps it to null).
     *
     * @return array<string, array<string, mixed>>
     */
    public static function attributeDefinitions(): array
    {
        $a = static fn (string $type, bool $loc, ?string $to, string $backend, string $input, bool $custom, string $label,
            array $more = []): array => $more + ['type' => 'pim_catalog_' . $type, 'localized' => $loc, 'scopable' => false,
            'decimals' => null, 'family' => null, 'to' => $to, 'backend' => $backend, 'input' => $input,
            'global' => !$loc, 'custom' => $custom, 'in_set' => true, 'label' => $label, 'unit' => null];
        $metric = static fn (string $family, string $unit, bool $decimals = true): array =>
            ['family' => $family, 'unit' => $unit, 'decimals' => $decimals];
        return [
            'sku' => $a('identifier', false, 'sku', 'static', 'text', false, 'SKU'),
            'name' => $a('text', true, 'name', 'varchar', 'text', false, 'Product Name'),
            'description' => $a('textarea', true, 'description', 'text', 'textarea', false, 'Description', ['scopable' => true]),
            'short_description' => $a('textarea', true, 'short_description', 'text', 'textarea', false, 'Short Description'),
            'url_key' => $a('text', true, 'url_key', 'varchar', 'text', false, 'URL Key'),
            'price' => $a('price_collection', false, 'price', 'decimal', 'price', false, 'Price', ['decimals' => true]),
            'weight' => $a('metric', false, 'weight', 'decimal', 'weight', false, 'Weight', $metric('Weight', 'KILOGRAM')),
            'brand' => $a('simpleselect', false, 'manufacturer', 'int', 'select', false, 'Manufacturer'),
            'color' => $a('simpleselect', false, 'color', 'int', 'select', false, 'Color'),
            'news_from_date' => $a('date', false, 'news_from_date', 'datetime', 'date', false, 'Set Product as New from Date'),
            'size' => $a('simpleselect', false, 'size', 'int', 'select', true, 'Size'),
            'material' => $a('multiselect', false, 'material', 'text', 'multiselect', true, 'Material'),
            'length' => $a('metric', false, 'length', 'decimal', 'text', true, 'Length', $metric('Length', 'CENTIMETER')),
            'width' => $a('metric', false, 'width', 'decimal', 'text', true, 'Width', $metric('Length', 'CENTIMETER')),
            'height' => $a('metric', false, 'height', 'decimal', 'text', true, 'Height', $metric('Length', 'CENTIMETER')),
            'surface_area' => $a('metric', false, 'surface_area', 'decimal', 'text', true, 'Surface Area', $metric('Area', 'SQUARE_METER')),
            'volume' => $a('metric', false, 'volume', 'decimal', 'text', true, 'Volume', $metric('Volume', 'LITER')),
            'power' => $a('metric', false, 'power', 'decimal', 'text', true, 'Power', $metric('Power', 'WATT')),
            'voltage' => $a('metric', false, 'voltage', 'decimal', 'text', true, 'Voltage', $metric('Voltage', 'VOLT')),
            'max_temperature' => $a('metric', false, 'max_temperature', 'decimal', 'text', true, 'Max. Temperature', $metric('Temperature', 'CELSIUS')),
            'storage_capacity' => $a('metric', false, 'storage_capacity', 'decimal', 'text', true, 'Storage Capacity', $metric('Binary', 'GIGABYTE', false)),
            'battery_life' => $a('metric', false, 'battery_life', 'decimal', 'text', true, 'Battery Life', $metric('Duration', 'HOUR')),
            'thread_pitch' => $a('number', false, 'thread_pitch', 'decimal', 'text', true, 'Thread Pitch (mm)', ['decimals' => true]),
            'pack_quantity' => $a('number', false, 'pack_quantity', 'int', 'text', true, 'Pack Quantity', ['decimals' => false]),
            'ean' => $a('text', false, 'ean', 'varchar', 'text', true, 'EAN'),
            'mpn' => $a('text', false, 'mpn', 'varchar', 'text', true, 'Manufacturer Part Number'),
            'release_date' => $a('date', false, 'release_date', 'datetime', 'date', true, 'Release Date'),
            'is_eco' => $a('boolean', false, 'is_eco', 'int', 'boolean', true, 'Eco-Friendly'),
            'tagline' => $a('text', true, 'tagline', 'varchar', 'text', true, 'Tagline'),
            'storage_instructions' => $a('textarea', true, 'storage_instructions', 'text', 'textarea', true, 'Storage Instructions', ['in_set' => false]),
            'variation_name' => $a('text', true, null, '', '', false, 'Variation Name'),
        ];
    }

    /** @return array<string, array<string, mixed>> */
    public function attributes(): array
    {
        return $this->attributes;
    }

    /**
     * The sync config this catalog is meant for (paths relative to the config file
     * or absolute); merge with a connection and run.
     *
     * @return array<string, mixed>
     */
    public static function config(string $catalogPath = 'catalog.jsonl', ?string $optionsPath = 'options.jsonl'): array
    {
        $units = [];
        foreach (self::attributeDefinitions() as $def) {
            if ($def['family'] !== null) {
                $units[$def['to']] = $def['unit'];
            }
        }
        $attributes = [];
        foreach (self::attributeDefinitions() as $code => $def) {
            if ($def['to'] !== $code && $code !== 'sku') {
                $attributes[$code] = $def['to'];
            }
        }
        $locales = [];
        foreach (self::STORE_VIEWS as $locale => $store) {
            $locales[$locale] = [$store];
        }
        $source = ['type' => 'jsonl', 'path' => $catalogPath];
        if ($optionsPath !== null) {
            $source['options_path'] = $optionsPath;
        }
        return [
            'source' => $source,
            'identifier_attribute' => 'sku',
            'locales' => $locales,
            'admin_locale' => self::ADMIN_LOCALE,
            'channel' => self::CHANNEL,
            'websites' => ['base'],
            'currency' => [self::CURRENCY],
            'units' => $units,
            'attributes' => $attributes,
            'categories' => ['root_id' => 2, 'create_missing' => true],
            'options' => ['create_missing' => true],
        ];
    }

    /** The configured-unit value Magento should hold for a metric amount (6 decimals, like decimal(20,6)). */
    public static function expectedMetric(string $attribute, string|int $amount, string $unit): string
    {
        $def = self::attributeDefinitions()[$attribute];
        return sprintf('%.6F', MeasurementFamilies::convert($def['family'], (float) $amount, $unit, $def['unit']));
    }

    // ---------------------------------------------------------------- identity

    public static function baseSku(int $index): string
    {
        return sprintf('%s%06d', self::SKU_PREFIX, $index);
    }

    /** The identifier as Akeneo holds it (possibly with a space). */
    public function identifier(int $index): string
    {
        return match ($this->bucket('sku', $index)) {
            'sku_leading_space' => ' ' . self::baseSku($index),
            'sku_trailing_space' => self::baseSku($index) . ' ',
            default => self::baseSku($index),
        };
    }

    public function uuid(int $index): string
    {
        $bytes = $this->rng($index)->getBytes(16);
        $bytes[6] = chr((ord($bytes[6]) & 0x0f) | 0x40);
        $bytes[8] = chr((ord($bytes[8]) & 0x3f) | 0x80);
        $h = bin2hex($bytes);
        return substr($h, 0, 8) . '-' . substr($h, 8, 4) . '-' . substr($h, 12, 4) . '-' . substr($h, 16, 4) . '-' . substr($h, 20);
    }

    public function isUuidLine(int $index): bool
    {
        return match ($this->endpoint) {
            'products' => false,
            'products-uuid' => true,
            default => $this->bucket('endpoint', $index) === 'endpoint_products_uuid',
        };
    }

    public function isModelBlock(int $block): bool
    {
        return ($block * self::GROUPS['model'] + $this->offsets['model']) % 100 < self::MODEL_BLOCK_PERCENT;
    }

    public static function modelCode(int $block): string
    {
        return sprintf('MODEL-R%05d', $block);
    }

    /** The product model a product is a variant of, or null. */
    public function parentOf(int $index): ?string
    {
        $block = intdiv($index - 1, self::BLOCK);
        return ($index - 1) % self::BLOCK < self::VARIANTS_PER_MODEL && $this->isModelBlock($block) ? self::modelCode($block) : null;
    }

    private function rng(int $index, string $salt = ''): Randomizer
    {
        return new Randomizer(new Xoshiro256StarStar(hash('sha256', 'realistic:' . $this->seed . ':' . $index . $salt, true)));
    }

    private function slot(string $group, int $index): int
    {
        return ($index * self::GROUPS[$group] + $this->offsets[$group]) % 100;
    }

    private function bucket(string $group, int $index): ?string
    {
        $slot = $this->slot($group, $index);
        $from = 0;
        foreach (self::BUCKETS[$group] as $shape => $percent) {
            if ($slot < $from + $percent) {
                return $shape;
            }
            $from += $percent;
        }
        return null;
    }

    // ---------------------------------------------------------------- products

    /**
     * One product and the shapes it carries.
     *
     * @return array{0: array<string, mixed>, 1: list<array<string, mixed>>} product, facts
     *   (fact: shape, attribute (Akeneo code), locale, scope, detail)
     */
    public function product(int $index): array
    {
        $r = $this->rng($index);
        $uuid = $this->uuid($index);
        $r->getBytes(16); // uuid() drew these from the same stream
        $identifier = $this->identifier($index);
        $sku = trim($identifier);
        $parent = $this->parentOf($index);
        $uuidLine = $this->isUuidLine($index);
        $facts = [];
        $fact = static function (string $shape, ?string $attribute = null, ?string $locale = null, ?string $scope = null, mixed $detail = null) use (&$facts): void {
            $facts[] = ['shape' => $shape, 'attribute' => $attribute, 'locale' => $locale, 'scope' => $scope, 'detail' => $detail];
        };
        $fact($uuidLine ? 'endpoint_products_uuid' : 'endpoint_products');
        if ($identifier !== $sku) {
            $fact((string) $this->bucket('sku', $index), 'sku', null, null, $identifier);
        }

        $noun = $r->getInt(0, count(TextBank::NOUNS['en']) - 1);
        $adj = $r->getInt(0, count(TextBank::ADJECTIVES['en']) - 1);
        $model = chr(65 + $r->getInt(0, 25)) . chr(65 + $r->getInt(0, 25)) . '-' . $r->getInt(100, 9999);
        $materials = array_keys(TextBank::REALISTIC_OPTIONS['material']);
        $material = (string) $materials[$noun % count($materials)];
        $family = $parent !== null ? 'clothing' : self::FAMILIES[$r->getInt(0, count(self::FAMILIES) - 1)];

        $values = [];
        $put = function (string $code, ?string $locale, ?string $scope, mixed $data) use (&$values, $uuidLine): void {
            $entry = ['locale' => $locale, 'scope' => $scope, 'data' => $data];
            if ($uuidLine) {
                $linked = $this->linkedData($code, $data);
                if ($linked !== null) {
                    $entry['linked_data'] = $linked;
                }
                $entry['attribute_type'] = $this->attributes[$code]['type'];
            }
            $values[$code][] = $entry;
        };

        if ($uuidLine) {
            $put('sku', null, null, $identifier);
        }

        // name, url_key, description: on a variant they live in the product model
        $names = [];
        if ($parent === null) {
            $nameShape = $this->bucket('name', $index);
            foreach (self::LOCALES as $locale) {
                $lang = substr($locale, 0, 2);
                if ($nameShape === 'localized_value_missing_name' && $locale === 'de_DE') {
                    $fact($nameShape, 'name', $locale);
                    continue;
                }
                if ($nameShape === 'same_name') {
                    $name = TextBank::SAME_NAMES[$lang][$index % 2];
                } else {
                    $name = self::productName($lang, $noun, $adj, $model);
                }
                if ($nameShape === 'four_byte_utf8_name') {
                    $name .= TextBank::FOUR_BYTE[$index % count(TextBank::FOUR_BYTE)];
                }
                if ($nameShape !== null && $nameShape !== 'localized_value_missing_name') {
                    $fact($nameShape, 'name', $locale, null, $name);
                }
                $names[$locale] = $name;
                $put('name', $locale, null, $name);
            }
            if ($nameShape !== 'same_name') {
                $urlShape = $this->bucket('url', $index);
                foreach (self::LOCALES as $locale) {
                    if ($urlShape === 'url_key_needs_slug') {
                        $key = TextBank::UNSLUGGED_URL_KEYS[substr($locale, 0, 2)];
                        $fact($urlShape, 'url_key', $locale, null, ['value' => $key, 'slug' => CatalogGenerator::slug($key)]);
                    } else {
                        $key = CatalogGenerator::slug($names[$locale] ?? $names[self::ADMIN_LOCALE] . ' ' . substr($locale, 0, 2))
                            . '-' . strtolower($sku);
                    }
                    $put('url_key', $locale, null, $key);
                }
            }
            $this->descriptions($index, $r, $noun, $material, $put, $fact);
        } else {
            $fact('variant_without_name', 'name', null, null, $parent);
            if (intdiv($index - 1, self::BLOCK) % 2 === 0) {
                $fact('variant_with_variation_name', 'variation_name', null, null, $parent);
                $size = $this->variantSize($index);
                foreach (self::LOCALES as $i => $locale) {
                    $label = TextBank::REALISTIC_OPTIONS['size'][$size][$i] ?? $size;
                    $put('variation_name', $locale, null, ['Size ', 'Taille ', 'Größe '][$i] . $label);
                }
            }
        }

        // prices: EUR before USD, as in Akeneo's examples
        $priceShape = $this->bucket('price', $index);
        $cents = $r->getInt(0, 3) === 0 ? 100 * $r->getInt(2, 999) : $r->getInt(199, 99999);
        $format = $r->getInt(0, 2);
        $prices = ['EUR' => self::amount(intdiv($cents * 92, 100), $format), 'USD' => self::amount($cents, $format)];
        if ($priceShape === 'price_missing_usd') {
            unset($prices['USD']);
        } elseif ($priceShape === 'price_missing_eur') {
            unset($prices['EUR']);
        } elseif ($priceShape === 'price_out_of_range') {
            $prices = ['EUR' => self::HUGE_PRICE, 'USD' => self::HUGE_PRICE];
        }
        $data = [];
        foreach ($prices as $currency => $amount) {
            $data[] = ['amount' => $amount, 'currency' => $currency];
        }
        if ($priceShape !== null) {
            $fact($priceShape, 'price', null, null, $data);
        }
        $fact('price_amount_format', 'price', null, null, $prices[self::CURRENCY] ?? $prices['EUR']);
        $put('price', null, null, $data);

        // metric values: unit k of attribute a on product i is units[(i + a) mod n], so every unit occurs
        $salt = 0;
        foreach ($this->attributes as $code => $def) {
            if ($def['family'] === null) {
                continue;
            }
            $units = MeasurementFamilies::units($def['family']);
            $unit = $units[($index + $salt++) % count($units)];
            $amount = $this->metricAmount($def, $unit, $r);
            $fact('metric_unit', $code, null, null, ['amount' => $amount, 'unit' => $unit]);
            if (is_int($amount)) {
                $fact('metric_integer_amount', $code, null, null, $amount);
            }
            $put($code, null, null, ['amount' => $amount, 'unit' => $unit, 'symbol' => MeasurementFamilies::symbol($def['family'], $unit)]);
        }

        // selects: brand is Akeneo's name for Magento's manufacturer
        if ($r->getInt(0, 99) < 95) {
            $brand = self::randomKey($r, TextBank::REALISTIC_OPTIONS['brand']);
            $fact('renamed_attribute', 'brand', null, null, $brand);
            $fact('option_code_differs_from_label', 'brand', null, null, $brand);
            $put('brand', null, null, $brand);
        }
        if ($r->getInt(0, 99) < 90) {
            $color = self::randomKey($r, TextBank::REALISTIC_OPTIONS['color']);
            $fact('option_code_differs_from_label', 'color', null, null, $color);
            $put('color', null, null, $color);
        }
        $size = $parent !== null ? $this->variantSize($index) : ($r->getInt(0, 99) < 40 ? self::randomKey($r, TextBank::REALISTIC_OPTIONS['size']) : null);
        if ($size !== null) {
            $fact('option_code_differs_from_label', 'size', null, null, $size);
            $put('size', null, null, $size);
        }
        $picked = [$material => true];
        for ($k = $r->getInt(0, 2); $k > 0; $k--) {
            $picked[$materials[$r->getInt(0, count($materials) - 1)]] = true;
        }
        $codes = array_map('strval', array_keys($picked));
        sort($codes);
        $fact('option_code_differs_from_label', 'material', null, null, $codes);
        $put('material', null, null, $codes);

        // numbers: integers as JSON integers, decimals as strings (decimals_allowed)
        $pitch = $this->bucket('pitch', $index) === 'decimal_beyond_20_6' ? self::PRECISE_DECIMAL
            : ['0.3500', '0.5000', '0.7000', '0.7500', '1.0000', '1.2500', '1.5000'][$r->getInt(0, 6)];
        if ($pitch === self::PRECISE_DECIMAL) {
            $fact('decimal_beyond_20_6', 'thread_pitch', null, null, $pitch);
        }
        $put('thread_pitch', null, null, $pitch);
        $pack = $this->bucket('pack', $index) === 'int_out_of_range' ? self::HUGE_INT : [1, 1, 2, 3, 4, 6, 10, 12, 24, 100][$r->getInt(0, 9)];
        if ($pack === self::HUGE_INT) {
            $fact('int_out_of_range', 'pack_quantity', null, null, $pack);
        }
        $put('pack_quantity', null, null, $pack);

        // texts: ean is text in Akeneo; some feeds carry it as a bare JSON number
        if ($this->bucket('ean', $index) === 'big_number_in_text') {
            $digits = self::BIG_NUMBERS[$index % count(self::BIG_NUMBERS)];
            $fact('big_number_in_text', 'ean', null, null, $digits);
            $put('ean', null, null, self::BIGNUM . $digits);
        } else {
            $put('ean', null, null, self::ean13($index, $r));
        }
        if ($r->getInt(0, 99) < 80) {
            $put('mpn', null, null, strtoupper(bin2hex($r->getBytes(3))) . '-' . $model);
        }

        // dates
        $dateShape = $this->bucket('date', $index);
        $release = match ($dateShape) {
            'date_out_of_range' => self::DATE_OUT_OF_RANGE,
            'date_invalid' => self::DATE_INVALID,
            default => CatalogGenerator::isoDate(1577836800 + $r->getInt(0, 1800) * 86400),
        };
        if ($dateShape !== null) {
            $fact($dateShape, 'release_date', null, null, $release);
        }
        $put('release_date', null, null, $release);
        if ($r->getInt(0, 99) < 40) {
            $ts = 1672531200 + $r->getInt(0, 700) * 86400;
            if ($r->getInt(0, 1) === 1) {
                $news = gmdate('Y-m-d\TH:i:s', $ts + $r->getInt(0, 86399)) . sprintf('.%03dZ', $r->getInt(0, 999));
                $fact('date_with_milliseconds', 'news_from_date', null, null, $news);
            } else {
                $news = CatalogGenerator::isoDate($ts);
            }
            $put('news_from_date', null, null, $news);
        }

        $put('is_eco', null, null, $r->getInt(0, 2) === 0);
        if ($r->getInt(0, 99) < 70) {
            foreach (self::LOCALES as $locale) {
                $put('tagline', $locale, null, TextBank::TAGLINES[substr($locale, 0, 2)][$r->getInt(0, 4)]);
            }
        }
        if ($this->bucket('storage', $index) === 'attribute_not_in_set') {
            foreach (self::LOCALES as $locale) {
                $text = TextBank::CARE[substr($locale, 0, 2)][$r->getInt(0, count(TextBank::CARE['en']) - 1)];
                $fact('attribute_not_in_set', 'storage_instructions', $locale, null, $text);
                $put('storage_instructions', $locale, null, $text);
            }
        }

        $created = 1546300800 + $r->getInt(0, 5 * 365 * 86400);
        $updated = $created + $r->getInt(0, 400 * 86400);
        $categories = [];
        while (count($categories) < 2) {
            $categories[$this->leafCategories[$r->getInt(0, count($this->leafCategories) - 1)]] = true;
        }
        $categories = array_keys($categories);
        sort($categories);
        $xsell = [];
        if ($index > 1) {
            for ($k = $r->getInt(0, 2); $k > 0; $k--) {
                $j = $r->getInt(max(1, $index - 200), $index - 1);
                $xsell[$uuidLine ? $this->uuid($j) : $this->identifier($j)] = true;
            }
        }
        $assoc = static fn (array $products): array => ['products' => $products, 'product_models' => [], 'groups' => []];

        $head = $uuidLine ? ['uuid' => $uuid] : ['identifier' => $identifier];
        $product = $head + [
            'family' => $family,
            'groups' => [],
            'parent' => $parent,
            'categories' => $categories,
            'enabled' => $r->getInt(0, 99) < 95,
            'values' => $values,
            'created' => CatalogGenerator::isoDate($created),
            'updated' => CatalogGenerator::isoDate($updated),
            'associations' => ['PACK' => $assoc([]), 'SUBSTITUTION' => $assoc([]), 'UPSELL' => $assoc([]),
                'X_SELL' => $assoc(array_map('strval', array_keys($xsell)))],
            'quantified_associations' => new \stdClass(),
        ];
        return [$product, $facts];
    }

    public function encode(array $product): string
    {
        $json = json_encode($product, $this->jsonFlags);
        if (!str_contains($json, '\u0000bignum:')) {
            return $json;
        }
        return (string) preg_replace('/"\\\\u0000bignum:(\d+)"/', '$1', $json);
    }

    /**
     * @param callable(string, ?string, ?string, mixed): void $put
     * @param callable(string, ?string=, ?string=, ?string=, mixed=): void $fact
     */
    private function descriptions(int $index, Randomizer $r, int $noun, string $material, callable $put, callable $fact): void
    {
        $shape = $this->bucket('description', $index);
        $print = $r->getInt(0, 1) === 1;
        foreach (self::LOCALES as $locale) {
            $lang = substr($locale, 0, 2);
            if ($shape === 'localized_value_missing_description' && $locale === 'fr_FR') {
                $fact($shape, 'description', $locale, self::CHANNEL);
                continue;
            }
            $html = $this->html($lang, $r, $noun, $material, $r->getInt(3, 7));
            if ($shape === 'description_1mib' && $locale === self::ADMIN_LOCALE) {
                while (strlen($html) < self::ONE_MIB) {
                    $html .= $this->html($lang, $r, $noun, $material, 8);
                }
                $fact($shape, 'description', $locale, self::CHANNEL, strlen($html));
            } elseif ($shape === 'four_byte_utf8_description') {
                $html .= '<p>' . trim(TextBank::FOUR_BYTE[$index % count(TextBank::FOUR_BYTE)]) . '</p>';
                $fact($shape, 'description', $locale, self::CHANNEL, $html);
            }
            $put('description', $locale, self::CHANNEL, $html);
            if ($print) {
                $fact('other_channel_value', 'description', $locale, self::OTHER_CHANNEL);
                $put('description', $locale, self::OTHER_CHANNEL, strip_tags($this->html($lang, $r, $noun, $material, 2)));
            }
            $put('short_description', $locale, null, $this->sentence($lang, $r, $noun, $material));
        }
    }

    private function html(string $lang, Randomizer $r, int $noun, string $material, int $sentences): string
    {
        $parts = [];
        for ($k = 0; $k < $sentences; $k++) {
            $parts[] = $this->sentence($lang, $r, $noun, $material);
        }
        return '<p>' . implode(' ', array_slice($parts, 0, 2)) . '</p>'
            . (count($parts) > 2 ? '<ul><li>' . implode('</li><li>', array_slice($parts, 2)) . '</li></ul>' : '');
    }

    private function sentence(string $lang, Randomizer $r, int $noun, string $material): string
    {
        $bank = TextBank::SENTENCES[$lang];
        return strtr($bank[$r->getInt(0, count($bank) - 1)], [
            '{noun}' => TextBank::NOUNS[$lang][$noun],
            '{material}' => TextBank::REALISTIC_OPTIONS['material'][$material][['en' => 0, 'fr' => 1, 'de' => 2][$lang]],
            '{years}' => '2',
        ]);
    }

    private static function productName(string $lang, int $noun, int $adj, string $model): string
    {
        $n = TextBank::NOUNS[$lang][$noun];
        $a = TextBank::ADJECTIVES[$lang][$adj];
        return ($lang === 'en' ? "$a $n" : "$n $a") . ' ' . $model;
    }

    private function variantSize(int $index): string
    {
        $sizes = array_keys(TextBank::REALISTIC_OPTIONS['size']);
        return (string) $sizes[($index - 1) % self::BLOCK % count($sizes)];
    }

    /** "15", "15.5" or "15.50": Akeneo returns amounts as they were stored. */
    private static function amount(int $cents, int $format): string
    {
        $whole = intdiv($cents, 100);
        $frac = $cents % 100;
        return match (true) {
            $frac === 0 && $format !== 2 => (string) $whole,
            $frac % 10 === 0 && $format === 1 => sprintf('%d.%d', $whole, intdiv($frac, 10)),
            default => sprintf('%d.%02d', $whole, $frac),
        };
    }

    /**
     * A plausible amount in $unit: drawn in the configured unit, converted with
     * Akeneo's operations; a string with at least 4 decimals (decimals_allowed),
     * or an integer drawn in $unit itself.
     *
     * @param array<string, mixed> $def
     */
    private function metricAmount(array $def, string $unit, Randomizer $r): string|int
    {
        if ($def['decimals'] === false) {
            return $r->getInt(1, 512);
        }
        [$lo, $hi] = match ($def['family']) {
            'Weight' => [50, 25000],        // thousandths of a kilogram
            'Length' => [10, 2000],         // tenths of a centimetre ...
            'Area' => [1, 5000],
            'Volume' => [100, 20000],
            'Power' => [10, 30000],
            'Voltage' => [15, 2300],
            'Temperature' => [400, 3000],
            'Duration' => [5, 2000],
            default => [1, 1000],
        };
        $scale = $def['family'] === 'Weight' || $def['family'] === 'Area' || $def['family'] === 'Volume' ? 1000 : 10;
        $base = $r->getInt($lo, $hi) / $scale;
        $v = MeasurementFamilies::convert($def['family'], $base, $def['unit'], $unit);
        $s = rtrim(sprintf('%.12F', $v), '0');
        $dot = strpos($s, '.');
        if (abs($v) >= 1) {
            return sprintf('%.4F', $v);
        }
        return strlen($s) - $dot - 1 < 4 ? sprintf('%.4F', $v) : $s;
    }

    /** @param array<string, mixed> $options */
    private static function randomKey(Randomizer $r, array $options): string
    {
        $keys = array_keys($options);
        return (string) $keys[$r->getInt(0, count($keys) - 1)];
    }

    private static function ean13(int $index, Randomizer $r): string
    {
        $digits = '50' . sprintf('%04d', $r->getInt(0, 9999)) . sprintf('%06d', $index % 1000000);
        $sum = 0;
        for ($i = 0; $i < 12; $i++) {
            $sum += (int) $digits[$i] * ($i % 2 === 0 ? 1 : 3);
        }
        return $digits . ((10 - $sum % 10) % 10);
    }

    /** linked_data as /products-uuid?with_attribute_options=true sends it, or null for other types. */
    private function linkedData(string $code, mixed $data): ?array
    {
        $type = $this->attributes[$code]['type'];
        if ($type === 'pim_catalog_simpleselect') {
            return ['attribute' => $code, 'code' => $data, 'labels' => $this->labels($code, (string) $data)];
        }
        if ($type === 'pim_catalog_multiselect') {
            $out = [];
            foreach ($data as $option) {
                $out[$option] = ['attribute' => $code, 'code' => $option, 'labels' => $this->labels($code, $option)];
            }
            return $out;
        }
        return null;
    }

    /** @return array<string, string> */
    private function labels(string $attribute, string $option): array
    {
        $out = [];
        foreach (self::LOCALES as $i => $locale) {
            $label = TextBank::REALISTIC_OPTIONS[$attribute][$option][$i] ?? null;
            if ($label !== null) {
                $out[$locale] = $label;
            }
        }
        return $out;
    }

    // ---------------------------------------------------------------- generate

    /** @param resource $out */
    public function generate($out, int $count): int
    {
        $this->resetManifest($count);
        $bytes = 0;
        $buffer = '';
        for ($i = 1; $i <= $count; $i++) {
            [$product, $facts] = $this->product($i);
            $buffer .= $this->encode($product) . "\n";
            $this->record($i, $facts);
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

    /**
     * The product models the variants of the first $count products point at,
     * as GET /api/rest/v1/product-models items: the name and description live here.
     *
     * @param resource $out
     */
    public function writeModels($out, int $count): int
    {
        $n = 0;
        $buffer = '';
        for ($block = 0; $block * self::BLOCK + 1 <= $count; $block++) {
            if (!$this->isModelBlock($block)) {
                continue;
            }
            $r = $this->rng($block, ':model');
            $noun = $r->getInt(0, count(TextBank::NOUNS['en']) - 1);
            $adj = $r->getInt(0, count(TextBank::ADJECTIVES['en']) - 1);
            $materials = array_keys(TextBank::REALISTIC_OPTIONS['material']);
            $material = (string) $materials[$noun % count($materials)];
            $values = [];
            foreach (self::LOCALES as $locale) {
                $lang = substr($locale, 0, 2);
                $values['name'][] = ['locale' => $locale, 'scope' => null, 'data' => self::productName($lang, $noun, $adj, self::modelCode($block))];
            }
            foreach (self::LOCALES as $locale) {
                $values['description'][] = ['locale' => $locale, 'scope' => self::CHANNEL,
                    'data' => $this->html(substr($locale, 0, 2), $r, $noun, $material, 4)];
            }
            $created = 1546300800 + $r->getInt(0, 5 * 365 * 86400);
            $buffer .= json_encode([
                'code' => self::modelCode($block),
                'family' => 'clothing',
                'family_variant' => 'clothing_size',
                'parent' => null,
                'categories' => [$this->leafCategories[$r->getInt(0, count($this->leafCategories) - 1)]],
                'values' => $values,
                'created' => CatalogGenerator::isoDate($created),
                'updated' => CatalogGenerator::isoDate($created + $r->getInt(0, 400 * 86400)),
                'associations' => new \stdClass(),
                'quantified_associations' => new \stdClass(),
            ], $this->jsonFlags) . "\n";
            $n++;
        }
        self::write($out, $buffer);
        return $n;
    }

    /** Attribute options as GET /api/rest/v1/attributes/{code}/options items, keyed by the Akeneo attribute code. */
    public function writeOptions($out): int
    {
        $n = 0;
        $buffer = '';
        foreach (TextBank::REALISTIC_OPTIONS as $attribute => $options) {
            $sort = 1;
            foreach ($options as $code => $labels) {
                $buffer .= json_encode(['code' => (string) $code, 'attribute' => $attribute, 'sort_order' => $sort++,
                    'labels' => $this->labels($attribute, (string) $code)], $this->jsonFlags) . "\n";
                $n++;
            }
        }
        self::write($out, $buffer);
        return $n;
    }

    /**
     * SQL declaring the custom Magento attributes of this catalog; every one joins
     * the Default set except those with in_set false (storage_instructions).
     */
    public function magentoSql(): string
    {
        $sql = "-- pimsync catalog generator: custom attributes of the realistic catalog for Magento 2.4\n"
            . "-- Idempotent (INSERT IGNORE on unique keys). Options are not created: the sync does that.\n"
            . "-- storage_instructions is declared but deliberately NOT put into any attribute set.\n"
            . "SET NAMES utf8mb4;\n\n";
        $sort = 900;
        foreach ($this->attributes as $def) {
            if ($def['custom']) {
                $sql .= CatalogGenerator::attributeSql($def['to'], $def, $sort++, $def['in_set']);
            }
        }
        return $sql;
    }

    // ---------------------------------------------------------------- manifest

    private function resetManifest(int $count = 0): void
    {
        $shapes = [];
        foreach (self::SHAPES as $name => [$what, $expect, $kind, $action]) {
            $rate = null;
            foreach (self::BUCKETS as $group => $buckets) {
                $rate ??= $buckets[$name] ?? null;
            }
            if ($name === 'endpoint_products_uuid' || $name === 'endpoint_products') {
                $uuidRate = ['mixed' => 50, 'products' => 0, 'products-uuid' => 100][$this->endpoint];
                $rate = $name === 'endpoint_products' ? 100 - $uuidRate : $uuidRate;
            }
            $shapes[$name] = ['description' => $what, 'expect' => $expect, 'issue_kind' => $kind, 'issue_action' => $action, 'rate_percent' => $rate,
                'values' => 0, 'products' => 0, 'items' => [], 'items_truncated' => false];
        }
        $this->manifest = ['skus' => $count, 'models' => 0, 'variants' => 0, 'shapes' => $shapes, 'metric_units' => [],
            'issues' => ['always' => [], 'utf8mb3' => []], 'issues_total' => ['always' => 0, 'utf8mb3' => 0],
            'issues_by_kind' => ['always' => [], 'utf8mb3' => []]];
    }

    /** @param list<array<string, mixed>> $facts */
    private function record(int $index, array $facts): void
    {
        $m = &$this->manifest;
        $sku = trim($this->identifier($index));
        $seen = [];
        foreach ($facts as $f) {
            $s = &$m['shapes'][$f['shape']];
            $s['values']++;
            if (!isset($seen[$f['shape']])) {
                $seen[$f['shape']] = true;
                $s['products']++;
            }
            if (count($s['items']) < $this->listLimit) {
                $item = ['sku' => $sku];
                foreach (['attribute', 'locale', 'scope'] as $k) {
                    if ($f[$k] !== null) {
                        $item[$k] = $f[$k];
                    }
                }
                $short = !is_string($f['detail']) || strlen($f['detail']) <= 200; // not the 1 MiB text
                if ($f['detail'] !== null && $short) {
                    $item['data'] = $f['detail'];
                }
                $s['items'][] = $item;
            } else {
                $s['items_truncated'] = true;
            }
            unset($s);
            if ($f['shape'] === 'metric_unit' || $f['shape'] === 'metric_integer_amount') {
                if ($f['shape'] === 'metric_unit') {
                    $unit = $f['detail']['unit'];
                    $m['metric_units'][$f['attribute']][$unit] = ($m['metric_units'][$f['attribute']][$unit] ?? 0) + 1;
                }
                continue;
            }
            [, , $kind, $action] = self::SHAPES[$f['shape']];
            if ($kind === null) {
                continue;
            }
            $def = $this->attributes[$f['attribute']];
            $list = $action === 'adjusted' ? 'utf8mb3' : 'always';
            foreach ($action === 'filled' ? ['admin'] : self::targetStores($def, $f['locale']) as $store) {
                $m['issues_total'][$list]++;
                $m['issues_by_kind'][$list][$kind] = ($m['issues_by_kind'][$list][$kind] ?? 0) + 1;
                if (count($m['issues'][$list]) < $this->listLimit * 10) {
                    $m['issues'][$list][] = ['sku' => $sku, 'attribute' => $def['to'], 'store' => $store, 'kind' => $kind,
                        'action' => $action, 'shape' => $f['shape']];
                }
            }
        }
        if ($this->parentOf($index) !== null) {
            $m['variants']++;
            if (($index - 1) % self::BLOCK === 0) {
                $m['models']++;
            }
        }
    }

    /**
     * The store views a value lands in (where its issue is reported): a global
     * value, or any non-localized one, on store 0 ("admin"); a localized value in
     * its locale's store view, and the admin locale's also on store 0.
     *
     * @param array<string, mixed> $def
     * @return list<string>
     */
    private static function targetStores(array $def, ?string $locale): array
    {
        if ($locale === null) {
            return ['admin'];
        }
        if ($def['global']) {
            return $locale === self::ADMIN_LOCALE ? ['admin'] : [];
        }
        return $locale === self::ADMIN_LOCALE ? ['admin', self::STORE_VIEWS[$locale]] : [self::STORE_VIEWS[$locale]];
    }

    /** @return array<string, mixed> what generate() produced, shape by shape */
    public function manifest(): array
    {
        $m = $this->manifest;
        ksort($m['issues_by_kind']['always']);
        ksort($m['issues_by_kind']['utf8mb3']);
        foreach ($m['metric_units'] as &$units) {
            ksort($units);
        }
        unset($units);
        return [
            'generator' => 'realistic',
            'seed' => $this->seed,
            'skus' => $m['skus'],
            'endpoint' => $this->endpoint,
            'list_limit' => $this->listLimit,
            'variants' => $m['variants'],
            'models' => $m['models'],
            'config' => self::config(),
            'shapes' => $m['shapes'],
            'metric_units' => $m['metric_units'],
            'expected_value_issues' => [
                'note' => 'the issues a first sync with "config" must report: one per (sku, Magento attribute, store) for'
                    . ' left_out and adjusted, once per product on store 0 for filled; sku as Magento stores it (trimmed)',
                'total' => $m['issues_total']['always'],
                'by_kind' => $m['issues_by_kind']['always'],
                'items' => $m['issues']['always'],
                'items_truncated' => $m['issues_total']['always'] > count($m['issues']['always']),
                'utf8mb3' => [
                    'note' => 'in addition when the value columns are utf8mb3 (Magento 2.4 setup:install) and unsupported_characters is "replace"',
                    'total' => $m['issues_total']['utf8mb3'],
                    'by_kind' => $m['issues_by_kind']['utf8mb3'],
                    'items' => $m['issues']['utf8mb3'],
                    'items_truncated' => $m['issues_total']['utf8mb3'] > count($m['issues']['utf8mb3']),
                ],
            ],
        ];
    }

    /** @param resource $out */
    private static function write($out, string $data): int
    {
        for ($done = 0; $done < strlen($data); $done += $n) {
            $n = fwrite($out, substr($data, $done));
            if ($n === false || $n === 0) {
                throw new \RuntimeException('write failed');
            }
        }
        return strlen($data);
    }
}
