<?php

declare(strict_types=1);

namespace PimSync\Connector\Test;

use PHPUnit\Framework\TestCase;

final class ReadmeTest extends TestCase
{
    public function testTheModuleReadmeHasTheFixedHeadingsInOrder(): void
    {
        preg_match_all('/^## (.+)$/m', (string) file_get_contents(__DIR__ . '/../../../php-module/README.md'), $m);
        $fixed = ['Overview', 'Installation', 'Configuration', 'Commands', 'Cron', 'Admin', 'What the SQL path skips and how the module makes up for it'];
        self::assertSame($fixed, array_values(array_intersect($m[1], $fixed)));
    }
}
