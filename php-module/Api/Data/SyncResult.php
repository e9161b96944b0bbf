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
     * @param array<string, array{count: int, message: string, position?: string|null}> $warnings by key
     * @param array<string, mixed> $valueIssues values left out or adjusted: total, by_kind, sample
     * @param array<string, mixed> $categories the category tree phase's report (counts, codes,
     *        changed_ids); empty when the run read no tree
     * @param array<string, int> $links product links written, removed, repositioned, resolved, pending
     * @param array<string, mixed> $structure the structure phase's report; empty when it did not run
     * @param array<string, int> $configurables created, updated, unchanged, disabled, failed, children_linked/_unlinked
     * @param array<string, int|string|null> $images image jobs: products, jobs, enqueued, outbox, stream; empty when images are off
     * @param array<string, int> $refusedByOwner writes the ownership matrix refused, by field
     * @param array<string, mixed> $validation validation rules: checked, passed, first_time_pass_rate,
     *        values_rejected, records_rejected, written_disabled, findings_by_rule; empty without rules
     * @param array<string, mixed> $plan what a plan-mode run would do (products, values, samples,
     *        refused); empty when the run wrote (this module's runs always write)
     * @param array<string, array<string, int>> $transformations values the config's transformations changed:
     *        attribute => kind => count; empty when there are none
     */
    public function __construct(
        public readonly int $runId,
        public readonly RunStatus $status,
        public readonly SyncMode $mode,
        public readonly string $source = '',
        public readonly array $counts = [],
        public readonly array $rowsWritten = [],
        public readonly array $phaseSeconds = [],
        public readonly float $elapsedSeconds = 0.0,
        public readonly array $changedEntities = [],
        public readonly array $errors = [],
        public readonly array $warnings = [],
        public readonly ?string $message = null,
        public readonly bool $loadData = false,
        public readonly array $valueIssues = [],
        public readonly array $categories = [],
        public readonly array $links = [],
        public readonly array $structure = [],
        public readonly array $configurables = [],
        public readonly array $images = [],
        public readonly array $refusedByOwner = [],
        public readonly array $validation = [],
        public readonly array $plan = [],
        public readonly array $transformations = [],
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
        $out = get_object_vars($this);
        $out['status'] = $this->status->value;
        $out['mode'] = $this->mode->value;
        return $out;
    }
}
