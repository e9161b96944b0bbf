<?php

declare(strict_types=1);

namespace PimSync\Connector\Api;

use PimSync\Connector\Api\Data\SyncResult;

/**
 * Port to the pimsync extension: runs one sync on Magento's own database connection.
 *
 * @api
 */
interface RunEngineInterface
{
    /**
     * @param string $configFile path of the pimsync JSON configuration
     * @param array<string, mixed> $options engine options (mode, lock_wait, since, progress)
     * @throws \PimSync\Connector\Exception\SyncLockedException when another run holds the engine's lock
     * @throws \RuntimeException when the configuration, the source or the database fails
     */
    public function execute(string $configFile, array $options): SyncResult;
}
