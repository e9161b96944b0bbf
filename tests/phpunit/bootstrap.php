<?php

declare(strict_types=1);

// PSR-4 style autoloader for the repository's own PHP code (no Composer needed):
//   PimSync\Tools\     -> tools/
//   PimSync\Connector\ -> php-module/
spl_autoload_register(static function (string $class): void {
    static $map = [
        'PimSync\\Tools\\' => __DIR__ . '/../../tools/',
        'PimSync\\Connector\\' => __DIR__ . '/../../php-module/',
    ];
    foreach ($map as $prefix => $dir) {
        if (str_starts_with($class, $prefix)) {
            $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
            if (is_file($file)) {
                require $file;
            }
            return;
        }
    }
});

// The module's tests bring their own autoloader for Magento test doubles.
require __DIR__ . '/Connector/bootstrap.php';
