<?php

declare(strict_types=1);

/*
 * Seeded Akeneo catalog generator (see tools/CatalogGenerator.php).
 *
 *   php tools/generate-catalog.php --skus N --seed S --out catalog.jsonl
 *       [--locales en_US,fr_FR,de_DE] [--profile small|250k|250k-variants] [--unescaped]
 *       [--options-out options.jsonl] [--magento-sql attributes.sql]
 *       [--models-out F] [--family-variants-out F] [--categories-out F]   (250k-variants only)
 *   php tools/generate-catalog.php mutate --in catalog.jsonl --out new.jsonl --percent 1 --seed S
 *       [--add N] [--remove N]
 *   php tools/generate-catalog.php attributes [--profile small|250k|250k-variants]
 *   php tools/generate-catalog.php --realistic --skus N --seed S --out catalog.jsonl
 *       [--endpoint mixed|products|products-uuid] [--unescaped] [--options-out FILE] [--magento-sql FILE]
 *       [--models-out FILE] [--manifest-out FILE] [--config-out FILE] [--list-limit N]
 *
 * A one-line JSON summary goes to stdout (to stderr when --out is "-").
 */

require_once __DIR__ . '/TextBank.php';
require_once __DIR__ . '/CatalogGenerator.php';
require_once __DIR__ . '/VariantCatalog.php';
require_once __DIR__ . '/MeasurementFamilies.php';
require_once __DIR__ . '/RealisticCatalog.php';

use PimSync\Tools\CatalogGenerator;
use PimSync\Tools\RealisticCatalog;

const USAGE = <<<TXT
usage: generate-catalog.php --skus N --seed S --out FILE [--profile small|250k|250k-variants] [--locales en_US,fr_FR,de_DE]
                            [--unescaped] [--options-out FILE] [--magento-sql FILE]
                            [--models-out FILE] [--family-variants-out FILE] [--categories-out FILE]  (250k-variants)
       generate-catalog.php mutate --in FILE --out FILE --percent P --seed S [--add N] [--remove N]
       generate-catalog.php attributes [--profile small|250k|250k-variants] [--realistic]
       generate-catalog.php --realistic --skus N --seed S --out FILE [--endpoint mixed|products|products-uuid]
                            [--unescaped] [--options-out FILE] [--magento-sql FILE] [--models-out FILE]
                            [--manifest-out FILE] [--config-out FILE] [--list-limit N]

TXT;

/** @return array{0: ?string, 1: array<string, string|true>} */
function parse_args(array $argv): array
{
    $mode = null;
    $opts = [];
    $args = array_slice($argv, 1);
    if ($args !== [] && !str_starts_with($args[0], '--')) {
        $mode = array_shift($args);
    }
    for ($i = 0; $i < count($args); $i++) {
        $a = $args[$i];
        if (!str_starts_with($a, '--')) {
            throw new InvalidArgumentException("unexpected argument '$a'");
        }
        $a = substr($a, 2);
        if (str_contains($a, '=')) {
            [$k, $v] = explode('=', $a, 2);
            $opts[$k] = $v;
        } elseif (in_array($a, ['unescaped', 'help', 'realistic'], true)) {
            $opts[$a] = true;
        } elseif (isset($args[$i + 1])) {
            $opts[$a] = $args[++$i];
        } else {
            throw new InvalidArgumentException("--$a needs a value");
        }
    }
    return [$mode, $opts];
}

function int_opt(array $opts, string $name, ?int $default = null): int
{
    if (!isset($opts[$name])) {
        if ($default === null) {
            throw new InvalidArgumentException("--$name is required");
        }
        return $default;
    }
    if (!is_string($opts[$name]) || !preg_match('/^-?\d+$/', $opts[$name])) {
        throw new InvalidArgumentException("--$name must be an integer");
    }
    return (int) $opts[$name];
}

function str_opt(array $opts, string $name): string
{
    if (!isset($opts[$name]) || !is_string($opts[$name]) || $opts[$name] === '') {
        throw new InvalidArgumentException("--$name is required");
    }
    return $opts[$name];
}

/** $path as the config at $configPath should name it: relative when both sit in one directory. */
function path_for_config(string $path, string $configPath): string
{
    $abs = static fn (string $p): string => str_starts_with($p, '/') ? $p : getcwd() . '/' . $p;
    $file = $abs($path);
    return dirname($file) === dirname($abs($configPath)) ? basename($file) : $file;
}

