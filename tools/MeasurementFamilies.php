<?php

declare(strict_types=1);

namespace PimSync\Tools;

/**
 * Akeneo's standard measurement families (the ones RealisticCatalog uses), as the
 * PIM installs them: every unit, its symbol and its conversion operations.
 *
 * Source (facts, not code): akeneo/pim-community-dev
 * src/Akeneo/Tool/Bundle/MeasureBundle/Installer/MeasurementInstaller.php, the
 * `akeneo_measurement` rows an Akeneo 7 install starts with; the JSON shape is
 * described in akeneo/pim-api-docs content/swagger/resources/measurement_families/
 * definitions/measurement_family.yaml. Akeneo applies a unit's operations in
 * order to turn an amount in that unit into the family's standard unit (despite
 * the field's name, `convert_from_standard`); the way back applies the inverse
 * operations in reverse order. Temperature is affine (add/sub), not a factor.
 */
final class MeasurementFamilies
{
    /**
     * family => [standard unit, [unit => [symbol, [[operator, value], ...]]]]
     *
     * @var array<string, array{0: string, 1: array<string, array{0: string, 1: list<array{0: string, 1: string}>}>}>
     */
    public const FAMILIES = [
        'Weight' => ['KILOGRAM', [
            'MICROGRAM' => ['μg', [['mul', '0.000000001']]],
            'MILLIGRAM' => ['mg', [['mul', '0.000001']]],
            'GRAM' => ['g', [['mul', '0.001']]],
            'KILOGRAM' => ['kg', [['mul', '1']]],
            'TON' => ['t', [['mul', '1000']]],
            'GRAIN' => ['gr', [['mul', '0.00006479891']]],
            'DENIER' => ['denier', [['mul', '0.001275']]],
            'ONCE' => ['once', [['mul', '0.03059']]],
            'MARC' => ['marc', [['mul', '0.24475']]],
            'LIVRE' => ['livre', [['mul', '0.4895']]],
            'OUNCE' => ['oz', [['mul', '0.45359237'], ['div', '16']]],
            'POUND' => ['lb', [['mul', '0.45359237']]],
        ]],
        'Length' => ['METER', [
            'MICROMETER' => ['μm', [['mul', '0.000001']]],
            'NAUTICAL_MILE' => ['nm', [['mul', '1852']]],
            'MILLIMETER' => ['mm', [['mul', '0.001']]],
            'CENTIMETER' => ['cm', [['mul', '0.01']]],
            'DECIMETER' => ['dm', [['mul', '0.1']]],
            'METER' => ['m', [['mul', '1']]],
            'DEKAMETER' => ['dam', [['mul', '10']]],
            'HECTOMETER' => ['hm', [['mul', '100']]],
            'KILOMETER' => ['km', [['mul', '1000']]],
            'MIL' => ['mil', [['mul', '0.0000254']]],
            'INCH' => ['in', [['mul', '0.0254']]],
            'FEET' => ['ft', [['mul', '0.3048']]],
            'YARD' => ['yd', [['mul', '0.9144']]],
            'CHAIN' => ['ch', [['mul', '20.1168']]],
            'FURLONG' => ['fur', [['mul', '201.168']]],
            'MILE' => ['mi', [['mul', '1609.344']]],
        ]],
        'Area' => ['SQUARE_METER', [
            'SQUARE_MILLIMETER' => ['mm²', [['mul', '0.000001']]],
            'SQUARE_CENTIMETER' => ['cm²', [['mul', '0.0001']]],
            'SQUARE_DECIMETER' => ['dm²', [['mul', '0.01']]],
            'SQUARE_METER' => ['m²', [['mul', '1']]],
            'CENTIARE' => ['ca', [['mul', '1']]],
            'SQUARE_DEKAMETER' => ['dam²', [['mul', '100']]],
            'ARE' => ['a', [['mul', '100']]],
            'SQUARE_HECTOMETER' => ['hm²', [['mul', '10000']]],
            'HECTARE' => ['ha', [['mul', '10000']]],
            'SQUARE_KILOMETER' => ['km²', [['mul', '1000000']]],
            'SQUARE_MIL' => ['sq mil', [['mul', '0.00000000064516']]],
            'SQUARE_INCH' => ['in²', [['mul', '0.00064516']]],
            'SQUARE_FOOT' => ['ft²', [['mul', '0.09290304']]],
            'SQUARE_YARD' => ['yd²', [['mul', '0.83612736']]],
            'ARPENT' => ['arpent', [['mul', '3418.89']]],
            'ACRE' => ['A', [['mul', '4046.856422']]],
            'SQUARE_FURLONG' => ['fur²', [['mul', '40468.726']]],
            'SQUARE_MILE' => ['mi²', [['mul', '2589988.110336']]],
        ]],
        'Volume' => ['CUBIC_METER', [
            'MICROLITER' => ['μl', [['mul', '0.000000001']]],
            'HECTOLITER' => ['hl', [['mul', '0.1']]],
            'CUBIC_MILLIMETER' => ['mm³', [['mul', '0.000000001']]],
            'CUBIC_CENTIMETER' => ['cm³', [['mul', '0.000001']]],
            'MILLILITER' => ['ml', [['mul', '0.000001']]],
            'CENTILITER' => ['cl', [['mul', '0.00001']]],
            'DECILITER' => ['dl', [['mul', '0.0001']]],
            'CUBIC_DECIMETER' => ['dm³', [['mul', '0.001']]],
            'LITER' => ['l', [['mul', '0.001']]],
            'CUBIC_METER' => ['m³', [['mul', '1']]],
            'OUNCE' => ['oz', [['mul', '0.00454609'], ['div', '160']]],
            'PINT' => ['pt', [['mul', '0.00454609'], ['div', '8']]],
            'BARREL' => ['bbl', [['mul', '0.16365924']]],
            'GALLON' => ['gal', [['mul', '0.00454609']]],
            'CUBIC_FOOT' => ['ft³', [['mul', '6.54119159'], ['div', '231']]],
            'CUBIC_INCH' => ['in³', [['mul', '0.0037854118'], ['div', '231']]],
            'CUBIC_YARD' => ['yd³', [['mul', '0.764554861']]],
        ]],
        'Power' => ['WATT', [
            'WATT' => ['W', [['mul', '1']]],
            'KILOWATT' => ['kW', [['mul', '1000']]],
            'MEGAWATT' => ['MW', [['mul', '1000000']]],
            'GIGAWATT' => ['GW', [['mul', '1000000000']]],
            'TERAWATT' => ['TW', [['mul', '1000000000000']]],
        ]],
        'Voltage' => ['VOLT', [
            'MILLIVOLT' => ['mV', [['mul', '0.001']]],
            'CENTIVOLT' => ['cV', [['mul', '0.01']]],
            'DECIVOLT' => ['dV', [['mul', '0.1']]],
            'VOLT' => ['V', [['mul', '1']]],
            'DEKAVOLT' => ['daV', [['mul', '10']]],
            'HECTOVOLT' => ['hV', [['mul', '100']]],
            'KILOVOLT' => ['kV', [['mul', '1000']]],
        ]],
        'Temperature' => ['KELVIN', [
            'CELSIUS' => ['°C', [['add', '273.15']]],
            'FAHRENHEIT' => ['°F', [['sub', '32'], ['div', '1.8'], ['add', '273.15']]],
            'KELVIN' => ['°K', [['mul', '1']]],
            'RANKINE' => ['°R', [['div', '1.8']]],
            'REAUMUR' => ['°r', [['mul', '1.25'], ['add', '273.15']]],
        ]],
        'Binary' => ['BYTE', [
            'CHAR' => ['char', [['mul', '8']]],
            'KILOBIT' => ['kbit', [['mul', '125']]],
            'MEGABIT' => ['Mbit', [['mul', '125000']]],
            'GIGABIT' => ['Gbit', [['mul', '125000000']]],
            'BIT' => ['b', [['mul', '0.125']]],
            'BYTE' => ['B', [['mul', '1']]],
            'KILOBYTE' => ['kB', [['mul', '1024']]],
            'MEGABYTE' => ['MB', [['mul', '1048576']]],
            'GIGABYTE' => ['GB', [['mul', '1073741824']]],
            'TERABYTE' => ['TB', [['mul', '1099511627776']]],
        ]],
        'Duration' => ['SECOND', [
            'MILLISECOND' => ['ms', [['mul', '0.001']]],
            'SECOND' => ['s', [['mul', '1']]],
            'MINUTE' => ['m', [['mul', '60']]],
            'HOUR' => ['h', [['mul', '3600']]],
            'DAY' => ['d', [['mul', '86400']]],
            'WEEK' => ['week', [['mul', '604800']]],
            'MONTH' => ['month', [['mul', '2628000']]],
            'YEAR' => ['year', [['mul', '31536000']]],
        ]],
    ];

