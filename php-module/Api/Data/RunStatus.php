<?php

declare(strict_types=1);

namespace PimSync\Connector\Api\Data;

/**
 * Status of a run as stored in pimsync_run.status and returned in the engine's report.
 */
enum RunStatus: string
{
    case Running = 'running';
    case Success = 'success';
    case Partial = 'partial';
    case Failed = 'failed';
    /** A run that died (SIGKILL, OOM, lost database): the next run closes its row (ext/run_lock.c). */
    case Aborted = 'aborted';

    /**
     * Process exit code for a finished run: 0 success, 1 failed (or aborted), 2 partial
     * (the run finished but some records were dead-lettered).
     */
    public function exitCode(): int
    {
        return match ($this) {
            self::Success => 0,
            self::Partial => 2,
            self::Failed, self::Running, self::Aborted => 1,
        };
    }

    public function label(): string
    {
        return ucfirst($this->value);
    }
}
