<?php

declare(strict_types=1);

namespace PimSync\Connector\Model\Engine;

use PimSync\Config;
use PimSync\Connector\Api\Data\RunStatus;
use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\Data\SyncResult;
use PimSync\Connector\Api\RunEngineInterface;
use PimSync\Engine;

/**
 * The real engine: the pimsync extension on Magento's PDO. Needs ext-pimsync, so it is
 * not part of the unit tests (they use a double of RunEngineInterface).
 */
class RunExtensionEngine implements RunEngineInterface
{
    public function __construct(
        private readonly GetPdoConnection $getPdoConnection,
    ) {
    }

    public function execute(string $configFile, array $options): SyncResult
    {
        $engine = new Engine($this->getPdoConnection->execute(), Config::fromFile($configFile));
        $report = $engine->sync($options);

        return new SyncResult(
            $report->runId,
            RunStatus::from($report->status),
            SyncMode::from($report->mode),
            $report->counts,
            $report->rowsWritten,
            $report->phaseSeconds,
            $report->elapsedSeconds,
            $report->changedEntities,
            $report->errors,
        );
    }
}
