<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use PimSync\Connector\Api\Data\SyncMode;
use PimSync\Connector\Api\Data\SyncResult;
use PimSync\Connector\Api\RunSyncInterface;

final class StubRunSync implements RunSyncInterface
{
    /** @var list<array{0: SyncMode, 1: string|null, 2: int}> mode, config file, lock wait */
    public array $calls = [];

    public function __construct(
        private readonly ?SyncResult $result = null,
        private readonly ?\RuntimeException $failWith = null,
    ) {
    }

    public function execute(SyncMode $mode, ?string $configFile = null, int $lockWaitSeconds = 0): SyncResult
    {
        $this->calls[] = [$mode, $configFile, $lockWaitSeconds];
        if ($this->failWith !== null) {
            throw $this->failWith;
        }
        return $this->result ?? Results::make(mode: $mode);
    }
}
