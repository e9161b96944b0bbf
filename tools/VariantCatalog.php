<?php

declare(strict_types=1);

namespace PimSync\Tools;

use Random\Engine\Xoshiro256StarStar;
use Random\Randomizer;

/**
 * The layout of the `250k-variants` profile on top of CatalogGenerator's
 * products: 40 % of the products are variants of two-level product models
 * (root model -> one sub-model per color -> one variant per size), every product
 * has associations of the four standard Akeneo types (some to product models,
 * some to products later in the feed), and products sit in a 500-category,
 * three-level tree.
 *
 * Products come 100 by 100: in every block the first 40 are variants of three
 * root models (3 colors x 5 sizes, 3 x 5, 2 x 5), the other 60 are simple.
 * Product i still depends only on (seed, i): a variant takes its models' values
 * from the root model's own engine (seeded with "seed:model:n"), recomputed
 * when needed and kept for the last root only, so nothing grows with the feed.
 *
 * Levels follow Akeneo's family variants (akeneo/pim-api-docs, "Family variant"):
 * an attribute lives on one level; a model's and a variant's values, as the API
 * returns them, include those inherited from above.
 */
final class VariantCatalog
{
    public const PROFILE = '250k-variants';
    public const BLOCK = 100;
    /** root models per block, in slot order: [colors, sizes]; the rest of the block are simple products */
    public const ROOT_SHAPES = [[3, 5], [3, 5], [2, 5]];
    public const VARIANTS_PER_BLOCK = 40;
    public const SIZES = ['xs', 's', 'm', 'l', 'xl', 'xxl'];
    /** the attributes of level 1 (sub-models, axis color) and level 2 (variants, axis size); the rest is common (root) */
    public const LEVEL_1 = ['color', 'image'];
    public const LEVEL_2 = ['sku', 'size', 'url_key', 'price', 'special_price', 'special_from_date', 'cost', 'weight',
        'ean', 'mpn', 'pack_quantity'];
    /** what mutate may change on a variant: values of its own level, never an axis (two variants of a model would clash) */
    public const MUTABLE_ON_VARIANT = ['price', 'weight', 'cost', 'special_price', 'pack_quantity'];
    public const ASSOCIATION_TYPES = ['PACK', 'SUBSTITUTION', 'UPSELL', 'X_SELL'];
    public const ROOT_CATEGORY = 'master';
    /** categories are the same for every seed: their `updated` counts from here, a minute apart */
    private const CATEGORY_UPDATED = 1709280000; // 2024-03-01T08:00:00Z

