/* Akeneo's standard measurement families, as Akeneo Community Edition installs
 * them: src/Akeneo/Tool/Bundle/MeasureBundle/Installer/MeasurementInstaller.php
 * in akeneo/pim-community-dev (the akeneo_measurement rows), which is also what
 * GET /api/rest/v1/measurement-families returns on a fresh PIM. Facts, copied
 * as data: family code, standard unit, and per unit its convert_from_standard
 * operations in Akeneo's order (despite the name, they take an amount in that
 * unit to the standard unit; see measure_units.c) and its symbol. Labels are
 * left out: conversion does not need them.
 *
 * Kept as Akeneo ships them: MICROGRAM and MICROLITER with 0.000000001, as
 * Akeneo 7 installs them (PIM-9857 corrected the milli factor 0.000001 older
 * installs had; a PIM that still has it sends its own families through the
 * API or measurement_families_path); the VolumeFlow "per minute/hour/day"
 * units multiply, as Akeneo's do: pimsync gives the figure the PIM gives. */
#include "measure_units.h"

static const pimsync_standard_unit units_area[] = {
	{"SQUARE_MILLIMETER", "mul 0.000001", "mm²"},
	{"SQUARE_CENTIMETER", "mul 0.0001", "cm²"},
	{"SQUARE_DECIMETER", "mul 0.01", "dm²"},
	{"SQUARE_METER", "mul 1", "m²"},
	{"CENTIARE", "mul 1", "ca"},
	{"SQUARE_DEKAMETER", "mul 100", "dam²"},
	{"ARE", "mul 100", "a"},
	{"SQUARE_HECTOMETER", "mul 10000", "hm²"},
	{"HECTARE", "mul 10000", "ha"},
	{"SQUARE_KILOMETER", "mul 1000000", "km²"},
	{"SQUARE_MIL", "mul 0.00000000064516", "sq mil"},
	{"SQUARE_INCH", "mul 0.00064516", "in²"},
	{"SQUARE_FOOT", "mul 0.09290304", "ft²"},
	{"SQUARE_YARD", "mul 0.83612736", "yd²"},
	{"ARPENT", "mul 3418.89", "arpent"},
	{"ACRE", "mul 4046.856422", "A"},
	{"SQUARE_FURLONG", "mul 40468.726", "fur²"},
	{"SQUARE_MILE", "mul 2589988.110336", "mi²"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_binary[] = {
	{"CHAR", "mul 8", "char"},
	{"KILOBIT", "mul 125", "kbit"},
	{"MEGABIT", "mul 125000", "Mbit"},
	{"GIGABIT", "mul 125000000", "Gbit"},
	{"BIT", "mul 0.125", "b"},
	{"BYTE", "mul 1", "B"},
	{"KILOBYTE", "mul 1024", "kB"},
	{"MEGABYTE", "mul 1048576", "MB"},
	{"GIGABYTE", "mul 1073741824", "GB"},
	{"TERABYTE", "mul 1099511627776", "TB"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_decibel[] = {
	{"DECIBEL", "mul 1", "dB"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_frequency[] = {
	{"HERTZ", "mul 1", "Hz"},
	{"KILOHERTZ", "mul 1000", "kHz"},
	{"MEGAHERTZ", "mul 1000000", "MHz"},
	{"GIGAHERTZ", "mul 1000000000", "GHz"},
	{"TERAHERTZ", "mul 1000000000000", "THz"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_length[] = {
	{"MICROMETER", "mul 0.000001", "μm"},
	{"NAUTICAL_MILE", "mul 1852", "nm"},
	{"MILLIMETER", "mul 0.001", "mm"},
	{"CENTIMETER", "mul 0.01", "cm"},
	{"DECIMETER", "mul 0.1", "dm"},
	{"METER", "mul 1", "m"},
	{"DEKAMETER", "mul 10", "dam"},
	{"HECTOMETER", "mul 100", "hm"},
	{"KILOMETER", "mul 1000", "km"},
	{"MIL", "mul 0.0000254", "mil"},
	{"INCH", "mul 0.0254", "in"},
	{"FEET", "mul 0.3048", "ft"},
	{"YARD", "mul 0.9144", "yd"},
	{"CHAIN", "mul 20.1168", "ch"},
	{"FURLONG", "mul 201.168", "fur"},
	{"MILE", "mul 1609.344", "mi"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_power[] = {
	{"WATT", "mul 1", "W"},
	{"KILOWATT", "mul 1000", "kW"},
	{"MEGAWATT", "mul 1000000", "MW"},
	{"GIGAWATT", "mul 1000000000", "GW"},
	{"TERAWATT", "mul 1000000000000", "TW"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_voltage[] = {
	{"MILLIVOLT", "mul 0.001", "mV"},
	{"CENTIVOLT", "mul 0.01", "cV"},
	{"DECIVOLT", "mul 0.1", "dV"},
	{"VOLT", "mul 1", "V"},
	{"DEKAVOLT", "mul 10", "daV"},
	{"HECTOVOLT", "mul 100", "hV"},
	{"KILOVOLT", "mul 1000", "kV"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_intensity[] = {
	{"MILLIAMPERE", "mul 0.001", "mA"},
	{"CENTIAMPERE", "mul 0.01", "cA"},
	{"DECIAMPERE", "mul 0.1", "dA"},
	{"AMPERE", "mul 1", "A"},
	{"DEKAMPERE", "mul 10", "daA"},
	{"HECTOAMPERE", "mul 100", "hA"},
	{"KILOAMPERE", "mul 1000", "kA"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_resistance[] = {
	{"MILLIOHM", "mul 0.001", "mΩ"},
	{"CENTIOHM", "mul 0.01", "cΩ"},
	{"DECIOHM", "mul 0.1", "dΩ"},
	{"OHM", "mul 1", "Ω"},
	{"DEKAOHM", "mul 10", "daΩ"},
	{"HECTOHM", "mul 100", "hΩ"},
	{"KILOHM", "mul 1000", "kΩ"},
	{"MEGOHM", "mul 1000000", "MΩ"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_speed[] = {
	{"METER_PER_SECOND", "mul 1", "m/s"},
	{"METER_PER_MINUTE", "div 60", "m/mn"},
	{"METER_PER_HOUR", "mul 1, div 3600", "m/h"},
	{"KILOMETER_PER_HOUR", "mul 1000, div 3600", "km/h"},
	{"FOOT_PER_SECOND", "mul 0.3048", "ft/s"},
	{"FOOT_PER_HOUR", "mul 0.3048, div 3600", "ft/h"},
	{"YARD_PER_HOUR", "mul 0.9144, div 3600", "yd/h"},
	{"MILE_PER_HOUR", "mul 1609.344, div 3600", "mi/h"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_electriccharge[] = {
	{"MILLIAMPEREHOUR", "mul 0.001", "mAh"},
	{"AMPEREHOUR", "mul 1", "Ah"},
	{"MILLICOULOMB", "div 3600000", "mC"},
	{"CENTICOULOMB", "div 360000", "cC"},
	{"DECICOULOMB", "div 36000", "dC"},
	{"COULOMB", "div 3600", "C"},
	{"DEKACOULOMB", "div 360", "daC"},
	{"HECTOCOULOMB", "div 36", "hC"},
	{"KILOCOULOMB", "div 3.6", "kC"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_duration[] = {
	{"MILLISECOND", "mul 0.001", "ms"},
	{"SECOND", "mul 1", "s"},
	{"MINUTE", "mul 60", "m"},
	{"HOUR", "mul 3600", "h"},
	{"DAY", "mul 86400", "d"},
	{"WEEK", "mul 604800", "week"},
	{"MONTH", "mul 2628000", "month"},
	{"YEAR", "mul 31536000", "year"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_temperature[] = {
	{"CELSIUS", "add 273.15", "°C"},
	{"FAHRENHEIT", "sub 32, div 1.8, add 273.15", "°F"},
	{"KELVIN", "mul 1", "°K"},
	{"RANKINE", "div 1.8", "°R"},
	{"REAUMUR", "mul 1.25, add 273.15", "°r"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_volume[] = {
	{"MICROLITER", "mul 0.000000001", "μl"},
	{"HECTOLITER", "mul 0.1", "hl"},
	{"CUBIC_MILLIMETER", "mul 0.000000001", "mm³"},
	{"CUBIC_CENTIMETER", "mul 0.000001", "cm³"},
	{"MILLILITER", "mul 0.000001", "ml"},
	{"CENTILITER", "mul 0.00001", "cl"},
	{"DECILITER", "mul 0.0001", "dl"},
	{"CUBIC_DECIMETER", "mul 0.001", "dm³"},
	{"LITER", "mul 0.001", "l"},
	{"CUBIC_METER", "mul 1", "m³"},
	{"OUNCE", "mul 0.00454609, div 160", "oz"},
	{"PINT", "mul 0.00454609, div 8", "pt"},
	{"BARREL", "mul 0.16365924", "bbl"},
	{"GALLON", "mul 0.00454609", "gal"},
	{"CUBIC_FOOT", "mul 6.54119159, div 231", "ft³"},
	{"CUBIC_INCH", "mul 0.0037854118, div 231", "in³"},
	{"CUBIC_YARD", "mul 0.764554861", "yd³"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_weight[] = {
	{"MICROGRAM", "mul 0.000000001", "μg"},
	{"MILLIGRAM", "mul 0.000001", "mg"},
	{"GRAM", "mul 0.001", "g"},
	{"KILOGRAM", "mul 1", "kg"},
	{"TON", "mul 1000", "t"},
	{"GRAIN", "mul 0.00006479891", "gr"},
	{"DENIER", "mul 0.001275", "denier"},
	{"ONCE", "mul 0.03059", "once"},
	{"MARC", "mul 0.24475", "marc"},
	{"LIVRE", "mul 0.4895", "livre"},
	{"OUNCE", "mul 0.45359237, div 16", "oz"},
	{"POUND", "mul 0.45359237", "lb"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_pressure[] = {
	{"CENTIBAR", "mul 0.01", "cbar"},
	{"DECIBAR", "mul 0.1", "dbar"},
	{"KILOBAR", "mul 1000", "kbar"},
	{"MEGABAR", "mul 1000000", "Mbar"},
	{"KILOPASCAL", "mul 0.01", "kPa"},
	{"MEGAPASCAL", "mul 10", "MPa"},
	{"GIGAPASCAL", "mul 10000", "GPa"},
	{"BAR", "mul 1", "Bar"},
	{"PASCAL", "mul 0.00001", "Pa"},
	{"HECTOPASCAL", "mul 0.001", "hPa"},
	{"MILLIBAR", "mul 0.001", "mBar"},
	{"ATM", "mul 1.01325", "atm"},
	{"PSI", "mul 0.0689476", "PSI"},
	{"TORR", "mul 0.00133322", "Torr"},
	{"MMHG", "mul 0.00133322", "mmHg"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_energy[] = {
	{"JOULE", "mul 1", "J"},
	{"CALORIE", "mul 4.184", "cal"},
	{"KILOCALORIE", "mul 4184", "kcal"},
	{"KILOJOULE", "mul 1000", "kJ"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_casebox[] = {
	{"PIECE", "mul 1", "Pc"},
	{"DOZEN", "mul 12", "Dz"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_brightness[] = {
	{"LUMEN", "mul 1", "lm"},
	{"NIT", "mul 0.2918855809", "nits"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_force[] = {
	{"MILLINEWTON", "mul 0.001", "mN"},
	{"NEWTON", "mul 1", "N"},
	{"KILONEWTON", "mul 1000", "kN"},
	{"MEGANEWTON", "mul 1000000", "MN"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_angle[] = {
	{"RADIAN", "mul 1", "rad"},
	{"MILLIRADIAN", "mul 0.001", "mrad"},
	{"MICRORADIAN", "mul 0.000001", "µrad"},
	{"DEGREE", "mul 0.01745329", "°"},
	{"MINUTE", "mul 0.0002908882", "'"},
	{"SECOND", "mul 0.000004848137", "\""},
	{"GON", "mul 0.01570796", "gon"},
	{"MIL", "mul 0.0009817477", "mil"},
	{"REVOLUTION", "mul 6.283185", "rev"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_capacitance[] = {
	{"ATTOFARAD", "div 1000000000000000000", "aF"},
	{"PICOFARAD", "div 1000000000000", "pF"},
	{"NANOFARAD", "div 1000000000", "nF"},
	{"MICROFARAD", "div 1000000", "µF"},
	{"MILLIFARAD", "div 1000", "mF"},
	{"FARAD", "mul 1", "F"},
	{"KILOFARAD", "mul 1000", "kF"},
	{NULL, NULL, NULL},
};

static const pimsync_standard_unit units_volumeflow[] = {
	{"CUBIC_METER_PER_SECOND", "mul 1", "m³/s"},
	{"CUBIC_METER_PER_MINUTE", "mul 60", "m³/min"},
	{"CUBIC_METER_PER_HOUR", "mul 3600", "m³/h"},
	{"CUBIC_METER_PER_DAY", "mul 86400", "m³/d"},
	{"MILLILITER_PER_SECOND", "mul 0.000001", "ml/s"},
	{"MILLILITER_PER_MINUTE", "mul 0.000001, mul 60", "ml/min"},
	{"MILLILITER_PER_HOUR", "mul 0.000001, mul 3600", "ml/h"},
	{"MILLILITER_PER_DAY", "mul 0.000001, mul 86400", "ml/d"},
	{"CUBIC_CENTIMETER_PER_SECOND", "mul 0.000001", "cm³/s"},
	{"CUBIC_CENTIMETER_PER_MINUTE", "mul 0.000001, mul 60", "cm³/min"},
	{"CUBIC_CENTIMETER_PER_HOUR", "mul 0.000001, mul 3600", "cm³/h"},
	{"CUBIC_CENTIMETER_PER_DAY", "mul 0.000001, mul 86400", "cm³/d"},
	{"CUBIC_DECIMETER_PER_MINUTE", "mul 0.001, mul 60", "dm³/min"},
	{"CUBIC_DECIMETER_PER_HOUR", "mul 0.001, mul 3600", "dm³/h"},
	{"LITER_PER_SECOND", "mul 0.001", "l/s"},
	{"LITER_PER_MINUTE", "mul 0.001, mul 60", "l/min"},
	{"LITER_PER_HOUR", "mul 0.001, mul 3600", "l/h"},
	{"LITER_PER_DAY", "mul 0.001, mul 86400", "l/d"},
	{"KILOLITER_PER_HOUR", "mul 3600", "kl/h"},
	{NULL, NULL, NULL},
};

const pimsync_standard_family pimsync_standard_families[] = {
	{"Area", "SQUARE_METER", units_area},
	{"Binary", "BYTE", units_binary},
	{"Decibel", "DECIBEL", units_decibel},
	{"Frequency", "HERTZ", units_frequency},
	{"Length", "METER", units_length},
	{"Power", "WATT", units_power},
	{"Voltage", "VOLT", units_voltage},
	{"Intensity", "AMPERE", units_intensity},
	{"Resistance", "OHM", units_resistance},
	{"Speed", "METER_PER_SECOND", units_speed},
	{"ElectricCharge", "AMPEREHOUR", units_electriccharge},
	{"Duration", "SECOND", units_duration},
	{"Temperature", "KELVIN", units_temperature},
	{"Volume", "CUBIC_METER", units_volume},
	{"Weight", "KILOGRAM", units_weight},
	{"Pressure", "BAR", units_pressure},
	{"Energy", "JOULE", units_energy},
	{"CaseBox", "PIECE", units_casebox},
	{"Brightness", "LUMEN", units_brightness},
	{"Force", "NEWTON", units_force},
	{"Angle", "RADIAN", units_angle},
	{"Capacitance", "FARAD", units_capacitance},
	{"VolumeFlow", "CUBIC_METER_PER_SECOND", units_volumeflow},
	{NULL, NULL, NULL},
};
