<?php

declare(strict_types=1);

namespace PimSync\Tools;

/**
 * Word and sentence banks for CatalogGenerator, in en / fr / de. Other locales
 * fall back to English text. Option labels are [en, fr, de].
 * Some entries carry quotes, apostrophes, ampersands and non-ASCII on purpose.
 */
final class TextBank
{
    public const NOUNS = [
        'en' => ['Desk Lamp', 'Backpack', 'Water Bottle', 'Headphones', 'Rain Jacket', 'Coffee Grinder', 'Garden Hose',
            'Yoga Mat', 'Power Bank', 'Office Chair', 'Cutting Board', 'Sneakers', 'Wall Clock', 'Bluetooth Speaker',
            'Travel Mug', 'Drill Set', 'Sleeping Bag', 'Toy Robot', 'Notebook', 'Kettle'],
        'fr' => ['Lampe de bureau', 'Sac à dos', 'Gourde', 'Casque audio', 'Veste de pluie', 'Moulin à café',
            "Tuyau d'arrosage", 'Tapis de yoga', 'Batterie externe', 'Chaise de bureau', 'Planche à découper', 'Baskets',
            'Horloge murale', 'Enceinte Bluetooth', 'Mug de voyage', 'Coffret de perçage', 'Sac de couchage',
            'Robot jouet', 'Carnet', 'Bouilloire'],
        'de' => ['Schreibtischlampe', 'Rucksack', 'Trinkflasche', 'Kopfhörer', 'Regenjacke', 'Kaffeemühle',
            'Gartenschlauch', 'Yogamatte', 'Powerbank', 'Bürostuhl', 'Schneidebrett', 'Turnschuhe', 'Wanduhr',
            'Bluetooth-Lautsprecher', 'Reisebecher', 'Bohrer-Set', 'Schlafsack', 'Spielzeugroboter', 'Notizbuch',
            'Wasserkocher'],
    ];

    public const ADJECTIVES = [
        'en' => ['Compact', 'Premium', 'Classic', 'Ultra-Light', 'Heavy-Duty', 'Smart', 'Vintage', 'Ergonomic',
            'Portable', 'Deluxe', 'Eco', 'Professional', 'Slim', 'Rugged', 'Modern', 'Essential'],
        'fr' => ['compact', 'premium', 'classique', 'ultra-léger', 'robuste', 'intelligent', 'rétro', 'ergonomique',
            'nomade', 'de luxe', 'écologique', 'professionnel', 'extra-fin', 'tout-terrain', 'moderne', 'essentiel'],
        'de' => ['Kompakt', 'Premium', 'Klassik', 'Ultraleicht', 'Robust', 'Smart', 'Retro', 'Ergonomisch',
            'Mobil', 'Deluxe', 'Öko', 'Profi', 'Schlank', 'Outdoor', 'Modern', 'Basis'],
    ];

    public const SHOP = ['en' => 'Example Store', 'fr' => 'Boutique Exemple', 'de' => 'Beispiel-Shop'];

