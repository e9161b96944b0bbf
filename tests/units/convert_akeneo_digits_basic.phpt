--TEST--
PimSync\convertMeasure(): for every pair of units of every standard family, the same 12-decimal digits as Akeneo's MeasureConverter computes with bcmath
--EXTENSIONS--
pimsync
bcmath
--FILE--
<?php
/* Akeneo's MeasureConverter, restated: the source unit's operations in order,
 * then the target's backwards with each operator inverted, bcmath at scale 12. */
function akeneo_convert(array $family, string $from, string $to, string $value): string
{
    foreach ($family['units'][$from]['convert_from_standard'] as $op) {
        $value = match ($op['operator']) {
            'mul' => bcmul($value, $op['value'], 12),
            'div' => $op['value'] !== '0' ? bcdiv($value, $op['value'], 12) : $value,
            'add' => bcadd($value, $op['value'], 12),
            'sub' => bcsub($value, $op['value'], 12),
        };
    }
    foreach (array_reverse($family['units'][$to]['convert_from_standard']) as $op) {
        $value = match ($op['operator']) {
            'mul' => $op['value'] !== '0' ? bcdiv($value, $op['value'], 12) : $value,
            'div' => bcmul($value, $op['value'], 12),
            'add' => bcsub($value, $op['value'], 12),
            'sub' => bcadd($value, $op['value'], 12),
        };
    }
    return $value;
}

$families = PimSync\measurementFamilies();
/* a pair two families share (OUNCE to OUNCE: Volume and Weight) converts in the first; see convert_shared_code_variation */
$holders = fn(string $a, string $b) => count(array_filter($families, fn($f) => isset($f['units'][$a], $f['units'][$b])));
$pairs = $differ = 0;
foreach ($families as $family) {
    foreach (array_keys($family['units']) as $from) {
        foreach (array_keys($family['units']) as $to) {
            if ($holders($from, $to) > 1) {
                continue;
            }
            foreach (['1', '-3.5', '0.000001', '1234567.891011', '98765432109876.123456789'] as $amount) {
                $pairs++;
                $ours = PimSync\convertMeasure($amount, $from, $to, [$family]);
                $akeneo = akeneo_convert($family, $from, $to, $amount);
                if ($ours !== $akeneo && $differ++ < 5) {
                    echo "{$family['code']}: $amount $from -> $to: $ours, Akeneo $akeneo\n";
                }
            }
        }
    }
}
echo "$pairs conversions, $differ differ\n";
?>
--EXPECT--
11520 conversions, 0 differ