    /** level 1: code => [en, fr, de] */
    private const BRANCHES = [
        'clothing' => ['Clothing', 'Vêtements', 'Bekleidung'],
        'electronics' => ['Electronics', 'Électronique', 'Elektronik'],
        'home' => ['Home & Living', 'Maison', 'Wohnen'],
        'garden' => ['Garden', 'Jardin', 'Garten'],
        'sports' => ['Sports & Outdoors', 'Sports et plein air', 'Sport & Outdoor'],
        'toys' => ['Toys', 'Jouets', 'Spielzeug'],
        'office' => ['Office', 'Bureau', 'Büro'],
        'beauty' => ['Beauty & Health', 'Beauté et santé', 'Schönheit & Gesundheit'],
        'automotive' => ['Automotive', 'Auto et moto', 'Auto & Motorrad'],
        'books' => ['Books & Media', 'Livres et médias', 'Bücher & Medien'],
    ];
    /** level 2: branch => [code => [en, fr, de]], five per branch */
    private const SECTIONS = [
        'clothing' => ['men' => ['Men', 'Homme', 'Herren'], 'women' => ['Women', 'Femme', 'Damen'], 'kids' => ['Kids', 'Enfant', 'Kinder'],
            'shoes' => ['Shoes', 'Chaussures', 'Schuhe'], 'outerwear' => ['Outerwear', 'Vestes et manteaux', 'Jacken & Mäntel']],
        'electronics' => ['audio' => ['Audio', 'Audio', 'Audio'], 'computers' => ['Computers', 'Ordinateurs', 'Computer'],
            'phones' => ['Phones', 'Téléphones', 'Handys'], 'cameras' => ['Cameras', 'Appareils photo', 'Kameras'], 'tv' => ['TV & Video', 'TV et vidéo', 'TV & Video']],
        'home' => ['kitchen' => ['Kitchen', 'Cuisine', 'Küche'], 'furniture' => ['Furniture', 'Meubles', 'Möbel'],
            'lighting' => ['Lighting', 'Luminaires', 'Beleuchtung'], 'bedding' => ['Bed & Bath', 'Lit et bain', 'Bett & Bad'], 'decor' => ['Decor', 'Décoration', 'Deko']],
        'garden' => ['tools' => ['Garden Tools', 'Outils de jardin', 'Gartengeräte'], 'furniture' => ['Garden Furniture', 'Mobilier de jardin', 'Gartenmöbel'],
            'watering' => ['Watering', 'Arrosage', 'Bewässerung'], 'plants' => ['Plants', 'Plantes', 'Pflanzen'], 'grills' => ['Grills', 'Barbecues', 'Grills']],
        'sports' => ['fitness' => ['Fitness', 'Fitness', 'Fitness'], 'cycling' => ['Cycling', 'Cyclisme', 'Radsport'],
            'running' => ['Running', 'Course à pied', 'Laufen'], 'camping' => ['Camping', 'Camping', 'Camping'], 'water_sports' => ['Water Sports', 'Sports nautiques', 'Wassersport']],
        'toys' => ['baby' => ['Baby', 'Bébé', 'Baby'], 'games' => ['Games', 'Jeux', 'Spiele'], 'puzzles' => ['Puzzles', 'Puzzles', 'Puzzles'],
            'robots' => ['Robots', 'Robots', 'Roboter'], 'outdoor' => ['Outdoor Toys', "Jeux d'extérieur", 'Outdoor-Spielzeug']],
        'office' => ['paper' => ['Paper', 'Papier', 'Papier'], 'writing' => ['Writing', 'Écriture', 'Schreibwaren'], 'chairs' => ['Chairs', 'Chaises', 'Stühle'],
            'desks' => ['Desks', 'Bureaux', 'Schreibtische'], 'printers' => ['Printers', 'Imprimantes', 'Drucker']],
        'beauty' => ['skincare' => ['Skin Care', 'Soins de la peau', 'Hautpflege'], 'haircare' => ['Hair Care', 'Soins capillaires', 'Haarpflege'],
            'makeup' => ['Make-up', 'Maquillage', 'Make-up'], 'fragrance' => ['Fragrance', 'Parfums', 'Düfte'], 'wellness' => ['Wellness', 'Bien-être', 'Wellness']],
        'automotive' => ['parts' => ['Car Parts', 'Pièces auto', 'Autoteile'], 'tyres' => ['Tyres', 'Pneus', 'Reifen'], 'care' => ['Car Care', 'Entretien auto', 'Autopflege'],
            'electronics' => ['Car Electronics', 'Électronique auto', 'Autoelektronik'], 'moto' => ['Motorcycle', 'Moto', 'Motorrad']],
        'books' => ['fiction' => ['Fiction', 'Romans', 'Romane'], 'nonfiction' => ['Non-Fiction', 'Essais', 'Sachbücher'],
            'kids' => ["Children's Books", 'Livres pour enfants', 'Kinderbücher'], 'music' => ['Music', 'Musique', 'Musik'], 'film' => ['Film', 'Films', 'Filme']],
    ];
    /** level 3: the first 39 sections get all nine, the other 11 the first eight: 439 leaves, 500 categories in all */
    private const SHELVES = [
        'new' => ['New Arrivals', 'Nouveautés', 'Neuheiten'], 'best' => ['Bestsellers', 'Meilleures ventes', 'Bestseller'],
        'premium' => ['Premium', 'Premium', 'Premium'], 'budget' => ['Budget', 'Petits prix', 'Preiswert'],
        'accessories' => ['Accessories', 'Accessoires', 'Zubehör'], 'sets' => ['Sets & Bundles', 'Lots et coffrets', 'Sets & Bundles'],
        'eco' => ['Eco & Recycled', 'Écologique et recyclé', 'Öko & recycelt'], 'outlet' => ['Outlet', 'Déstockage', 'Outlet'],
        'kids_picks' => ["Kids' Picks", 'Coups de cœur des enfants', 'Kinderfavoriten'],
    ];
    private const FULL_SECTIONS = 39;
    private const FAMILY_LABELS = [
        'accessories' => ['Accessories', 'Accessoires', 'Accessoires'], 'apparel' => ['Apparel', 'Habillement', 'Bekleidung'],
        'electronics' => ['Electronics', 'Électronique', 'Elektronik'], 'home_garden' => ['Home & Garden', 'Maison et jardin', 'Haus & Garten'],
        'sports' => ['Sports', 'Sports', 'Sport'], 'tools' => ['Tools', 'Outils', 'Werkzeuge'],
    ];

