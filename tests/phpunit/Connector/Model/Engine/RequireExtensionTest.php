<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model\Engine;

use PHPUnit\Framework\TestCase;
use PimSync\Connector\Exception\ExtensionNotLoadedException;
use PimSync\Connector\Model\Engine\RequireExtension;

final class RequireExtensionTest extends TestCase
{
    public function testALoadedExtensionPasses(): void
    {
        (new RequireExtension('json'))->execute();
        $this->addToAssertionCount(1);
    }

    public function testAMissingExtensionNamesThisPhpAndTheLineToAdd(): void
    {
        try {
            (new RequireExtension('pimsync_absent'))->execute();
            self::fail('expected ExtensionNotLoadedException');
        } catch (ExtensionNotLoadedException $e) {
            $message = $e->getMessage();
        }
        self::assertStringContainsString('The pimsync_absent PHP extension is not loaded in this PHP (' . PHP_SAPI . ' SAPI', $message);
        self::assertStringContainsString('php.ini ' . (php_ini_loaded_file() ?: '(none loaded)'), $message);
        self::assertStringContainsString('"extension=pimsync_absent.so"', $message);
        self::assertStringContainsString('30-pimsync_absent.ini', $message);
        self::assertStringContainsString('bin/magento cron:run', $message);
        self::assertStringNotContainsString('not found', $message);
    }
}
