<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use PimSync\Connector\Api\GetRecentRunsInterface;

/** pimsync_run rows, newest first, as Engine::status() returns them; or the exception reading them throws. */
final class ArrayRecentRuns implements GetRecentRunsInterface
{
    /** @var list<array{0: string, 1: int}> every execute() call: config file, limit */
    public array $calls = [];

    /** @param list<array<string, mixed>> $runs */
    public function __construct(private readonly array $runs = [], private readonly ?\Throwable $failure = null)
    {
    }

    public function execute(string $configFile, int $limit): array
    {
        $this->calls[] = [$configFile, $limit];
        if ($this->failure !== null) {
            throw $this->failure;
        }
        return array_slice($this->runs, 0, $limit);
    }
}