    /** @var list<string> the attributes on root models: neither level 1 nor level 2 */
    private array $commonCodes;
    /** @var ?array<string, mixed> the last root model built (variants of one root are consecutive) */
    private ?array $lastRoot = null;

    public function __construct(private readonly CatalogGenerator $gen, private readonly int $seed)
    {
        $levels = array_flip([...self::LEVEL_1, ...self::LEVEL_2]);
        $this->commonCodes = array_values(array_filter(array_keys($gen->attributes()), static fn (string $c): bool => !isset($levels[$c])));
    }

    // ------------------------------------------------------------------ layout

    /** @return ?array{root: int, color: int, size: int} the slot of product $index, or null for a simple product */
    public static function variantSlot(int $index): ?array
    {
        $block = intdiv($index - 1, self::BLOCK);
        $slot = ($index - 1) % self::BLOCK;
        $from = 0;
        foreach (self::ROOT_SHAPES as $k => [$colors, $sizes]) {
            if ($slot < $from + $colors * $sizes) {
                $o = $slot - $from;
                return ['root' => $block * count(self::ROOT_SHAPES) + $k + 1, 'color' => intdiv($o, $sizes), 'size' => $o % $sizes];
            }
            $from += $colors * $sizes;
        }
        return null;
    }

    /** @return array{0: int, 1: int} colors, sizes of root model $root */
    public static function rootShape(int $root): array
    {
        return self::ROOT_SHAPES[($root - 1) % count(self::ROOT_SHAPES)];
    }

    /** The index of the first variant of root model $root (of its sub-model $color). */
    public static function firstVariantOf(int $root, int $color = 0): int
    {
        $k = ($root - 1) % count(self::ROOT_SHAPES);
        $from = 0;
        for ($j = 0; $j < $k; $j++) {
            $from += self::ROOT_SHAPES[$j][0] * self::ROOT_SHAPES[$j][1];
        }
        return intdiv($root - 1, count(self::ROOT_SHAPES)) * self::BLOCK + $from + $color * self::ROOT_SHAPES[$k][1] + 1;
    }

    public static function rootCode(int $root): string
    {
        return sprintf('PM-%06d', $root);
    }

    public static function subModelCode(int $root, string $color): string
    {
        return self::rootCode($root) . '-' . $color;
    }

    public static function familyVariantCode(string $family): string
    {
        return $family . '_color_size';
    }

    private function rng(string $salt): Randomizer
    {
        return new Randomizer(new Xoshiro256StarStar(hash('sha256', $this->seed . ':' . $salt, true)));
    }

    // ------------------------------------------------------------------ models

