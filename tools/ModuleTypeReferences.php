<?php

declare(strict_types=1);

namespace PimSync\Tools;

/**
 * The outside types (Magento, PSR, Symfony) the Magento module's PHP code imports with
 * `use`, and the ones it extends. Read from the tokens, so a comment or a string that
 * names a class does not count.
 */
final class ModuleTypeReferences
{
    public const VENDOR_PREFIXES = ['Magento\\', 'Psr\\', 'Symfony\\'];

    /** @var array<string, true> */
    private array $imported = [];
    /** @var array<string, true> */
    private array $extended = [];

    public function __construct(string $moduleDir)
    {
        $files = new \RecursiveIteratorIterator(new \RecursiveDirectoryIterator($moduleDir, \FilesystemIterator::SKIP_DOTS));
        foreach ($files as $file) {
            if ($file->isFile() && $file->getExtension() === 'php') {
                $this->scan((string) file_get_contents($file->getPathname()));
            }
        }
    }

    /** @return list<string> fully qualified names, sorted */
    public function imported(): array
    {
        $names = array_keys($this->imported);
        sort($names);
        return $names;
    }

    /** @return list<string> the outside classes some module class extends, sorted */
    public function extended(): array
    {
        $names = array_keys($this->extended);
        sort($names);
        return $names;
    }

    private function scan(string $source): void
    {
        $tokens = array_values(array_filter(
            \PhpToken::tokenize($source),
            static fn (\PhpToken $t): bool => !$t->is([T_WHITESPACE, T_COMMENT, T_DOC_COMMENT])
        ));
        $aliases = [];
        $depth = 0;
        foreach ($tokens as $i => $token) {
            if ($token->text === '{') {
                $depth++;
            } elseif ($token->text === '}') {
                $depth--;
            } elseif ($token->is(T_USE) && $depth === 0 && isset($tokens[$i + 1]) && $tokens[$i + 1]->is(T_NAME_QUALIFIED)) {
                $name = $tokens[$i + 1]->text;
                $alias = isset($tokens[$i + 2], $tokens[$i + 3]) && $tokens[$i + 2]->is(T_AS) ? $tokens[$i + 3]->text : substr(strrchr('\\' . $name, '\\'), 1);
                $aliases[$alias] = $name;
                if (self::isVendor($name)) {
                    $this->imported[$name] = true;
                }
            } elseif ($token->is(T_EXTENDS) && isset($tokens[$i + 1])) {
                $name = ltrim($tokens[$i + 1]->text, '\\');
                $name = $aliases[$name] ?? $name;
                if (self::isVendor($name)) {
                    $this->extended[$name] = true;
                }
            }
        }
    }

    private static function isVendor(string $name): bool
    {
        foreach (self::VENDOR_PREFIXES as $prefix) {
            if (str_starts_with($name, $prefix)) {
                return true;
            }
        }
        return false;
    }
}