    /** @return list<string> the family's unit codes, in Akeneo's order */
    public static function units(string $family): array
    {
        return array_keys(self::family($family)[1]);
    }

    public static function symbol(string $family, string $unit): string
    {
        return self::unit($family, $unit)[0];
    }

    /** An amount in $unit, in the family's standard unit. */
    public static function toStandard(string $family, string $unit, float $amount): float
    {
        foreach (self::unit($family, $unit)[1] as [$op, $value]) {
            $amount = self::apply($op, $amount, (float) $value);
        }
        return $amount;
    }

    /** An amount in the family's standard unit, in $unit (inverse operations, reverse order). */
    public static function fromStandard(string $family, string $unit, float $amount): float
    {
        static $inverse = ['mul' => 'div', 'div' => 'mul', 'add' => 'sub', 'sub' => 'add'];
        foreach (array_reverse(self::unit($family, $unit)[1]) as [$op, $value]) {
            $amount = self::apply($inverse[$op], $amount, (float) $value);
        }
        return $amount;
    }

    public static function convert(string $family, float $amount, string $from, string $to): float
    {
        return $from === $to ? $amount : self::fromStandard($family, $to, self::toStandard($family, $from, $amount));
    }

    private static function apply(string $op, float $amount, float $value): float
    {
        return match ($op) {
            'mul' => $amount * $value,
            'div' => $amount / $value,
            'add' => $amount + $value,
            'sub' => $amount - $value,
        };
    }

    /** @return array{0: string, 1: array<string, array{0: string, 1: list<array{0: string, 1: string}>}>} */
    private static function family(string $family): array
    {
        return self::FAMILIES[$family] ?? throw new \InvalidArgumentException("unknown measurement family $family");
    }

    /** @return array{0: string, 1: list<array{0: string, 1: string}>} */
    private static function unit(string $family, string $unit): array
    {
        return self::family($family)[1][$unit] ?? throw new \InvalidArgumentException("unknown unit $unit in $family");
    }
}