    /**
     * Root model $n with its sub-models: code, family, values (common attributes),
     * colors and sizes (the axes' options), categories, dates, associations, and
     * per color the sub-model's values (the root's plus color and image).
     *
     * @return array<string, mixed>
     */
    public function root(int $n): array
    {
        if ($this->lastRoot !== null && $this->lastRoot['n'] === $n) {
            return $this->lastRoot;
        }
        $r = $this->rng("model:$n");
        $code = self::rootCode($n);
        ['family' => $family, 'values' => $values] = $this->gen->modelValues($r, $code, $n, $this->commonCodes);
        [$colorCount, $sizeCount] = self::rootShape($n);
        $colors = self::pickDistinct($r, array_map('strval', array_keys(TextBank::OPTIONS['color'])), $colorCount);
        $start = $r->getInt(0, count(self::SIZES) - $sizeCount);
        $sizes = array_slice(self::SIZES, $start, $sizeCount);
        $categories = self::pickDistinct($r, self::leafCategories(), 2);
        sort($categories);
        $created = 1546300800 + $r->getInt(0, 5 * 365 * 86400);
        $updated = $created + $r->getInt(0, 400 * 86400);
        // a root's cross-sells point at products of earlier blocks: they are in any feed that holds the root
        $xsell = [];
        $before = intdiv($n - 1, count(self::ROOT_SHAPES)) * self::BLOCK;
        for ($k = $before > 0 ? $r->getInt(0, 2) : 0; $k > 0; $k--) {
            $xsell[CatalogGenerator::sku($r->getInt(max(1, $before - 500), $before))] = true;
        }
        $subModels = [];
        foreach ($colors as $c => $color) {
            $sr = $this->rng("model:$n:$color");
            $own = $this->gen->modelValues($sr, self::subModelCode($n, $color), $n, ['image'])['values'];
            $own['color'] = [CatalogGenerator::v(null, $color)];
            $subModels[$c] = ['code' => self::subModelCode($n, $color), 'values' => $this->ordered($values + $own),
                'updated' => $created + $sr->getInt(0, 400 * 86400)];
        }
        return $this->lastRoot = ['n' => $n, 'code' => $code, 'family' => $family, 'values' => $values,
            'colors' => $colors, 'sizes' => $sizes, 'categories' => $categories, 'created' => $created, 'updated' => $updated,
            'associations' => self::associations(['X_SELL' => [array_keys($xsell), []]]), 'sub_models' => $subModels];
    }

    /**
     * Writes the root models and sub-models the first $count products point at, as
     * GET /api/rest/v1/product-models items, each root before its sub-models.
     *
     * @param resource $out
     * @return array{roots: int, sub_models: int}
     */
    public function writeModels($out, int $count): array
    {
        $roots = 0;
        $subs = 0;
        $buffer = '';
        for ($n = 1; self::firstVariantOf($n) <= $count; $n++) {
            $root = $this->root($n);
            $fv = self::familyVariantCode($root['family']);
            $buffer .= $this->gen->encode($this->modelItem($root['code'], $root['family'], $fv, null, $root['categories'],
                $root['values'], $root['created'], $root['updated'], $root['associations'])) . "\n";
            $roots++;
            foreach ($root['sub_models'] as $c => $sub) {
                if (self::firstVariantOf($n, $c) > $count) {
                    break;
                }
                $buffer .= $this->gen->encode($this->modelItem($sub['code'], $root['family'], $fv, $root['code'], $root['categories'],
                    $sub['values'], $root['created'], max($root['updated'], $sub['updated']), self::associations([]))) . "\n";
                $subs++;
            }
            if (strlen($buffer) >= 1 << 20) {
                CatalogGenerator::write($out, $buffer);
                $buffer = '';
            }
        }
        CatalogGenerator::write($out, $buffer);
        return ['roots' => $roots, 'sub_models' => $subs];
    }

    /**
     * @param list<string> $categories
     * @param array<string, mixed> $values
     * @param array<string, mixed> $associations
     * @return array<string, mixed>
     */
    private function modelItem(string $code, string $family, string $familyVariant, ?string $parent, array $categories,
        array $values, int $created, int $updated, array $associations): array
    {
        return ['code' => $code, 'family' => $family, 'family_variant' => $familyVariant, 'parent' => $parent,
            'categories' => $categories, 'values' => $values, 'created' => CatalogGenerator::isoDate($created),
            'updated' => CatalogGenerator::isoDate($updated), 'associations' => $associations,
            'quantified_associations' => new \stdClass()];
    }

    // ---------------------------------------------------------------- products

    /**
     * Gives a generated product its associations and, when its slot is a variant's,
     * its parent, the root's family and categories, and the values of its models
     * beside those of its own level (axis size set, url_key from the model's name).
     * $r is the product's engine, after the draws every profile makes.
     *
     * @param array<string, mixed> $product
     * @return array<string, mixed>
     */
    public function shapeProduct(array $product, int $index, Randomizer $r, bool $asVariant): array
    {
        $product['associations'] = $this->productAssociations($index, $r);
        $slot = $asVariant ? self::variantSlot($index) : null;
        if ($slot === null) {
            return $product;
        }
        $root = $this->root($slot['root']);
        $sub = $root['sub_models'][$slot['color']];
        $own = array_intersect_key($product['values'], array_flip(self::LEVEL_2));
        $own['size'] = [CatalogGenerator::v(null, $root['sizes'][$slot['size']])];
        $names = [];
        foreach ($root['values']['name'] ?? [] as $e) {
            $names[$e['locale']] = $e['data'];
        }
        $own['url_key'] = [];
        foreach ($this->gen->locales() as $locale) {
            $own['url_key'][] = CatalogGenerator::v($locale, CatalogGenerator::slug($names[$locale] ?? $root['code'])
                . '-' . strtolower($product['identifier']));
        }
        $product['family'] = $root['family'];
        $product['categories'] = $root['categories'];
        $product['parent'] = $sub['code'];
        $product['values'] = $this->ordered($sub['values'] + $own);
        return $product;
    }