function write_file(string $path, string $data): void
{
    if (file_put_contents($path, $data) === false) {
        throw new RuntimeException("cannot write $path");
    }
}

/** @param array<string, string|true> $opts */
function generate_realistic(array $opts, float $t0): void
{
    foreach (['profile', 'locales'] as $fixed) {
        if (isset($opts[$fixed])) {
            throw new InvalidArgumentException("--$fixed does not apply to --realistic (its locales and attributes are fixed)");
        }
    }
    $skus = int_opt($opts, 'skus');
    if ($skus < 0) {
        throw new InvalidArgumentException('--skus must not be negative');
    }
    $outPath = str_opt($opts, 'out');
    $endpoint = isset($opts['endpoint']) ? str_opt($opts, 'endpoint') : 'mixed';
    $gen = new RealisticCatalog(int_opt($opts, 'seed'), $endpoint, isset($opts['unescaped']), int_opt($opts, 'list-limit', 1000));
    $out = CatalogGenerator::open($outPath, 'wb');
    $bytes = $gen->generate($out, $skus);
    fclose($out);
    $summary = ['mode' => 'realistic', 'skus' => $skus, 'seed' => int_opt($opts, 'seed'), 'endpoint' => $endpoint,
        'out' => $outPath, 'bytes' => $bytes];
    if (isset($opts['options-out'])) {
        $h = CatalogGenerator::open(str_opt($opts, 'options-out'), 'wb');
        $summary['options'] = $gen->writeOptions($h);
        fclose($h);
    }
    if (isset($opts['models-out'])) {
        $h = CatalogGenerator::open(str_opt($opts, 'models-out'), 'wb');
        $summary['models'] = $gen->writeModels($h, $skus);
        fclose($h);
    }
    if (isset($opts['magento-sql'])) {
        write_file(str_opt($opts, 'magento-sql'), $gen->magentoSql());
    }
    $manifest = $gen->manifest();
    if (isset($opts['manifest-out'])) {
        write_file(str_opt($opts, 'manifest-out'), json_encode($manifest, CatalogGenerator::JSON_UNESCAPED | JSON_PRETTY_PRINT) . "\n");
    }
    if (isset($opts['config-out'])) {
        $configPath = str_opt($opts, 'config-out');
        $options = isset($opts['options-out']) ? path_for_config(str_opt($opts, 'options-out'), $configPath) : null;
        $config = RealisticCatalog::config($outPath === '-' ? 'catalog.jsonl' : path_for_config($outPath, $configPath), $options);
        write_file($configPath, json_encode($config, CatalogGenerator::JSON_UNESCAPED | JSON_PRETTY_PRINT) . "\n");
    }
    $summary['expected_value_issues'] = $manifest['expected_value_issues']['total'];
    $summary['seconds'] = round((hrtime(true) - $t0) / 1e9, 3);
    $summary['peak_memory_mb'] = round(memory_get_peak_usage(true) / 1048576, 1);
    emit($summary, $outPath === '-');
}

function emit(array $summary, bool $toStderr): void
{
    $line = json_encode($summary, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE) . "\n";
    fwrite($toStderr ? STDERR : STDOUT, $line);
}