    public const SENTENCES = [
        'en' => [
            'This {noun} is made from durable {material} and built to last for years.',
            'Designed for everyday use, the {noun} combines comfort, style & function.',
            'Backed by a {years}-year warranty, so you can buy with confidence.',
            'Its lightweight {material} body makes it easy to carry wherever you go.',
            'Easy to clean: just wipe with a damp cloth.',
            'Our best-selling {noun}, now with an improved design based on customer feedback.',
            'Measures 12" × 8" and fits in most bags and drawers.',
            'Tested by our in-house lab under real-life conditions.',
            'Pairs perfectly with the rest of the collection.',
            'Ships in 100% recyclable packaging, without single-use plastic.',
            'Note: colours may vary slightly from the pictures.',
            "Customers say it's \"the best {noun} I've ever owned\".",
        ],
        'fr' => [
            'Ce produit « {noun} » est fabriqué en {material} résistant, conçu pour durer des années.',
            'Pensé pour un usage quotidien, il allie confort, style et fonctionnalité.',
            "Garantie de {years} ans : achetez l'esprit tranquille.",
            "Sa structure légère en {material} le rend facile à emporter partout.",
            "Entretien facile : il suffit d'un chiffon humide.",
            'Notre best-seller, désormais amélioré grâce aux retours de nos clients.',
            "Mesure 30 × 20 cm et se glisse dans la plupart des sacs et tiroirs.",
            'Testé par notre laboratoire dans des conditions réelles.',
            "S'associe parfaitement au reste de la collection.",
            'Livré dans un emballage 100 % recyclable, sans plastique à usage unique.',
            'Remarque : les couleurs peuvent légèrement différer des photos.',
            "Nos clients l'adorent : « le meilleur achat de l'année ».",
        ],
        'de' => [
            'Dieses Produkt ({noun}) besteht aus robustem {material} und hält viele Jahre.',
            'Für den täglichen Gebrauch entwickelt: Komfort, Stil und Funktion in einem.',
            'Mit {years} Jahren Garantie – kaufen Sie mit gutem Gefühl.',
            'Das leichte Gehäuse aus {material} lässt sich überallhin mitnehmen.',
            'Leicht zu reinigen: einfach mit einem feuchten Tuch abwischen.',
            'Unser Bestseller, jetzt mit verbessertem Design nach Kundenfeedback.',
            'Maße 30 × 20 cm, passt in die meisten Taschen und Schubladen.',
            'Von unserem hauseigenen Labor unter realen Bedingungen geprüft.',
            'Passt perfekt zum Rest der Kollektion.',
            'Versand in 100 % recyclingfähiger Verpackung, ohne Einwegplastik.',
            'Hinweis: Farben können leicht von den Abbildungen abweichen.',
            'Kunden sagen: „Das beste Produkt, das ich je gekauft habe.“',
        ],
    ];

    public const CARE = [
        'en' => ['Machine wash at 30 °C. Do not tumble dry.', 'Wipe clean with a dry cloth.', 'Hand wash only; do not bleach.',
            'Dishwasher safe (top rack).', 'Store in a cool, dry place away from direct sunlight.'],
        'fr' => ['Lavage en machine à 30 °C. Ne pas sécher en tambour.', 'Nettoyer avec un chiffon sec.',
            "Lavage à la main uniquement ; ne pas utiliser d'eau de Javel.", 'Compatible lave-vaisselle (panier supérieur).',
            "Conserver dans un endroit frais et sec, à l'abri du soleil."],
        'de' => ['Maschinenwäsche bei 30 °C. Nicht im Trockner trocknen.', 'Mit einem trockenen Tuch abwischen.',
            'Nur Handwäsche; nicht bleichen.', 'Spülmaschinenfest (oberer Korb).', 'Kühl und trocken lagern, vor direkter Sonne schützen.'],
    ];

    public const WARRANTY = [
        'en' => ['{years}-year manufacturer warranty.', '{years} years warranty, parts & labour included.'],
        'fr' => ['Garantie constructeur de {years} ans.', "Garantie {years} ans, pièces et main-d'œuvre incluses."],
        'de' => ['{years} Jahre Herstellergarantie.', '{years} Jahre Garantie inkl. Teile & Arbeitszeit.'],
    ];

    public const TAGLINES = [
        'en' => ['Built for life.', 'Less is more.', 'Your everyday companion.', 'Made to be used.', "Don't settle for less."],
        'fr' => ['Conçu pour la vie.', 'Moins, mais mieux.', 'Votre compagnon du quotidien.', "Fait pour servir.", "N'acceptez rien de moins."],
        'de' => ['Gebaut fürs Leben.', 'Weniger ist mehr.', 'Ihr täglicher Begleiter.', 'Gemacht zum Benutzen.', 'Geben Sie sich nicht mit weniger zufrieden.'],
    ];

    public const USAGE = [
        'en' => ['Charge the {noun} fully before first use.', 'Read the manual before using the {noun}.', 'Not suitable for children under 3 years.'],
        'fr' => ['Chargez complètement le produit avant la première utilisation.', "Lisez la notice avant d'utiliser le produit.", 'Ne convient pas aux enfants de moins de 3 ans.'],
        'de' => ['Vor dem ersten Gebrauch vollständig aufladen.', 'Vor Gebrauch die Anleitung lesen.', 'Nicht geeignet für Kinder unter 3 Jahren.'],
    ];

    public const SAFETY = [
        'en' => ['Keep away from fire.', 'Warning: small parts. Choking hazard.', 'Do not immerse in water.'],
        'fr' => ['Tenir éloigné du feu.', 'Attention : petites pièces. Risque d\'étouffement.', "Ne pas immerger dans l'eau."],
        'de' => ['Von Feuer fernhalten.', 'Achtung: Kleinteile. Erstickungsgefahr.', 'Nicht in Wasser tauchen.'],
    ];

