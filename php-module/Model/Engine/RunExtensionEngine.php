<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\Engine;

use PimSync\Config;
use PimSync\Connector\Api\Data\RunStatus;
use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\Data\SyncResult;
use PimSync\Connector\Api\RunEngineInterface;
use PimSync\Connector\Exception\SyncLockedException;
use PimSync\Engine;
use PimSync\LockedException;

/**
 * The real engine: the pimsync extension on Magento's PDO.
 *
 * The engine takes its own database lock (GET_LOCK), so bin/pimsync and any other
 * caller exclude a module run too; its LockedException becomes the module's
 * SyncLockedException, the same as when the module's own lock is taken.
 */
class RunExtensionEngine implements RunEngineInterface
{
    public function __construct(
        private readonly GetPdoConnection $getPdoConnection,
        private readonly RequireExtension $requireExtension,
    ) {
    }

    public function execute(string $configFile, array $options): SyncResult
    {
        $this->requireExtension->execute();
        // An engine without its own run lock has no LockedException and refuses the
        // lock_wait option; then the module's Magento lock is the only one to wait for.
        if (!class_exists(LockedException::class)) {
            unset($options['lock_wait']);
        }
        $engine = new Engine($this->getPdoConnection->execute(), Config::fromFile($configFile));
        try {
            $report = $engine->sync($options);
        } catch (LockedException $e) {
            throw new SyncLockedException($e->getMessage(), 0, $e);
        }

        return new SyncResult(
            $report->runId,
            RunStatus::from($report->status),
            SyncMode::from($report->mode),
            $report->source,
            $report->counts,
            $report->rowsWritten,
            $report->phaseSeconds,
            $report->elapsedSeconds,
            $report->changedEntities,
            $report->errors,
            $report->warnings,
            $report->message,
            $report->loadData,
            $report->valueIssues,
            $report->categories ?? [],
            $report->links,
            $report->structure ?? [],
            $report->configurables,
            $report->images ?? [],
            // an extension built before field ownership has no such property
            property_exists($report, 'refusedByOwner') ? $report->refusedByOwner : [],
            property_exists($report, 'validation') ? $report->validation ?? [] : [],
            // likewise before plan mode; null when the run was no plan
            property_exists($report, 'plan') ? ($report->plan ?? []) : [],
            property_exists($report, 'transformations') ? ($report->transformations ?? []) : [],
        );
    }
}
