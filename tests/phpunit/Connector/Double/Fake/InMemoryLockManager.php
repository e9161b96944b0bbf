<?php

declare(strict_types=1);

namespace PimSync\Connector\Test\Double\Fake;

use Magento\Framework\Lock\LockManagerInterface;

/**
 * Magento's lock API as LockManagerInterface declares it: lock() returns false when the
 * name is held elsewhere (a real backend would wait up to $timeout seconds first).
 */
final class InMemoryLockManager implements LockManagerInterface
{
    /** @var array<string, true> names held, by this caller or "another process" */
    public array $held = [];
    /** @var list<array{0: string, 1: int}> every lock() call: name, timeout */
    public array $lockCalls = [];
    /** @var list<string> every unlock() call */
    public array $unlockCalls = [];

    public function lock(string $name, int $timeout = -1): bool
    {
        $this->lockCalls[] = [$name, $timeout];
        if (isset($this->held[$name])) {
            return false;
        }
        $this->held[$name] = true;
        return true;
    }

    public function unlock(string $name): bool
    {
        $this->unlockCalls[] = $name;
        $wasHeld = isset($this->held[$name]);
        unset($this->held[$name]);
        return $wasHeld;
    }

    public function isLocked(string $name): bool
    {
        return isset($this->held[$name]);
    }
}