    /** Text appended by the mutator so that a changed value is visibly changed. */
    public const REVISIONS = [
        'en' => ['New edition', 'Updated 2025', 'Now 20% lighter', 'Improved formula'],
        'fr' => ['Nouvelle édition', 'Mise à jour 2025', 'Désormais 20 % plus léger', 'Formule améliorée'],
        'de' => ['Neue Ausgabe', 'Aktualisiert 2025', 'Jetzt 20 % leichter', 'Verbesserte Rezeptur'],
    ];

    public const OPTIONS = [
        'color' => [
            'black' => ['Black', 'Noir', 'Schwarz'], 'white' => ['White', 'Blanc', 'Weiß'], 'red' => ['Red', 'Rouge', 'Rot'],
            'blue' => ['Blue', 'Bleu', 'Blau'], 'green' => ['Green', 'Vert', 'Grün'], 'yellow' => ['Yellow', 'Jaune', 'Gelb'],
            'grey' => ['Grey', 'Gris', 'Grau'], 'silver' => ['Silver', 'Argent', 'Silber'], 'gold' => ['Gold', 'Or', 'Gold'],
            'pink' => ['Pink', 'Rose', 'Rosa'], 'purple' => ['Purple', 'Violet', 'Lila'], 'orange' => ['Orange', 'Orange', 'Orange'],
            'brown' => ['Brown', 'Marron', 'Braun'], 'beige' => ['Beige', 'Beige', 'Beige'], 'navy' => ['Navy Blue', 'Bleu marine', 'Marineblau'],
        ],
        'manufacturer' => [
            'acme' => ['ACME Corp.', 'ACME Corp.', 'ACME Corp.'],
            'mueller_soehne' => ['Müller & Söhne', 'Müller & Söhne', 'Müller & Söhne'],
            'oreilly_tools' => ["O'Reilly Tools", "O'Reilly Tools", "O'Reilly Tools"],
            'nakamura' => ['中村製作所 (Nakamura)', '中村製作所 (Nakamura)', '中村製作所 (Nakamura)'],
            'nordwind' => ['Nordwind GmbH', 'Nordwind GmbH', 'Nordwind GmbH'],
            'belle_epoque' => ['Belle Époque', 'Belle Époque', 'Belle Époque'],
            'globex' => ['Globex', 'Globex', 'Globex'],
            'initech' => ['Initech', 'Initech', 'Initech'],
            'umbrella_home' => ['Umbrella Home', 'Umbrella Maison', 'Umbrella Zuhause'],
            'stark_outdoor' => ['Stark Outdoor', 'Stark Outdoor', 'Stark Outdoor'],
            'soylent' => ['Soylent & Co', 'Soylent & Cie', 'Soylent & Co. KG'],
            'hooli' => ['Hooli "Pro"', 'Hooli « Pro »', 'Hooli „Pro“'],
            'cyberdyne' => ['Cyberdyne Systems', 'Cyberdyne Systems', 'Cyberdyne Systems'],
            'wayne' => ['Wayne Enterprises', 'Wayne Enterprises', 'Wayne Enterprises'],
            'tyrell' => ['Tyrell', 'Tyrell', 'Tyrell'],
            'vandelay' => ['Vandelay Industries', 'Vandelay Industries', 'Vandelay Industries'],
            'bluth' => ['Bluth Company', 'Bluth Company', 'Bluth Company'],
            'oceanic' => ['Oceanic', 'Océanique', 'Ozeanisch'],
            'kraemer' => ['Krämer Werkzeuge', 'Krämer Werkzeuge', 'Krämer Werkzeuge'],
            'lindqvist' => ['Lindqvist Design', 'Lindqvist Design', 'Lindqvist Design'],
        ],
        'country_of_manufacture' => [
            'DE' => ['Germany', 'Allemagne', 'Deutschland'], 'FR' => ['France', 'France', 'Frankreich'],
            'IT' => ['Italy', 'Italie', 'Italien'], 'ES' => ['Spain', 'Espagne', 'Spanien'], 'PL' => ['Poland', 'Pologne', 'Polen'],
            'CZ' => ['Czechia', 'Tchéquie', 'Tschechien'], 'PT' => ['Portugal', 'Portugal', 'Portugal'],
            'GB' => ['United Kingdom', 'Royaume-Uni', 'Vereinigtes Königreich'], 'TR' => ['Türkiye', 'Turquie', 'Türkei'],
            'CN' => ['China', 'Chine', 'China'], 'JP' => ['Japan', 'Japon', 'Japan'], 'KR' => ['South Korea', 'Corée du Sud', 'Südkorea'],
            'TW' => ['Taiwan', 'Taïwan', 'Taiwan'], 'VN' => ['Vietnam', 'Viêt Nam', 'Vietnam'], 'IN' => ['India', 'Inde', 'Indien'],
            'BD' => ['Bangladesh', 'Bangladesh', 'Bangladesch'], 'US' => ['United States', 'États-Unis', 'Vereinigte Staaten'],
            'MX' => ['Mexico', 'Mexique', 'Mexiko'],
        ],
        'material' => [
            'cotton' => ['Cotton', 'coton', 'Baumwolle'], 'polyester' => ['Polyester', 'polyester', 'Polyester'],
            'wool' => ['Wool', 'laine', 'Wolle'], 'leather' => ['Leather', 'cuir', 'Leder'], 'steel' => ['Stainless Steel', 'acier inoxydable', 'Edelstahl'],
            'aluminium' => ['Aluminium', 'aluminium', 'Aluminium'], 'wood' => ['Oak Wood', 'bois de chêne', 'Eichenholz'],
            'bamboo' => ['Bamboo', 'bambou', 'Bambus'], 'glass' => ['Glass', 'verre', 'Glas'], 'plastic' => ['Recycled Plastic', 'plastique recyclé', 'Recyclingkunststoff'],
            'ceramic' => ['Ceramic', 'céramique', 'Keramik'], 'silicone' => ['Silicone', 'silicone', 'Silikon'],
        ],
        'size' => [
            'xs' => ['XS', 'XS', 'XS'], 's' => ['S', 'S', 'S'], 'm' => ['M', 'M', 'M'], 'l' => ['L', 'L', 'L'],
            'xl' => ['XL', 'XL', 'XL'], 'xxl' => ['XXL', 'XXL', 'XXL'], 'one_size' => ['One Size', 'Taille unique', 'Einheitsgröße'],
        ],
        'energy_class' => [
            'a' => ['A', 'A', 'A'], 'b' => ['B', 'B', 'B'], 'c' => ['C', 'C', 'C'], 'd' => ['D', 'D', 'D'],
            'e' => ['E', 'E', 'E'], 'f' => ['F', 'F', 'F'], 'g' => ['G', 'G', 'G'],
        ],
        'features' => [
            'waterproof' => ['Waterproof', 'Étanche', 'Wasserdicht'], 'wireless' => ['Wireless', 'Sans fil', 'Kabellos'],
            'rechargeable' => ['Rechargeable', 'Rechargeable', 'Wiederaufladbar'], 'dishwasher_safe' => ['Dishwasher Safe', 'Lave-vaisselle', 'Spülmaschinenfest'],
            'foldable' => ['Foldable', 'Pliable', 'Faltbar'], 'usb_c' => ['USB-C', 'USB-C', 'USB-C'], 'bluetooth' => ['Bluetooth', 'Bluetooth', 'Bluetooth'],
            'smart_home' => ['Smart Home Ready', 'Compatible maison connectée', 'Smart-Home-fähig'], 'child_safe' => ['Child-Safe', 'Sécurité enfant', 'Kindersicher'],
            'recycled' => ['Recycled Material', 'Matériau recyclé', 'Recyceltes Material'], 'vegan' => ['Vegan', 'Végan', 'Vegan'],
            'machine_washable' => ['Machine Washable', 'Lavable en machine', 'Maschinenwaschbar'], 'uv_protection' => ['UV Protection', 'Protection UV', 'UV-Schutz'],
            'noise_cancelling' => ['Noise Cancelling', 'Réduction de bruit', 'Geräuschunterdrückung'], 'led' => ['LED', 'LED', 'LED'],
        ],
        'compatible_with' => [
            'ios' => ['iOS', 'iOS', 'iOS'], 'android' => ['Android', 'Android', 'Android'], 'windows' => ['Windows', 'Windows', 'Windows'],
            'macos' => ['macOS', 'macOS', 'macOS'], 'linux' => ['Linux', 'Linux', 'Linux'], 'alexa' => ['Amazon Alexa', 'Amazon Alexa', 'Amazon Alexa'],
            'google_home' => ['Google Home', 'Google Home', 'Google Home'], 'homekit' => ['Apple HomeKit', 'Apple HomeKit', 'Apple HomeKit'],
        ],
    ];

