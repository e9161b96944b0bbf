<?php

declare(strict_types=1);

namespace PimSync\Tools;

/**
 * The public shape of a class or interface as data: methods with parameters (type,
 * default, by-ref, variadic) and return type, plus constants. One format for both sides
 * of the check that the module's test doubles match the real Magento, PSR and Symfony
 * types: tools/dump-magento-signatures.php writes it from a Magento install,
 * tests/phpunit/Connector/Double/DoubleSignatureTest.php reads the doubles with it.
 */
final class TypeSignature
{
    /**
     * @return array{kind: string, parent: string|null, interfaces: list<string>, constants: array<string, mixed>, methods: array<string, string>}
     */
    public static function describe(\ReflectionClass $class): array
    {
        $methods = [];
        foreach ($class->getMethods() as $method) {
            if ($method->isPrivate()) {
                continue;
            }
            $methods[$method->getName()] = self::render($method);
        }
        ksort($methods);

        $constants = [];
        foreach ($class->getReflectionConstants() as $constant) {
            if ($constant->isPublic()) {
                $constants[$constant->getName()] = $constant->getValue();
            }
        }
        ksort($constants);

        $interfaces = $class->getInterfaceNames();
        sort($interfaces);

        return [
            'kind' => $class->isInterface() ? 'interface' : ($class->isAbstract() ? 'abstract class' : 'class'),
            'parent' => $class->getParentClass() !== false ? $class->getParentClass()->getName() : null,
            'interfaces' => $interfaces,
            'constants' => $constants,
            'methods' => $methods,
        ];
    }

    /**
     * One line per method with everything a caller or an implementer depends on, e.g.
     * `public function lock(string $name, int $timeout = -1): bool`: visibility, static,
     * parameter names (named arguments), types, by-ref, variadic, default values (the
     * value, not the expression: `self::SCOPE_TYPE_DEFAULT` and `'default'` are the
     * same contract) and the return type (or the tentative one of an internal class).
     */
    public static function render(\ReflectionMethod $method): string
    {
        $params = [];
        foreach ($method->getParameters() as $parameter) {
            $text = ($parameter->hasType() ? $parameter->getType() . ' ' : '')
                . ($parameter->isPassedByReference() ? '&' : '')
                . ($parameter->isVariadic() ? '...' : '')
                . '$' . $parameter->getName();
            if ($parameter->isDefaultValueAvailable()) {
                $text .= ' = ' . self::export($parameter->getDefaultValue());
            }
            $params[] = $text;
        }
        $return = $method->hasReturnType() ? $method->getReturnType() : $method->getTentativeReturnType();

        return ($method->isPublic() ? 'public' : 'protected') . ($method->isStatic() ? ' static' : '')
            . ' function ' . $method->getName() . '(' . implode(', ', $params) . ')'
            . ($return !== null ? ': ' . $return : '');
    }

    private static function export(mixed $value): string
    {
        if (is_array($value)) {
            $items = [];
            foreach ($value as $key => $item) {
                $items[] = (array_is_list($value) ? '' : self::export($key) . ' => ') . self::export($item);
            }
            return '[' . implode(', ', $items) . ']';
        }
        return $value === null ? 'null' : var_export($value, true);
    }
}
