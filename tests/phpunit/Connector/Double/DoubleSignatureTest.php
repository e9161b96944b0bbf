<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double;

use PHPUnit\Framework\TestCase;
use PimSync\Tools\ModuleTypeReferences;
use PimSync\Tools\TypeSignature;

/**
 * The hand-written doubles of Magento, PSR and Symfony types against the real
 * signatures in magento-signatures.json (written by tools/dump-magento-signatures.php
 * from an installed Magento). A double that drifts from the real type makes module
 * code pass here and crash in Magento, as setLock() did.
 *
 * Interfaces: the double declares exactly the real methods (an implementation must
 * implement them all, and the module may call none other). Classes: the double declares
 * a subset, each with the real signature, and the constructor too when the module
 * extends the class (it calls parent::__construct()); a double's constructor of a class
 * the module only receives is the test's own wiring.
 */
final class DoubleSignatureTest extends TestCase
{
    private const DOUBLES = __DIR__;
    private const MODULE = __DIR__ . '/../../../../php-module';

    /** @var array{magento: string, types: array<string, array<string, mixed>>}|null */
    private static ?array $list = null;

    private static function list(): array
    {
        return self::$list ??= json_decode((string) file_get_contents(self::DOUBLES . '/magento-signatures.json'), true, 512, JSON_THROW_ON_ERROR);
    }

    /** @return iterable<string, array{string}> */
    public static function typesWithADouble(): iterable
    {
        foreach (self::doubleFiles() as $type) {
            yield $type => [$type];
        }
    }

    /** @return list<string> type names of the doubles under Double/{Magento,Psr,Symfony} */
    private static function doubleFiles(): array
    {
        $types = [];
        foreach (ModuleTypeReferences::VENDOR_PREFIXES as $prefix) {
            $dir = self::DOUBLES . '/' . rtrim($prefix, '\\');
            $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($dir, \FilesystemIterator::SKIP_DOTS));
            foreach ($files as $file) {
                $relative = substr($file->getPathname(), strlen(self::DOUBLES) + 1, -4);
                $types[] = str_replace('/', '\\', $relative);
            }
        }
        sort($types);
        return $types;
    }

    public function testTheListSaysWhichMagentoItCameFrom(): void
    {
        self::assertMatchesRegularExpression('~^magento/product-community-edition 2\.4\.\d~', self::list()['magento']);
        self::assertArrayHasKey('magento/framework', self::list()['packages']);
    }

    /** @dataProvider typesWithADouble */
    public function testDoubleDeclaresTheRealSignatures(string $type): void
    {
        $real = self::list()['types'][$type] ?? null;
        self::assertNotNull($real, "$type has a double but no entry in magento-signatures.json: run tools/dump-magento-signatures.php");

        $double = new \ReflectionClass($type);
        self::assertStringStartsWith(realpath(self::DOUBLES) . '/', (string) $double->getFileName(), "$type must be loaded from the doubles");
        self::assertSame($real['kind'] === 'interface', $double->isInterface(), "$type: interface or class, as the real one ({$real['kind']})");

        $mine = TypeSignature::describe($double);
        $extended = in_array($type, (new ModuleTypeReferences(self::MODULE))->extended(), true);
        if ($double->isInterface()) {
            self::assertSame(
                self::lines($real['methods']),
                self::lines($mine['methods']),
                "$type: the double must declare exactly the methods of {$real['source']}"
            );
        } else {
            $methods = $mine['methods'];
            if (!$extended) {
                unset($methods['__construct']);
            }
            $missing = array_diff_key($methods, $real['methods']);
            self::assertSame([], array_keys($missing), "$type: the double declares methods the real class does not have");
            self::assertSame(
                self::lines(array_intersect_key($real['methods'], $methods)),
                self::lines($methods),
                "$type: each method the double declares must have the signature of {$real['source']}"
            );
        }
        foreach ($mine['constants'] as $name => $value) {
            self::assertArrayHasKey($name, $real['constants'], "$type::$name does not exist in the real type");
            self::assertSame($real['constants'][$name], $value, "$type::$name differs from the real value");
        }
    }

    public function testEveryOutsideTypeTheModuleImportsHasADoubleAndAListEntry(): void
    {
        $imported = (new ModuleTypeReferences(self::MODULE))->imported();
        self::assertNotEmpty($imported);
        self::assertSame([], array_values(array_diff($imported, self::doubleFiles())), 'types the module imports without a double under tests/phpunit/Connector/Double');
        self::assertSame([], array_values(array_diff($imported, array_keys(self::list()['types']))), 'types the module imports without an entry in magento-signatures.json');
    }

    public function testTheListHasNoEntryWithoutADouble(): void
    {
        self::assertSame([], array_values(array_diff(array_keys(self::list()['types']), self::doubleFiles())), 'entries of magento-signatures.json nothing uses any more: regenerate the list');
    }

    /**
     * @param array<string, string> $methods
     * @return string one method a line, sorted, so a failure reads as a diff
     */
    private static function lines(array $methods): string
    {
        ksort($methods);
        return implode("\n", $methods) . "\n";
    }
}
