<?php

declare(strict_types=1);

namespace Magento\Framework\Component;

/** Test double of Magento's class: register() with the real signature, remembering paths. */
class ComponentRegistrar
{
    public const MODULE = 'module';

    /** @var array<string, array<string, string>> type => name => path */
    public static array $registered = [];

    public static function register($type, $componentName, $path)
    {
        self::$registered[$type][$componentName] = $path;
    }
}
