<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Model\Source;

use PHPUnit\Framework\TestCase;
use PimSync\Connector\Model\Source\RunStatus;
use PimSync\Connector\Model\Source\SyncMode;

final class OptionSourcesTest extends TestCase
{
    public function testGridFilterOptionsMatchTheStoredValues(): void
    {
        self::assertSame(['running', 'success', 'partial', 'failed', 'aborted'], array_column((new RunStatus())->toOptionArray(), 'value'));
        self::assertSame(['full', 'delta'], array_column((new SyncMode())->toOptionArray(), 'value'));
    }
}