    /**
     * Options of the realistic catalog (RealisticCatalog): codes that differ from
     * their labels, as in real PIMs (opaque codes, capitals, digits-only codes);
     * labels [en, fr, de], null where the PIM has no label for that locale.
     */
    public const REALISTIC_OPTIONS = [
        'brand' => [
            'acme_corp' => ['ACME Corp.', 'ACME Corp.', 'ACME Corp.'],
            'nordic_outdoor' => ['Nordic Outdoor', 'Nordic Outdoor', 'Nordic Outdoor'],
            'brand_0042' => ["L'Atelier Parisien", "L'Atelier Parisien", "L'Atelier Parisien"],
            'mueller_soehne' => ['Müller & Söhne', 'Müller & Söhne', 'Müller & Söhne'],
            'SunRise_Tech' => ['SunRise Tech™', 'SunRise Tech™', 'SunRise Tech™'],
            'kyoto_works' => ['Kyoto Works 京都', 'Kyoto Works 京都', 'Kyoto Works 京都'],
            '1987' => ['Since 1987', 'Depuis 1987', 'Seit 1987'],
            'tres_chic' => ['Très Chic', 'Très Chic', null],
        ],
        'color' => [
            'c_001' => ['Midnight Blue', 'Bleu nuit', 'Mitternachtsblau'],
            'c_002' => ['Off-White', 'Blanc cassé', 'Altweiß'],
            'c_003' => ['Forest Green', 'Vert forêt', 'Waldgrün'],
            'c_004' => ['Charcoal', 'Anthracite', 'Anthrazit'],
            'Red_Wine' => ['Burgundy', 'Bordeaux', 'Weinrot'],
            'c_006' => ['Sand', 'Sable', null],
            '000' => ['Black', 'Noir', 'Schwarz'],
            'c_008' => ['Rose "Pink"', 'Rose « bonbon »', 'Rosa „Bonbon“'],
        ],
        'size' => [
            'size_xs' => ['XS', 'XS', 'XS'], 'size_s' => ['S', 'S', 'S'], 'size_m' => ['M', 'M', 'M'],
            'size_l' => ['L', 'L', 'L'], 'size_xl' => ['XL', 'XL', 'XL'],
            '42' => ['EU 42', '42 EU', 'EU 42'], '44' => ['EU 44', '44 EU', 'EU 44'],
        ],
        'material' => [
            'mat_cotton' => ['Organic cotton', 'Coton bio', 'Bio-Baumwolle'],
            'mat_poly' => ['Recycled polyester', 'Polyester recyclé', 'Recyceltes Polyester'],
            'mat_wool' => ['Merino wool', 'Laine mérinos', 'Merinowolle'],
            'mat_steel' => ['Stainless steel', 'Acier inoxydable', 'Edelstahl'],
            'mat_alu' => ['Aluminium', 'Aluminium', 'Aluminium'],
            'mat_bamboo' => ['Bamboo', 'Bambou', 'Bambus'],
        ],
    ];

    /** Names many products share (the realistic catalog's same_name shape). */
    public const SAME_NAMES = [
        'en' => ['Classic Cotton T-Shirt', 'Stainless Steel Water Bottle'],
        'fr' => ['T-shirt classique en coton', 'Gourde en acier inoxydable'],
        'de' => ['Klassisches Baumwoll-T-Shirt', 'Edelstahl-Trinkflasche'],
    ];

    /** url_key values as merchandisers type them: spaces, capitals (the url_key_needs_slug shape). */
    public const UNSLUGGED_URL_KEYS = ['en' => 'My Product URL', 'fr' => 'Mon URL de Produit', 'de' => 'Meine Produkt URL'];

    /** 4-byte UTF-8 (outside the BMP): what a utf8mb3 column cannot hold. */
    public const FOUR_BYTE = [' 🔥', ' 👕✨', ' 😀', ' 𝄞 Édition', ' 🌊☀️'];
}
