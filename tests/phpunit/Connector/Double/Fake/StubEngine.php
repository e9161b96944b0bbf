<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use PimSync\Connector\Api\Data\SyncResult;
use PimSync\Connector\Api\RunEngineInterface;

/** Stands in for the extension: returns a canned result or throws, and records its calls. */
final class StubEngine implements RunEngineInterface
{
    /** @var list<array{0: string, 1: array<string, mixed>}> */
    public array $calls = [];

    public function __construct(
        private readonly ?SyncResult $result = null,
        private readonly ?\RuntimeException $failWith = null,
        private readonly ?\Closure $onExecute = null,
    ) {
    }

    public function execute(string $configFile, array $options): SyncResult
    {
        $this->calls[] = [$configFile, $options];
        if ($this->onExecute !== null) {
            ($this->onExecute)();
        }
        if ($this->failWith !== null) {
            throw $this->failWith;
        }
        return $this->result ?? throw new \LogicException('no result configured');
    }
}
