<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use PimSync\Connector\Api\Data\RunStatus;
use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\Data\SyncResult;

final class Results
{
    /** A result that changed the given product ids. */
    public static function make(
        array $changedIds = [],
        RunStatus $status = RunStatus::Success,
        SyncMode $mode = SyncMode::Delta,
        array $errors = [],
    ): SyncResult {
        $changed = [];
        foreach ($changedIds as $id) {
            $changed[$id] = ['action' => 'updated', 'attributes' => ['name']];
        }
        return new SyncResult(
            runId: 7,
            status: $status,
            mode: $mode,
            counts: ['seen' => count($changedIds), 'created' => 0, 'updated' => count($changedIds), 'unchanged' => 0, 'disabled' => 0, 'failed' => count($errors)],
            rowsWritten: ['catalog_product_entity_varchar' => count($changedIds)],
            phaseSeconds: ['write' => 0.5],
            elapsedSeconds: 1.25,
            changedEntities: $changed,
            errors: $errors,
        );
    }
}