    /**
     * X_SELL: up to 3 earlier products, sometimes one later in the block and a root
     * model; UPSELL: up to 2 earlier or later products, rarely a root model;
     * SUBSTITUTION and PACK: up to 2 earlier products. Later products stay inside the
     * product's block of 100 and root models at or before its block, so every target
     * is in a feed whose size is a multiple of 100.
     *
     * @return array<string, array{groups: list<string>, products: list<string>, product_models: list<string>}>
     */
    private function productAssociations(int $index, Randomizer $r): array
    {
        $slot = ($index - 1) % self::BLOCK;
        $firstRoot = intdiv($index - 1, self::BLOCK) * count(self::ROOT_SHAPES) + 1;
        $earlier = static fn (): string => CatalogGenerator::sku($r->getInt(max(1, $index - 500), $index - 1));
        $later = static fn (): string => CatalogGenerator::sku($index + $r->getInt(1, self::BLOCK - 1 - $slot));
        $model = static fn (): string => self::rootCode($r->getInt(max(1, $firstRoot - 30), $firstRoot));
        $pick = static function (int $n, callable ...$from) use ($r): array {
            $out = [];
            for ($k = 0; $k < $n; $k++) {
                $out[$from[count($from) === 1 ? 0 : $r->getInt(0, count($from) - 1)]()] = true;
            }
            return array_keys($out);
        };
        $hasEarlier = $index > 1;
        $hasLater = $slot < self::BLOCK - 1;
        $either = array_values(array_filter([$hasEarlier ? $earlier : null, $hasLater ? $later : null]));
        $xsell = $hasEarlier ? $pick($r->getInt(0, 3), $earlier) : [];
        if ($hasLater && $r->getInt(0, 2) === 0) {
            $xsell = array_values(array_unique([...$xsell, $later()]));
        }
        return self::associations([
            'PACK' => [$hasEarlier ? $pick($r->getInt(0, 2), $earlier) : [], []],
            'SUBSTITUTION' => [$hasEarlier ? $pick($r->getInt(0, 2), $earlier) : [], []],
            'UPSELL' => [$pick($r->getInt(0, 2), ...$either), $r->getInt(0, 9) === 0 ? [$model()] : []],
            'X_SELL' => [$xsell, $r->getInt(0, 4) === 0 ? [$model()] : []],
        ]);
    }

    /**
     * @param array<string, array{0: list<string>, 1: list<string>}> $targets type => [products, product models]
     * @return array<string, array{groups: list<string>, products: list<string>, product_models: list<string>}>
     */
    private static function associations(array $targets): array
    {
        $out = [];
        foreach (self::ASSOCIATION_TYPES as $type) {
            [$products, $models] = $targets[$type] ?? [[], []];
            $out[$type] = ['groups' => [], 'products' => $products, 'product_models' => $models];
        }
        return $out;
    }

    /**
     * @param array<string, mixed> $values
     * @return array<string, mixed> in the profile's attribute order
     */
    private function ordered(array $values): array
    {
        $out = [];
        foreach ($this->gen->attributes() as $code => $def) {
            if (isset($values[$code])) {
                $out[$code] = $values[$code];
            }
        }
        return $out;
    }

    /**
     * @param list<string> $list
     * @return list<string> $n distinct entries, in the order drawn
     */
    private static function pickDistinct(Randomizer $r, array $list, int $n): array
    {
        $picked = [];
        while (count($picked) < $n) {
            $picked[$list[$r->getInt(0, count($list) - 1)]] = true;
        }
        return array_map('strval', array_keys($picked));
    }

