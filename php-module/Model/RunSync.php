<?php

declare(strict_types=1);

namespace PimSync\Connector\Model;

use Magento\Framework\Event\ManagerInterface as EventManager;
use Magento\Framework\Lock\LockManagerInterface;
use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\Data\RunStatus;
use PimSync\Connector\Api\Data\SyncResult;
use PimSync\Connector\Api\GetRecentRunsInterface;
use PimSync\Connector\Api\RunEngineInterface;
use PimSync\Connector\Api\RunSyncInterface;
use PimSync\Connector\Exception\ConfigPathMissingException;
use PimSync\Connector\Exception\SyncLockedException;

/**
 * Runs one sync under a lock, then makes up for what the SQL path skips.
 *
 * Post-processing (reindex, cache clean) runs for every run that changed products or
 * categories, whatever its status: a partial or failed run may still have committed
 * batches before it stopped.
 * Not final: di.xml injects it into commands and cron through a generated \Proxy.
 */
class RunSync implements RunSyncInterface
{
    public const LOCK_NAME = 'pimsync_sync';
    public const EVENT_AFTER = 'pimsync_sync_after';

    public function __construct(
        private readonly RunEngineInterface $runEngine,
        private readonly ModuleConfig $moduleConfig,
        private readonly LockManagerInterface $lockManager,
        private readonly MakeChangesVisible $makeChangesVisible,
        private readonly EventManager $eventManager,
        private readonly GetRecentRunsInterface $getRecentRuns,
    ) {
    }

    public function execute(SyncMode $mode, ?string $configFile = null, int $lockWaitSeconds = 0): SyncResult
    {
        $configFile = $configFile !== null && $configFile !== '' ? $configFile : $this->moduleConfig->getConfigFile();
        if ($configFile === '') {
            throw new ConfigPathMissingException(
                'No pimsync configuration file: set ' . ModuleConfig::XML_PATH_CONFIG_PATH . ' or pass --config.'
            );
        }
        $lockWaitSeconds = max(0, $lockWaitSeconds);
        // Timeout 0 by default: a second run gives up at once instead of queueing behind the first.
        if (!$this->lockManager->lock(self::LOCK_NAME, $lockWaitSeconds)) {
            throw new SyncLockedException(sprintf(
                'Another pimsync run holds the lock "%s"%s%s.',
                self::LOCK_NAME,
                $lockWaitSeconds > 0 ? sprintf(' (waited %d s)', $lockWaitSeconds) : '',
                $this->describeRunningRun($configFile)
            ));
        }
        try {
            $options = ['mode' => $mode->value];
            // The engine's own lock (bin/pimsync may hold it) waits as long; 0 is its default.
            if ($lockWaitSeconds > 0) {
                $options['lock_wait'] = $lockWaitSeconds;
            }
            $result = $this->runEngine->execute($configFile, $options);
            $this->makeChangesVisible->execute($result);
            $this->eventManager->dispatch(self::EVENT_AFTER, ['report' => $result]);
            return $result;
        } finally {
            $this->lockManager->unlock(self::LOCK_NAME);
        }
    }

    /**
     * Which run holds the lock, as the engine's own refusal says it: the holder has its
     * pimsync_run row 'running' once it started. Only a hint: failing to read it must not
     * hide the refusal itself.
     */
    private function describeRunningRun(string $configFile): string
    {
        try {
            $newest = $this->getRecentRuns->execute($configFile, 1)[0] ?? null;
        } catch (\Throwable) {
            return '';
        }
        if (!is_array($newest) || ($newest['status'] ?? null) !== RunStatus::Running->value) {
            return '';
        }
        return sprintf(': run #%d (%s, started %s UTC)', $newest['run_id'] ?? 0, $newest['mode'] ?? '?', $newest['started_at'] ?? '?');
    }
}
