<?php

declare(strict_types=1);

namespace PimSync\Connector\Api;

use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\Data\SyncResult;

/**
 * Runs a sync inside Magento and then does what the SQL path skips: reindex of
 * "Update on Save" indexers, cache clean, and the pimsync_sync_after event.
 *
 * @api
 */
interface RunSyncInterface
{
    /**
     * @param string|null $configFile overrides the path in pimsync/general/config_path
     * @param int $lockWaitSeconds how long to wait for another run to finish (0: give up at once)
     * @throws \PimSync\Connector\Exception\SyncLockedException when another run holds the lock
     * @throws \PimSync\Connector\Exception\ExtensionNotLoadedException when this PHP lacks ext-pimsync
     * @throws \PimSync\Connector\Exception\ConfigPathMissingException when no configuration file is set
     */
    public function execute(SyncMode $mode, ?string $configFile = null, int $lockWaitSeconds = 0): SyncResult;
}
