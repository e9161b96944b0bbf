<?php

declare(strict_types=1);

namespace PimSync\Connector\Api;

/**
 * The most recent runs, newest first, as the engine reports them.
 *
 * @api
 */
interface GetRecentRunsInterface
{
    /**
     * @return list<array<string, mixed>>
     */
    public function execute(string $configFile, int $limit): array;
}
