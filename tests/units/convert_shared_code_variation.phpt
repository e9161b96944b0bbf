--TEST--
PimSync\convertMeasure(): a unit code several families share converts in the first family holding both units; units of two families, or unknown ones, are refused by name
--EXTENSIONS--
pimsync
--FILE--
<?php
foreach ([['1', 'OUNCE', 'GRAM'], ['160', 'OUNCE', 'GALLON'], ['1', 'MINUTE', 'SECOND'], ['1', 'MINUTE', 'MILLIRADIAN'],
          ['1000', 'MIL', 'INCH'], ['1', 'MIL', 'RADIAN'], ['1', 'pound', 'kilogram']] as [$amount, $from, $to]) {
    printf("%s %s = %s %s\n", $amount, $from, PimSync\convertMeasure($amount, $from, $to), $to);
}
foreach ([['1', 'FEET', 'KILOGRAM'], ['1', 'FURLONG', 'STONE'], ['1', 'STONE', 'KILOGRAM']] as [$amount, $from, $to]) {
    try {
        PimSync\convertMeasure($amount, $from, $to);
    } catch (ValueError $e) {
        echo get_class($e), ': ', $e->getMessage(), "\n";
    }
}
?>
--EXPECT--
1 OUNCE = 28.349523125000 GRAM
160 OUNCE = 1.000000000000 GALLON
1 MINUTE = 60.000000000000 SECOND
1 MINUTE = 0.290888200000 MILLIRADIAN
1000 MIL = 1.000000000000 INCH
1 MIL = 0.000981747700 RADIAN
1 pound = 0.453592370000 kilogram
ValueError: FEET (Length) cannot be converted to KILOGRAM (Weight)
ValueError: FURLONG cannot be converted to unknown unit STONE
ValueError: unknown unit STONE
