<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Psr\Log\LoggerInterface;

final class RecordingLogger implements LoggerInterface
{
    /** @var list<array{0: string, 1: string}> level, message */
    public array $records = [];

    public function error(string|\Stringable $message, array $context = []): void
    {
        $this->records[] = ['error', (string) $message];
    }

    public function info(string|\Stringable $message, array $context = []): void
    {
        $this->records[] = ['info', (string) $message];
    }
}
