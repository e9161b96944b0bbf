<?php

declare(strict_types=1);

namespace PimSync\Connector\Cron;

use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\RunSyncInterface;
use PimSync\Connector\Exception\SyncLockedException;
use PimSync\Connector\Model\ModuleConfig;
use Psr\Log\LoggerInterface;

/**
 * Cron job pimsync_delta_sync (group pimsync, schedule from pimsync/general/cron_expr).
 * A tick that finds another run holding the lock is skipped, not failed: the next one
 * catches up. Other failures (the extension not loaded in the cron's PHP included)
 * propagate, so Magento records them on the cron_schedule row.
 */
class RunDeltaSync
{
    public function __construct(
        private readonly RunSyncInterface $runSync,
        private readonly ModuleConfig $moduleConfig,
        private readonly LoggerInterface $logger,
    ) {
    }

    public function execute(): void
    {
        if (!$this->moduleConfig->isEnabled()) {
            return;
        }
        try {
            $result = $this->runSync->execute(SyncMode::Delta);
        } catch (SyncLockedException $e) {
            $this->logger->info('pimsync: delta sync skipped, another run holds the lock: ' . $e->getMessage());
            return;
        }
        $this->logger->info(sprintf(
            'pimsync: delta run #%d %s in %.1f s',
            $result->runId,
            $result->status->value,
            $result->elapsedSeconds
        ), $result->counts);
    }
}
