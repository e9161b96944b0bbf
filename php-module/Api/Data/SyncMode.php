<?php

declare(strict_types=1);

namespace PimSync\Connector\Api\Data;

/**
 * The engine's `mode` option: a full run rewrites every record, a delta run skips
 * records whose hashes match the stored state.
 */
enum SyncMode: string
{
    case Full = 'full';
    case Delta = 'delta';
}
