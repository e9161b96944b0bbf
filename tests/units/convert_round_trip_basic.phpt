--TEST--
PimSync\convertMeasure(): every unit of every standard family goes to its standard unit and back; only units too small for Akeneo's 12 decimals lose digits
--EXTENSIONS--
pimsync
--FILE--
<?php
$families = PimSync\measurementFamilies();
echo count($families), " families, ", array_sum(array_map(fn($f) => count($f['units']), $families)), " units\n";
$lossy = [];
foreach ($families as $family) {
    foreach ($family['units'] as $code => $unit) {
        foreach (['12.5', '0.25', '-3', '1000000'] as $amount) {
            $standard = PimSync\convertMeasure($amount, $code, $family['standard_unit_code']);
            $back = PimSync\convertMeasure($standard, $family['standard_unit_code'], $code);
            if (abs((float) $back - (float) $amount) > 0.0000005) {
                $lossy["{$family['code']} $code"] = true;
            }
        }
    }
}
echo "lossy: ", implode(', ', array_keys($lossy)), "\n";
?>
--EXPECT--
23 families, 198 units
lossy: Area SQUARE_MIL, ElectricCharge MILLICOULOMB, Capacitance ATTOFARAD, Capacitance PICOFARAD