    // ---------------------------------------------------------------- families

    /**
     * One family variant per family, as GET /api/rest/v1/families/{family}/variants
     * items with the family's code added ("family"): level 1 by color, level 2 by size.
     *
     * @param resource $out
     */
    public function writeFamilyVariants($out): int
    {
        $buffer = '';
        foreach ($this->gen->families() as $family) {
            $labels = [];
            foreach ($this->gen->locales() as $locale) {
                $name = self::FAMILY_LABELS[$family][CatalogGenerator::li(CatalogGenerator::lang($locale))];
                $labels[$locale] = match (CatalogGenerator::lang($locale)) {
                    'fr' => "$name par couleur et taille",
                    'de' => "$name nach Farbe und Größe",
                    default => "$name by color and size",
                };
            }
            $buffer .= $this->gen->encode(['code' => self::familyVariantCode($family), 'labels' => $labels,
                'variant_attribute_sets' => [
                    ['level' => 1, 'axes' => ['color'], 'attributes' => self::LEVEL_1],
                    ['level' => 2, 'axes' => ['size'], 'attributes' => self::LEVEL_2],
                ], 'family' => $family]) . "\n";
        }
        CatalogGenerator::write($out, $buffer);
        return count($this->gen->families());
    }

    // -------------------------------------------------------------- categories

    /**
     * The 500 categories, parents before children (depth first, as Akeneo's tree
     * is ordered): code => [parent, [en, fr, de] labels, position among siblings from 1, level].
     *
     * @return array<string, array{parent: ?string, labels: array{0: string, 1: string, 2: string}, position: int, level: int}>
     */
    public static function categoryTree(): array
    {
        static $tree = null;
        if ($tree !== null) {
            return $tree;
        }
        $tree = [self::ROOT_CATEGORY => ['parent' => null, 'labels' => ['Master catalog', 'Catalogue principal', 'Hauptkatalog'], 'position' => 1, 'level' => 0]];
        $section = 0;
        $p1 = 0;
        foreach (self::BRANCHES as $branch => $labels) {
            $tree[$branch] = ['parent' => self::ROOT_CATEGORY, 'labels' => $labels, 'position' => ++$p1, 'level' => 1];
            $p2 = 0;
            foreach (self::SECTIONS[$branch] as $code => $sectionLabels) {
                $sectionCode = $branch . '_' . $code;
                $tree[$sectionCode] = ['parent' => $branch, 'labels' => $sectionLabels, 'position' => ++$p2, 'level' => 2];
                $shelves = array_slice(self::SHELVES, 0, $section++ < self::FULL_SECTIONS ? 9 : 8, true);
                $p3 = 0;
                foreach ($shelves as $shelf => $shelfLabels) {
                    $tree[$sectionCode . '_' . $shelf] = ['parent' => $sectionCode, 'position' => ++$p3, 'level' => 3, 'labels' => [
                        $sectionLabels[0] . ': ' . $shelfLabels[0], $sectionLabels[1] . ' : ' . $shelfLabels[1], $sectionLabels[2] . ': ' . $shelfLabels[2]]];
                }
            }
        }
        return $tree;
    }

    /** @return list<string> the level-3 codes: products and models are put there */
    public static function leafCategories(): array
    {
        static $leaves = null;
        return $leaves ??= array_keys(array_filter(self::categoryTree(), static fn (array $c): bool => $c['level'] === 3));
    }

    /**
     * The tree as GET /api/rest/v1/categories?with_position=true items: code, parent,
     * updated, position, labels per locale.
     *
     * @param resource $out
     */
    public function writeCategories($out): int
    {
        $buffer = '';
        $i = 0;
        foreach (self::categoryTree() as $code => $c) {
            $labels = [];
            foreach ($this->gen->locales() as $locale) {
                $labels[$locale] = $c['labels'][CatalogGenerator::li(CatalogGenerator::lang($locale))];
            }
            $buffer .= $this->gen->encode(['code' => $code, 'parent' => $c['parent'],
                'updated' => CatalogGenerator::isoDate(self::CATEGORY_UPDATED + 60 * $i++), 'position' => $c['position'],
                'labels' => $labels]) . "\n";
        }
        CatalogGenerator::write($out, $buffer);
        return $i;
    }
}
