<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Magento\Framework\Lock\LockManagerInterface;

final class InMemoryLockManager implements LockManagerInterface
{
    /** @var array<string, true> */
    public array $held = [];
    /** @var list<array{0: string, 1: int}> */
    public array $setLockCalls = [];

    public function setLock(string $name, int $timeout = -1): bool
    {
        $this->setLockCalls[] = [$name, $timeout];
        if (isset($this->held[$name])) {
            return false;
        }
        $this->held[$name] = true;
        return true;
    }

    public function releaseLock(string $name): bool
    {
        unset($this->held[$name]);
        return true;
    }
}
