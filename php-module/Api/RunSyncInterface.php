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
     * @throws \PimSync\Connector\Exception\SyncLockedException when another run holds the lock
     * @throws \PimSync\Connector\Exception\ConfigPathMissingException when no configuration file is set
     */
    public function execute(SyncMode $mode, ?string $configFile = null): SyncResult;
}
