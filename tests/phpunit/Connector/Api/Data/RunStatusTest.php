<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Api\Data;

use PHPUnit\Framework\TestCase;
use PimSync\Connector\Api\Data\RunStatus;

final class RunStatusTest extends TestCase
{
    /** @return iterable<string, array{string, int}> */
    public static function statuses(): iterable
    {
        yield 'success' => ['success', 0];
        yield 'failed' => ['failed', 1];
        yield 'partial' => ['partial', 2];
        yield 'running (never final)' => ['running', 1];
        yield 'aborted (a run that died, closed by the next)' => ['aborted', 1];
    }

    /** @dataProvider statuses */
    public function testExitCode(string $status, int $exitCode): void
    {
        self::assertSame($exitCode, RunStatus::from($status)->exitCode());
    }
}