try {
    [$mode, $opts] = parse_args($argv);
    if (isset($opts['help'])) {
        fwrite(STDOUT, USAGE);
        exit(0);
    }
    $locales = isset($opts['locales']) ? array_values(array_filter(array_map('trim', explode(',', (string) $opts['locales'])))) : null;
    $t0 = hrtime(true);

    if ($mode === 'attributes' && isset($opts['realistic'])) {
        fprintf(STDOUT, "%-22s %-30s %-9s %-22s %-8s %-12s %s\n", 'akeneo code', 'akeneo type', 'localized', 'magento code', 'backend', 'unit', 'in set');
        foreach (RealisticCatalog::attributeDefinitions() as $code => $d) {
            fprintf(STDOUT, "%-22s %-30s %-9s %-22s %-8s %-12s %s\n", $code, $d['type'], $d['localized'] ? 'yes' : 'no',
                $d['to'] ?? '(none)', $d['backend'] ?: '-', $d['unit'] ?? '-', $d['to'] === null ? '-' : ($d['in_set'] ? 'yes' : 'NO'));
        }
        exit(0);
    }
    if ($mode === 'attributes') {
        $gen = new CatalogGenerator(0, (string) ($opts['profile'] ?? 'small'), $locales ?? CatalogGenerator::DEFAULT_LOCALES);
        fprintf(STDOUT, "%-24s %-30s %-9s %-8s %-12s %s\n", 'code', 'akeneo type', 'localized', 'backend', 'input', 'custom');
        foreach ($gen->attributes() as $code => $d) {
            fprintf(STDOUT, "%-24s %-30s %-9s %-8s %-12s %s\n", $code, $d['type'], $d['localized'] ? 'yes' : 'no', $d['backend'], $d['input'], $d['custom'] ? 'yes' : 'no');
        }
        exit(0);
    }

    if ($mode === 'mutate') {
        $out = str_opt($opts, 'out');
        $percent = (float) ($opts['percent'] ?? 1);
        $summary = CatalogGenerator::mutate(
            str_opt($opts, 'in'), $out, $percent, int_opt($opts, 'seed'),
            int_opt($opts, 'add', 0), int_opt($opts, 'remove', 0),
            isset($opts['profile']) ? (string) $opts['profile'] : null, $locales,
        );
        $summary['seconds'] = round((hrtime(true) - $t0) / 1e9, 3);
        $summary['peak_memory_mb'] = round(memory_get_peak_usage(true) / 1048576, 1);
        emit($summary, $out === '-');
        exit(0);
    }

    if ($mode !== null && $mode !== 'generate') {
        throw new InvalidArgumentException("unknown mode '$mode'");
    }
    if (isset($opts['realistic'])) {
        generate_realistic($opts, $t0);
        exit(0);
    }
    $skus = int_opt($opts, 'skus');
    if ($skus < 0) {
        throw new InvalidArgumentException('--skus must not be negative');
    }
    $outPath = str_opt($opts, 'out');
    $gen = new CatalogGenerator(int_opt($opts, 'seed'), (string) ($opts['profile'] ?? 'small'),
        $locales ?? CatalogGenerator::DEFAULT_LOCALES, isset($opts['unescaped']));
    $out = CatalogGenerator::open($outPath, 'wb');
    $bytes = $gen->generate($out, $skus);
    fclose($out);
    $summary = ['mode' => 'generate', 'skus' => $skus, 'seed' => int_opt($opts, 'seed'),
        'profile' => (string) ($opts['profile'] ?? 'small'), 'locales' => $gen->locales(), 'out' => $outPath, 'bytes' => $bytes];
    if (isset($opts['options-out'])) {
        $h = CatalogGenerator::open(str_opt($opts, 'options-out'), 'wb');
        $summary['options'] = $gen->writeOptions($h);
        fclose($h);
    }
    if (isset($opts['magento-sql'])) {
        $sql = $gen->magentoSql();
        if (file_put_contents(str_opt($opts, 'magento-sql'), $sql) === false) {
            throw new RuntimeException('cannot write ' . $opts['magento-sql']);
        }
        $summary['custom_attributes'] = count(array_filter($gen->attributes(), static fn (array $d): bool => $d['custom']));
    }
    if (isset($opts['models-out'])) {
        $h = CatalogGenerator::open(str_opt($opts, 'models-out'), 'wb');
        $models = $gen->writeModels($h, $skus);
        fclose($h);
        $summary['root_models'] = $models['roots'];
        $summary['sub_models'] = $models['sub_models'];
    }
    if (isset($opts['family-variants-out'])) {
        $h = CatalogGenerator::open(str_opt($opts, 'family-variants-out'), 'wb');
        $summary['family_variants'] = $gen->writeFamilyVariants($h);
        fclose($h);
    }
    if (isset($opts['categories-out'])) {
        $h = CatalogGenerator::open(str_opt($opts, 'categories-out'), 'wb');
        $summary['categories'] = $gen->writeCategories($h);
        fclose($h);
    }
    $summary['seconds'] = round((hrtime(true) - $t0) / 1e9, 3);
    $summary['peak_memory_mb'] = round(memory_get_peak_usage(true) / 1048576, 1);
    emit($summary, $outPath === '-');
} catch (Throwable $e) {
    fwrite(STDERR, 'generate-catalog: ' . $e->getMessage() . "\n" . USAGE);
    exit(2);
}
