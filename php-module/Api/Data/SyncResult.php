<?php

declare(strict_types=1);

namespace PimSync\Connector\Api\Data;

/**
 * What one run did: an immutable copy of \PimSync\Report (same property names), so
 * that the module's logic, its observers and its tests do not need the extension loaded.
 */
final class SyncResult
{
    /**
     * @param array<string, int> $counts seen, created, updated, unchanged, disabled, failed
     * @param array<string, int> $rowsWritten rows written per table
     * @param array<string, float> $phaseSeconds seconds per phase
     * @param array<int, array{action: string, attributes: list<string>}> $changedEntities keyed by entity_id
     * @param list<array{position?: string, sku?: string|null, reason?: string}> $errors
     * @param array<string, mixed> $categories the category tree phase's report (counts, codes,
     *        changed_ids); empty when the run read no tree
     */
    public function __construct(
        public readonly int $runId,
        public readonly RunStatus $status,
        public readonly SyncMode $mode,
        public readonly array $counts = [],
        public readonly array $rowsWritten = [],
        public readonly array $phaseSeconds = [],
        public readonly float $elapsedSeconds = 0.0,
        public readonly array $changedEntities = [],
        public readonly array $errors = [],
        public readonly array $categories = [],
    ) {
    }

    /**
     * Product entity ids the run created, updated or disabled.
     *
     * @return list<int>
     */
    public function changedProductIds(): array
    {
        return array_map('intval', array_keys($this->changedEntities));
    }

    /**
     * Category ids the tree phase wrote, with their ancestors (old and new ones of a move).
     *
     * @return list<int>
     */
    public function changedCategoryIds(): array
    {
        $ids = $this->categories['changed_ids'] ?? [];
        return is_array($ids) ? array_values(array_map('intval', $ids)) : [];
    }

    /**
     * @return array<string, mixed>
     */
    public function toArray(): array
    {
        return [
            'runId' => $this->runId,
            'status' => $this->status->value,
            'mode' => $this->mode->value,
            'counts' => $this->counts,
            'rowsWritten' => $this->rowsWritten,
            'phaseSeconds' => $this->phaseSeconds,
            'elapsedSeconds' => $this->elapsedSeconds,
            'changedEntities' => $this->changedEntities,
            'errors' => $this->errors,
            'categories' => $this->categories,
        ];
    }
}
