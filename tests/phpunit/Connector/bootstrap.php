<?php

declare(strict_types=1);

/*
 * Autoloading for the PimSync_Connector unit tests:
 *   PimSync\Connector\Test\  -> tests/phpunit/Connector/
 *   PimSync\Connector\       -> php-module/
 *   anything else            -> tests/phpunit/Connector/Double/<namespace path>.php when present:
 *                               hand-written doubles of the Magento, PSR and Symfony types the
 *                               module uses (Magento cannot be installed here).
 * Safe to require from another bootstrap: it only registers one more autoloader.
 */

$testRoot = __DIR__;
$moduleRoot = dirname(__DIR__, 3) . '/php-module';

spl_autoload_register(static function (string $class) use ($testRoot, $moduleRoot): void {
    $map = [
        'PimSync\\Connector\\Test\\' => $testRoot . '/',
        'PimSync\\Connector\\' => $moduleRoot . '/',
        '' => $testRoot . '/Double/',
    ];
    foreach ($map as $prefix => $dir) {
        if ($prefix !== '' && !str_starts_with($class, $prefix)) {
            continue;
        }
        $file = $dir . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
        if (is_file($file)) {
            require $file;
        }
        return;
    }
});
